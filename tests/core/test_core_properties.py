"""Property tests over ingest, clean and the evidence components (issue 13).

For every input the strategies below make, ingest (``from_text``, ``from_html``,
``from_bytes``) followed by the default ``Pipeline.from_names()``:

1. no crash: returns a Document, or raises an :class:`InputError` (empty input,
   no text left after cleaning, undecodable bytes). Every other exception fails,
   :class:`ComponentError` included: the pipeline wraps *any* exception of a
   component in it, so accepting it would accept every crash;
2. every span of every layer lies inside the text (0 <= start <= end <= len(text)),
   and so do the offsets nested in span attributes and in ``document``;
3. the JSON round trip is lossless: ``from_json(to_json()).to_json() == to_json()``;
4. determinism: the same input analysed again, with another document analysed in
   between and by a second pipeline, gives the same JSON.

Strategies: arbitrary Unicode mixed with the characters that break text code
(controls, NUL, zero-width, bidi controls, combining marks, astral characters,
every quotation mark, lone colons and dashes); huge and odd numbers; impossible
dates; very long words; whitespace-only texts; HTML fragments with broken
nesting; bytes in many encodings with wrong charset declarations; and German-like
articles built from a small invented vocabulary with numbers, dates and quotation
marks spliced in at random places, so that quantities, dates, speech, claims and
rhetoric actually fire (checked by ``test_german_articles_...``); paragraphs in a
dozen other languages; metadata hints (dates at the ends of the calendar, values
of the wrong type). The crashes found are kept as regression tests at the end.

Set ``QK_PROPERTY_SCALE`` (an integer, default 1) to multiply the number of
examples for a longer fuzzing run.
"""

from __future__ import annotations

import functools
import json
import os
from collections import Counter
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from quellenkritik.document import Document
from quellenkritik.errors import InputError
from quellenkritik.ingest.documents import from_bytes, from_html, from_text
from quellenkritik.pipeline import Pipeline

SCALE = max(1, int(os.environ.get("QK_PROPERTY_SCALE", "1")))


def _settings(n: int, **kw: Any) -> settings:
    return settings(
        max_examples=n * SCALE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        **kw,
    )


# ---------------------------------------------------------------------------
# running and checking
# ---------------------------------------------------------------------------


@functools.cache
def _pipelines() -> tuple[Pipeline, Pipeline]:
    return Pipeline.from_names(), Pipeline.from_names()


def _analyse(make: Callable[[], Document], pipeline: Pipeline | None = None) -> Document | None:
    """Property 1: the document, or None when ingest or cleaning refused the input with an InputError."""
    try:
        doc = make()
    except InputError:
        return None
    try:
        return (pipeline or _pipelines()[0])(doc)
    except InputError:  # e.g. EmptyDocumentError: no article text left after cleaning
        return None


_OFFSET_PAIRS = ("content", "cue", "source", "part_of")


def _nested_offsets(value: Any, where: str) -> list[tuple[str, int, int]]:
    """Offsets into the text nested in attributes and in ``document``: dicts with
    int ``start`` and ``end``, and the [start, end] pairs of speech and quantities."""
    found: list[tuple[str, int, int]] = []
    if isinstance(value, dict):
        s, e = value.get("start"), value.get("end")
        if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool):
            found.append((where, s, e))
        for k, v in value.items():
            if (k in _OFFSET_PAIRS and isinstance(v, list) and len(v) == 2
                    and all(isinstance(x, int) and not isinstance(x, bool) for x in v)):
                found.append((f"{where}.{k}", v[0], v[1]))
            else:
                found.extend(_nested_offsets(v, f"{where}.{k}"))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found.extend(_nested_offsets(v, f"{where}[{i}]"))
    return found


def _check_spans(doc: Document) -> None:
    """Property 2."""
    n = len(doc.text)
    for name, span in doc.iter_spans():
        assert 0 <= span.start <= span.end <= n, f"layer {name!r}: span {span.start}:{span.end}, text length {n}"
        for where, s, e in _nested_offsets(span.attrs, f"{name}.attrs"):
            assert 0 <= s <= e <= n, f"{where}: {s}:{e}, text length {n}"
    for where, s, e in _nested_offsets(doc.document, "document"):
        assert 0 <= s <= e <= n, f"{where}: {s}:{e}, text length {n}"


def _check_json(doc: Document) -> str:
    """Property 3; returns the JSON."""
    out = doc.to_json()
    json.loads(out)  # valid JSON
    again = Document.from_json(out)
    assert again.to_json() == out
    assert again.text == doc.text
    return out


_OTHER = "Der Sprecher sagte am 3. Mai 2021: „Es waren 12 Fahrzeuge.“ Die Lage sei unerträglich."


def _check_all(make: Callable[[], Document]) -> Document | None:
    """Properties 1-4 for one input; ``make`` builds a fresh raw document each call."""
    first, second = _pipelines()
    doc = _analyse(make, first)
    if doc is None:
        # refused: refused again, by the other pipeline too
        assert _analyse(make, second) is None
        return None
    _check_spans(doc)
    out = _check_json(doc)
    _analyse(lambda: from_text(_OTHER), first)  # state left behind by another document must not matter
    again = _analyse(make, first)
    assert again is not None and again.to_json() == out, "analysing the same input twice differs"
    other = _analyse(make, second)
    assert other is not None and other.to_json() == out, "a second pipeline gives another result"
    return doc


# ---------------------------------------------------------------------------
# strategies
# ---------------------------------------------------------------------------

QUOTES = ["„", "“", "”", "»", "«", "‚", "‘", "’", "›", "‹", '"', "'", "「", "」", "‟", "〝", "〞", "＂"]
DASHES = ["-", "–", "—", "‐", "‑", "‒", "―", "−", "⸺", "--", " - ", " – "]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069",
        "שלום", "مرحبا", "١٢٣", "۴۵۶"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\r", "\r\n",
           "\u2028", "\u2029", "\t", "\n", "\n\n", "\n\n\n"]
COMBINING = ["\u0301", "\u0308", "\u0327", "\u20dd", "a\u0308", "o\u0308\u0301\u0323", "\u0361", "\u3099"]
ASTRAL = ["😀", "𝔘", "𠀀", "🇩🇪", "👩‍👩‍👧", "𐍈", "\U0010fffd", "\U000e0001", "𝟗"]
SPACES = [" ", "  ", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2003"]
PUNCT = [":", " : ", "::", ";", ".", "..", "...", "…", "!", "?", "?!", ",", "(", ")", "[", "]", "/", "*", "#", "§",
         "%", "&", "<", ">", "\\", "|"]
SPECIAL = QUOTES + DASHES + ZERO_WIDTH + BIDI + CONTROL + COMBINING + ASTRAL + SPACES + PUNCT

any_char = st.characters(exclude_categories=("Cs",))  # everything but surrogates
chaos_text = st.lists(st.one_of(any_char, st.sampled_from(SPECIAL), st.text(max_size=8)), max_size=120).map("".join)
special_text = st.lists(st.sampled_from(SPECIAL), max_size=40).map("".join)
whitespace_text = st.lists(st.sampled_from(SPACES + ["\n", "\t", "\r", "\r\n", "\x0b", "\x0c", "\u2028", "\u2029",
                                                     "\x85", "\ufeff", "\u200b"]), max_size=30).map("".join)

long_word = st.builds(
    lambda unit, n, tail: unit * n + tail,
    st.sampled_from(["a", "ß", "Ä", "x\u0301", "😀", "-", "1", "„", "Donau", "ab:", "9.", "\u200b", "Ü-"]),
    st.integers(50, 1500),
    st.sampled_from(["", ".", " Millionen", "“", ":"]),
)

BIG_NUMBERS = [
    "10^400", "10^-400", "1e400", "1E-400", "999999999999999999999 Millionen", "9" * 400, "0" * 300 + "1",
    "1.000.000.000.000.000.000.000", "1 000 000", "1'000'000", "3,5", "0,0000001", "-0", "+5", "−7", "½", "¾",
    "²³", "Ⅻ", "١٢٣", "１２３", "1,5 Mrd.", "drei", "eine Million", "Hunderttausende", "5 Prozent", "50 %", "3 bis 5",
    "3–5", "12 km", "7 Euro", "$5", "€ 5", "5.000 Tonnen", "2,3 Millionen Euro", "10 hoch 100", "1.5.6.7", "1,,2",
    "1..2", "Nummer 1", "Platz 3", "31 Raketen", "170.000 Dollar", "mehr als 5 Millionen", "rund 40 Prozent",
    "0,5 Promille", "10.000.000.000.000.000.000.000.000 Milliarden", "1/0", "0/0", "NaN", "inf",
]
MONTHS = ["Januar", "Februar", "März", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember", "Jan.", "Feb.", "Sept.", "Dez.", "Brumaire", "Smarch"]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.sampled_from(BIG_NUMBERS))
    if kind == 1:
        n = draw(st.integers(-(10**30), 10**30))
        return f"{n:,}".replace(",", draw(st.sampled_from([".", " ", "\u202f", "'", ","])))
    if kind == 2:
        return draw(st.floats(allow_nan=True, allow_infinity=True)).__repr__().replace(".", ",")
    unit = draw(st.sampled_from(["Millionen", "Milliarden", "Prozent", "Euro", "Menschen", "Soldaten", "km", "Mal"]))
    return f"{draw(st.integers(0, 10**25))} {unit}"


@st.composite
def dates(draw: st.DrawFn) -> str:
    d = draw(st.integers(0, 40))
    m = draw(st.integers(0, 14))
    y = draw(st.one_of(st.integers(1900, 2100), st.integers(-50, 99999), st.just(10**20)))
    month = draw(st.sampled_from(MONTHS))
    return draw(st.sampled_from([
        f"{d}. {month} {y}", f"am {d}. {month}", f"{d}.{m}.{y}", f"{y}-{m:02}-{d:02}", f"{d}/{m}/{y}",
        f"im Jahr {y}", f"{month} {y}", f"seit {y}", f"Anfang {month}", f"Mitte {month} {y}", "gestern", "heute",
        "vorgestern", "am Montag", "am vergangenen Freitag", f"vor {d} Tagen", f"in {d} Wochen", f"den {d}. {d}.",
        f"{y}er Jahre", f"{d}.{m}.", f"zwischen {d}. und {m}. {month}", f"{d}:{m} Uhr", f"{y}/{y}",
    ]))


SUBJECTS = ["der Minister", "die Regierung", "ein Sprecher des Ministeriums", "die Polizei", "Experten", "Anna Keller",
            "Bürgermeister Lutz Brandhofer", "die Opposition", "ein Augenzeuge", "Beobachter", "die Armee",
            "Informierte Kreise", "die Agentur", "Präsident Tomasz Weilandt", "Wir", "Man"]
SPEECH_VERBS = ["sagte", "erklärte", "behauptete", "betonte", "warnte", "teilte mit", "sagt", "fügte hinzu",
                "räumte ein", "schrieb", "bestätigte"]
REPORT_CUES = ["laut", "nach Angaben von", "wie", "zufolge", "nach Informationen von", "unter Berufung auf"]
NOUNS = ["Raketen", "Brücke", "Hilfsgüter", "Stadt", "Angriff", "Wahl", "Haushalt", "Soldaten", "Flüchtlinge",
         "Preise", "Gericht", "Gesetz", "Grenze", "Konvoi", "Kraftwerk", "Verhandlungen"]
VERBS = ["wurden zerstört", "hat angegriffen", "stiegen um", "seien gefallen", "wurde beschlossen", "haben erreicht",
         "wurden abgefangen", "sollen getötet worden sein", "kosteten", "verdoppelten sich"]
LOADED = ["skandalös", "absurd", "unerträglich", "schamlos", "verlogen", "gnadenlos", "Lügenmärchen",
          "Hysterie", "Katastrophe", "Verräter", "ungeheuerlich", "Wahnsinn"]
FILLERS = ["und", "aber", "denn", "jedoch", "nicht", "sehr", "bereits", "vermutlich", "angeblich", "offenbar",
           "in der Stadt", "an der Grenze", "im Osten", "Berlin", "Kiew", "Moskau", "Paris"]


@st.composite
def clauses(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(SUBJECTS)).capitalize() if draw(st.booleans()) else draw(st.sampled_from(NOUNS))]
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(st.one_of(
            st.sampled_from(NOUNS + VERBS + FILLERS + LOADED), numbers(), dates(), st.sampled_from(SUBJECTS),
        )))
    return " ".join(parts)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A German-like sentence: a plain, quoted, reported or rhetorical frame."""
    clause = draw(clauses())
    subject = draw(st.sampled_from(SUBJECTS))
    verb = draw(st.sampled_from(SPEECH_VERBS))
    o, c = draw(st.sampled_from([("„", "“"), ("»", "«"), ("‚", "‘"), ('"', '"'), ("“", "”"), ("„", ""), ("", "“"),
                                 ("„„", "“"), ("«", "»"), ("'", "'")]))
    end = draw(st.sampled_from([".", "!", "?", "", "…", ":", " –"]))
    frames = [
        f"{clause}{end}",
        f"{o}{clause}{c}, {verb} {subject}{end}",
        f"{subject.capitalize()} {verb}: {o}{clause}{c}",
        f"{subject.capitalize()} {verb}, {clause}{end}",
        f"{draw(st.sampled_from(REPORT_CUES)).capitalize()} {subject} {clause}{end}",
        f"{o}{clause}, {o}{draw(clauses())}{c}{c}, {verb} {subject}{end}",
        f"Ist das nicht {draw(st.sampled_from(LOADED))}?",
        f"{clause} – {draw(clauses())}{end}",
        f"{subject.capitalize()}: {clause}",
    ]
    return draw(st.sampled_from(frames))


@st.composite
def german_articles(draw: st.DrawFn) -> str:
    """Sentences in paragraphs, with numbers, dates, quotation marks and odd characters spliced in at random."""
    pieces = draw(st.lists(sentences(), min_size=1, max_size=8))
    splices = draw(st.lists(st.tuples(
        st.integers(0, 10**6),
        st.one_of(numbers(), dates(), st.sampled_from(QUOTES + DASHES + [":", " : ", "\n\n"] + ZERO_WIDTH + BIDI
                                                       + COMBINING + ASTRAL + CONTROL)),
    ), max_size=4))
    text = ""
    for p in pieces:
        text += p + draw(st.sampled_from([" ", " ", "\n", "\n\n", "", "  "]))
    for pos, piece in splices:
        i = pos % (len(text) + 1)
        text = text[:i] + piece + text[i:]
    if draw(st.booleans()):  # a headline
        text = draw(clauses()) + "\n\n" + text
    return text


FOREIGN = {
    "en": ["The minister said", "according to officials", "more than 5 million", "on March 3, 2024", "people",
           "were killed", "\u201cWe are ready,\u201d", "she told reporters", "allegedly", "the army", "yesterday"],
    "ru": ["Министр заявил", "по данным", "более 5 миллионов", "3 марта 2024 года", "«Мы готовы»", "сказал он",
           "якобы", "армия", "вчера", "человек погибли"],
    "uk": ["Міністр заявив", "за даними", "понад 5 мільйонів", "3 березня 2024 року", "«Ми готові»", "сказав він",
           "нібито", "армія", "учора"],
    "fr": ["Le ministre a déclaré", "selon les autorités", "plus de 5 millions", "le 3 mars 2024",
           "« Nous sommes prêts »", "a-t-il dit", "personnes", "hier"],
    "pl": ["Minister powiedział", "według danych", "ponad 5 milionów", "3 marca 2024", "„Jesteśmy gotowi”", "wczoraj"],
    "ar": ["قال الوزير", "وفقا للمسؤولين", "أكثر من ٥ ملايين", "في ٣ مارس ٢٠٢٤", "«نحن مستعدون»", "أمس"],
    "he": ["השר אמר", "לפי הדיווחים", "יותר מ-5 מיליון", "ב-3 במרץ 2024", "\"אנחנו מוכנים\"", "אתמול"],
    "zh": ["部长说", "据官员称", "超过五百万", "2024年3月3日", "“我们准备好了”", "昨天", "人死亡"],
    "ja": ["大臣は述べた", "当局によると", "500万人以上", "2024年3月3日", "「準備はできている」", "昨日"],
    "el": ["Ο υπουργός είπε", "σύμφωνα με", "πάνω από 5 εκατομμύρια", "στις 3 Μαρτίου 2024", "«Είμαστε έτοιμοι»"],
    "hi": ["मंत्री ने कहा", "अधिकारियों के अनुसार", "50 लाख से अधिक", "3 मार्च 2024 को", "कल"],
    "tr": ["Bakan söyledi", "yetkililere göre", "5 milyondan fazla", "3 Mart 2024", "dün"],
}


@st.composite
def foreign_articles(draw: st.DrawFn) -> str:
    """Paragraphs in other languages (one or several per text), German ones among them sometimes."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        lang = draw(st.sampled_from(sorted(FOREIGN) + ["de"]))
        if lang == "de":
            paragraphs.append(draw(sentences()))
            continue
        word = st.one_of(st.sampled_from(FOREIGN[lang]), numbers(), st.sampled_from(QUOTES + [":", "–"]))
        words = draw(st.lists(word, min_size=1, max_size=12))
        paragraphs.append(" ".join(words) + draw(st.sampled_from([".", "。", "!", "?", "؟", ""])))
    return draw(st.sampled_from(["\n\n", "\n", " "])).join(paragraphs)


mixed_text = st.one_of(
    foreign_articles(),
    chaos_text,
    special_text,
    whitespace_text,
    german_articles(),
    st.lists(st.one_of(chaos_text, special_text, long_word, numbers(), dates(), sentences()), max_size=6)
    .map(" ".join),
)

TAGS = ["p", "div", "span", "b", "i", "a", "h1", "h2", "article", "nav", "footer", "header", "aside", "main",
        "section", "li", "ul", "table", "tr", "td", "blockquote", "q", "figure", "figcaption", "time", "pre", "em",
        "strong", "form", "button", "noscript", "template", "svg", "math", "title", "body", "html", "head"]
RAW_HTML = [
    "<br>", "<br/>", "</br>", "<hr>", "<img src=x alt='„Bild“'>", "<!-- Kommentar -->", "<!--", "-->", "<![CDATA[x]]>",
    "<![CDATA[", "<!DOCTYPE html>", "<?xml version='1.0'?>", "<script>var a = '<p>' + 1;</script>", "<script>",
    "</script>", "<style>p{color:red}</style>", "<style>", "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&#99999999999;",
    "&#xD800;", "&bogus;", "&", "&#", "&#x;", "<", ">", "< p>", "<p", "<p class=>", "<p class=\"x'>",
    "<a href='javascript:0'>",
    "<meta charset='x-bogus'>", "<meta name='author' content='A. Keller'>", "<meta property='og:title' content='>",
    "<time datetime='2099-99-99'>", "<time datetime='3. März 2024'>", "<p/>", "<div/>", "</>", "<//p>", "<p<p>>",
    "<h1></h1>", "<title></title>", "<a>Auf X teilen</a>", "<button>Teilen</button>", "<span hidden>", "<\x00p>",
]


@st.composite
def html_fragments(draw: st.DrawFn) -> str:
    """HTML whose tags open and close in any order, with text from the other strategies."""
    text = st.one_of(chaos_text, sentences(), foreign_articles(), numbers(), dates(), special_text,
                     st.sampled_from(QUOTES))
    open_tag = st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS),
                         st.sampled_from(["", " class='article-body'", " id=\"x\"", " lang='ar' dir='rtl'",
                                          " itemprop='articleBody'", " class=\"share\"", " data-x=„y“", " a b c"]))
    close_tag = st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS))
    parts = draw(st.lists(st.one_of(open_tag, close_tag, text, st.sampled_from(RAW_HTML)), max_size=25))
    html = "".join(parts)
    if draw(st.booleans()):
        html = "<html><head><title>" + draw(text) + "</title></head><body>" + html
    return html


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "koi8-r",
             "cp1251", "mac_roman", "iso-8859-15", "gb18030", "shift_jis", "big5", "cp437"]
CHARSETS = [None, "utf-8", "UTF-8", "latin-1", "windows-1251", "x-bogus", "", "utf-16", "UTF-8; foo", "ascii",
            "utf-32", "unicode-1-1-utf-7", "koi8-u", " utf-8 ", "\"latin-1\""]


@st.composite
def byte_inputs(draw: st.DrawFn) -> dict[str, Any]:
    """Raw bytes: random, or text in an encoding, maybe declared as another."""
    if draw(st.integers(0, 3)) == 0:
        data = draw(st.binary(max_size=400))
    else:
        text = draw(st.one_of(mixed_text, html_fragments()))
        enc = draw(st.sampled_from(ENCODINGS))
        if draw(st.booleans()):
            text = f"<meta charset=\"{draw(st.sampled_from([c or 'utf-8' for c in CHARSETS]))}\">" + text
        data = text.encode(enc, errors="replace")
        if draw(st.booleans()):  # cut in the middle of a character
            data = data[: draw(st.integers(0, len(data)))]
    return {
        "data": data,
        "raw_format": draw(st.sampled_from([None, "html", "text"])),
        "declared_charset": draw(st.sampled_from(CHARSETS)),
        "content_type": draw(st.sampled_from([None, "text/html", "text/plain; charset=latin-1", "application/x-qk"])),
    }


EDGE_DATES = ["9999-12-31", "0001-01-01", "9999-12-30", "0001-01-02", "2024-02-29", "2023-02-29", "0000-00-00",
              "27.01.2026", "31.12.9999", "Tue, 27 Jan 2026 00:30:00 +0100", "gestern", "", "2026-01-27T99:99:99"]
hint_text = st.one_of(chaos_text, sentences(), whitespace_text, st.sampled_from(QUOTES + DASHES + [":", "\x00"]))
wrong_type = st.one_of(st.integers(), st.lists(st.integers(), max_size=2), st.floats(allow_infinity=False),
                       st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@st.composite
def hints(draw: st.DrawFn) -> dict[str, Any]:
    """Metadata hints as a feed, a JSON Lines record or a caller gives them: strings mostly,
    dates at the ends of the calendar, now and then a value of the wrong type."""
    out: dict[str, Any] = {}
    keys = ["title", "authors", "outlet", "section", "published", "url", "forwarded_from", "description",
            "reading_time_minutes", "not_a_field"]
    for key in draw(st.sets(st.sampled_from(keys), max_size=5)):
        if draw(st.integers(0, 5)) == 0:
            out[key] = draw(wrong_type)
        elif key == "published":
            out[key] = draw(st.one_of(
                st.sampled_from(EDGE_DATES), st.dates().map(str), st.dates(), st.datetimes(), dates(), hint_text))
        elif key == "authors":
            out[key] = draw(st.one_of(hint_text, st.lists(hint_text, max_size=3)))
        elif key == "reading_time_minutes":
            out[key] = draw(st.one_of(st.integers(-(10**6), 10**30), st.sampled_from(["5", "x", "", "9" * 50])))
        else:
            out[key] = draw(hint_text)
    return out


RELATIVE = ("Morgen kommt er. Gestern kam er, an Ostern auch, am Montag und am Wochenende, in 5 Jahren und "
            "vor 3 Tagen, im nächsten Monat, in der nächsten Woche, übermorgen, im Januar, letzten Dezember.")


# ---------------------------------------------------------------------------
# the properties
# ---------------------------------------------------------------------------


@_settings(120)
@given(mixed_text)
@example("")
@example("\x00")
@example(" \n\t\u3000\u200b")
@example(":")
@example("—")
@example("„„„“")
@example("10^400")
@example("999999999999999999999 Millionen")
@example("„Er sagte: »Sie sagte: ‚Nein‘«“, sagte sie.")
@example("שלום \u202e„abc“ 😀 a\u0308\u0301")
def test_text_properties(text: str) -> None:
    _check_all(lambda: from_text(text))


@_settings(25)
@given(st.lists(long_word, min_size=1, max_size=3).map(" ".join))
@example("1" * 309)  # overflowed a float in quantities/extract.py (fixed in quantities/numbers.py)
@example("Es waren " + "9" * 5000 + " Millionen.")  # over int()'s 4300-digit limit
def test_very_long_words(text: str) -> None:
    _check_all(lambda: from_text(text))


@_settings(80)
@given(html_fragments())
@example("<p>a<b>c</p></b>")
@example("<html><body><p>„Offen</div></span>")
@example("<script>")
@example("<!--")
def test_html_properties(html: str) -> None:
    _check_all(lambda: from_html(html))


@_settings(60)
@given(byte_inputs())
@example({"data": b"", "raw_format": None, "declared_charset": None, "content_type": None})
@example({"data": b"\xff\xfe\x00", "raw_format": None, "declared_charset": "x-bogus", "content_type": None})
@example({"data": b"h\xb1\xad", "raw_format": None, "declared_charset": None, "content_type": None})  # read as Chinese
def test_bytes_properties(inp: dict[str, Any]) -> None:
    _check_all(lambda: from_bytes(inp["data"], kind="file", location="<bytes>", raw_format=inp["raw_format"],
                                  declared_charset=inp["declared_charset"], content_type=inp["content_type"]))


@_settings(50)
@given(st.one_of(german_articles(), hint_text, st.just(RELATIVE)), hints(), st.booleans())
@example(RELATIVE, {"published": "9999-12-31"}, False)  # "morgen", "am Montag" past the calendar's end
@example(RELATIVE, {"published": "0001-01-01"}, False)  # "gestern", Easter of year 0
@example("Der Minister sagte, 31 Raketen seien abgefangen worden.", {"title": ["a"], "authors": 5}, False)
@example("Der Minister sagte, 31 Raketen seien abgefangen worden.",
         {"published": 5, "reading_time_minutes": float("nan")}, True)
def test_hints_properties(text: str, hint: dict[str, Any], html: bool) -> None:
    if html:
        _check_all(lambda: from_html(f"<article><p>{text}</p></article>", hints=hint))
    else:
        _check_all(lambda: from_text(text, hints=hint))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t\r\n", "\u3000", "\ufeff", "\ufeff \n"])
@pytest.mark.parametrize("ingest", [from_text, from_html])
def test_empty_and_whitespace_input_is_an_input_error(ingest: Callable[[str], Document], text: str) -> None:
    with pytest.raises(InputError):
        _pipelines()[0](ingest(text))


EVIDENCE_LAYERS = ("quantities", "dates", "quotes", "attributions", "claims", "techniques")


def test_german_articles_properties_and_reach_the_evidence_components() -> None:
    """Properties 1-4 on the invented German articles, which must also make every
    evidence layer fire somewhere (else the strategy tests nothing). Derandomised:
    the same examples each run, so the reach assertion is stable."""
    fired: Counter[str] = Counter()
    analysed = 0

    @_settings(60, derandomize=True, phases=[Phase.explicit, Phase.generate, Phase.shrink])
    @given(german_articles())
    def run(text: str) -> None:
        nonlocal analysed
        doc = _check_all(lambda: from_text(text))
        if doc is not None:
            analysed += 1
            fired.update(layer for layer in EVIDENCE_LAYERS if doc.layers.get(layer))

    run()
    assert analysed > 0
    missing = [layer for layer in EVIDENCE_LAYERS if not fired[layer]]
    assert not missing, f"the German strategy never made these layers fire: {missing} ({dict(fired)})"


# ---------------------------------------------------------------------------
# regressions: the crashes these properties found
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Es waren " + "1" * 309 + " Euro.",  # OverflowError: int too large to convert to float
    "Es waren " + "9" * 5000 + " Euro.",  # ValueError: int() over 4300 digits
    "部长说，超过五百万人昨天死亡。“我们准备好了”，他说。",  # zh: spaCy's ChineseTokenizer has no .rules
])
def test_regression_text_that_crashed_a_component(text: str) -> None:
    assert _check_all(lambda: from_text(text)) is not None


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12-30", "0001-01-01", "0001-01-02"])
def test_regression_relative_dates_past_the_ends_of_the_calendar(published: str) -> None:
    doc = _check_all(lambda: from_text(RELATIVE, hints={"published": published}))
    assert doc is not None and doc.layers["dates"]
    assert all(s.attrs["anchor"] == published for s in doc.layers["dates"] if s.attrs.get("anchor"))


@pytest.mark.parametrize("hint", [{"title": ["a"]}, {"authors": 5}, {"published": 5}, {"published": [1]},
                                  {"reading_time_minutes": float("nan")}, {"reading_time_minutes": "9" * 5000}])
def test_regression_hints_of_the_wrong_type_are_left_out(hint: dict[str, Any]) -> None:
    doc = _check_all(lambda: from_text("Der Minister sagte, 31 Raketen seien abgefangen worden.", hints=hint))
    assert doc is not None
    assert all(getattr(doc.metadata, key) in (None, []) for key in hint)


# Crashes whose cause lay in ingest, fixed there: regression tests.


def test_known_declared_charset_with_nul() -> None:
    _check_all(lambda: from_bytes(b"qz\x999\xbe7r", kind="file", location="<bytes>", declared_charset="\x00"))


def test_known_rfc822_date_with_huge_numbers() -> None:
    _check_all(lambda: from_text("Der Minister sagte es.",
                                 hints={"published": "Tue, 27 Jan 2026 00:30:00 +99999999999999999999"}))


def test_known_infinite_reading_time() -> None:
    _check_all(lambda: from_text("Der Minister sagte es.", hints={"reading_time_minutes": float("inf")}))
