"""The "quantities" component: formats, hedges, ranges, number words, what/per, exclusions."""

from __future__ import annotations

from pathlib import Path

import pytest

import quellenkritik.evidence.quantities.components  # noqa: F401 - registers "quantities"
from quellenkritik.document import Document, Source
from quellenkritik.evidence.quantities import find_quantities, parse_digits
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLES = SHARED / "examples"


def run(text: str, lang: str = "de") -> Document:
    doc = Document(source=Source(kind="text", location="test"), text=text, language=lang)
    for name in ("tokens", "sentences", "quantities"):
        registry.get(name).factory()(doc)
    return doc


def spans(text: str, lang: str = "de") -> dict[str, dict]:
    """span text -> {"label": ..., **attrs}"""
    doc = run(text, lang)
    return {doc.span_text(s): {"label": s.label, **s.attrs} for s in doc.layers["quantities"]}


def test_spec():
    spec = registry.get("quantities")
    assert spec.requires == {"tokens", "layers.sentences"}
    assert spec.adds == {"layers.quantities", "layers.findings"}
    assert spec.stage == "evidence"


@pytest.mark.parametrize(
    "raw,lang,value",
    [("170.000", "de", 170000), ("1.234,5", "de", 1234.5), ("5,27", "de", 5.27),
     ("12,000", "en", 12000), ("3.5", "en", 3.5), ("1,234.5", "de", 1234.5),
     ("12.000", "en", 12.0), ("1.000.000", "en", 1000000), ("1.23.4", "de", None)],
)
def test_parse_digits(raw, lang, value):
    assert parse_digits(raw, lang) == value


def test_german_formats_scales_and_currencies():
    s = spans("Es kostete 5,27 Mio. Euro, dann 1,2 Mrd. Dollar, 4,50 € und 300 Rubel "
              "sowie 12.000 Hrywnja und 20 Pfund. Er lief 12 km.")
    assert s["5,27 Mio. Euro"] == {**s["5,27 Mio. Euro"], "label": "MONEY", "value": 5270000, "unit": "EUR"}
    assert s["1,2 Mrd. Dollar"]["value"] == 1_200_000_000 and s["1,2 Mrd. Dollar"]["unit"] == "USD"
    assert s["4,50 €"]["value"] == 4.5 and s["4,50 €"]["unit"] == "EUR"
    assert s["300 Rubel"]["unit"] == "RUB"
    assert s["12.000 Hrywnja"]["value"] == 12000 and s["12.000 Hrywnja"]["unit"] == "UAH"
    assert s["20 Pfund"]["unit"] == "GBP"
    assert s["12 km"]["label"] == "QUANTITY" and s["12 km"]["unit"] == "km"


def test_english_formats():
    s = spans("They paid $1.2 million for 12,000 shells and 3.5 million people saw it; "
              "prices rose 8 percent.", "en")
    assert s["$1.2 million"]["value"] == 1_200_000 and s["$1.2 million"]["label"] == "MONEY"
    assert s["12,000"]["value"] == 12000 and s["12,000"]["what"] == "shells"
    assert s["3.5 million"]["value"] == 3_500_000
    assert s["8 percent"] == {**s["8 percent"], "label": "PERCENT", "value": 8, "unit": "%"}


def test_percentages():
    s = spans("Die Preise stiegen um 15 Prozent, die Mieten um 12,5 % und die Löhne um 3%.")
    assert [s[k]["value"] for k in ("15 Prozent", "12,5 %", "3%")] == [15, 12.5, 3]
    assert all(s[k]["label"] == "PERCENT" and s[k]["unit"] == "%" for k in s)


@pytest.mark.parametrize(
    "text,span,bound",
    [("Es kamen bis zu 100.000 Soldaten.", "bis zu 100.000", "at_most"),
     ("Es wurden mehr als 5 Millionen Dollar ausgegeben.", "mehr als 5 Millionen Dollar", "more_than"),
     ("Es kamen über 200 Menschen.", "über 200", "more_than"),
     ("Das kostet etwa 170.000 Dollar.", "etwa 170.000 Dollar", "about"),
     ("Das kostet rund 30 Euro.", "rund 30 Euro", "about"),
     ("Das kostet ca. 30 Euro.", "ca. 30 Euro", "about"),
     ("Es waren knapp 400 Leute.", "knapp 400", "less_than"),
     ("Es kamen 400 Leute.", "400", "exact"),
     ("Ab 18 Jahren darf man wählen.", "Ab 18 Jahren", "at_least"),
     ("Es kostete gut 2,5 Millionen Euro.", "gut 2,5 Millionen Euro", "more_than"),
     ("Es waren mindestens 12 Tote.", "mindestens 12", "at_least"),
     ("Es waren weniger als 40 Gäste.", "weniger als 40", "less_than")],
)
def test_hedges_german(text, span, bound):
    s = spans(text)
    assert s[span]["bound"] == bound


def test_hedges_english_and_ambiguous_preposition():
    s = spans("Up to 12,000 troops and some 300 officers came; nearly 40 died.", "en")
    assert s["Up to 12,000"]["bound"] == "at_most"
    assert s["some 300"]["bound"] == "about"
    assert s["nearly 40"]["bound"] == "less_than" and s["nearly 40"]["near"] is True
    s = spans("Er bekam eine Rechnung über 396,67 Euro.")
    assert s["396,67 Euro"]["bound"] == "exact"


def test_ranges():
    s = spans("Zwischen 10 und 12 Millionen Euro fehlen. Es kamen 200 bis 250 Soldaten "
              "und 10-12 Panzer.")
    r = s["Zwischen 10 und 12 Millionen Euro"]
    assert (r["value"], r["value_min"], r["value_max"], r["unit"], r["bound"]) == (
        10_000_000, 10_000_000, 12_000_000, "EUR", "range")
    assert (s["200 bis 250"]["value_min"], s["200 bis 250"]["value_max"]) == (200, 250)
    assert s["200 bis 250"]["what"] == "Soldaten"
    assert (s["10-12"]["value_min"], s["10-12"]["value_max"]) == (10, 12)


def test_und_is_a_range_only_after_zwischen():
    s = spans("Es kamen 31 und 68 Menschen.")
    assert "31" in s and "68" in s and s["68"]["value"] == 68


def test_number_words_vague_and_fractions():
    s = spans("Drei Männer, zehn Frauen und hunderttausend Menschen kamen. Eine Million Euro "
              "fehlt, ein Dutzend Soldaten fehlt, Dutzende Häuser brannten, ein Drittel blieb.")
    assert s["Drei"]["value"] == 3 and s["Drei"]["what"] == "Männer"
    assert s["zehn"]["value"] == 10
    assert s["hunderttausend"]["value"] == 100_000
    assert s["Eine Million Euro"]["value"] == 1_000_000
    assert s["ein Dutzend"]["value"] == 12
    assert s["Dutzende"]["vague"] is True and s["Dutzende"]["value"] == 12
    assert s["Dutzende"]["bound"] == "at_least"
    assert s["Dutzende"]["what"] == "Häuser"
    assert s["ein Drittel"]["label"] == "PERCENT" and s["ein Drittel"]["fraction"] == "1/3"
    assert s["ein Drittel"]["value"] == pytest.approx(1 / 3) and s["ein Drittel"]["unit"] == "fraction"
    s = spans("Two soldiers and dozens of civilians; a third of them left.", "en")
    assert s["Two"]["value"] == 2 and s["Two"]["what"] == "soldiers"
    assert s["dozens"]["vague"] is True
    assert s["a third"]["fraction"] == "1/3"


def test_articles_are_not_numbers():
    assert spans("Ein Mann und eine Frau kamen, einer blieb.") == {}


def test_years_dates_ordinals_times_and_names_are_not_quantities():
    text = ("Am 24. und 25. Januar 2024 flogen M30 und Shahed-136 ein, die G20-Mitglieder "
            "tagten im dritten Winter um 14 Uhr, am 3. Tag, von 2014 bis 2016, Artikel 5 gilt, "
            "der Mann kam am 24.01.2024 nach dem 2:1.")
    assert spans(text) == {}
    assert spans("On January 24, 2024 and 24 January the F-16 came.", "en") == {}


def test_year_with_a_hedge_or_unit_is_a_quantity():
    s = spans("Es kamen mehr als 2000 Soldaten und 2000 Euro.")
    assert s["mehr als 2000"]["value"] == 2000 and s["2000 Euro"]["value"] == 2000
    assert "mehr als 2014" not in spans("Es gab ein Viertel mehr als 2014.")


def test_what_per_and_part_of():
    s = spans("Sie fingen 31 HIMARS-Raketen und 68 Drohnen ab. Eine kostet etwa 170.000 Dollar "
              "pro Stück. Es kamen 10 Transportflugzeuge, darunter zwei amerikanische.")
    assert s["31"]["what"] == "HIMARS-Raketen"
    assert s["68"]["what"] == "Drohnen"
    assert s["etwa 170.000 Dollar"]["per"] == "Stück"
    two = s["zwei"]
    assert two["value"] == 2 and two["what"] == "Transportflugzeuge"
    doc = run("Es kamen 10 Transportflugzeuge, darunter zwei amerikanische.")
    ten, part = doc.layers["quantities"]
    assert part.attrs["part_of"] == [ten.start, ten.end]


def test_what_skips_adjectives_and_per_time():
    s = spans("Es fielen 40 schwere Raketen. Er verdient 3.000 Euro pro Monat.")
    assert s["40"]["what"] == "Raketen"
    assert s["3.000 Euro"]["per"] == "Monat"


def test_spans_are_in_the_record_and_by_quantities():
    doc = run("Es kamen 5 Menschen.")
    (span,) = doc.layers["quantities"]
    assert span.by == "quantities" and doc.span_text(span) == "5"
    assert Document.from_json(doc.to_json()).to_dict() == doc.to_dict()


# ---- the example articles ---------------------------------------------------


def analysed(name: str) -> Document:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    import quellenkritik

    return quellenkritik.analyze(path, pipeline=Pipeline.from_names(DEFAULT_COMPONENTS))


def by_text(doc: Document) -> dict[str, dict]:
    return {doc.span_text(s): {"label": s.label, **s.attrs} for s in doc.layers["quantities"]}


def test_himars_example():
    s = by_text(analysed("vz-himars-belgorod.txt"))
    assert s["31"]["what"] == "HIMARS-Raketen" and s["31"]["value"] == 31
    assert s["68"]["what"] == "Drohnen"
    price = s["etwa 170.000 Dollar"]
    assert (price["label"], price["value"], price["unit"], price["per"], price["bound"]) == (
        "MONEY", 170000, "USD", "Stück", "about")
    total = s["mehr als 5 Millionen Dollar"]
    assert (total["value"], total["unit"], total["bound"]) == (5_000_000, "USD", "more_than")
    assert s["10"]["what"] == "Transportflugzeuge"
    assert s["zwei"]["value"] == 2 and "part_of" in s["zwei"]
    assert not {"24", "25", "16", "20", "30", "31 HIMARS"} & set(s) - {"31"}


def test_atacms_example():
    s = by_text(analysed("goldenten-atacms-kursk.txt"))
    assert s["bis zu 100.000"]["bound"] == "at_most" and s["bis zu 100.000"]["value"] == 100_000
    assert s["bis zu 100.000"]["what"] == "Soldaten"
    assert s["bis zu 12.000"]["bound"] == "at_most"
    money = s["Dutzende Milliarden Dollar"]
    assert money["label"] == "MONEY" and money["vague"] is True and money["bound"] == "at_least"
    assert money["value"] == money["value_min"] == 12_000_000_000 and money["unit"] == "USD"
    assert "20" not in s and "17" not in s  # "G20", "17. November"


# --- the fast scan finds what the plain one found ---------------------------------
# Invented text: every kind of quantity, hedge, range, name, date and odd spacing.
_SCAN_TEXT = """Invented: Rund 170.000 Dollar pro Stück, bis zu 5,27 Mio. Euro und mehr als 5 Millionen Dollar.
Zwischen 10 und 12 Raketen, 2014-2016, Artikel 5, M30, Shahed-136, 31-jährige, 14 Uhr, 14:30, am 24. Januar.
Dreiundzwanzig Menschen, zweihundert Soldaten, Dutzende Drohnen, Hunderttausende, ein Drittel der Stimmen,
eine Million Euro, knapp 3 km, über 396,67 Euro, ca. 40 % und 3 Prozentpunkte. Mio.zwei Tsd.drei (5) "Zwei"
$5bn, €3m, US$ 12, up to 30 rockets, more than two thousand people, between 4 and 5 percent, from $4 to $4.50.
zwei-drei, Elfmeter, Einsatz, Achtung: dreißig-fünf; 1.234,5 t und 12 000 Einwohner. 3. Tag, (30.), 12. Roberto"""


def _soup() -> str:
    """Every hedge, scale, unit and number word next to digits and words, with odd spacing (invented)."""
    from quellenkritik.evidence.quantities import lexicon as L

    words = [*L.HEDGES, *L.SCALES, *L.CURRENCY_PREFIXES, *L.VAGUE, *L.NUMBER_WORDS_EN, *L.FRACTIONS,
             "zwischen", "between", "zwei", "Drei", "elf", "hundert", "eine", "ein", "one"]
    nums = ["3", "12,5", "1.000", "zwei", "Dutzende", "170.000", "2024"]
    tails = [*L.MEASURE_UNITS, *L.PERCENT_UNITS, *L.CURRENCIES, *L.SCALES, "Raketen", "rockets"]
    seps = [" ", "  ", "\n", "-", "("]
    out = []
    for k, w in enumerate(words):
        out.append(f"{w}{seps[k % 5]}{nums[k % 7]} {tails[k % len(tails)]}{seps[(k + 2) % 5]}")
    return "".join(out)


def _plain_find(text: str, lang: str = "de") -> list:
    """The scan of find_quantities as it was: ANCHOR.search, then QUANTITY.search in a window."""
    from quellenkritik.evidence.quantities import extract as E
    from quellenkritik.evidence.quantities import patterns as P

    fracs = E._first_pass(text, lang)
    out, taken = list(fracs), [(q.start, q.end) for q in fracs]
    pos, n = 0, len(text)
    while pos < n:
        a = P.ANCHOR.search(text, pos)
        if a is None:
            break
        m = P.QUANTITY.search(text, max(pos, a.start() - 40), min(n, a.end() + 160))
        if m is None or m.start("num") > a.start():
            pos = a.end()
            continue
        q = E._interpret(text, m, lang)
        if q is None and m.group("num2") is not None:
            m2 = P.QUANTITY_NO_RANGE.match(text, m.start())
            if m2 is not None:
                q, m = E._interpret(text, m2, lang), m2
        if q is None:
            pos = max(m.end("num"), pos + 1)
            continue
        pos = m.end()
        if not any(x < q.end and q.start < y for x, y in taken):
            out.append(q)
    out.sort(key=lambda q: q.start)
    return E._identifiers(text, out)


@pytest.mark.parametrize("text", [_SCAN_TEXT, _soup(), "Zwei" + _SCAN_TEXT, "$5 " + _SCAN_TEXT],
                         ids=["sentences", "soup", "word-first", "currency-first"])
def test_fast_scan_finds_what_the_plain_scan_found(text):
    from quellenkritik.evidence.quantities import extract as E
    from quellenkritik.evidence.quantities import patterns as P

    pos, plain = 0, []
    while (a := P.ANCHOR.search(text, pos)) is not None:
        plain.append(a.span())
        pos = a.end()  # anchors never overlap (a run of digits is one anchor)
    assert E._anchors(text) == plain
    for lang in ("de", "en"):
        expected = [(q.start, q.end, q.label, q.attrs, q.core) for q in _plain_find(text, lang)]
        assert len(expected) > 20
        assert [(q.start, q.end, q.label, q.attrs, q.core) for q in find_quantities(text, lang)] == expected


def test_anchor_words_hold_no_inner_non_word_character():
    # extract._anchors relies on it: word anchors never overlap
    from quellenkritik.evidence.quantities import patterns as P

    for w in P._ANCHOR_WORDS:
        assert w[0].isalpha() and all(c.isalnum() for c in w.rstrip(".")), w


def test_alt_prefix_tree_matches_like_the_longest_first_alternation():
    import re

    from quellenkritik.evidence.quantities import lexicon as L
    from quellenkritik.evidence.quantities import patterns as P

    text = _SCAN_TEXT + _soup()
    for words in (L.HEDGES, L.SCALES, L.MEASURE_UNITS, L.CURRENCIES, L.PERCENT_UNITS, L.MONTHS, L.PART_CUES):
        plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
        for wrap in ("(?:%s)", r"(?i:%s)(?!\w)", r"\b(?:%s)\s*\d"):
            a, b = re.compile(wrap % P.alt(words)), re.compile(wrap % plain)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
