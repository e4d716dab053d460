"""The ``entities.kb`` component and :func:`link_entities` for other recognisers.

Span format of the ``entities`` layer (one span per mention)::

    {"start", "end", "label": "PER|ORG|LOC|WEAPON|MISC",
     "attrs": {"id": "qk:per:vladimir-putin", "canonical": "Vladimir Putin",
               "kb": true, "method": "kb|kb-inflected|kb-compound|kb-cited|coref|ambiguous|
                                      exact|translit|fuzzy|local",
               "confidence": 0.9,    # only on KB links: below 0.8 a weak link
               "candidates": [...]   # only when ambiguous},
     "by": "entities.kb" (or the component that proposed the span)}
"""

from __future__ import annotations

from typing import Callable, Iterable

from ...document import Document, Span
from ...pipeline import component
import re

from ...linguistic.wordclass import is_common_noun, is_first_name, is_function_word
from .context_rules import (
    apply_context_rules, credit_label, noun_after_article, place_countries, postcode_before, unsupported_alias,
    word_not_town,
)
from .kb import load_kb
from .matcher import MEMBER_TITLES, MODEL_AFTER, get_matcher
from .lexicon import ARTICLES, DISTRICT_WORDS, FIRM_HEADS, body_before, club_before
from .resolve import Resolution, is_word, local_id, resolve
from .translit import strip_diacritics

_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")
#: Labels whose one-word spans that are ordinary words are dropped (organisations keep
#: theirs: "Bund", "Regierung" are named that way in news).
_WORD_LABELS = frozenset({"PER", "LOC", "MISC"})
_URLISH = re.compile(r"://|^www\.|\S@\S")

__all__ = ["make_entities_kb", "link_entities", "LAYER"]

LAYER = "entities"
BY = "entities.kb"


@component("entities.kb", requires=["tokens", "layers.sentences"], adds=["layers.entities"], stage="evidence")
def make_entities_kb() -> Callable[[Document], None]:
    """Find knowledge-base entities (persons, organisations, places, weapon systems) and link them."""
    matcher = get_matcher()

    def run(doc: Document) -> None:
        sentences = [(s.start, s.end) for s in doc.layers.get("sentences", ())]
        layer = doc.layer(LAYER)
        for m in matcher.find(doc.text, sentences):
            layer.append(Span.checked(m.start, m.end, m.label, m.span_attrs(), BY))
        apply_context_rules(doc, layer, matcher.kb.by_id.get)
        layer.sort(key=lambda s: (s.start, s.end))
        doc.metadata.entities = metadata_entities(doc)

    return run


def metadata_entities(doc: Document) -> list[dict]:
    """The persons and organisations named in the metadata, resolved.

    A byline's author is not in the text, but is an entity of the article
    ("Boris Dscherelijewski"), and so are the outlet and the service an
    article was forwarded from ("Golden Ten Data").
    """
    m = doc.metadata
    named = [("authors", a, "PER") for a in m.authors]
    named += [(f, getattr(m, f), "ORG") for f in ("outlet", "forwarded_from") if getattr(m, f)]
    out: list[dict] = []
    for field, name, label in named:
        r = resolve(name, label)
        out.append({"field": field, "name": name, "id": r.id, "label": r.label or label,
                    "canonical": r.canonical, "kb": r.kb, "confidence": r.score})
    return out


def link_entities(doc: Document, spans: Iterable[tuple[int, int, str]], by: str = "ner") -> list[Span]:
    """Link spans proposed by another recogniser (e.g. a statistical NER) and add them.

    ``spans`` are (start, end, label). A span that overlaps one already in the
    ``entities`` layer is skipped (the KB match stands), but for one case below. Before linking:

    * a person's span loses trailing common nouns ("Sobotkas Wunsch" ->
      "Sobotkas"): a fragment never gets an id;
    * a one-word person, place or other name (not an organisation) that the
      word-class lexicon knows only as a common noun or function word
      ("Natürlich", "Zweitens", "Raketen", "Gesellschafter"), that
      is no surname of a full name in the document and that the KB does not
      know under that label is dropped: the recogniser's guess, not a name.

    An organisation span that contains a KB place match and more words
    replaces it ("VfL Wolfsburg", "Wien Energie": a club's or firm's name, not
    the town). The others are resolved with :func:`~.resolve.resolve`, using the ids
    already in the document as context. A person named by surname alone, or
    its genitive ("Sobotka", "Sobotkas"), takes the id of a full name found
    anywhere in the document ("Wolfgang Sobotka"), before or after it; two
    full names sharing the surname leave it to the resolver. A one-word span
    guessed as a place or other name that is such a surname becomes that
    person ("Haag:" in an interview with "Sabine Haag"). A span ending in a
    hyphen ("Nord-" of "Nord- und Mittelamerika") is half a word and dropped.
    """
    layer = doc.layer(LAYER)
    text = doc.text
    the_kb = load_kb()  # once per call, not once per name (it checks the user KB file)
    taken = [(s.start, s.end) for s in layer]
    ids = {s.attrs.get("id") for s in layer if s.attrs.get("id")}
    spans = sorted(spans)
    # surnames of the full names in the document: "Weinberg" after "Eugen Weinberg" is a name
    surnames = {text[a:b].split()[-1] for a, b, lab in spans if lab == "PER" and len(text[a:b].split()) >= 2}
    surnames |= {text[s.start : s.end].split()[-1] for s in layer if s.label == "PER" and len(text[s.start : s.end].split()) >= 2}
    cleaned: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label == "PER":
            end = _trim_common_tail(text, start, end)
        start = _trim_initial_adverb(text, start, end)
        while end > start and text[end - 1] in ",;:":
            end -= 1  # "Oh,": the recogniser took the comma into the span
        name = text[start:end].strip()
        if not name or _URLISH.search(name):
            continue  # "https://t.co/...", "info@example.org": an address, never a name
        if name.endswith("-"):
            continue  # "Nord-" of "Nord- und Mittelamerika": half a word, never a name
        if not _LETTER.search(name):
            continue  # "[", "…": no letter, no name
        if label == "PER" and name[:1].isdigit():
            continue  # "528 Kitas": a count, never a person
        if " " not in name and name.lower() in _DETERMINERS:
            continue  # "Jegliches", "Sämtliche": a determiner opening the sentence
        if _clause_like(name):
            continue  # "Die Personalabteilungen der deutschen Unternehmen bereiten sich": a clause, not a title
        if " " not in name and label in ("LOC", "PER", "MISC", "ORG"):
            head = re.match(r" (\w+)", text[end : end + 20])
            body = re.search(r"(\w+) $", text[max(0, start - 30) : start])
            if label == "LOC" and head and head.group(1) in FIRM_HEADS:
                end, label = end + head.end(), "ORG"  # "Wien Energie": the firm, not the town
            elif body and body_before(body.group(1)):
                start, label = start - len(body.group(0)), "ORG"  # "Statistik Austria", "Sturm Graz"
            elif label == "LOC" and club_before(text, start):
                label = "ORG"  # "LG Olympia Dortmund": the club, not the town
        if label in _WORD_LABELS and is_word(name, lists=False) and name not in surnames and not resolve(name, label).kb:
            continue
        if label == "LOC" and " " not in name and noun_after_article(text, start, end):
            continue  # "das Essen war sehr schlecht": the noun, not the town
        if label == "LOC" and " " not in name and _nouns_coordinated(text, start, end):
            continue  # "Essen und Getränke": a common noun beside another, not the town
        if MODEL_AFTER.match(text, end):
            continue  # "Sputnik V-Studie": a product's name, not the outlet
        if label == "ORG" and " " not in name and _title_before_name(text, end, name):
            continue  # "Bundesrat Gottfried Kneifel": a member's title, not the chamber
        if " " not in name and credit_label(text, start, end):
            continue  # "(Bild: Anna Beispiel)": a picture credit, not the newspaper
        cleaned.append((start, end, label))
    # a place inside a longer organisation or person name is part of that name ("VfL Wolfsburg",
    # "Telekom Austria", "Lewis Hamilton"): the recogniser's span replaces the place link
    inner = {id(s) for s in layer for a, b, label in cleaned
             if label in ("ORG", "PER") and s.label == "LOC" and s.by == BY and a <= s.start and s.end <= b
             and b - a > s.end - s.start and len(text[a:b].split()) >= 2}
    if inner:
        layer[:] = [s for s in layer if id(s) not in inner]
        taken = [(s.start, s.end) for s in layer]
    # surname -> full names ending in it, from the KB matches and the new spans alike
    full: dict[str, dict[str, tuple[str, str]]] = {}
    for s in layer:
        words = text[s.start : s.end].split()
        if s.label == "PER" and len(words) >= 2 and s.attrs.get("id"):
            full.setdefault(words[-1], {})[s.attrs["id"]] = (s.attrs["id"], s.attrs.get("canonical", ""))
    pending: dict[str, Resolution] = {}
    for start, end, label in cleaned:
        words = text[start:end].split()
        if label == "PER" and len(words) >= 2:
            name = " ".join(words)
            r = pending.get(name) or resolve(name, label, context=ids, kb=the_kb)
            pending[name] = r
            full.setdefault(words[-1], {})[r.id] = (r.id, r.canonical)
    added: list[Span] = []
    # the countries of the document's knowledge-base places, the support of a town's other names
    countries = place_countries([s for s in layer if s.label == "LOC" and s.attrs.get("kb")], the_kb.by_id.get)
    for start, end, label in cleaned:
        if any(a < end and start < b for a, b in taken):
            continue
        name = text[start:end]
        single = name.strip()
        owner = _surname_owner(single, full) if label in _SURNAME_LABELS and " " not in single else None
        if owner is not None:
            # "Haag: Ich bin ..." after "Sabine Haag": her surname, whatever label the recogniser guessed
            label = "PER"
            eid, canonical = owner
            kb = not eid.startswith("qk:local:")
            attrs = {"id": eid, "canonical": canonical, "kb": kb, "method": "coref"}
            if kb:
                attrs["confidence"] = 0.85
        else:
            key = " ".join(name.split())
            r = pending.get(key) or resolve(name, label, context=ids, kb=the_kb)
            entry = the_kb.by_id.get(r.id) if r.kb and label == "LOC" else None
            if entry is not None and entry.source == "geonames" and (
                    unsupported_alias(key, r.method, entry, countries) or word_not_town(text, start, end, entry)):
                # "Julia" (a name of Plovdiv) in a list of athletes: not a name the document supports
                r = Resolution(name=key, id=local_id(key, label), label=label, canonical=key, score=0.0,
                               method="local", kb=False)
            if entry is not None and entry.source == "iso3166-2" and postcode_before(text, start):
                # "8200 Schaffhausen": a town, not the canton (the KB holds no town of that name)
                r = Resolution(name=key, id=local_id(key, label), label=label, canonical=key, score=0.0,
                               method="local", kb=False)
            if r.kb and label == "LOC" and _word_before(text, start) in DISTRICT_WORDS and not (
                    entry is not None and entry.source == "iso3166-2"):
                # "im Landkreis Celle": the district, not the town; "Kanton Bern": the canton when the KB
                # holds it, else no link
                region = next((e for e in the_kb.by_norm(key) if e.source == "iso3166-2"
                               and (entry is None or e.country == entry.country)), None)
                r = (Resolution(name=key, id=region.id, label=label, canonical=region.canonical, score=0.85,
                                method="kb-context", kb=True) if region is not None else
                     Resolution(name=key, id=local_id(key, label), label=label, canonical=key, score=0.0,
                                method="local", kb=False))
            attrs = {"id": r.id, "canonical": r.canonical, "kb": r.kb, "method": r.method}
            if r.kb:
                attrs["confidence"] = r.score
            if r.candidates:
                attrs["candidates"] = list(r.candidates)
        span = Span.checked(start, end, label, attrs, by)
        layer.append(span)
        added.append(span)
        taken.append((start, end))
        ids.add(attrs["id"])
    _places_that_are_surnames(layer, text, full)
    layer.sort(key=lambda s: (s.start, s.end))
    return added


def _places_that_are_surnames(layer: list[Span], text: str, full: dict[str, dict[str, tuple[str, str]]]) -> None:
    """A one-word place match that is the surname of the one full name of a person in the text
    is that person ("Hamilton" after "Lewis Hamilton"): relabelled, with the person's id."""
    for s in layer:
        if s.label != "LOC" or s.by != BY or " " in text[s.start : s.end]:
            continue
        if str(s.attrs.get("id", "")).startswith("qk:loc:iso:"):
            continue  # a country or region ("Österreich" of a mis-tagged "Ikea Österreich") is nobody's surname
        owner = _surname_owner(text[s.start : s.end], full)
        if owner is None or _word_before(text, s.start) in _PLACE_BEFORE:
            continue  # "in Hamilton, Kanada": the town after all
        eid, canonical = owner
        kb = not eid.startswith("qk:local:")
        s.label = "PER"
        s.attrs.clear()
        s.attrs.update({"id": eid, "canonical": canonical, "kb": kb, "method": "coref"})
        if kb:
            s.attrs["confidence"] = 0.85


#: words before a name that make it a place ("in Hamilton", "nach Paris")
_PLACE_BEFORE = frozenset({"in", "nach", "aus", "In", "Nach", "Aus"})

#: labels of a one-word span that is read as a person when a full name in the text ends in it
_SURNAME_LABELS = frozenset({"PER", "LOC", "MISC"})


_LETTER = re.compile(r"[^\W\d_]")


_NEXT_WORD = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+)")
#: determiners the word-class lexicon lists as pronouns (not function words): never a name
_DETERMINERS = frozenset(stem + end for stem in ("jeglich", "sämtlich", "etlich", "manch", "welch", "solch")
                         for end in ("", "e", "er", "es", "en", "em"))


def _title_before_name(text: str, end: int, name: str) -> bool:
    """A chamber's name right before a first name: the title of one of its members
    ("Bundesrat Gottfried Kneifel", "Nationalrat Peter Pilz"; :data:`.matcher.MEMBER_TITLES`)."""
    if name not in MEMBER_TITLES:
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and is_first_name(m.group(1))


_AND_NEXT = re.compile(r" (?:und|oder|sowie) ([A-ZÄÖÜ][a-zäöüß]+)")
_AND_BEFORE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+) (?:und|oder|sowie) $")


def _nouns_coordinated(text: str, start: int, end: int) -> bool:
    """A word the lexicon knows as a common noun, joined by "und"/"oder" to another common noun
    ("Essen und Getränke", "Wasser oder Essen")."""
    if not is_common_noun(text[start:end]):
        return False
    m = _AND_NEXT.match(text, end)
    if m and is_common_noun(m.group(1)):
        return True
    m = _AND_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and is_common_noun(m.group(1))


def _clause_like(name: str) -> bool:
    """Five words or more of which two are lower-case words that are not function words, articles
    or pronouns: a clause the recogniser ran on, not a name or a title ("Der Herr der Ringe",
    "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung" are names)."""
    words = name.split()
    if len(words) < 5:
        return False
    content = [w for w in words if w[:1].islower() and w.isalpha() and not is_function_word(w)
               and w not in _CLOSED_WORDS]
    return len(content) >= 2


#: lower-case words a name or title may hold that the lexicon's function words leave out
_CLOSED_WORDS = ARTICLES | frozenset("und oder von vom zu zur zum im in am an auf für mit bei of and for to".split())


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, with one space between ("Landkreis" of "Landkreis Celle")."""
    if start < 2 or text[start - 1] != " ":
        return ""
    words = text[max(0, start - 20) : start - 1].split()
    return words[-1] if words else ""


def _surname_owner(word: str, full: dict[str, dict[str, tuple[str, str]]]) -> tuple[str, str] | None:
    """The (id, canonical) of the one full name ending in ``word`` or in ``word``
    without its genitive ending ("Sobotkas" -> "Sobotka"); None when none or several."""
    cands = [c for c in (word, word[:-1] if word.endswith("s") and len(word) > 3 else "",
                         word[:-2] if word.endswith(("’s", "'s")) else "") if c]
    for cand in cands:
        owners = full.get(cand)
        if owners:
            return next(iter(owners.values())) if len(owners) == 1 else None
    # "Nikolic" for "Tomislav Nikolić": the same surname without its accents
    plain = {strip_diacritics(c) for c in cands}
    owners = {k: v for key, ids in full.items() if strip_diacritics(key) in plain for k, v in ids.items()}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _trim_initial_adverb(text: str, start: int, end: int) -> int:
    """The start of a span without a sentence's first word when that is an adverb or
    conjunction the recogniser took in ("Auch Serbien", "Ebenso Cognac"); mid-sentence
    names keep theirs ("Unter den Linden")."""
    m = _TOKEN.match(text, start)
    if m is None or m.end() >= end or not is_function_word(m.group()):
        return start
    before = text[:start].rstrip()
    if before and before[-1] not in ".!?:;\n\"„“”»«–-":
        return start
    nxt = _SPACE.match(text, m.end())
    return nxt.end() if nxt and nxt.end() < end else start


def _trim_common_tail(text: str, start: int, end: int) -> int:
    """The end of a person's span without a common noun after a genitive
    ("Sobotkas Wunsch" -> "Sobotkas", when "Sobotka" stands elsewhere in the
    text); "Eugen Weinberg" and "Hans Weinberg" keep their surname."""
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    while len(words) > 1 and is_common_noun(text[words[-1][0] : words[-1][1]]):
        before = text[words[-2][0] : words[-2][1]]
        if not (before.endswith("s") and len(before) > 3 and re.search(rf"\b{re.escape(before[:-1])}\b", text)):
            break
        words.pop()
    return words[-1][1] if words else end
