"""A German-aware, rule-based sentence splitter over spaCy tokens.

Decisions are made at tokens, never inside them, so a sentence boundary is
always a token boundary and the spaCy tokenizer's exceptions ("z.B.", "ca.",
"Dr.", "Mio.", "24.", "170.000", "5,27") are respected for free. The rules:

1. A line break (a whitespace token holding "\\n") always ends a sentence.
2. A stop token (".", "!", "?", "…", "...", "?!") ends a sentence, together
   with the closing quotes, brackets and further stops glued to it
   ("bleiben.“", "(so er.)", "?!"). It does not end one when the next word
   starts in lower case or is a comma, semicolon or colon ("„Warum?“, fragte
   er", "Nein… doch"), also behind a dash ("„Wir kommen.“ – und ging"), nor
   when it sits directly after an opening bracket ("[…]"). A dash itself
   never ends a sentence: "Wien – Eine Obergrenze ...", "Die Regierung – so
   heißt es – plant ..." stay one sentence each.
3. A word with a period glued on that the tokenizer did not split ("PwC.",
   "2:0.", and a name with a number, "COVID-19.", "G-20.") ends a sentence
   before a capitalised word (not before a digit: "Zimmermann-Str. 9").
4. An ordinal ("24.", "3.10.", "Weltranglisten-19.") ends a sentence only
   before a sentence starter word ("Die", "Er", "Dann", ...). A year-like
   number ("2020.", 1500-2199) also ends one before any other capitalised
   word except a month, unless a word before it makes it an ordinal ("am",
   "zum", "der" ...): "im Jahr 2020. Dann kam" splits, "Am 3. Oktober" and
   "zum 2000. Mal" do not.
5. An abbreviation ("usw.", "Mio.", "U.S.") ends a sentence only before a
   sentence starter word; titles and always-medial abbreviations ("Dr.",
   "Nr.", "ca.", "bzw.") and single-letter ones ("S.", "B.") never do.

Sentences are returned as ``(first_token, last_token)`` index pairs over
non-whitespace tokens; the caller turns them into character offsets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from .lexicon import MONTHS, NEVER_FINAL, ORDINAL_GOVERNORS, STARTERS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["sentence_token_spans", "sentence_offsets", "SentenceRules"]

_STOP_CHARS = frozenset(".!?…‼⁇⁈⁉")
_CLOSERS = frozenset("“”\"'’‘«»‹›)]}") | {"''", "’’", "”’"}
_OPENERS = frozenset("„“”\"'‚‘«»‹›([{") | {"``", ",,", "‚‚"}
_OPEN_BRACKETS = frozenset("([{")
_NO_BREAK_BEFORE = frozenset({",", ";", ":"})
_DASHES = frozenset({"–", "—", "‒", "-", "--"})
_LINE_CHARS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
_ORDINAL = re.compile(r"(?:[^\W\d_]+-)?[\d./]*\d\.")
_YEAR = re.compile(r"(1[5-9]|2[01])\d\d\.")

_MAX_CACHE = 500_000

# token kinds
_WORD, _STOP, _GLUED, _ORD, _ABBR, _NEVER, _LINE, _SPACE = range(8)


class SentenceRules:
    """The word lists for one language (German lists for unknown languages)."""

    __slots__ = ("lang", "starters", "months", "never", "governors", "exceptions", "kinds")

    def __init__(self, lang: str, exceptions: Iterable[str] = ()) -> None:
        base = lang if lang in STARTERS else "de"
        self.lang = lang
        self.starters = STARTERS[base]
        self.months = MONTHS[base]
        self.never = NEVER_FINAL[base]
        self.governors = ORDINAL_GOVERNORS[base]
        #: the tokenizer's special cases ending in "." (abbreviations)
        self.exceptions = frozenset(e for e in exceptions if e.endswith("."))
        #: token text -> kind, memoised across documents (bounded)
        self.kinds: dict[str, int] = {}

    def kind(self, text: str) -> int:
        """The kind of a token text (memoised)."""
        k = self.kinds.get(text)
        if k is None:
            if len(self.kinds) > _MAX_CACHE:
                self.kinds.clear()
            k = self.kinds[text] = _kind(text, self)
        return k


def _kind(text: str, rules: SentenceRules) -> int:
    last = text[-1]
    if last not in _STOP_CHARS:
        if text.isspace():
            return _LINE if any(c in _LINE_CHARS for c in text) else _SPACE
        return _WORD
    if all(c in _STOP_CHARS for c in text):
        return _STOP
    if last != ".":
        return _STOP  # a word with "!" or "?" glued on
    if text in rules.never:
        return _NEVER
    if len(text) == 2 and text[0].isalpha():
        return _NEVER  # single letter: initials, "S. 12", "z. B."
    if _ORDINAL.fullmatch(text):
        head = text.split("-", 1)[0] if "-" in text else ""
        if head.isalpha() and head.isupper():
            return _GLUED  # a name with a number ("COVID-19.", "G-20."), not an ordinal
        return _ORD
    if text in rules.exceptions or "." in text[:-1]:
        return _ABBR
    return _GLUED  # "PwC.", "2:0.": a word the tokenizer left its period on


def sentence_token_spans(sdoc: "SpacyDoc", rules: SentenceRules) -> list[tuple[int, int]]:
    """``(first, last)`` token indices (inclusive) of each sentence of ``sdoc``."""
    texts = [t.text for t in sdoc]
    n = len(texts)
    cache = rules.kinds
    kinds = [cache[tx] if tx in cache else rules.kind(tx) for tx in texts]

    spans: list[tuple[int, int]] = []
    first = -1  # first non-space token of the open sentence
    last = -1  # last non-space token of the open sentence
    i = 0
    while i < n:
        k = kinds[i]
        if k == _SPACE:
            i += 1
            continue
        if k == _LINE:
            if first >= 0:
                spans.append((first, last))
                first = -1
            i += 1
            continue
        if first < 0:
            first = i
        last = i
        if k == _WORD or k == _NEVER:
            i += 1
            continue
        if k == _STOP and i > 0 and texts[i - 1] in _OPEN_BRACKETS and not sdoc[i - 1].whitespace_:
            i += 1  # "[…]", "(...)": an omission, not an end
            continue
        # Glue closing quotes/brackets and more stops onto the candidate end.
        j = i + 1
        while j < n and not sdoc[j - 1].whitespace_ and (texts[j] in _CLOSERS or kinds[j] == _STOP):
            if kinds[j] == _STOP:
                k = _STOP  # "(62.)." ends like a plain stop
            j += 1
        end = j - 1
        if _ends(sdoc, texts, kinds, i, j, k, rules):
            spans.append((first, end))
            first = -1
        else:
            last = end
        i = j
    if first >= 0:
        spans.append((first, last))
    return spans


def _ends(
    sdoc: "SpacyDoc", texts: list[str], kinds: list[int], i: int, j: int, k: int, rules: SentenceRules
) -> bool:
    """Whether the candidate at token ``i`` (glued through ``j - 1``) ends its sentence."""
    n = len(texts)
    while j < n and kinds[j] == _SPACE:
        j += 1
    if j >= n or kinds[j] == _LINE:
        return True
    nxt = texts[j]
    if nxt in _DASHES:
        # a dash after the stop: the sentence goes on when a lower-case word
        # follows ("„Wir kommen.“ – und ging", "… gewonnen!“ – so der Minister")
        k2 = j + 1
        while k2 < n and kinds[k2] == _SPACE:
            k2 += 1
        if k2 < n and kinds[k2] != _LINE and texts[k2][:1].islower():
            return False
    # look through opening quotes/brackets glued to the first word
    w = j
    while w + 1 < n and texts[w] in _OPENERS and not sdoc[w].whitespace_ and kinds[w + 1] == _WORD:
        w += 1
    word = texts[w]
    initial = word[0]
    if k == _STOP:
        return nxt not in _NO_BREAK_BEFORE and not initial.islower()
    if k == _GLUED:  # "...-Str. 9" no, "PwC. Die" yes
        return initial.isupper()
    # an ordinal or an abbreviation: only before a plausible sentence start
    if not initial.isupper():
        return False
    if word in rules.starters:
        return True
    if k == _ORD and _YEAR.fullmatch(texts[i]) and word not in rules.months:
        prev = texts[i - 1].lower() if i > 0 else ""
        return prev not in rules.governors
    return False


def sentence_offsets(sdoc: "SpacyDoc", rules: SentenceRules) -> list[tuple[int, int]]:
    """Character ``(start, end)`` offsets (end exclusive) of each sentence."""
    out = []
    for a, b in sentence_token_spans(sdoc, rules):
        last = sdoc[b]
        out.append((sdoc[a].idx, last.idx + len(last.text)))
    return out
