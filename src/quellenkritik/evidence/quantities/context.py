"""Attributes from a quantity's surroundings: ``what`` (the counted thing), ``per``, ``part_of``.

``what`` reads the spaCy tokens after the number. The tokens stage is a
blank tokenizer (no part-of-speech tags), so the noun is found by German
capitalisation: up to two lower-case adjective-like tokens are skipped
("31 schwere Raketen" -> "Raketen"), then the first capitalised token is the
head noun. In English, up to three content words before a function word or
punctuation ("31 HIMARS rockets were" -> "HIMARS rockets").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from ...linguistic.wordclass import ends_in_common_noun, gender_word, is_common_noun, is_first_name, is_function_word
from . import lexicon as L
from . import patterns as P
from .extract import Quantity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["add_context", "sentence_index"]

_ADJ_END = ("e", "en", "er", "es", "em")
#: lower-case German words that end like adjectives but are not ("die", "werden").
_DE_STOP = frozenset("""die diese dieser jene eine einer einem einen keine seine ihre unsere
alle beide viele wenige einige mehrere andere solche welche werden wurden waren haben hatten
sollen sollten können konnten müssen mussten dürfen wollen wollten seien gegen unter ohne über
sowie sowohl oder aber denen deren dessen wieder bereits davon darunter zwischen nahe""".split())
_EN_STOP = frozenset("""the a an of and or in on at to from were was are is be been being have
has had will would could should may might can that which who whom whose than as by for with per
each into over under about more less some said says this these those it its their his her they
we you he she them there here when while after before since until during also only just not no
all both many most other such very than then so if up down out off""".split())
_DE_LEAD = frozenset({"von"})
_EN_LEAD = frozenset({"of"})


class _TokenStarts:
    """The character offsets of a spaCy Doc's tokens as a sequence for ``bisect``: a
    few tokens are read per quantity, cheaper than an array of all of them per text."""

    __slots__ = ("sdoc",)

    def __init__(self, sdoc: "SpacyDoc") -> None:
        self.sdoc = sdoc

    def __len__(self) -> int:
        return len(self.sdoc)

    def __getitem__(self, i: int) -> int:
        return self.sdoc[i].idx


def sentence_index(starts: Sequence[int], pos: int) -> int:
    """The index of the sentence that contains character ``pos`` (0 before the first)."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _what(sdoc: "SpacyDoc", i: int, lang: str, vague: bool) -> tuple[str | None, int]:
    """(head noun, char end of it) for tokens from index ``i``; (None, -1) when none."""
    n = len(sdoc)
    if i < n and vague and sdoc[i].lower_ in (_EN_LEAD | _DE_LEAD):
        i += 1
    if lang == "en":
        words: list[str] = []
        end = -1
        for t in sdoc[i : min(n, i + 3)]:
            tx = t.text
            if not tx[0].isalpha() or t.lower_ in _EN_STOP:
                break
            words.append(tx)
            end = t.idx + len(tx)
        return (" ".join(words), end) if words else (None, -1)
    skipped = 0
    for t in sdoc[i : min(n, i + 4)]:
        tx = t.text
        if not tx[0].isalpha():
            return None, -1
        if tx[0].isupper():
            return tx, t.idx + len(tx)
        if skipped < 2 and len(tx) >= 4 and tx.endswith(_ADJ_END) and tx not in _DE_STOP:
            skipped += 1
            continue
        return None, -1
    return None, -1


def _age(text: str, q: Quantity) -> tuple[bool, str | None]:
    """Whether the years of ``q`` are a person's age, and the person's noun or name after them:
    "der 78-jährige Rolf M." (True, "Rolf"), "die 47-jährige Patientin" (True, "Patientin"),
    "der 16-Jährige" (True, None), "34 Jahre alt"; not "nach 20-jähriger Haft" or "seit 30 Jahren"."""
    span = text[q.start : q.end]
    if "Jährig" in span or span.endswith(("year-old", "years-old")):
        return True, None  # a noun: "ein 16-Jähriger"
    if "jährig" in span:
        m = _NEXT_WORD.match(text, q.end)
        if m is None or not m.group(1)[:1].isupper():
            return True, None  # "der 45-jährige soll": the noun written small
        word = m.group(1)
        return (True, word) if _person_word(word) else (False, None)
    m = P.AGE_AFTER.match(text, q.end)
    if m is None:
        return False, None
    m = _NEXT_WORD.match(text, m.end())
    word = m.group(1) if m is not None and m.group(1)[:1].isupper() and m.start(1) - q.end < 30 else None
    return True, word if word is not None and _person_word(word) else None


#: the rest of the word and the next word after a quantity ("[e] Amtszeit", "[n] Patientin")
_NEXT_WORD = re.compile(r"\w*\s+(?:[^\W\d]+\s+){0,2}?([^\W\d][\w-]*)")


def _person_word(word: str) -> bool:
    """A noun or name of a person after an age adjective: a name (no common noun), an agent noun
    with a feminine form ("Fahrerin", "Rentner"), or a person word of ``L.PERSON_NOUNS``."""
    if word in L.PERSON_NOUNS or is_first_name(word) or gender_word(word) is not None:
        return True
    if is_common_noun(word) or is_function_word(word):
        return False
    # a name, unless a compound of a common noun the lexicon lacks ("Amtszeit": "Zeit")
    return not ends_in_common_noun(word)


def _per(text: str, pos: int, lang: str) -> str | None:
    m = P.PER_AFTER.match(text, pos)
    if m is None:
        return None
    if m.group("alone"):
        return L.PER_ALONE.get(" ".join(m.group("alone").split()))
    noun = m.group("noun")
    if noun.endswith(".") and noun not in L.PER_ITEM:
        noun = noun.rstrip(".")
    if lang != "en" and not noun[0].isupper():
        return None  # "je nach Lage": not a rate
    return noun


def _name_like(text: str, q: Quantity) -> bool:
    """A bare number right after a capitalised word, counting nothing: "Ligue 1", "OnePlus 2"."""
    a = q.attrs
    if (q.label != "CARDINAL" or a.get("what") or a.get("bound") not in (None, "exact") or a.get("vague")
            or "value_min" in a or q.start != q.core[0]):
        return False
    m = _WORD_BEFORE.search(text, max(0, q.start - 40), q.start)
    return bool(m) and m.group(1)[0].isupper() and m.group(1) not in _NOT_NAME


_WORD_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b([^\W\d][\w-]*) $")
#: capitalised words before a number that are no name ("Nur 3", "Insgesamt 5")
_NOT_NAME = frozenset({"Nur", "Rund", "Über", "Mit", "Von", "Bei", "Auf", "Um", "In", "An"})


def _antecedent(qs: list[Quantity], sents: list[int], k: int) -> Quantity | None:
    """The nearest count before ``qs[k]`` in its own or the previous sentence."""
    for j in range(k - 1, -1, -1):
        if sents[k] - sents[j] > 1:
            return None
        prev = qs[j]
        if prev.label == "CARDINAL" and prev.value is not None and "part_of" not in prev.attrs:
            return prev
    return None


def add_context(
    text: str,
    quantities: list[Quantity],
    sdoc: "SpacyDoc | None",
    sent_starts: Sequence[int],
    lang: str,
) -> tuple[list[Quantity], list[int]]:
    """Fill ``what``, ``per`` and ``part_of``; drop name-like numbers.

    Returns the kept quantities and each one's sentence index.
    """
    lang = "en" if lang.startswith("en") else "de"
    starts = _TokenStarts(sdoc) if sdoc is not None and len(sdoc) else None
    for q in quantities:
        a = q.attrs
        what_end = -1
        if q.label in ("CARDINAL", "QUANTITY") and starts is not None and not a.get("what"):
            i = bisect.bisect_left(starts, q.end)  # the first token at or after the end
            glued = i > 0 and sdoc[i - 1].idx + len(sdoc[i - 1]) > q.end  # "543." one token
            if not glued:
                a["what"], what_end = _what(sdoc, i, lang, bool(a.get("vague")))
        if q.label != "PERCENT":
            a["per"] = _per(text, q.end, lang) or (
                _per(text, what_end, lang) if what_end > 0 else None)
        if a.get("unit") == "yr":
            age, person = _age(text, q)
            if age:  # the number measures an age; the person, when named after it, is ``of``
                a["what"] = L.AGE_WHAT.get(lang, L.AGE_WHAT["de"])
                if person:
                    a["of"] = person
    kept = [q for q in quantities if not _name_like(text, q)]
    sents = [sentence_index(sent_starts, q.start) for q in kept]
    last_part: Quantity | None = None
    for k, q in enumerate(kept):
        if q.label != "CARDINAL":
            last_part = None
            continue
        whole = None
        if P.PART_END.search(text, max(0, q.start - 25), q.start):
            whole = _antecedent(kept, sents, k)
        elif last_part is not None and _PART_LINK.match(text, last_part.end, q.start):
            whole = next((w for w in kept if [w.start, w.end] == last_part.attrs["part_of"]), None)
        last_part = None
        if whole is not None:
            q.attrs["part_of"] = [whole.start, whole.end]
            if not q.attrs.get("what"):
                q.attrs["what"] = whole.attrs.get("what")
            last_part = q
    return kept, sents


_PART_LINK = re.compile(r"\s*(?:[^\W\d][\w-]*\s*)?(?:%s)\s*$" % "|".join(
    re.escape(w) for w in L.PART_LINKS))
