from quellenkritik.clean.repeats import find_repeats

TEASER = "Die neue Umgehungsstraße wird den Verkehr in der Innenstadt um ein Drittel verringern, sagen die Planer seit Jahren."


def test_a_teaser_repeated_in_the_body_is_found_at_both_places():
    text = f"{TEASER}\n\nDazwischen steht ein anderer Absatz über das Wetter.\n\nKurz gesagt: {TEASER.lower()} Danach folgt mehr."
    reps = find_repeats(text, min_words=12)
    assert len(reps) == 1
    rep = reps[0]
    assert text[rep.first[0]:rep.first[1]] == TEASER
    assert text[rep.second[0]:rep.second[1]].lower() == TEASER.lower()
    assert rep.words == len(TEASER.split())


def test_short_common_phrases_are_not_repeats():
    text = "Nach Angaben der Polizei kam es zu Staus. " * 1 + "Später hieß es nach Angaben der Polizei, alles sei ruhig."
    assert find_repeats(text, min_words=12) == []


def test_overlapping_self_repetition_is_not_reported_twice():
    block = " ".join(f"wort{i}" for i in range(15))
    text = f"{block}. {block}. {block}."
    reps = find_repeats(text, min_words=12)
    assert len(reps) == 1 and len(reps[0].places) == 3  # one passage, three places
