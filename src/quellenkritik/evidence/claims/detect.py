"""Which sentences and clauses state a checkable fact, and how checkable.

Plain functions on strings and (start, end, reason) tuples, so that the
``claims`` component and the sourcing profile of the ``speech`` component
(its ``unattributed`` layer) apply the same test: :func:`claim_clauses`.

A clause is a *claim* when

1. it is not a question, a first-person opinion, an evaluation ("ist eine
   Ausrede", "is absurd", an insult anywhere), modal speculation in its main
   part ("Es ist möglich, dass ...", "X könnte ..."), an imperative, a
   slogan, page furniture (a call to donate, bank details, a newsletter or
   app promotion: :func:`quellenkritik.clean.furniture.appeal_reason`) or a
   fragment without a verb, and
2. it has at least one *anchor*: a number, a date, an event (an event verb,
   a perfect or passive, a weak past form after its subject), a named actor
   or place (from the entities/quantities/dates layers when present, else
   from regexes: digits, month and weekday words, number words, two
   capitalised words in a row that are not both common nouns, acronyms); a
   named actor alone needs a causal or comparative link besides.

Clauses: a sentence splits at ";", at ", aber/doch/...", and at a dash or
colon that ends a clause (a verb follows; two dashes around a few words are
an insertion): :func:`clause_bounds`. Single words are looked at through
:func:`_info` (bits from the word lists and the word-class lexicon of
:mod:`quellenkritik.linguistic.wordclass`, memoised per word form).

Its check-worthiness score combines the reasons found (see ``WEIGHTS``):
``1 - prod(1 - weight)`` over the raising reasons, times a factor for each
lowering one (``PENALTIES``), rounded to 3 places. Reasons vocabulary:

raising: number, date, event, named-actor, named-entity, place, causal,
comparison, attributed-statement; lowering: hedge, vague.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import AbstractSet, Any, Iterable, Sequence

from ...clean.furniture import APPEAL_TRIGGERS, appeal_reason
# the word-class lexicon: common nouns, and words that are never verbs
from ...linguistic.wordclass import is_common_noun, is_function_word
from . import cues

__all__ = [
    "CACHE_KEY",
    "ANCHORS",
    "REASONS",
    "WEIGHTS",
    "PENALTIES",
    "Clause",
    "exclusion",
    "text_reasons",
    "score",
    "clause_bounds",
    "claim_clauses",
    "is_claim",
    "span_reason",
    "layer_spans",
    "spans_in",
]

#: Raising reasons and their weights.
WEIGHTS: dict[str, float] = {
    "number": 0.45,
    "date": 0.35,
    "event": 0.3,
    "named-actor": 0.3,
    "named-entity": 0.2,
    "place": 0.15,
    "causal": 0.15,
    "comparison": 0.15,
    "attributed-statement": 0.1,
}
#: Lowering reasons and their factors.
PENALTIES: dict[str, float] = {"hedge": 0.75, "vague": 0.85}
#: Reasons that make a clause checkable (at least one is needed).
ANCHORS = frozenset({"number", "date", "event", "named-actor", "named-entity", "place"})
#: Raising reasons that link facts (with them, a name alone is enough).
_LINKS = frozenset({"causal", "comparison"})
#: The whole vocabulary, in the order reasons are listed in a claim.
REASONS: tuple[str, ...] = tuple(WEIGHTS) + tuple(PENALTIES)
_ORDER = {r: i for i, r in enumerate(REASONS)}
#: ``doc.runtime`` key of {"spans": :func:`layer_spans` of the document,
#: "clauses": {(sentence start, end): clauses}} that the sourcing profile
#: fills and the claims component reuses when its own spans are equal
#: (never serialised).
CACHE_KEY = "claims.sentence_cache"


def _words(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# Speed: the claims test runs on every sentence (twice, when the sourcing
# profile runs too), so each clause is cut into a set of words once and most
# lexicons are set intersections; the few regexes run only when one of their
# trigger words is in the clause. Case-insensitive alternations in ``re`` are
# slow, so matching is done on sets of lower-cased words instead.
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


#: word -> bits of the word lists holding it (lower-cased lists; cased ones): each
#: list's membership test becomes one bit test on :attr:`_View.bits` instead of a
#: set intersection per list. Filled by :func:`_bit` as the lists are built.
_BITS: dict[str, int] = {}
_CASED_BITS: dict[str, int] = {}
_N_BITS = [0]


def _bit(words: Iterable[str], cased: bool = False) -> int:
    """A new bit, set in the index for each of ``words``."""
    bit = 1 << _N_BITS[0]
    _N_BITS[0] += 1
    index = _CASED_BITS if cased else _BITS
    for w in words:
        index[w] = index.get(w, 0) | bit
    return bit


_WORD_BIT: dict[tuple[str, bool], int] = {}


def _word_bit(word: str, cased: bool) -> int:
    """The bit of one word (one per word and index, shared by the lists)."""
    if (word, cased) not in _WORD_BIT:
        _WORD_BIT[(word, cased)] = _bit((word,), cased)
    return _WORD_BIT[(word, cased)]


class _View:
    """A clause's text with its words, and the bits (see ``_BITS``) of the word
    lists that hold one of them; the sets of its words, lower-cased and as
    written, are made only when asked for (most clauses need the bits alone)."""

    __slots__ = ("text", "words", "bits", "cased_bits", "_lower", "_cased")

    def __init__(self, text: str) -> None:
        self.text = text
        words = self.words = _WORD.findall(text)
        bits = 0
        for w in _KEYS.intersection(map(str.lower, words)):
            bits |= _BITS[w]
        self.bits = bits
        bits = 0
        for w in _CASED_KEYS.intersection(words):
            bits |= _CASED_BITS[w]
        self.cased_bits = bits
        self._lower: set[str] | None = None
        self._cased: set[str] | None = None

    @property
    def lower(self) -> set[str]:
        if self._lower is None:
            self._lower = set(map(str.lower, self.words))
        return self._lower

    @property
    def cased(self) -> set[str]:
        if self._cased is None:
            self._cased = set(self.words)
        return self._cased


class _Lex:
    """A word list: single words by set lookup, multi-word entries by a regex
    that runs only when all the words of an entry are present."""

    def __init__(self, entries: Iterable[str], cased: bool = False) -> None:
        entries = [e if cased else e.lower() for e in entries]
        self.cased = cased
        self.singles = frozenset(e for e in entries if " " not in e)
        multis = [e for e in entries if " " in e]
        self.parts = tuple(frozenset(e.split()) for e in multis)
        # one word of each entry (its longest, the rarest as a rule): no
        # entry's words can all be present unless one of these is
        self.keys = frozenset(max(e.split(), key=len) for e in multis)
        flags = 0 if cased else re.I
        self.multi = re.compile(rf"(?<![\w-])(?:{_words(multis)})(?![\w-])", flags) if multis else None
        self.bit = _bit(self.singles, cased)
        self.key_bit = _bit(self.keys, cased)
        # each entry as the bits of its words: all of them are there when all bits are set
        self.part_masks = tuple(sum({_word_bit(w, cased) for w in p}) for p in self.parts)

    def hit(self, v: _View) -> bool:
        bits = v.cased_bits if self.cased else v.bits
        if bits & self.bit:
            return True  # a single word of the list is there
        # the regex (word order, adjacency) only when all words of an entry are there
        return bool(
            self.multi
            and bits & self.key_bit
            and any((bits & m) == m for m in self.part_masks)
            and self.multi.search(v.text)
        )


class _Gated:
    """A regex that runs only when one of its trigger words is present."""

    def __init__(self, pattern: str, triggers: Iterable[str], flags: int = re.I) -> None:
        self.re = re.compile(pattern, flags)
        self.triggers = frozenset(t.lower() for t in triggers)
        self.bit = _bit(self.triggers)

    def hit(self, v: _View) -> bool:
        return bool(v.bits & self.bit) and bool(self.re.search(v.text))


# --- Compiled once -------------------------------------------------------------
_OPINION = _Gated("|".join(cues.OPINION), (
    "ich", "wir", "meiner", "unserer", "meines", "unseres", "mir", "i", "we", "i'm", "we're", "my", "our",
    "imho", "imo",
))
_EVAL = _Gated(
    cues.EVALUATIVE_PRED + r"|\b(?:ein|eine|einer|einen|a|an|the|reine|reiner|pure)\s+(?:\w+\s+){0,2}(?:"
    + _words(cues.EVALUATIVE_NOUNS) + r")\b",
    cues.EVALUATIVE_ADJ + cues.EVALUATIVE_NOUNS,
)
_LOADED = _Lex(cues.LOADED)
_SPECULATION = _Lex(cues.SPECULATION_WORDS)
_SPECULATION_FRAME = _Gated("|".join(cues.SPECULATION_FRAMES), cues.SPECULATION_TRIGGERS)
_IMPERATIVE = frozenset(cues.IMPERATIVE_OPENERS)
#: First words of the openers: most sentences are ruled out by their first word.
_IMPERATIVE_FIRST = frozenset(e.split(" ")[0] for e in cues.IMPERATIVE_OPENERS)
_PRONOUNS = frozenset(("ich", "du", "er", "sie", "es", "wir", "ihr", "man", "i", "you", "he", "she", "it", "we", "they"))
# every SLOGAN formula is anchored at the start ("^"), so ``match`` finds what
# ``search`` would, without trying every position
assert all(f.startswith("^") for f in cues.SLOGAN)
_SLOGAN = re.compile("|".join(cues.SLOGAN), re.I)
_HEDGE = _Lex(cues.HEDGES)
_VAGUE = _Lex(cues.VAGUE)
_CAUSAL = _Lex(cues.CAUSAL)
_COMPARISON = _Gated("|".join(cues.COMPARISON), cues.COMPARISON_TRIGGERS)
_EVENT = _Lex(cues.EVENT_WORDS, cased=True)
_AUX = frozenset(cues.AUXILIARIES)
_PARTICIPLE = re.compile(cues.PARTICIPLE)
_NOT_PARTICIPLE = frozenset(cues.NOT_PARTICIPLES)
#: Where a clause's parts end: a participle belongs to an auxiliary of its own part.
_PART_END = re.compile(r"[.,;:!?]")
#: "-te" words that are no weak past form of an event: modals, auxiliaries,
#: "bitte" (the "-ten" plural is left out: "Die Bürger erwarten" is present).
_NOT_PRETERITE = frozenset(cues.NOT_VERBS + cues.VERB_WORDS + ("bitte", "hatte", "wurde"))
_PRETERITE_AFTER = frozenset(cues.PRETERITE_AFTER)
_NOT_VERBS = frozenset(cues.NOT_VERBS)
_SUBJECT_PRONOUNS = frozenset(("er", "sie", "es", "wir", "man", "ich", "ihr"))
_DATE_WORDS = _Lex(cues.DATE_WORDS)
#: Compounds that date ("Vorjahresniveau", "Vormonatswert").
_DATE_PREFIXED = re.compile(r"\b(?:Vorjahr|Vormonat|Vorwoche|Vorquartal)\w*", re.I)
#: Dates written with digits: "3. Mai", "16.01.", "3 May", a year after a date
#: preposition or before punctuation ("2000 Unterschriften" is a count).
_DAY_AFTER = re.compile(rf"\.\s?(?:\d{{1,2}}\.|(?i:{_words(cues.MONTHS)})\b)|(?:st|nd|rd|th)?\s+(?i:{_words(cues.MONTHS + ('may',))})\b")
_YEAR_BEFORE = frozenset((
    "im", "in", "seit", "bis", "ab", "von", "vor", "um", "anfang", "mitte", "ende", "jahr", "jahre", "jahres",
    "since", "until", "by", "of", "early", "late",
))
_DIGIT = re.compile(r"\d+")
_NUMBER_WORDS = frozenset(w.lower() for w in cues.NUMBER_WORDS)
_NOT_NAME = _NUMBER_WORDS | frozenset(cues.MONTHS) | frozenset(("euro", "dollar", "usd", "eur"))
#: An acronym ("NATO", "MLRS", "US-Armee", "AfD", "EuGH"): 2-5 capitals (one
#: lower-case letter may stand second), not a function word
#: written in capitals for emphasis ("SIE", "NUR"), not "@USER".
_ACRONYM = re.compile(r"(?<![@\w])([A-ZÄÖÜ]{2,5}|[A-ZÄÖÜ][a-z][A-ZÄÖÜ]{1,3})(?:-\w+)?(?![\wäöüß])")
_SHOUTED = frozenset((
    "SIE", "ICH", "DU", "ER", "ES", "WIR", "IHR", "UND", "ODER", "DER", "DIE", "DAS", "DEN", "DEM", "NUR", "NIE",
    "JA", "NEIN", "VOM", "VON", "MAL", "OK", "KEIN", "EIN", "MIT", "FÜR", "NICHT", "AUCH", "IST", "SIND", "WAS",
    "WER", "ALLE", "THE", "AND", "YOU", "NOT", "ALL", "NO", "YES", "OMG", "LOL",
))
_SPLIT = re.compile(cues.CLAUSE_SPLIT)
#: The comma branch of CLAUSE_SPLIT alone: it opens with a literal, so a
#: search is fast (see :func:`_may_split`).
_COMMA_SPLIT = re.compile(cues.CLAUSE_SPLIT[cues.CLAUSE_SPLIT.index("|,") + 1:])
#: The colon branch alone (see :func:`_may_split`).
_COLON_SPLIT = re.compile(r":\s+(?=[A-ZÄÖÜ0-9„“\"»])")
#: Two capitals (one lower-case letter between at most): needed by every _ACRONYM match; a search for it
#: opens with a character set, so it is a cheap pre-check.
_CAPS2 = re.compile(r"[A-ZÄÖÜ][a-z]?[A-ZÄÖÜ]")
_CLOSERS = "“”\"»«)]' \n\t"
_FIRST_SEGMENT = re.compile(r"[,:]")
_PUNCT = "\"'„“”»«‚‘’()[]{}.,;:!?-–—…*#"
#: Words whose presence makes the main-clause (head) tests worth running: the
#: single speculation words and the triggers of the speculation frames and of
#: the evaluation patterns (as bits, see ``_BITS``).
_HEAD_BIT = _SPECULATION.bit | _SPECULATION_FRAME.bit | _EVAL.bit
_NUMBER_BIT = _bit(_NUMBER_WORDS)
_AUX_BIT = _bit(cues.AUXILIARIES)
#: Words without which a clause cannot be an appeal to the reader (clean.furniture).
_APPEAL_BIT = _bit(APPEAL_TRIGGERS)
#: Auxiliaries, modals and frequent verbs: a clause with one of them has a verb.
_VERB_BIT = _bit(cues.AUXILIARIES + cues.VERB_WORDS)
#: every word of the index (the lists are all built above)
_KEYS = frozenset(_BITS)
_CASED_KEYS = frozenset(_CASED_BITS)


@dataclass(frozen=True)
class Clause:
    """A claim inside a sentence: offsets relative to the sentence text."""

    start: int
    end: int
    reasons: tuple[str, ...]
    score: float


def _dated(text: str, a: int, b: int) -> bool:
    """Whether the digits text[a:b] are a day ("3. Mai", "16.01.", "3 May")
    or a year (after a date preposition or "Jahr", or before punctuation:
    "2000 Unterschriften" is a count). Python on the context of each digit
    run: faster than one big case-insensitive regex over every sentence."""
    n = b - a
    if n <= 2:
        if a >= 2 and text[a - 1] == "." and text[a - 2].isdigit():
            return True  # the month of "16.01."
        return bool(_DAY_AFTER.match(text, b, b + 16))
    if n == 4 and text[a:a + 2] in ("18", "19", "20"):
        after = text[b:b + 2].lstrip()
        if not after or after[0] in ".,;:!?)":
            return True
        before = text[max(0, a - 12):a].split()
        return bool(before) and before[-1].lower() in _YEAR_BEFORE
    return False


def _date_prefixed(text: str) -> bool:
    """A compound that dates ("Vorjahresniveau"); substring tests first, the regex only then."""
    # substrings of the regex's words, tested one by one (not any() over a
    # tuple): this runs on most clauses, and nearly always fails
    return (
        ("orjahr" in text or "ormonat" in text or "orwoche" in text or "orquartal" in text)
        and bool(_DATE_PREFIXED.search(text))
    )


def _nameish(text: str) -> bool:
    """Two capitalised words in a row, not opening the sentence nor after a
    digit or ".!?:", not both common nouns (German capitalises every noun:
    number, month and currency words do not count either)."""
    toks = text.split()
    # (previous, word, next word) from the second word on; split() gives no
    # empty words, so [0] is safe
    for before, a, b in zip(toks, toks[1:], toks[2:]):
        if len(a) < 2 or len(b) < 2 or not a[0].isupper() or not b[0].isupper():
            continue
        prev = before[-1:]
        if prev in ".!?:–—-" or prev.isdigit() or not a.replace("-", "").isalnum():
            continue
        b = b.strip(_PUNCT)
        if a.lower() in _NOT_NAME or b.lower() in _NOT_NAME:
            continue
        info_a = _INFO.get(a)
        if info_a is None:
            info_a = _info(a)
        if info_a & _FUNCTION:
            continue  # "Eine Obergrenze", "Unterdessen Berlin"
        # two common nouns are no name ("Elite Internat", "Grünen Insel"); "Frau
        # Merkel", "Karl Popper" are
        if info_a & _COMMON and _info(b) & _COMMON:
            continue
        return True
    return False


# What the tests below ask of a single word, worked out once per word (bits of _info).
_COMMON, _FUNCTION, _PRETERITE_FORM, _PARTICIPLE_FORM, _VERB_LIKE, _AUX_FORM, _VERB_WORD = 1, 2, 4, 8, 16, 32, 64
#: Auxiliaries, modals, frequent verbs and event forms: a word that is a verb.
_VERB_FORMS = frozenset(cues.AUXILIARIES + cues.VERB_WORDS)
_INFO: dict[str, int] = {}
_MAX_INFO = 300_000


def _info(word: str) -> int:
    """The bits of one word (memoised): a capitalised common noun (its last
    part, when hyphenated); a function word (an article, pronoun, adverb,
    adjective, conjunction or preposition); a "-te" form that may be a weak
    past; a past participle; a lower-case word that may be a verb."""
    bits = _INFO.get(word)
    if bits is not None:
        return bits
    bits = 0
    low = word.lower()
    if low in _AUX:
        bits |= _AUX_FORM
    if low in _VERB_FORMS or word in _EVENT.singles:
        bits |= _VERB_WORD
    function = low in _NOT_VERBS or is_function_word(low)
    if function:
        bits |= _FUNCTION
    if word[:1].isupper() and is_common_noun(word.rsplit("-", 1)[-1].strip(_PUNCT)):
        bits |= _COMMON
    if word.islower() and not function:
        if not word[:1].isdigit():
            bits |= _VERB_LIKE
        if len(word) >= 5 and word.endswith("te") and not word.endswith("ste") and word not in _NOT_PRETERITE:
            bits |= _PRETERITE_FORM
        if word not in _NOT_PARTICIPLE and _PARTICIPLE.fullmatch(word):
            bits |= _PARTICIPLE_FORM
    if len(_INFO) > _MAX_INFO:
        _INFO.clear()
    _INFO[word] = bits
    return bits


def _perfect(v: "_View") -> bool:
    """A perfect or passive: an auxiliary, then a participle in the same part
    of the clause ("hat ... gekauft", "wurden ... verlängert", "werden ...
    abgefertigt"), or a participle opening the clause before its auxiliary
    ("Geleitet wurde es")."""
    if not v.bits & _AUX_BIT:
        return False
    words = v.words
    if len(words) > 1 and _info(words[1]) & _AUX_FORM and _info(words[0].lower()) & _PARTICIPLE_FORM:
        return True
    aux = None
    for w in words:
        b = _info(w)
        if b & _AUX_FORM:
            aux = w
        elif aux is not None and b & _PARTICIPLE_FORM:
            # the same part of the clause: no punctuation between the two
            text = v.text
            i = text.find(aux)
            j = text.find(w, i + len(aux))
            if i >= 0 and j > i and not _PART_END.search(text, i, j):
                return True
    return False


def _preterite(v: "_View") -> bool:
    """A weak past form after its subject: a lower-case "-te" word that the
    lexicon does not know as an adjective or adverb, after a capitalised word
    or a subject pronoun ("Der Rat verschärfte", "er organisierte") or an
    adverb of sequence ("dann kaufte"); not after a genitive or an opening
    word before a noun ("Merkels harte Linie", "Sehr gute Arbeit")."""
    words = v.words
    for k in range(1, len(words)):
        w = words[k]
        if w[-2:] != "te" or not _info(w) & _PRETERITE_FORM:
            continue
        prev = words[k - 1]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        noun_next = nxt[:1].isupper()
        if prev[:1].isupper():
            if noun_next and (k == 1 or prev.endswith("s")):
                continue
            return True
        low = prev.lower()
        if (low in _SUBJECT_PRONOUNS and low != "ich") or (low in _PRETERITE_AFTER and not noun_next):
            return True
    return False


def _has_verb(v: "_View") -> bool:
    """Whether a clause has a verb at all: an auxiliary, modal or event form, or
    a lower-case word that the lexicon does not rule out as a verb (not an
    adjective, adverb, conjunction or preposition, not an article or
    pronoun). Without the lexicon, any lower-case word that is not an article
    or pronoun counts."""
    return bool(v.bits & _VERB_BIT or v.cased_bits & _EVENT.bit or _verb_in(v.words))


def _verb_in(words: Sequence[str]) -> bool:
    """:func:`_has_verb` on a list of words."""
    for w in words:
        if _info(w) & (_VERB_WORD | _VERB_LIKE):
            return True
    return False


def _acronym(word: str) -> bool:
    """Not a word written in capitals for emphasis ("SIE", "HIER", "NICHTS")."""
    if word in _SHOUTED:
        return False
    low = word.lower()
    return low not in _NOT_VERBS and not is_function_word(low)


def _imperative(text: str) -> bool:
    words = text[:60].split()[:3]
    if not words or words[0].strip(_PUNCT).lower() not in _IMPERATIVE_FIRST:
        return False
    first = [w.strip(_PUNCT).lower() for w in words]
    for n in (2, 1):
        if len(first) >= n and " ".join(first[:n]) in _IMPERATIVE:
            return not (len(first) > n and first[n] in _PRONOUNS)
    return False


def exclusion(text: str, view: _View | None = None) -> str | None:
    """Why ``text`` (a sentence or clause) is not a claim, or None.

    One of "empty", "question", "opinion", "evaluation", "speculation",
    "imperative", "slogan", "furniture" (a call to donate, bank details, a
    newsletter or app promotion: :func:`quellenkritik.clean.furniture.appeal_reason`),
    "fragment" (no verb: "Putin als Geschichtsrevisionist").
    """
    s = text.strip()
    if not s:
        return "empty"
    tail = s.rstrip(_CLOSERS)
    if tail.endswith("?"):
        return "question"
    v = view or _View(s)
    if _OPINION.hit(v):
        return "opinion"
    if _SLOGAN.match(s) or (
        tail.endswith("!") and len(s.split()) <= 5 and not _DIGIT.search(s) and not v.bits & _NUMBER_BIT
    ):
        return "slogan"
    if _imperative(s):
        return "imperative"
    if v.bits & _APPEAL_BIT and appeal_reason(s):
        return "furniture"  # a call to donate, bank details, a newsletter or app promotion
    if not _has_verb(v):
        return "fragment"  # no verb: a headline, a label, a list of names
    if v.bits & _LOADED.bit and not _DIGIT.search(s) and not v.bits & _NUMBER_BIT and not _DATE_WORDS.hit(v):
        return "evaluation"  # an insult or a word of contempt, and nothing to count or date
    if not v.bits & _HEAD_BIT:
        return None  # no speculation or evaluation word anywhere
    m = _FIRST_SEGMENT.search(s)
    head = _View(s[: m.start()]) if m else v
    if _SPECULATION.hit(head) or _SPECULATION_FRAME.hit(head):
        return "speculation"
    if _EVAL.hit(head if m and len(head.cased) >= 3 else v):
        return "evaluation"
    return None


def text_reasons(text: str, view: _View | None = None, known: AbstractSet[str] = frozenset()) -> set[str]:
    """Reasons found in the text by word lists and regexes alone (no layers).

    ``known``: reasons the caller has already (from other layers' spans); their
    tests are skipped and they may be missing from the result.
    """
    v = view or _View(text)
    found: set[str] = set()
    date = "date" in known
    count = "number" in known or "%" in text or bool(v.bits & _NUMBER_BIT)
    if not (date and count):
        for m in _DIGIT.finditer(text):
            if _dated(text, m.start(), m.end()):
                date = True
            else:
                count = True
            if date and count:
                break
    if date or _DATE_WORDS.hit(v) or _date_prefixed(text):
        found.add("date")
    if count:
        found.add("number")
    if "event" not in known and (_EVENT.hit(v) or _perfect(v) or _preterite(v)):
        found.add("event")
    if "named-actor" not in known and _nameish(text):
        found.add("named-actor")
    if "named-entity" not in known and _CAPS2.search(text) and any(
        len(w) > 1 and (w[1].isupper() or (len(w) > 2 and w[2].isupper())) for w in v.words
    ) and any(_acronym(m.group(1)) for m in _ACRONYM.finditer(text)):
        found.add("named-entity")
    if "causal" not in known and _CAUSAL.hit(v):
        found.add("causal")
    if "comparison" not in known and _COMPARISON.hit(v):
        found.add("comparison")
    if "hedge" not in known and _HEDGE.hit(v):
        found.add("hedge")
    if "vague" not in known and _VAGUE.hit(v):
        found.add("vague")
    return found


def score(reasons: Iterable[str]) -> float:
    """The check-worthiness of a clause with these reasons (0..1)."""
    rs = frozenset(reasons)
    value = _SCORES.get(rs)
    if value is None:
        value = _score(rs)
        if rs <= _KNOWN:
            _SCORES[rs] = value
    return value


#: score by set of reasons (at most 2**11 sets of known reasons)
_SCORES: dict[frozenset[str], float] = {}
_KNOWN = frozenset(REASONS)


def _score(rs: frozenset[str]) -> float:
    # factors in the fixed order of WEIGHTS: float products depend on their
    # order, and a set's order on the hash seed ("date, named-entity, place,
    # hedge" gave 0.418 or 0.419 from run to run); unknown reasons weigh 0
    miss = 1.0
    for r, weight in WEIGHTS.items():
        if r in rs:
            miss *= 1.0 - weight
    value = 1.0 - miss
    for r, factor in PENALTIES.items():
        if r in rs:
            value *= factor
    return round(max(0.0, min(1.0, value)), 3)


def clause_bounds(text: str, min_words: int = 4) -> list[tuple[int, int]]:
    """Clauses of a sentence: split at ";", ", aber/doch/…", and at a dash or
    colon that ends a clause.

    A dash or colon splits only when a clause with a verb follows ("Die
    Stadt schloss das Bad – der Verein sammelte ..."), not before a phrase
    ("... setzt die Grenze höher an – bei 2,5 Millionen Euro"); two dashes
    around at most ``_INSERTION_WORDS`` words are an insertion and split
    nothing ("Die Regierung – so heißt es – plant ..."). A part shorter than
    ``min_words`` words stays with its neighbour, so a dateline ("Wien – ")
    never stands alone.
    """
    if not _may_split(text):
        return [(0, len(text))]
    cuts = _cuts(text, min_words)
    if not cuts:
        return [(0, len(text))]
    parts: list[list[int]] = []
    pos = 0
    for a, b in cuts:
        parts.append([pos, a])
        pos = b
    parts.append([pos, len(text)])
    merged: list[list[int]] = []
    for p in parts:
        short = len(text[p[0]:p[1]].split()) < min_words
        if merged and (short or len(text[merged[-1][0]:merged[-1][1]].split()) < min_words):
            merged[-1][1] = p[1]
        else:
            merged.append(p)
    return [(s, e) for s, e in merged]


#: At most this many words between two dashes make an insertion, not two clauses.
_INSERTION_WORDS = 12
_DASHES = "–—‒-"


def _cuts(text: str, min_words: int) -> list[tuple[int, int]]:
    """(start, end) of the separators of CLAUSE_SPLIT that end a clause."""
    found = [(m.start(), m.end(), m.group().strip()[:1]) for m in _SPLIT.finditer(text)]
    dashes = [k for k, c in enumerate(found) if c[2] in _DASHES]
    skip: set[int] = set()
    # a pair of dashes around a few words: an insertion (no other separator between)
    for i, j in zip(dashes, dashes[1:]):
        if i in skip or j != i + 1:
            continue
        if len(text[found[i][1]:found[j][0]].split()) <= _INSERTION_WORDS:
            skip.update((i, j))
    out = []
    for k, (a, b, kind) in enumerate(found):
        if k in skip:
            continue
        if kind in _DASHES or kind == ":":
            end = found[k + 1][0] if k + 1 < len(found) else len(text)
            after = _WORD.findall(text, b, end)
            # a short part joins its neighbour anyway; a longer one needs a verb
            if len(after) >= min_words and not _verb_in(after):
                continue  # a phrase follows, not a clause
        out.append((a, b))
    return out


def _may_split(text: str) -> bool:
    """False when CLAUSE_SPLIT cannot match: no ";", no dash after a space,
    no colon before a capital, no comma before a coordinator. Cheaper than
    the split regex, whose ``\\s+`` branch is tried at every space."""
    if ";" in text or "–" in text or "—" in text or "‒" in text:
        return True
    i = text.find("-")
    while i >= 0:
        if i and text[i - 1].isspace():
            return True
        i = text.find("-", i + 1)
    if ":" in text and _COLON_SPLIT.search(text):
        return True
    return "," in text and _COMMA_SPLIT.search(text) is not None


def claim_clauses(text: str, spans: Sequence[tuple[int, int, str]] = (), extra: Iterable[str] = ()) -> list[Clause]:
    """The claims of one sentence.

    ``spans``: (start, end, reason) relative to ``text`` from other layers
    (see :func:`span_reason`); ``extra``: reasons that hold for every clause
    (the claims component passes "attributed-statement" per clause itself).
    A question mark at the end makes the whole sentence a question.
    """
    if text.strip().rstrip(_CLOSERS).endswith("?"):
        return []
    out: list[Clause] = []
    extra = set(extra)
    bounds = clause_bounds(text)
    for s, e in bounds:
        part = text[s:e]
        view = _View(part)
        if exclusion(part, view):
            continue
        from_spans = {r for a, b, r in spans if a < e and b > s}
        reasons = text_reasons(part, view, from_spans) | extra | from_spans
        if "number" in reasons:
            reasons.discard("vague")
        if not reasons & ANCHORS:
            continue
        if reasons & ANCHORS == {"named-actor"} and not reasons & _LINKS:
            continue  # a name alone, with nothing that happened, counts or links: no checkable fact
        out.append(Clause(s, e, tuple(sorted(reasons, key=_ORDER.__getitem__)), score(reasons)))
    return out


def is_claim(sentence: str, has_span: bool = False) -> bool:
    """Whether a sentence holds a claim; ``has_span``: a span of the
    entities, quantities or dates layers lies in it (counts as an anchor)."""
    return bool(claim_clauses(sentence, [(0, len(sentence), "named-entity")] if has_span else ()))


# --- Spans of other layers ---------------------------------------------------------
_ENTITY_REASONS = {"PER": "named-actor", "ORG": "named-actor", "LOC": "place"}


def span_reason(layer: str, label: str, attrs: dict[str, Any]) -> str | None:
    """The reason a span of the entities, quantities or dates layer gives."""
    if layer == "dates":
        return "date"
    if layer == "quantities":
        return "vague" if attrs.get("vague") else "number"
    if layer == "entities":
        return _ENTITY_REASONS.get(label, "named-entity")
    return None


def layer_spans(doc: Any, layers: Sequence[str] = ("entities", "quantities", "dates")) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every span of those layers, sorted by start."""
    out: list[tuple[int, int, str]] = []
    for name in layers:
        spans = doc.layers.get(name)
        if not spans:
            continue
        # :func:`span_reason` spelt out per layer: this runs twice per document
        # (sourcing profile and claims) over every entity, quantity and date
        if name == "dates":
            out += [(sp.start, sp.end, "date") for sp in spans]
        elif name == "quantities":
            out += [(sp.start, sp.end, "vague" if sp.attrs.get("vague") else "number") for sp in spans]
        elif name == "entities":
            out += [(sp.start, sp.end, _ENTITY_REASONS.get(sp.label, "named-entity")) for sp in spans]
        else:
            for sp in spans:
                r = span_reason(name, sp.label, sp.attrs)
                if r:
                    out.append((sp.start, sp.end, r))
    out.sort()
    return out


def spans_in(spans: list[tuple[int, int, str]], starts: list[int], s: int, e: int, longest: int = 200) -> list[tuple[int, int, str]]:
    """The spans overlapping [s, e), relative to s (``starts``: their starts)."""
    i = bisect_left(starts, s - longest)
    out = []
    while i < len(spans) and spans[i][0] < e:
        a, b, r = spans[i]
        if b > s:
            out.append((max(a, s) - s, min(b, e) - s, r))
        i += 1
    return out
