"""Signals of translation: spans where German copy reads like a (machine or hurried) translation.

Six kinds, each a rule a reader can check against the text (see docs/rhetoric.md):

* ``doubled_word``: a word repeated at once ("dass dass") or a noun repeated across one
  verb ("bis zu 100.000 Soldaten entsenden Soldaten");
* ``run_on``: one sentence runs into the next without its full stop ("... einzusetzen
  Tief in der russischen Region ..."): a clause-final verb, then a capitalised word that
  German capitalises only at the start of a sentence;
* ``mixed_transliteration``: Slavic names in English-style transliteration ("Miroshnik")
  beside names in German style ("Saluschnyj", "Selenskij") in one text;
* ``formula``: news-agency formulae carried over word for word ("Am 17. November Ortszeit");
* ``calque``: word-for-word renderings ("MLRS-Berechnungen": Russian "расчёт", a crew);
* ``agreement``: a determiner that cannot agree with its noun ("keinen solchen
  „Verschwendung“": "keinen" is never feminine singular).

Signals describe text, never its author or side: every list here applies alike to Russian
and Ukrainian names, to weapons of either army, and to copy translated from any language.
Precision comes before recall: each rule has exceptions for the native German it resembles,
with the reason next to it. Only ``doubled_word`` (immediate repetition) runs for languages
other than German; the other checks need German word classes.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import eq, itemgetter
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

from ..linguistic.wordclass import function_words, is_common_noun, is_function_word
from .spans import SpanIndex
from .triggers import Prefilter, collapse, requirements

__all__ = ["Signal", "KINDS", "find_signals", "summarise", "NOUN_GENDER_PATH"]

KINDS = ("doubled_word", "run_on", "mixed_transliteration", "formula", "calque", "agreement")

NOUN_GENDER_PATH = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "noun_gender.txt.gz"


@dataclass(frozen=True)
class Signal:
    """One signal of translation: a span of the document text and why it was marked."""

    start: int  # character offsets in the document text (end exclusive)
    end: int
    kind: str  # one of KINDS
    cue: str  # the text that triggered it (short)
    explanation: str  # one line in English a reader understands
    confidence: float  # 0..1


# --------------------------------------------------------------------------- tokens

_WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
_QUOTES = "\"'„“”‚‘’»«›‹"
_INLINE_GAP = re.compile(r"[ \t\u00a0]+")  # words on one line with nothing but spaces between
_QUOTED_GAP = re.compile(r"[ \t\u00a0" + _QUOTES + r"]+")


class _Tok(NamedTuple):
    """A word token (a tuple: made by the hundred per article, it must be cheap)."""

    start: int
    end: int
    text: str
    sent: int  # index of the sentence span holding it (-1: none)


def _tokens(text: str, sentences: Sequence[tuple[int, int]]) -> list[_Tok]:
    """Word tokens with the index of their sentence (whole text = one sentence when none are given).

    The pattern runs sentence by sentence (``finditer`` with bounds), so each token's
    sentence is known without a lookup; a token that runs across a sentence boundary
    (none in well-formed sentence spans) sends the text to the lookup by bisection."""
    spans = sorted((int(s), int(e)) for s, e in sentences) or [(0, len(text))]
    if any(b > c for (_, b), (c, _) in zip(spans, spans[1:])) or any(
            0 < x < len(text) and _WORD_CHAR.match(text, x - 1) and _WORD_CHAR.match(text, x)
            for s, e in spans for x in (s, e)):
        return _tokens_by_lookup(text, spans)
    out: list[_Tok] = []
    add, new, tok, find = out.append, tuple.__new__, _Tok, _WORD.finditer
    pos = 0
    for i, (s, e) in enumerate(spans):
        for m in find(text, pos, s):
            a, b = m.span()
            add(new(tok, (a, b, m.group(), -1)))
        for m in find(text, s, e):
            a, b = m.span()
            add(new(tok, (a, b, m.group(), i)))
        pos = e
    for m in find(text, pos):
        a, b = m.span()
        add(new(tok, (a, b, m.group(), -1)))
    return out


_WORD_CHAR = re.compile(r"[^\W_]|[-‐‑](?=[^\W_])")


def _tokens_by_lookup(text: str, spans: list[tuple[int, int]]) -> list[_Tok]:
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    out = []
    tok, after = _Tok, bisect_right
    for m in _WORD.finditer(text):
        a, b = m.span()
        i = after(starts, a) - 1  # the sentence starting last at or before the token (bisection, in C)
        out.append(tok(a, b, m.group(), i if i >= 0 and b <= ends[i] else -1))
    return out


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end:b.start]


def _adjacent(text: str, a: _Tok, b: _Tok, quotes: bool = False) -> bool:
    """Same sentence, and only spaces (and quote marks when allowed) between the two tokens."""
    if a.sent != b.sent or a.sent < 0:
        return False
    gap = text[a.end:b.start]
    if gap == " ":  # nearly always: no regex needed
        return True
    return bool((_QUOTED_GAP if quotes else _INLINE_GAP).fullmatch(gap))


def _snippet(text: str, start: int, end: int, limit: int = 80) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


# Articles and pronouns: closed classes that the lexicon's function-word list leaves out.
_ARTICLES = frozenset("der die das dem den des ein eine einen einem einer eines".split())
_PRONOUNS = frozenset(
    "ich du er sie es wir ihr man sich mich dich uns euch ihm ihn ihnen mir dir "
    "mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines "
    "sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere "
    "unseren unserem unserer unseres euer eure euren eurem eurer eures dessen deren "
    "dies diese diesen diesem dieser dieses jene jenen jenem jener jenes jede jeden jedem "
    "jeder jedes welche welchen welchem welcher welches solche solchen solchem solcher "
    "solches kein keine keinen keinem keiner keines alle allen allem aller alles etwas "
    "nichts wer was wen wem niemand jemand selbst selber".split()
)


# --------------------------------------------------------------------------- doubled_word

# Doubles that are ordinary German: a relative or demonstrative pronoun followed by an
# article or pronoun of the same form ("die Frauen, die die Regel ...", "dass das das
# Beste ist", "die die Regierung stützenden Parteien", "weil sie sie kennt"). No rule
# separates these from a slip without parsing, so they are never flagged.
_LEGIT_DOUBLE = frozenset(
    "der die das den dem des sie ihr ihre ihren ihrem ihrer ihres es wer was".split()
)
# Repetition for emphasis or as an interjection ("sehr, sehr", "ja ja", "bla bla").
_EMPHATIC = frozenset("sehr ganz ja nein na ha he oh bla tja viel viele lang gut so nun weg los".split())
# Words between two equal nouns that make an ordinary German figure: "Schritt für
# Schritt", "Seite an Seite", "mehr und mehr" (prepositions and conjunctions are function
# words already), "Krieg ist Krieg", "Befehl bleibt Befehl" (copulas), "Mann gegen Mann".
_COPULAS = frozenset("ist sind war waren bleibt bleiben blieb wird werden wäre heißt".split())
# After these a clause puts its verb last, so a noun may stand twice as subject and object.
_SUBORDINATORS = frozenset("wenn dass weil ob als wie während obwohl nachdem bevor sobald falls damit sodass".split())


def _texts(toks: list[_Tok]) -> list[str]:
    return list(map(_TEXT, toks))


_TEXT = itemgetter(2)


def _where(test: Callable[[str], bool], texts: list[str]) -> list[int]:
    """Indices of the texts that pass ``test`` (map and compress run in C: the checks below
    look closer only at these few of an article's hundreds of words)."""
    return list(compress(range(len(texts)), map(test, texts)))


def _doubled(text: str, toks: list[_Tok], lang: str) -> list[Signal]:
    out: list[Signal] = []
    texts = _texts(toks)
    # only where a word equals the next one, or (German) the one after it
    pairs = compress(range(len(texts)), map(eq, texts, texts[1:]))
    triples = compress(range(len(texts)), map(eq, texts, texts[2:])) if lang == "de" else ()
    for i in sorted({*pairs, *triples}):
        a, b = toks[i], toks[i + 1]
        low = a.text.lower()
        # Exact repetition only: "zufrieden Zufrieden" is a heading run into its paragraph.
        if b.text == a.text and _adjacent(text, a, b) and not any(ch.isdigit() for ch in low) and len(low) > 1:
            if low in _LEGIT_DOUBLE or low in _EMPHATIC:
                continue
            if i + 2 < len(toks) and toks[i + 2].text.lower() == low:
                continue  # "und und und": a deliberate triple, not a slip
            if i > 0 and toks[i - 1].text.lower() == low:
                continue
            if lang != "de":
                # Without word classes: only longer lower-case words ("the the", "that that",
                # "had had" and French "nous nous" are ordinary, names repeat in "Bora Bora").
                if len(low) < 5 or not a.text.islower():
                    continue
                conf = 0.4
            elif a.text[:1].isupper() and not is_common_noun(a.text) and not is_function_word(a.text):
                continue  # a repeated name ("Duran Duran", "Sirhan Sirhan")
            elif a.text[:1].isupper() and i > 0 and toks[i - 1].text.lower() in _SUBORDINATORS:
                continue  # "wenn Analytiker Analytiker analysieren": subject and object, the verb last
            else:
                conf = 0.6 if (is_common_noun(a.text) or len(low) >= 4) else 0.5
            out.append(Signal(a.start, b.end, "doubled_word", _snippet(text, a.start, b.end),
                              f"the word '{a.text}' is written twice in a row: '{_snippet(text, a.start, b.end)}'",
                              conf))
        if lang != "de" or i + 2 >= len(toks):
            continue
        c = toks[i + 2]
        mid = b.text
        if (c.text == a.text and is_common_noun(a.text) and _adjacent(text, a, b) and _adjacent(text, b, c)
                and mid.islower() and mid.isalpha() and not is_function_word(mid) and _VERB_END.fullmatch(mid)
                and mid not in _COPULAS and mid not in _ARTICLES and mid not in _PRONOUNS
                and i > 0 and toks[i - 1].sent == a.sent):  # sentence-initial "Frauen helfen Frauen" is a slogan
            end_of_sentence = i + 3 >= len(toks) or toks[i + 3].sent != c.sent
            out.append(Signal(a.start, c.end, "doubled_word", _snippet(text, a.start, c.end),
                              f"the word '{a.text}' is repeated across a verb: '{_snippet(text, a.start, c.end)}'",
                              0.7 if end_of_sentence else 0.55))
    return out


# --------------------------------------------------------------------------- run_on

_SEPARABLE = (
    "ab an auf aus bei dar durch ein empor entgegen entlang fest fort frei heim her herab heran "
    "herauf heraus herbei herein herüber herunter hervor hin hinauf hinaus hinein hinweg hinzu "
    "los mit nach nieder statt teil um vor voran voraus vorbei vorüber weg weiter wieder zu "
    "zurecht zurück zusammen über unter"
).split()
_ZU_INFINITIVE = re.compile(r"(?:" + "|".join(sorted(_SEPARABLE, key=len, reverse=True)) + r")zu[a-zäöüß]{3,}(?:en|ern|eln)")
_VERB_END = re.compile(r"[a-zäöüß]{2,}(?:en|ern|eln|t)")
_PREPOSITIONS = frozenset(
    "in im an am auf aus bei mit nach von vom vor zu zum zur über unter durch für gegen ohne um "
    "seit bis hinter neben zwischen wegen trotz während".split()
)
_CLOSED = _ARTICLES | _PRONOUNS | frozenset("zu nicht auch noch schon nur so wie als ob".split())


# Capitalised words that open a sentence and are never a name or a noun: after a finite
# verb any other capitalised word may be its subject ("hält Kurz daher", "glaubt
# Schneeweiß nicht": surnames that are adjectives too), so only these count there.
_OPENERS = frozenset(
    "Aber Allerdings Also Anschließend Auch Außerdem Bei Bereits Bis Da Dabei Dadurch Dafür Dagegen Daher "
    "Damals Damit Danach Dann Darauf Darüber Darum Dass Davor Dazu Dennoch Denn Deshalb Deswegen Doch Dort "
    "Durch Ebenso Ebenfalls Erst Etwa Falls Ferner Für Gegen Gleichzeitig Hier Hingegen Im In Indem Indes "
    "Inzwischen Jedoch Jetzt Mit Nach Nachdem Neben Nun Nur Ob Obwohl Ohne Schließlich Seit Seitdem Sobald "
    "Sodass Sofern Solange Somit Sondern Sowohl Später Stattdessen Trotz Trotzdem Um Und Unter Vielmehr "
    "Von Vor Vorher Während Wann Warum Was Weil Wenn Weshalb Wie Wieso Wo Wobei Woher Wohin Zudem Zuerst "
    "Zugleich Zuletzt Zunächst Zuvor Zwar Zwischen".split()
)
# An uninflected past participle ("eingesetzt", "aufgenommen"), never an inflected one
# ("den vorgezeichneten Weg": an attribute, and the noun after it is capitalised anyway).
_PARTICIPLE = re.compile(r"[a-zäöü]{0,8}ge[a-zäöüß]{2,}(?:t|en)(?<!ten)(?<!enen)")


@lru_cache(maxsize=1)
def _capitalised_function_words() -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for w in function_words())


def _run_on(text: str, toks: list[_Tok], name_starts: set[int]) -> list[Signal]:
    out: list[Signal] = []
    # only before a capitalised function word ("... eingesetzt Damit ..."); a word in odd
    # case ("DAmit") is a typo of another kind and not looked at
    for j in _where(_capitalised_function_words().__contains__, _texts(toks)):
        i = j - 1
        if i < 1:
            continue
        w1, w2 = toks[i], toks[i + 1]
        if not (w2.text[:1].isupper() and w2.text.isalpha() and not w2.text.isupper()):
            continue
        if not _adjacent(text, w1, w2) or w2.start in name_starts or not is_function_word(w2.text):
            continue
        low = w1.text
        if not low.isalpha() or not low.islower() or low in _CLOSED or is_function_word(low):
            continue
        nxt = toks[i + 2] if i + 2 < len(toks) and _adjacent(text, w2, toks[i + 2]) else None
        if nxt is not None and nxt.text[:1].isupper():
            continue  # "ist Kalter Krieg", "Neue Zürcher Zeitung": an adjective that starts a name
        zu_inf = toks[i - 1].text == "zu" and _adjacent(text, toks[i - 1], w1) or bool(_ZU_INFINITIVE.fullmatch(low))
        # A zu-infinitive or a participle ends its clause; after any other verb form the
        # capitalised word may be the verb's subject, so it has to be a sentence opener.
        clause_end = zu_inf or bool(_PARTICIPLE.fullmatch(low))
        if not clause_end and not (w2.text in _OPENERS and _VERB_END.fullmatch(low)):
            continue
        ambiguous = is_common_noun(w2.text)  # "Tief", "Gut", "Grüne": also nouns, so capitalised anyway
        if ambiguous and not (zu_inf and nxt is not None and nxt.text in _PREPOSITIONS | _ARTICLES):
            continue
        conf = (0.6 if clause_end else 0.45) - (0.1 if ambiguous else 0.0)
        cue = _snippet(text, w1.start, (nxt or w2).end)
        out.append(Signal(w1.start, w2.end, "run_on", cue,
                          f"'{w2.text}' is capitalised after the verb '{w1.text}' with no full stop between: "
                          f"a new sentence seems to start inside '{cue}'", round(conf, 2)))
    return out


# --------------------------------------------------------------------------- mixed_transliteration

# Endings that mark a name as East Slavic (Russian, Ukrainian, Belarusian) in either convention.
_SLAVIC_END = re.compile(
    r"(?:ow|ov|ew|ev|jew|yev|owa|ova|ewa|eva|enko|ski|sky|skij|skyj|skiy|skyi|skyy|zki|zkij|zky|"
    r"yj|ij|iy|yy|uk|juk|yuk|tschuk|chuk|nik|witsch|wytsch|vich|vych|owna|ovna|ewna|evna)$"
)
# East Slavic given names in both conventions (a name alone carries few letters to judge by).
_SLAVIC_FIRST = frozenset(
    "Wladimir Vladimir Wolodymyr Volodymyr Waleri Walerij Valery Valeriy Sergej Sergei Sergey Serhij "
    "Serhiy Juri Jurij Yuri Yury Yuriy Dmitri Dmitrij Dmitry Dmytro Alexej Alexei Alexey Oleksij Oleksiy "
    "Andrej Andrei Andrey Andrij Andriy Jewgeni Jewgenij Yevgeny Yevgeniy Michail Mikhail Mychajlo "
    "Mykhailo Nikolai Mykola Pjotr Pyotr Wiktor Witali Witalij Vitali Vitaliy Vitaly Wadim Vadim "
    "Wjatscheslaw Vyacheslav Jelena Yelena Olena Julija Yulia Yuliya Natalja Natalya Tatjana Tatyana "
    "Swetlana Svetlana Switlana Svitlana Oleh Ilja Ilya Jaroslaw Yaroslav Wassili Vasily Vasyl Wassyl "
    "Walentina Valentina Anatoli Anatoliy Jegor Yegor Arseni Arseniy Arsenij Rodion Ramsan Ramzan Marija Mariya"
    .split()
)
_EN_STRONG = (
    (re.compile(r"(?<![cC])[sS]h"), "'sh'"),
    (re.compile(r"[zZ]h"), "'zh'"),
    (re.compile(r"[kK]h"), "'kh'"),
    (re.compile(r"[tT]s(?!ch)[aeiouyk]"), "'ts'"),
    (re.compile(r"(?:iy|yy|yi)$"), "'-iy/-yy'"),
    (re.compile(r"v[iy]ch$"), "'-vich'"),
    (re.compile(r"(?:^|(?<=[aeiou]))[yY][aeiou]"), "'y' before a vowel"),
)
_DE_STRONG = (
    (re.compile(r"[sS]ch"), "'sch'"),
    (re.compile(r"(?:ij|yj)$"), "'-ij/-yj'"),
    (re.compile(r"w[iy]tsch$"), "'-witsch'"),
    (re.compile(r"(?<=[aeiouy])j[aeiou]"), "'j' for a soft vowel"),
)
_EN_WEAK = ((re.compile(r"[oe]v[a]?$"), "'-ov/-ev'"),)
_DE_WEAK = ((re.compile(r"[oe]w[a]?$"), "'-ow/-ew'"), (re.compile(r"^W[aeiouy]"), "'W' for в"))


def _convention(name: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """The English- and German-style transliteration cues in one name: (en strong, en weak, de strong, de weak)."""
    found = [[why for rx, why in table if rx.search(name)] for table in (_EN_STRONG, _EN_WEAK, _DE_STRONG, _DE_WEAK)]
    if name in _SLAVIC_FIRST and re.match(r"J[aeiou]", name):
        found[2].append("'J' for a soft vowel")  # "Jewgeni", "Julija" (Polish and Czech names are not in the list)
    return found[0], found[1], found[2], found[3]


def _mixed(text: str, toks: list[_Tok], names: Sequence[tuple[int, int, str]]) -> list[Signal]:
    # Persons and places the pipeline found, and any other capitalised word the lexicon does
    # not know as a noun or function word (the recogniser may miss a name); never a word
    # inside an organisation, weapon or title span.
    people = [(s, e) for s, e, label in names if label in ("PER", "LOC")]
    excluded = [(s, e) for s, e, label in names if label not in ("PER", "LOC")]
    in_people, in_excluded = SpanIndex(people), SpanIndex(excluded)
    first: dict[str, _Tok] = {}
    texts = _texts(toks)
    # the cheap tests first, once per distinct word: a capitalised word of a Slavic shape
    shaped = {w for w in set(texts)
              if len(w) >= 4 and w[:1].isupper() and (w in _SLAVIC_FIRST or _SLAVIC_END.search(w))}
    for i in _where(shaped.__contains__, texts) if shaped else ():
        # then where it stands
        t = toks[i]
        w = t.text
        if w in first:
            continue
        if in_people.contains(t.start, t.end) or (
                w.isalpha() and not is_common_noun(w) and not is_function_word(w) and not in_excluded.covers(t.start)):
            first[w] = t
    en: dict[str, tuple[_Tok, list[str], bool]] = {}
    de: dict[str, tuple[_Tok, list[str], bool]] = {}
    for word, tok in first.items():
        en_s, en_w, de_s, de_w = _convention(word)
        if (en_s or en_w) and not (de_s or de_w):
            en[word] = (tok, en_s or en_w, bool(en_s))
        elif (de_s or de_w) and not (en_s or en_w):
            de[word] = (tok, de_s or de_w, bool(de_s))
    strong_en = any(s for _, _, s in en.values())
    strong_de = any(s for _, _, s in de.values())
    if not en or not de or not (strong_en or strong_de):
        return []
    minority, majority, style, other = (en, de, "English", "German") if len(en) <= len(de) else (de, en, "German", "English")
    ranked = sorted(majority, key=lambda w: not majority[w][2])  # names with strong cues first
    others = ", ".join(f"'{w}'" for w in ranked[:3])
    other_cues = sorted({c for _, cues, _ in majority.values() for c in cues})
    out = []
    for word, (tok, cues, strong) in minority.items():
        both_strong = strong and any(s for _, _, s in majority.values())
        out.append(Signal(tok.start, tok.end, "mixed_transliteration", word,
                          f"'{word}' is transliterated in {style} style ({', '.join(cues)}) while {others} in the same "
                          f"text {'follows' if len(ranked) == 1 else 'follow'} {other} style ({', '.join(other_cues)})",
                          0.6 if both_strong else 0.4))
    return out


# --------------------------------------------------------------------------- formula and calque

_MONTHS = "Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_CLOCK_BEFORE = re.compile(r"(?:\bUhr\b|\d[:.]\d\d\b)[^.!?]{0,40}$")

# (pattern, reason, confidence): formulae of agency copy carried over word for word. German
# agency copy writes "am Sonntag (Ortszeit)" in brackets, so only the bare form is a signal.
FORMULAS: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (re.compile(r"\b\d{1,2}\.\s?(?:" + _MONTHS + r")(?:\s+\d{4})?\s+Ortszeit\b"),
     "'local time' after a bare date is the formula of English and Chinese agency copy "
     "('on November 17 local time'); German gives 'Ortszeit' after a clock time ('um 10 Uhr Ortszeit')", 0.55),
    (re.compile(r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\s+Ortszeit\b"),
     "'local time' after a bare weekday follows English agency copy ('on Monday local time'); German copy "
     "puts it in brackets ('am Sonntag (Ortszeit)') or after a clock time", 0.35),
    (re.compile(r"\bmit\s+der\s+Angelegenheit\s+vertraute[n]?\s+(?:Person|Quelle|Kreise)\w*"),
     "'mit der Angelegenheit vertraute Personen' renders the English agency formula 'people familiar with "
     "the matter' word for word", 0.35),
)

_WEAPON_WORDS = (
    "HIMARS|MLRS|MARS|Grad|Uragan|Smertsch|Smerch|Tornado|Buk|Tor|Panzir|Pantsir|Iskander|Patriot|NASAMS|"
    "IRIS-T|Gepard|Caesar|Krab|Archer|Bohdana|Msta|Giazint|Hyazinth|Pion|Akazija|Gwosdika|Javelin|Stugna|"
    "S-300|S-400|M777|D-30|D-20|BM-21|Haubitzen?|Geschütz|Geschütze|Mörser|Artillerie|Raketenwerfer|"
    "Flugabwehr|Panzerabwehr|Drohnen|Panzer|Kanonen|Granatwerfer|Kampf"
)
# (pattern, reason, confidence): word-for-word renderings with a reason each.
CALQUES: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (re.compile(r"\b(?:" + _WEAPON_WORDS + r")-?[Bb]erechnung(?:en)?\b"),
     "'-Berechnung' after a weapon renders Russian/Ukrainian 'расчёт/розрахунок' (a weapon's crew) as "
     "'calculation'; German says 'Besatzung' or 'Bedienmannschaft'", 0.6),
)


@lru_cache(maxsize=8)
def _prefilter(table: tuple[tuple[re.Pattern[str], str, float], ...]) -> Prefilter:
    """Which patterns of ``table`` can match a text (see :mod:`.triggers`)."""
    return Prefilter([requirements(rx.pattern) for rx, _, _ in table])


def _patterns(text: str, table: Sequence[tuple[re.Pattern[str], str, float]], kind: str,
              low: str | None = None) -> list[Signal]:
    out = []
    low = collapse(text) if low is None else low
    table = tuple(table)
    for k in _prefilter(table).candidates(low):  # the others lack a string they need: no regex run
        rx, reason, conf = table[k]
        for m in rx.finditer(text):
            if kind == "formula" and _CLOCK_BEFORE.search(text, max(0, m.start() - 45), m.start()):
                continue  # "um 14 Uhr am 17. November Ortszeit": the clock time is there
            out.append(Signal(m.start(), m.end(), kind, _snippet(text, m.start(), m.end()),
                              f"'{_snippet(text, m.start(), m.end())}': {reason}", conf))
    return out


def _weapon_calques(text: str, names: Sequence[tuple[int, int, str]]) -> list[Signal]:
    """'<weapon>-Berechnung(en)' where the weapon is a WEAPON entity the pipeline found."""
    out = []
    tail = re.compile(r"-?[Bb]erechnung(?:en)?\b")
    for s, e, label in names:
        m = tail.match(text, e) if label == "WEAPON" else None
        if m:
            cue = _snippet(text, s, m.end())
            out.append(Signal(s, m.end(), "calque", cue, f"'{cue}': {CALQUES[0][1]}", CALQUES[0][2]))
    return out


# --------------------------------------------------------------------------- agreement

@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """Capitalised noun form -> singular genders it can have ("M", "F", "N") plus "P" when it can be plural."""
    try:
        raw = gzip.decompress(NOUN_GENDER_PATH.read_bytes()).decode("utf-8")
    except OSError:  # a tree without the table: no agreement checks
        return {}
    return dict(line.split("\t", 1) for line in raw.splitlines() if "\t" in line)


# Determiner form -> what it can stand before: singular genders (M, F, N), P = plural (any gender).
# Written out by hand (a closed class): articles, "kein", possessives and "dies-/jen-/jed-/welch-/solch-".
_DET: dict[str, str] = {"der": "MFP", "die": "FP", "das": "N", "dem": "MN", "den": "MP", "des": "MN",
                         "ein": "MN", "eine": "F", "einen": "M", "einem": "MN", "einer": "F", "eines": "MN"}
for _stem in ("kein", "mein", "dein", "sein", "unser", "euer"):
    _DET.update({_stem: "MN", _stem + "e": "FP", _stem + "en": "MP", _stem + "em": "MN", _stem + "er": "FP",
                 _stem + "es": "MN"})
_DET.update({"ihre": "FP", "ihren": "MP", "ihrem": "MN", "ihrer": "FP", "ihres": "MN"})  # "ihr" is a pronoun too
for _stem in ("dies", "jen", "welch", "solch"):
    _DET.update({_stem + "e": "FP", _stem + "en": "MP", _stem + "em": "MN", _stem + "er": "MFP", _stem + "es": "MN"})
for _stem in ("jed",):
    _DET.update({_stem + "e": "F", _stem + "en": "M", _stem + "em": "MN", _stem + "er": "MF", _stem + "es": "MN"})
_DET_NAMES = {"M": "masculine singular", "F": "feminine singular", "N": "neuter singular", "P": "plural"}
_GENDER_NAMES = {"M": "masculine", "F": "feminine", "N": "neuter"}
# Words that may stand between a determiner and its noun: adjectives and participles with
# an inflection ending ("keinen solchen", "den meisten", "die angekündigten") ...
_ADJ_ENDING = re.compile(r"[a-zäöüß]{2,}(?:e|en|em|er|es)")
# ... but not these, which end the same way and are no adjectives.
_NOT_ADJ = frozenset(
    "aber oder über unter hinter wider wieder immer sehr mehr eher ohne gegen neben zwischen außer "
    "entweder weder sondern ferner seither bisher daher gerne lieber später weiter innen außen oben unten "
    "hier dagegen deswegen trotzdem dennoch jedoch sogar beinahe gerade ebenso".split()
) | _PRONOUNS | _ARTICLES
_DEGREE = frozenset("sehr so ganz besonders äußerst überaus ziemlich relativ noch fast bereits".split())
_DEFINITE = frozenset("der die das dem den des dieser diese dieses diesem diesen jener jene jenes jenem jenen".split())


_LINKS = ("", "s", "es", "n", "en", "e", "er")  # linking elements between compound parts ("Sonntag|s|schmaus")
_NAME_PARTICLES = frozenset("van de di da du la le ter ten".split())  # "Alexander Van der Bellen"
_AFTER_NAME = frozenset("GmbH AG SE KG OG Ltd Inc Holding Group Corp".split())


# Genders in standard or Austrian use that the lexicon does not list (checked in Duden and
# Austrian usage): "das Podcast" beside "der", "der Puzzleteil" (Austrian) beside "das",
# "die Hadsch" beside "der", "die Oberbayern" (the people, or a team) beside the region,
# "das Erkenntnis" (Austrian: a court's ruling) beside "die Erkenntnis" (an insight).
_GENDER_VARIANTS = {"Podcast": "MN", "Hadsch": "MF", "Oberbayern": "NP", "Niederbayern": "NP", "Erkenntnis": "FN"}


def _known_part(prefix: str) -> bool:
    """Is ``prefix`` a noun (after dropping a linking element), so that it can open a compound?"""
    for link in _LINKS:
        stem = prefix[: len(prefix) - len(link)] if link and prefix.endswith(link) else (prefix if not link else "")
        if len(stem) >= 3 and (is_common_noun(stem[0].upper() + stem[1:]) or stem[0].upper() + stem[1:] in _genders()):
            return True
    return False


@lru_cache(maxsize=65536)
def _noun_code(word: str) -> tuple[str, bool] | None:
    """(genders/number code, from a compound's last part?) for a capitalised noun, None when unknown."""
    table = _genders()
    head = re.split(r"[-‐‑]", word)[-1]
    if not head[:1].isupper() or is_function_word(head):
        return None  # "Junge", "Freiheitlichen": an adjective written as a noun takes the gender meant
    # Every split whose first part is a noun too ("Sonntags|schmaus", "Text|korpus"); a
    # compound has the gender of its last part. Written here rather than with a compound
    # splitter, which the project does not have.
    splits = [table[head[i].upper() + head[i + 1:]] for i in range(3, len(head) - 2)
              if head[i].upper() + head[i + 1:] in table and _known_part(head[:i])]
    if head in _GENDER_VARIANTS:
        code, from_part = _GENDER_VARIANTS[head], head != word
    elif head in table:
        # The lexicon's own entry, widened by the gender of its last part where that allows
        # more ("Textkorpus" is listed neuter only, "Korpus" is any gender).
        code = "".join(c for c in "MFNP" if c in table[head] + (splits[-1] if splits else ""))
        from_part = head != word
    elif is_common_noun(head):
        return None  # a noun the table leaves out because any determiner fits it
    elif splits and len(set(splits)) == 1:  # splits that disagree ("Bunde|samt", "Bundes|amt") say nothing
        code, from_part = splits[0], True
    else:
        return None
    if re.search(r"(?:er|el|en|lein)$", head) and ("M" in code or "N" in code):
        code += "P"  # "der/die Burgenländer", "das/die Mittel": masculine and neuter nouns in -er/-el/-en keep their form in the plural
    return code, from_part


def _agrees(allowed: str, word: str) -> bool | None:
    """Can a determiner allowing ``allowed`` stand before ``word``? None when the word is unknown."""
    found = _noun_code(word)
    return None if found is None else bool(set(found[0]) & set(allowed))


#: the determiners as written: lower case, capitalised, upper case
_DET_FORMS = frozenset(f for d in _DET for f in (d, d.capitalize(), d.upper()))


_PRONOUN_SUBJECT_BEFORE = _COPULAS | {"sei", "seien"}


def _agrees_or_unknown(allowed: str, word: str) -> bool:
    """True unless ``word``'s genders (read as in :func:`_agreement`) exclude the determiner."""
    found = _noun_code(word)
    return found is None or bool(set(found[0]) & set(allowed)) or "P" in found[0]


def _agreement(text: str, toks: list[_Tok], name_spans: list[tuple[int, int]]) -> list[Signal]:
    out: list[Signal] = []
    name_index = SpanIndex(name_spans)
    dets = _DET_FORMS
    texts = _texts(toks)
    n = len(texts)
    for i in _where(dets.__contains__, texts):  # the few determiners
        form = texts[i].lower()
        allowed = _DET.get(form)
        if allowed is None:
            continue
        # First the test that nearly every determiner passes: the noun it can belong to (the
        # first capitalised word of the next five; the walk below only skips lower-case
        # words) agrees with it. Only a disagreement is looked at closely.
        cap = next((w for w in texts[i + 1:i + 6] if w[:1].isupper()), None)
        if cap is None or _agrees_or_unknown(allowed, cap):
            continue
        det = toks[i]
        prev = toks[i - 1] if i > 0 and toks[i - 1].sent == det.sent else None
        if det.text[:1].isupper() and prev is not None:
            continue  # "Den Haag", "Das Erste": a capitalised determiner inside a sentence is a name
        if prev is not None:
            gap = _gap(text, prev, det)
            if gap != " " and any(ch in gap for ch in ",;:()"):
                continue  # "der Mann, den Frau X kennt": a relative pronoun, not a determiner
            if prev.text.lower() in _PREPOSITIONS and i > 1 and "," in _gap(text, toks[i - 2], prev):
                continue  # "das Haus, in dem Frau X lebt"
            if prev.text.lower() in _DET and not gap.strip():
                continue  # "keinen solchen ...": the first determiner is checked with the noun
            if form.startswith("ein") and prev.text.lower() in _DEFINITE:
                continue  # "der eine Partner", "die einen Parteien": "ein" declined as an adjective
            if prev.text.lower() in _NAME_PARTICLES:
                continue
            if form == "einen" and prev.text.lower() == "zum":
                continue  # "zum einen ..., zum anderen": an idiom, not a determiner
            if form in ("das", "dies") and prev.text.lower() in _PRONOUN_SUBJECT_BEFORE:
                continue  # "Zum Glück sei das Trend": a pronoun subject before a bare noun
        j = i + 1
        while j < n and j - i <= 4 and _adjacent(text, toks[j - 1], toks[j], quotes=True):
            w = toks[j].text
            if w.islower() and (w in _DEGREE or w.startswith("solch") or (_ADJ_ENDING.fullmatch(w) and w not in _NOT_ADJ)):
                j += 1
                continue
            break
        if j >= len(toks) or not _adjacent(text, toks[j - 1], toks[j], quotes=True):
            continue
        noun = toks[j]
        rest = noun.text[1:]
        if not noun.text[:1].isupper() or rest != rest.lower() and "-" not in rest:
            continue  # not a noun, or an acronym ("die IWF"): an acronym's gender follows its expansion
        if name_index.covers(noun.start):
            continue
        tail = text[noun.end:noun.end + 2].lstrip(_QUOTES)
        if tail[:1] in "-‐‑’'":
            continue  # "die Staats- und Regierungschefs", "das „Vangardist“-Magazin", "die Heisenberg’sche"
        after = toks[j + 1] if j + 1 < len(toks) and _adjacent(text, noun, toks[j + 1], quotes=True) else None
        if after is not None and (after.text[:1].isupper() or after.text in _AFTER_NAME):
            continue  # "die Flomarkt App", "das Pariser Blatt", "die Zielpunkt GmbH": the head comes later
        if after is not None and after.text.islower() and _ADJ_ENDING.fullmatch(after.text) and after.text not in _NOT_ADJ:
            continue  # "Ein vergangene Woche erschienener Bericht": the noun sits inside an attribute
        if after is not None and after.text[:1].isdigit():
            continue  # "die Top 20", "das Note 5": a name with a number
        if "P" in allowed and noun.text.endswith("s"):
            continue  # "die Blues", "die Panthers": an English plural the lexicon reads as a genitive
        if after is not None and after.text in ("und", "oder", "sowie"):
            continue  # "das Blitz und Donner machende Pedal": coordinated nouns inside an attribute
        found = _noun_code(noun.text)
        if found is None:
            continue
        code, from_part = found
        if set(code) & set(allowed) or "P" in code:
            continue  # a form that can be plural ("das zahlreiche Aktivisten") is read another way
        parts = re.split(r"[-‐‑]", noun.text)
        if len(parts) > 1 and _agrees(allowed, parts[0]):
            continue  # "Haus der Geschichte-Konzept": the article belongs to the first part
        genders = [g for g in code if g in _GENDER_NAMES]
        cue = _snippet(text, det.start, noun.end)
        can = " or ".join(_DET_NAMES[c] for c in allowed)
        is_ = " or ".join(_GENDER_NAMES[g] for g in genders) + " singular"
        out.append(Signal(det.start, noun.end, "agreement", cue,
                          f"'{det.text}' can only stand before a {can} noun, but '{noun.text}' is {is_}: '{cue}'",
                          0.35 if from_part else 0.5))
    return out


# --------------------------------------------------------------------------- public

def find_signals(text: str, sentences: Sequence[tuple[int, int]], lang: str = "de",
                 names: Sequence[tuple[int, int, str]] = ()) -> list[Signal]:
    """Signals of translation in ``text``, sorted by position.

    ``sentences``: (start, end) character spans of the sentences (the pipeline's
    ``layers["sentences"]``); words in different sentences are never read together.
    ``names``: (start, end, label) of PER/LOC/ORG (and WEAPON) entity spans found by the
    pipeline; without them, capitalised words the lexicon does not know as common nouns
    stand in for names. ``lang``: the document's language; only German ("de", "de-AT", ...)
    gets every check, other languages only immediate word doubling.
    """
    if not text:
        return []
    base = (lang or "de").replace("_", "-").split("-")[0].lower()
    toks = _tokens(text, sentences)
    names = [(int(s), int(e), str(label)) for s, e, label in names]
    if base != "de":
        return sorted(_doubled(text, toks, base), key=lambda s: (s.start, s.end, s.kind))
    name_spans = [(s, e) for s, e, label in names if label in ("PER", "LOC", "ORG", "WEAPON", "MISC")]
    name_starts = {s for s, _ in name_spans}
    low = collapse(text)
    found = (_doubled(text, toks, base) + _run_on(text, toks, name_starts) + _mixed(text, toks, names)
             + _patterns(text, FORMULAS, "formula", low) + _patterns(text, CALQUES, "calque", low)
             + _weapon_calques(text, names) + _agreement(text, toks, name_spans))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for sig in sorted(found, key=lambda s: (s.start, s.end, s.kind)):
        key = (sig.start, sig.end, sig.kind)
        if key not in seen and not any(sig.kind == u.kind and u.start <= sig.start and sig.end <= u.end
                                       for u in unique[-3:]):
            seen.add(key)
            unique.append(sig)
    return unique


def summarise(signals: Sequence[Signal], n_words: int) -> dict:
    """{"per_1000_words": float, "by_kind": {kind: count}, "signals": int}: counts only, never a verdict."""
    by_kind = {kind: 0 for kind in KINDS}
    for sig in signals:
        by_kind[sig.kind] = by_kind.get(sig.kind, 0) + 1
    n = len(signals)
    return {"per_1000_words": round(1000.0 * n / n_words, 3) if n_words > 0 else 0.0, "by_kind": by_kind, "signals": n}
