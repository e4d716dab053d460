"""Datelines: the place/agency stamp that opens a news text or closes it.

Opening stamps ("Wien – Die Gewerkschaft ...", "Berlin (dpa) – ...",
"Berlin, 3. März 2019 (AFP) – ...", "WASHINGTON (Reuters) - ...") stand at
the start of the text or of a paragraph, or right after the teaser
sentences that some sites put before the body; closing stamps ("(APA,
11.9.2015)", "(red, 9. 9. 2015)", "(André Ballin aus Moskau, 30.12.2015)")
are a parenthesis at the very end.

:func:`find_dateline` gives the one stamp to use (one with a date first),
:func:`find_datelines` every stamp found. A plain function of the text: the
``clean`` stage marks the span in the ``structure`` layer and takes its date
for ``metadata.published`` when nothing else set it.

Precision first: an opening stamp's place is one to four capitalised words
(or an all-capitals word), never a sentence opener ("Die Lage – ..."), and
the dash must be followed by a capitalised word; a closing parenthesis counts
only with a date, a known agency, or "NAME aus PLACE".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..evidence.dates.lexicon import MONTHS_DE, MONTHS_EN, WEEKDAYS_DE, WEEKDAYS_EN
from .byline import parse_date

__all__ = ["Dateline", "find_dateline", "find_datelines", "AGENCIES"]

#: News agencies and the agency-like codes of newsrooms ("red": the editorial
#: office), compared case-insensitively.
AGENCIES: frozenset[str] = frozenset(s.lower() for s in (
    "APA", "dpa", "AFP", "AP", "Reuters", "KNA", "epd", "dts", "SDA", "ANSA", "EFE", "TASS", "RIA", "Interfax",
    "Xinhua", "Bloomberg", "dapd", "ddp", "sid", "Kathpress", "OTS", "APA-OTS", "red", "Redaktion", "UPI", "PAP",
    "CTK", "ČTK", "MTI", "Ukrinform", "Anadolu", "AA", "IRNA", "Yonhap", "Kyodo", "AFP/dpa", "dpa-AFX", "Agenturen",
    "Agentur", "DER STANDARD", "derStandard.at", "KAP", "RIA Novosti", "Sputnik", "Belga", "ANP", "BTA", "Hina",
    "Tanjug", "Lusa", "ATS", "Keystone-SDA",
))

#: Words that open sentences and are never (the first word of) a place.
_NOT_PLACES = frozenset("""
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Er Sie Es Wir Ich Ihr Du Man Dies Diese
Dieser Dieses Jene Sein Seine Ihre Unser Unsere Mein Meine Dass Damit Dann Danach Dabei Daher Darum Deshalb Doch
Aber Und Oder Denn Sondern Auch Allerdings Jedoch Trotzdem Außerdem Zudem Nur Noch Schon So Wie Was Wer Wo Wann
Warum Hier Dort Heute Gestern Morgen Jetzt Nun Fazit Update Kommentar Analyse Interview Hintergrund Video Foto
Bild Quelle Anzeige Lesen Mehr Teil Kapitel Frage Antwort Tipp Hinweis Achtung Eilmeldung Liveticker Ticker
The A An It He She We They This That These Those But And Or So Yet Here There Today Yesterday Update Opinion
Analysis Comment Video Photo Read More Gegen Nach Vor Mit Bei Im In Am An Auf Aus Für Über Unter Zum Zur Von Vom
Seit Bis Ab Neue Neuer Neues Alte Alter Erste Erster Zweite Letzte Letzter Großes Große Kleine Viele Alle
""".split()) | frozenset(MONTHS_DE) | frozenset(MONTHS_EN) | frozenset(WEEKDAYS_DE) | frozenset(WEEKDAYS_EN)

# a capitalised word, or an abbreviation of at most three letters ("St. Pölten"); "Juni." ends a sentence
_PWORD = r"(?:[A-ZÄÖÜ][a-zäöü]{0,2}\.(?=[^\S\n]+[A-ZÄÖÜ])|[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéèáàíóúçñ'’\-]*(?![\w.]))"
_PLINK = r"(?:am|an|an\s+der|bei|de|del|della|di|du|la|le|los|im|ob|on|upon|of|sur)"
_PLACE = rf"(?P<place>{_PWORD}(?:(?:\s+{_PLINK})?(?:\s+|\s*/\s*){_PWORD}){{0,3}})"
_DATE_PART = (r"(?P<date>\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\.?(?:\s+\d{4})?"
              r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{4}-\d{2}-\d{2})")
_OPENING = re.compile(
    rf"{_PLACE}(?:,[^\S\n]+{_DATE_PART})?(?:[^\S\n]*\((?P<agency>[^()\n]{{1,40}})\))?"
    rf"(?P<dash>[^\S\n]+[–—-]|[^\S\n]*[–—](?=[^\S\n]))(?=[^\S\n]+[\"„“»«‚'A-ZÄÖÜ0-9])"
)
_SENTENCE_END = re.compile(r"(?:^|\n|(?<=[.!?…])[\"“”»«']?[^\S\n]+)")
_CLOSING = re.compile(r"\((?P<inner>[^()\n]{2,160})\)[^\S\n]*\.?\s*\Z")
_AUS = re.compile(r"^(?P<who>.+?)\s+aus\s+(?P<place>[A-ZÄÖÜ][\w .'’/-]*)$")
_PART_SPLIT = re.compile(r"\s*(?:[,;]|\s[–—-]\s)\s*")
_DATE_ONLY = re.compile(r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s+\w+\.?\s+\d{4})$")
_INITIALS = re.compile(r"^[a-zäöü]{2,6}\.?$")

#: How far into the text an opening stamp may stand (after the teaser sentences).
OPENING_WINDOW = 1000


@dataclass(frozen=True)
class Dateline:
    """A dateline: ``text[start:end]`` is the stamp (for an opening one, up to and with its dash)."""

    start: int
    end: int
    kind: str  # "opening" or "closing"
    place: str | None = None
    agency: str | None = None  # as written: "dpa", "APA/dpa", "Reuters, APA"
    date: str | None = None  # ISO (YYYY-MM-DD) when the stamp holds a full date
    date_text: str | None = None  # the date as written, also when it has no year
    authors: tuple[str, ...] = field(default_factory=tuple)  # "André Ballin", initials ("red" is an agency)


_SHORT_YEAR = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2})$")


def _date(text: str) -> str | None:
    """An ISO date for a full date as written; "13.02.16" is 2016-02-13."""
    m = _SHORT_YEAR.match(text.strip())
    if m:
        text = f"{m[1]}.{m[2]}.{2000 + int(m[3])}"
    return parse_date(text)


def _place_ok(place: str) -> bool:
    words = re.split(r"[\s/]+", place)
    if len(place) > 40 or words[0] in _NOT_PLACES or words[0].rstrip(".") in _NOT_PLACES:
        return False
    return all(w[:1].isupper() or re.fullmatch(_PLINK, w) for w in words if w)


def _agency(text: str | None) -> str | None:
    if not text:
        return None
    parts = [p for p in re.split(r"\s*[/,;]\s*", text.strip()) if p]
    if parts and all(p.lower() in AGENCIES for p in parts):
        return text.strip()
    return None


def _openings(text: str) -> list[Dateline]:
    out = []
    limit = min(len(text), OPENING_WINDOW)
    for b in _SENTENCE_END.finditer(text, 0, limit):
        m = _OPENING.match(text, b.end())
        if m is None or not _place_ok(m["place"]):
            continue
        agency_text = m["agency"]
        agency = _agency(agency_text)
        if agency_text and agency is None:
            continue  # "Berlin (Symbolbild) –": not a stamp
        date_text = m["date"]
        out.append(Dateline(m.start(), m.end("dash"), "opening", place=m["place"], agency=agency,
                            date=_date(date_text) if date_text else None, date_text=date_text))
        break  # one opening stamp: the first
    return out


def _closing(text: str) -> Dateline | None:
    m = _CLOSING.search(text)
    if m is None:
        return None
    inner = m["inner"].strip()
    parts = [p for p in _PART_SPLIT.split(inner) if p]
    date_text = date = place = None
    agencies: list[str] = []
    authors: list[str] = []
    for part in parts:
        if _DATE_ONLY.match(part) and date_text is None:
            date_text, date = part, _date(part)
            continue
        for sub in re.split(r"\s*/\s*", part):
            if sub.lower() in AGENCIES:
                agencies.append(sub)
                continue
            aus = _AUS.match(sub)
            if aus:
                authors.append(aus["who"])
                place = aus["place"].strip()
            elif _INITIALS.match(sub) or re.fullmatch(r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){1,3}", sub):
                authors.append(sub)
            else:
                return None  # "(nach Kreuzbandriss)": an ordinary parenthesis
    if not (date_text or agencies or place):
        return None
    return Dateline(m.start(), m.start() + len(m.group().rstrip().rstrip(".")), "closing", place=place,
                    agency="/".join(agencies) if agencies else None, date=date, date_text=date_text,
                    authors=tuple(authors))


def find_datelines(text: str) -> list[Dateline]:
    """Every stamp of ``text``: the opening one (if any), then the closing one (if any)."""
    out = _openings(text)
    closing = _closing(text)
    if closing is not None and not (out and closing.start < out[0].end):
        out.append(closing)
    return out


def find_dateline(text: str) -> Dateline | None:
    """The stamp of ``text`` to use: the first one with a date, else the first one; None without one."""
    found = find_datelines(text)
    return next((d for d in found if d.date), found[0] if found else None)
