"""Find persuasion techniques in a text: lexicon cues (:mod:`.lexicon`) and a few forms
(author-voice questions, closing retorts, echo questions, scare quotes).

Plain functions over the text and its sentence offsets; the component in
:mod:`quellenkritik.rhetoric.components` adds the spans and their voice.
Every finding is evidence for a reader, with the cue that triggered it and
a confidence: a lexicon word is a likelier technique than a form (a
question may be a real one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ...linguistic.wordclass import is_common_noun
from ..spans import SpanIndex
from ..triggers import Prefilter, Requirement, collapse, requirements

from .lexicon import ENDINGS, CUES, Cue, stems

__all__ = ["Finding", "find_techniques", "is_interview", "CONFIDENCE"]


@dataclass(frozen=True)
class Finding:
    """A technique at text[start:end]."""

    start: int
    end: int
    technique: str
    cue: str
    explanation: str
    confidence: float


#: How sure a cue of each kind is (a word of the lexicon, a compound part, a phrase, a form).
CONFIDENCE = {"word": 0.7, "compound": 0.6, "phrase": 0.7, "form": 0.5}

#: Words of four letters or more (shorter ones carry no cue), hyphenated compounds whole. No
#: look-behind: the scan moves left to right, so a match starts at a word's first letter.
_TOKEN = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class _Tables:
    words: dict[str, Cue]
    #: every form of ``words`` that :func:`stems` leads back to (the word, and the word plus an
    #: inflection ending when it has five letters or more), so one lookup replaces the stemming
    forms: dict[str, Cue]
    heads: dict[str, Cue]
    head_suffixes: tuple[str, ...]
    #: every head suffix with every inflection ending, by their last two letters: a word
    #: ending in none has no head (a bucket holds a tenth of them: endswith scans its tuple)
    head_tails: dict[str, tuple[str, ...]]
    firsts: dict[str, Cue]
    first_prefixes: tuple[str, ...]
    #: (pattern, cue, requirements): the pattern can only match when the lower-cased text
    #: holds the literal strings of its requirements (see :mod:`..triggers`)
    phrases: tuple[tuple[re.Pattern[str], Cue, tuple[Requirement, ...]], ...]
    #: token -> its cue and kind (or None), filled as texts are read
    memo: dict[str, tuple[Cue, str] | None]
    #: the tokens of ``memo`` that carry a cue
    cued: set[str]
    #: which phrases can match a text (their trigger strings, tested in one pass)
    prefilter: Prefilter
    #: (first parts, person heads, cue) of the label compounds
    labels: tuple[tuple[tuple[str, ...], tuple[str, ...], Cue], ...] = ()


@lru_cache(maxsize=8)
def _tables(lang: str) -> _Tables:
    words: dict[str, Cue] = {}
    heads: dict[str, Cue] = {}
    firsts: dict[str, Cue] = {}
    phrases: list[tuple[re.Pattern[str], Cue]] = []
    for cue in CUES:
        if cue.lang != lang:
            continue
        for w in cue.words:
            words.setdefault(w.lower(), cue)
        for h in cue.heads:
            heads.setdefault(h.lower(), cue)
        for f in cue.firsts:
            firsts.setdefault(f.lower(), cue)
        for p in cue.phrases:
            phrases.append((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), cue, requirements(p)))
    forms: dict[str, Cue] = {}
    for end in ("",) + ENDINGS:  # in the order stems() tries them: the first form found wins
        for w, cue in words.items():
            if not end or len(w) >= 5:
                forms.setdefault(w + end, cue)
    return _Tables(
        words, forms, heads, tuple(sorted(heads, key=len, reverse=True)),
        _by_last_two({h + end for h in heads for end in ("",) + ENDINGS}),
        firsts, tuple(sorted((f.rstrip("-") for f in firsts), key=len, reverse=True)), tuple(phrases), {}, set(),
        Prefilter([reqs for _, _, reqs in phrases]),
        tuple((c.label_firsts, c.label_heads, c) for c in CUES if c.lang == lang and c.label_firsts),
    )


def _by_last_two(tails: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for x in sorted(tails):
        out.setdefault(x[-2:], []).append(x)
    return {k: tuple(v) for k, v in out.items()}


_MAX_MEMO = 200_000


def _cached_cue(token: str, t: _Tables) -> tuple[Cue, str] | None:
    try:
        return t.memo[token]
    except KeyError:
        if len(t.memo) > _MAX_MEMO:
            t.memo.clear()
            t.cued.clear()
        found = t.memo[token] = _word_cue(token, t)
        if found is not None:
            t.cued.add(token)
        return found


def _word_cue(token: str, t: _Tables) -> tuple[Cue, str] | None:
    """The cue a single token carries, and its kind ("word" or "compound"); for a hyphenated
    compound, the cue of its last part or, failing that, of an inner part ("Gender-Gaga-Vorstoß")."""
    found = _part_cue(token, t)
    if found is None and "-" in token:
        for part in token.split("-")[:-1]:
            if len(part) >= 4 and part[:1].isupper():
                found = _part_cue(part, t)
                if found is None:  # a head standing as a part of its own: "Gaga", "Hysterie"
                    head = next((t.heads[f] for f in stems(part) if f in t.heads), None)
                    found = (head, "compound") if head is not None else None
                if found is not None:
                    return found[0], "compound"
    return found


def _part_cue(token: str, t: _Tables) -> tuple[Cue, str] | None:
    low = token.lower()
    last = low.rsplit("-", 1)[-1]
    for firsts, heads, cue in t.labels:  # "Panikpolitiker", "SPD-Panikpolitiker"
        if last.startswith(firsts) and any(last.endswith(h) or last.endswith(h + "n") or last.endswith(h + "s")
                                           for h in heads):
            return cue, "compound"
    cue = t.forms.get(low)
    if cue is not None:
        return cue, "word"
    # a compound's last part: "Klimahysterie", "Corona-Hysterie", "Klimahysterikern"; a noun,
    # after a first part that is a word of its own ("Klima", "Größe(n)"): "Frachtflügen" has no "Lügen"
    if token[:1].isupper() and low.endswith(t.head_tails.get(low[-2:], ())):  # a test in C before any stemming
        for form in stems(token):
            if form.endswith(t.head_suffixes):
                head = next(h for h in t.head_suffixes if form.endswith(h))
                rest = form[: -len(head)]
                if rest.endswith("-") and len(rest) >= 3:
                    return t.heads[head], "compound"
                if len(rest) >= 4 and _is_noun_part(rest):
                    return t.heads[head], "compound"
    # a compound's first part, before a common noun: "Lügenpresse", "Mega-Projekt"
    if token[:1].isupper() and low.startswith(t.first_prefixes):
        first = next(f for f in t.first_prefixes if low.startswith(f))
        rest = token[len(first):]
        hyphen = rest.startswith("-")
        rest = rest.lstrip("-")
        if len(rest) >= 3:
            cue = t.firsts.get(first + "-")
            if cue is not None and hyphen:
                return cue, "compound"
            cue = t.firsts.get(first)
            if cue is not None and (hyphen or is_common_noun(rest[:1].upper() + rest[1:])):
                return cue, "compound"
    return None


_LINKS = ("es", "en", "s", "n", "")


def _is_noun_part(rest: str) -> bool:
    """Whether the first part of a closed compound is a noun of its own, with or without a
    linking element ("Überwachungs" -> "Überwachung", "Größen" -> "Größe", "Kontroll" -> "Kontrolle")."""
    for link in _LINKS:
        if link and not rest.endswith(link):
            continue
        base = rest[: len(rest) - len(link)] if link else rest
        if len(base) < 3:
            continue
        cap = base[:1].upper() + base[1:]
        if is_common_noun(cap) or is_common_noun(cap + "e"):
            return True
    return False


#: Finite auxiliaries and modals: an exclamation with one is a statement ("Das wird interessant werden!"),
#: not a catchphrase ("Nie wieder Krieg!", "Freiheit für alle!").
_FINITE = frozenset((
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten",
    "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen", "bin", "bist",
    "is", "are", "was", "were", "will", "has", "have", "can", "must",
))

#: Particles and quantifiers put in quotation marks for stress, not for distance.
_STRESSED = frozenset((
    "nur", "nicht", "kein", "keine", "auch", "noch", "schon", "sehr", "mehr", "ganz", "gar", "etwa", "so", "alle",
    "alles", "nie", "immer", "jetzt", "hier", "da", "ja", "nein", "only", "not", "never", "all", "very", "now",
))

#: "sogenannte(n) X": Doubt when X is an ordinary noun (checked in find_techniques).
_SO_CALLED = re.compile(
    r"(?<![\w-])(?:sogenannt|so\s+genannt|so-called)(?:e|en|er|es|em)?\s+(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"(?:\s+(?P<w2>[^\W\d_]+(?:-[^\W\d_]+)*))?", re.I)

#: A retort that answers the author's own question ("Aber nein.", "Natürlich nicht."): a slogan when short.
_RETORT = re.compile(
    r"^\s*(?:aber\s+nein|nein|natürlich\s+nicht|mitnichten|keineswegs|ganz\s+im\s+gegenteil|of\s+course\s+not|"
    r"no,|certainly\s+not)\b", re.I
)
_QUESTION_END = re.compile(r"\?[\"'“”»«)\]]*\s*$")


#: A turn of an interview: a paragraph opening with the interviewer's or the outlet's name in
#: capitals, or "Frage:" ("STANDARD: Warum ...?", "SPIEGEL: ...", "Frage: ...").
_INTERVIEW_TURN = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"“”»«] ))[ \t]*(?P<who>[A-ZÄÖÜ][A-ZÄÖÜ.\-]{2,24}|Frage|F|Q|Question):\s")


def is_interview(text: str) -> bool:
    """Whether the text is an interview: one interviewer's label ("STANDARD:", "Frage:") opens
    at least two turns (a paragraph, or a sentence in copy without line breaks)."""
    counts: dict[str, int] = {}
    for m in _INTERVIEW_TURN.finditer(text):
        who = m.group("who")
        counts[who] = counts.get(who, 0) + 1
        if counts[who] >= 2:
            return True
    return False


def _own_paragraph(text: str, s: int, e: int) -> bool:
    """Whether the sentence at [s, e) is a paragraph of its own (a crosshead, an interview question)."""
    before = text[max(0, s - 2):s]
    return (s == 0 or "\n" in before or not before.strip() and (s < 2 or text[s - 1] == "\n")) and (
        e >= len(text.rstrip()) or "\n" in text[e:e + 2])


def _forms(text: str, sentences: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]]) -> Iterable[Finding]:
    """Author-voice questions (rhetorical), short exclamations and closing retorts (slogans).

    Not rhetorical: questions in an interview, and a question that is a paragraph
    of its own (a crosshead, or an interview turn without the label)."""
    conf = CONFIDENCE["form"]
    n = len(sentences)
    interview: bool | None = None  # read from the whole text at the first question only
    index = SpanIndex(quoted)
    for i, (s, e) in enumerate(sentences):
        sent = text[s:e]
        if "?" not in sent and "!" not in sent and not _RETORT.match(sent):
            continue  # none of the three forms: most sentences
        s += len(sent) - len(sent.lstrip())
        e -= len(sent) - len(sent.rstrip())
        sent = text[s:e]
        if not sent or index.contains(s, e, slack=2):
            continue  # a speaker's question or slogan is theirs, and not a rhetorical device of the text
        words = sent.split()
        if _QUESTION_END.search(sent):
            q = s + sent.rindex("?")
            if interview is None:
                interview = is_interview(text)
            if interview or len(words) < 3 or _own_paragraph(text, s, e) or index.covers_closed(q):
                continue  # an interview, a crosshead, or the question of a quoted speaker
            yield Finding(s, e, "Rhetorical_Question", sent.strip()[:80],
                          "a question the text asks in its own voice, not one it reports", conf)
        elif sent.rstrip().endswith("!") and 2 <= len(words) <= 4 and not _FINITE.intersection(w.lower() for w in words):
            yield Finding(s, e, "Slogans", sent.strip(), "a short exclamation that asks for assent", conf)
        elif len(words) <= 8 and _RETORT.match(sent) and (i == n - 1 or _ends_paragraph(text, e)):
            yield Finding(s, e, "Slogans", sent.strip(), "a short retort that closes the argument", conf)


def _ends_paragraph(text: str, end: int) -> bool:
    return "\n" in text[end:end + 3] or end >= len(text.rstrip())


def find_techniques(
    text: str,
    sentences: Sequence[tuple[int, int]] = (),
    lang: str = "de",
    quoted: Sequence[tuple[int, int]] = (),
    scare: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """The techniques in ``text``, sorted by position.

    ``sentences``: sentence offsets (the forms need them); ``quoted``: content
    spans of quotations and reported speech (a question inside one is not the
    text's own); ``scare``: scare quotes found by the speech stage (Doubt).
    A language without cues gets the forms only.
    """
    lang = (lang or "de").split("-")[0].lower()
    t = _tables(lang)
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for k in t.prefilter.candidates(collapse(text)):  # the triggers' spaces stand for any white space
        rx, cue, _ = t.phrases[k]
        for m in rx.finditer(text):
            if m.end() > m.start():
                out.append(Finding(m.start(), m.end(), cue.technique, m.group(), cue.explanation, CONFIDENCE["phrase"]))
                taken.append((m.start(), m.end()))
    if t.words or t.heads or t.firsts:
        memo = t.memo
        # the distinct words first, and of those only the ones not met before (findall and
        # the set operations run in C); the positions only of the few that carry a cue
        distinct = set(_TOKEN.findall(text))
        for word in distinct.difference(memo):  # (a dict argument: a lookup per word of the text)
            _cached_cue(word, t)
        cued = distinct & t.cued
        for m in _TOKEN.finditer(text) if cued else ():
            word = m.group()
            if word not in cued:
                continue
            found = memo.get(word) or _cached_cue(word, t)
            if found is None:
                continue
            cue, kind = found
            s, e = m.span()
            # a word inside a phrase of the same technique is one finding, not two
            if any(a <= s and e <= b for a, b in taken) and any(
                f.technique == cue.technique and f.start <= s and e <= f.end for f in out
            ):
                continue
            out.append(Finding(s, e, cue.technique, m.group(), cue.explanation, CONFIDENCE[kind]))
    for m in _SO_CALLED.finditer(text):
        noun = m.group("w2") if m.group("w")[:1].islower() and m.group("w2") else m.group("w")
        if "-" in noun or not is_common_noun(noun):
            continue  # "sogenannten Suprakristall", "Bose-Einstein-Kondensat": a term introduced, no doubt cast
        end = m.end("w2") if noun is m.group("w2") else m.end("w")
        out.append(Finding(m.start(), end, "Doubt", text[m.start():end],
                           "'so-called' before an ordinary word casts doubt on it", CONFIDENCE["phrase"]))
    for a, b in scare:
        word = text[a:b].strip("„“”\"»«‚‘’' ")
        # one content word ("„demilitarisierte“"); a quoted phrase is mostly a partial quote, and
        # quotation marks around "nur" or "nicht" stress the word rather than doubt it
        if len(word.split()) == 1 and word.lower() not in _STRESSED:
            out.append(Finding(a, b, "Doubt", text[a:b], "quotation marks around a word set it at a distance",
                               CONFIDENCE["form"]))
    out.extend(_forms(text, sentences, quoted))
    out.sort(key=lambda f: (f.start, -f.end, f.technique))
    return _dedupe(out)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per span and technique (the first cue wins)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for f in findings:
        key = (f.start, f.end, f.technique)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
