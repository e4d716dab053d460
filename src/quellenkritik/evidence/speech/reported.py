"""Indirect speech and attribution markers.

Indirect speech: a verb of saying or thinking with a complement clause
("X sagte/glaubt, dass ...", "X said (that) ..."), with a Konjunktiv-I
clause after a comma ("X sagte, man werde ..."), or inverted
("Nordkorea habe ... geliefert, sagten ..."); sentences that continue in
Konjunktiv I after it. Attribution markers: "laut X", "X zufolge",
"nach Angaben von X", "wie X berichtete", "..., so X, ...",
"according to X", "declined to comment".
"""

from __future__ import annotations

import re

from ...linguistic.wordclass import is_function_word
from .patterns import (
    _CIRCLES_BEFORE,
    ACCORDING_TO,
    CIRCLES,
    COLON_SPEAKER,
    COMPOUND_ANGABEN,
    NOMINAL,
    PASSIVE_BY,
    POSSESSIVE_VIEW,
    SPLIT_VERB,
    COMPLEMENT,
    DECLINE,
    KONJ_ANY,
    KONJ_I,
    LAUT,
    NACH_ANGABEN,
    SO_X,
    TOKEN,
    WIE_BERICHTET,
    ZUFOLGE,
    cue_matches,
    finditer,
)
from .quotes import Event, Sentences
from .sources import after_phrase, before_phrase, find_source

__all__ = ["find_indirect", "find_markers"]

_NOT_COMPLEMENT = frozenset("""
und oder aber sondern denn als wie weil wenn nachdem bevor während um ohne wo was welche welcher
welches obwohl sodass damit and or but as when while because which who where what
""".split())
_EN_NOT_CLAUSE = frozenset("to in on at for of by with about from it him her them".split())
_AUX_AFTER = re.compile(r"(?:\s+(?:hat|haben|hatte|hatten|habe|ist|sind|war|waren|wird|werden|wurde|worden|hätte|hätten))+")
_WIE_VERB = re.compile(
    r"(?<![\w-])(?:berichtet\w*|mitteilte\w*|meldete\w*|sagte\w*|erklärte\w*|schrieb\w*|mitgeteilt|gemeldet"
    r"|reported|said|wrote|announced)(?![\w-])"
)
_SHORT_ADVERBIAL = re.compile(r"(?:\s+(?!dass\b|ob\b)[\w.\-]+){1,4}?,\s*")
_NACH_BEFORE = re.compile(r"(?<![\w-])[Nn]ach\s+$")
_NACH_AFTER = re.compile(r"\s+(?:nach|zufolge)(?![\w-])")
_VIEW_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]us|[Nn]ach)\s+$")
_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:wurde|wurden|worden|wird|werden)(?![\w-])")
_TRAIL = re.compile(r"[\s.!?;:]+$")  # what _trim_end finds
_ICH_END = re.compile(r"\b(?:ich|Ich)\s*$")
_ICH_START = re.compile(r"\s+(?:ich|wir)\b")
#: a fronted participle before its auxiliary ("Betont wird ...", "Bezahlt habe er ...")
_PARTICIPLE = re.compile(r"(?:Ge|Be|Ver|Er|Ent|Zer)\w+t")
_AUX_NEXT = re.compile(r"\s+(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|habe|sei)\b")
#: words that open a clause without being its speaker
_NO_SUBJECT = frozenset("es das dies man nun so da dann auch doch".split())


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _trim_end(text: str, start: int, end: int) -> int:
    """Where ``_TRAIL`` matches in ``text[start:end]`` (the run of trailing spaces and
    ".!?;:"), when it does and not from ``start``; else ``end``. In Python: the
    run is short, and the regex would be tried at every position of the sentence."""
    i = end
    while i > start and (text[i - 1] in ".!?;:" or text[i - 1].isspace()):
        i -= 1
    return i if start < i < end else end


#: a demonstrative that opens the sentence and is the object of a verb of saying: "Dies sagte X",
#: "Das erklärte X am Montag" (the content is the sentence before)
_ANAPHOR = re.compile(r"\s*(?:Dies|Das|Dieses)\s+")
_ANAPHOR_VERB = re.compile(r"(?:sagt|erklärt|betont|bestätigt|bekräftigt|berichtet|schrieb|schreibt|schrieben|meldet|"
                           r"teilt|unterstrich|unterstreicht|kündigt|sprach|spricht)", re.IGNORECASE)
#: "behaupten" with "sich" before it and no complement clause after it is "to hold one's ground"
_HOLD_GROUND = re.compile(r"behaupte", re.I)


def find_indirect(
    text: str,
    sents: Sentences,
    say: re.Pattern[str],
    think: re.Pattern[str],
    quoted: list[tuple[int, int]],
    used_cues: set[int],
    lang: str,
) -> list[Event]:
    """INDIRECT events (content, cue, source) and REPORTED speech acts."""
    events: list[Event] = []
    english = lang.startswith("en")
    taken_until = -1
    matches = cue_matches(text, say, think)
    if not english:
        seen = {m.start() for m, _ in matches}
        extra = [(m, False) for m in finditer(SPLIT_VERB, text) if m.start() not in seen]
        if extra:
            matches = sorted(matches + extra, key=lambda x: x[0].start())
    for m, is_think in matches:
        cs, ce = m.span()
        if cs < taken_until or cs in used_cues or _inside(cs, quoted):
            continue
        s_lo, s_hi = sents.at(cs)
        if _HOLD_GROUND.match(m.group(0)) and (
                re.search(r"\bsich\b", text[max(s_lo, text.rfind(",", s_lo, cs) + 1):cs])
                or re.match(r"\s+sich\b", text[m.end():m.end() + 8])) and text[m.end():m.end() + 1] != ",":
            continue  # "musste sich ... behaupten", "behauptet sich am Markt": to hold one's ground, not to claim
        s_end = _trim_end(text, s_lo, s_hi)
        pre = text[s_lo:cs].rstrip()
        aux = _AUX_AFTER.match(text, ce, s_end)
        ce_v = ce  # the cue proper; ce: after "hat"/"habe" following it ("erklärt hat, er werde")
        ce = aux.end() if aux else ce
        comp = COMPLEMENT.match(text, ce, s_end)
        content = None
        inverted = False
        if comp and not _inside(comp.start("c"), quoted):
            content = (comp.start("c"), s_end)
        elif not english and text[ce:ce + 1] == ",":
            # "X sagte, man werde ...": a V2 complement clause (after a thinking verb only in Konjunktiv)
            nxt = TOKEN.search(text, ce + 1, s_end)
            if nxt and nxt.group().lower() not in _NOT_COMPLEMENT and nxt.group()[0].isalpha():
                if not is_think or KONJ_ANY.search(text, ce, min(s_end, ce + 60)):
                    content = (nxt.start(), s_end)
        elif not english and (adv := _SHORT_ADVERBIAL.match(text, ce, s_end)) and not _inside(adv.end(), quoted):
            # "sagte er am Montag, die Brücke bleibe gesperrt": a short adverbial, then a V2 clause in Konjunktiv
            nxt = TOKEN.search(text, adv.end(), s_end)
            if nxt and nxt.group().lower() not in _NOT_COMPLEMENT and nxt.group()[0].isalpha() and KONJ_ANY.search(text, adv.end(), min(s_end, adv.end() + 80)):
                content = (nxt.start(), s_end)
        elif english and not is_think and text[ce:ce + 1] == " ":
            nxt = TOKEN.search(text, ce, s_end)
            if nxt and nxt.group().lower() not in _EN_NOT_CLAUSE and nxt.group()[0].isalpha() and not nxt.group()[0].isupper():
                content = (nxt.start(), s_end)
        if content is None and pre.endswith(",") and not _inside(s_lo, quoted):
            first = text[s_lo:cs]
            src = after_phrase(text, ce_v, s_end)
            rest = text[src[1]:s_end].split() if src else ["-"] * 9
            if first.strip() and first.lstrip()[:1] not in "„“”\"»«‚‹›" and len(rest) <= 5:
                content = (s_lo, s_lo + len(pre) - 1)
                inverted = True
        if content is None and is_think:
            continue
        if content is None and not english and _ANAPHOR.fullmatch(text, s_lo, cs) and _ANAPHOR_VERB.match(m.group(0)):
            # "Dies sagte Abwerzger am Mittwoch": the previous sentence is what the speaker after the verb said
            i = sents.index(cs)
            if i > 0:
                p_lo, p_hi = sents.spans[i - 1]
                source = after_phrase(text, ce_v, s_end)
                if source and not _inside(p_lo, quoted) and not _inside(_trim_end(text, p_lo, p_hi) - 1, quoted):
                    content = (p_lo, _trim_end(text, p_lo, p_hi))
                    events.append(Event("INDIRECT", content[0], content[1], content, (cs, ce_v), source, "anaphor"))
                    taken_until = ce
                    continue
        if content is None:
            # a speech act without its content ("Er sprach über den Krieg"): REPORTED
            seg_lo = max(text.rfind(",", s_lo, cs) + 1, s_lo)
            seg_hi = text.find(",", ce, s_end)
            seg_hi = s_end if seg_hi < 0 else seg_hi
            agent = PASSIVE_BY.search(text, seg_lo, cs)
            if agent:  # "Dies wurde von der Erzdiözese bestätigt": the agent speaks
                source = after_phrase(text, agent.end(), cs)
            elif _PASSIVE_AUX.search(text, seg_lo, cs):
                source = None  # "Die Listen wurden bestätigt": nobody is named as speaking
            else:
                source = find_source(text, cs, ce_v, s_lo, s_end)
            events.append(Event("REPORTED", seg_lo, seg_hi, (seg_lo, seg_hi), (cs, ce_v), source, "speech_act"))
            continue
        if inverted:
            source = find_source(text, cs, ce_v, content[1], s_end, prefer_after=True)
        else:
            source = find_source(text, cs, ce_v, s_lo, content[0] if content[0] > ce else s_end)
        events.append(Event("INDIRECT", content[0], content[1], content, (cs, ce_v), source, "think" if is_think else "verb"))
        taken_until = content[1] if content[0] > ce else ce
    if not english:
        new, superseded = _colon_konjunktiv(text, sents, events, quoted)
        if new:
            events = [e for e in events if id(e) not in superseded] + new
        events.extend(_continuations(text, sents, events, quoted))
    return events


def _colon_konjunktiv(text: str, sents: Sentences, events: list[Event],
                      quoted: list[tuple[int, int]]) -> tuple[list[Event], set[int]]:
    """"Hofer strahlte: Sechs Monate sei es her, ...": a short clause of a subject and a verb (any
    verb, not only one of saying), a colon, and a clause whose verb is in Konjunktiv I: the
    subject's reported words. "Das Ergebnis: Die Zahl ist gestiegen" (no verb before the colon,
    no Konjunktiv after it) is not. A speech act without content in that sentence ("Hofer sagte:
    Sechs Monate sei es her") gives way to the new event (returned as ids to drop)."""
    out: list[Event] = []
    acts = {sents.index(e.start): e for e in events if e.label == "REPORTED" and e.cue_type == "speech_act"}
    covered = {sents.index(e.start) for e in events if e.label != "REPORTED" or e.cue_type != "speech_act"} | {
        sents.index(e.cue[0]) for e in events if e.cue and (e.label != "REPORTED" or e.cue_type != "speech_act")}
    superseded: set[int] = set()
    for i, (lo, hi) in enumerate(sents.spans):
        if i in covered:
            continue
        colon = text.find(": ", lo, hi)
        if colon < 0 or _inside(colon, quoted) or len(text[lo:colon].split()) > 7:
            continue
        end = _trim_end(text, lo, hi)
        k = KONJ_I.search(text, colon, min(end, colon + 60))
        if k is None or _inside(k.start(), quoted) or _ICH_END.search(text[max(colon, k.start() - 6) : k.start()]) \
                or _ICH_START.match(text, k.end()):
            continue  # "wie werde ich": the first person, indicative
        source = after_phrase(text, lo, colon)
        if source is None:
            continue
        first = text[source[0] : source[1]]
        if " " not in first and (is_function_word(first) or first.lower() in _NO_SUBJECT
                                 or _PARTICIPLE.fullmatch(first) and _AUX_NEXT.match(text, source[1])):
            continue  # "Betont wird aber ...:", "Es sei wie ...:": no speaker opens the sentence
        verb = TOKEN.search(text, source[1], colon)
        if verb is None or not verb.group().isalpha() or not verb.group().islower():
            continue  # "Das Ergebnis: ...": no verb between the subject and the colon
        content = (colon + 2, end)
        act = acts.get(i)
        if act is not None and act.cue and act.cue[0] < colon:
            out.append(Event("INDIRECT", content[0], content[1], content, act.cue, act.source or source, "verb"))
            superseded.add(id(act))
        else:
            out.append(Event("INDIRECT", content[0], content[1], content, (colon, colon + 1), source, "colon_verb"))
    return out, superseded


def _continuations(text: str, sents: Sentences, events: list[Event], quoted: list[tuple[int, int]]) -> list[Event]:
    """Sentences right after indirect speech that go on in Konjunktiv I."""
    out: list[Event] = []
    starts = {sents.index(e.start): e for e in events if e.label == "INDIRECT"}
    covered = {sents.index(e.start) for e in events} | {sents.index(e.end - 1) for e in events if e.end > e.start}
    for i, ev in sorted(starts.items()):
        # after the content, or after the cue when it follows the content ("... . Dies sagte X.")
        j = max(i, sents.index(ev.end - 1), sents.index(ev.cue[0]) if ev.cue else i) + 1
        while j < len(sents.spans) and j <= i + 3 and j not in covered:
            lo, hi = sents.spans[j]
            k = KONJ_I.search(text, lo, hi)
            if not k or _inside(lo, quoted) or _ICH_END.search(text[max(lo, k.start() - 6):k.start()]) \
                    or _ICH_START.match(text, k.end()):
                break
            out.append(Event("INDIRECT", lo, _trim_end(text, lo, hi), (lo, _trim_end(text, lo, hi)), None, ev.source, "konjunktiv", {"continued": True}))
            j += 1
    return out


_NP_INNER = frozenset("der des die dem den das ein eines einem einer eine von vom für".split())


def _np_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The noun phrase right before ``end`` ("dem Bericht" zufolge, "Angaben der Polizei" zufolge)."""
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, end)]
    i = len(toks) - 1
    first = None
    while i >= 0:
        w = toks[i][2]
        if w[:1].isupper() or w.lower() in _NP_INNER or (w.islower() and w.endswith(("e", "en", "er", "es", "em")) and first is not None):
            if w.lower() in ("sie", "er", "es") and first is not None:
                break
            first = i
            i -= 1
            continue
        break
    if first is None:
        return None
    while first < len(toks) and toks[first][2].lower() in ("von", "vom", "für"):
        first += 1
    if first >= len(toks):
        return None
    return toks[first][0], toks[-1][1]


def find_markers(text: str, sents: Sentences, quoted: list[tuple[int, int]], used: set[int]) -> list[Event]:
    """Attribution markers as REPORTED events (content: their sentence)."""
    out: list[Event] = []

    def add(cue: tuple[int, int], source: tuple[int, int] | None, kind: str, **extra: object) -> None:
        if _inside(cue[0], quoted) or cue[0] in used:
            return
        lo, hi = sents.at(cue[0])
        content = (lo, _trim_end(text, lo, hi))
        span_lo = min(cue[0], source[0]) if source else cue[0]
        span_hi = max(cue[1], source[1]) if source else cue[1]
        out.append(Event("REPORTED", span_lo, span_hi, content, cue, source, kind, dict(extra)))

    for m in finditer(LAUT, text):
        add((m.start(), m.start() + 4), after_phrase(text, m.end(), sents.at(m.start())[1]), "laut")
    for m in finditer(ACCORDING_TO, text):
        add((m.start(), m.start() + len(m.group().rstrip())), after_phrase(text, m.end(), sents.at(m.start())[1]), "according_to")
    for m in finditer(NACH_ANGABEN, text):
        add((m.start(), m.start() + len(m.group().rstrip())), after_phrase(text, m.end(), sents.at(m.start())[1]), "nach_angaben")
    for m in finditer(COMPOUND_ANGABEN, text):
        word = m.span("word")
        w = m.group("word")
        if w.lower() in ("angaben", "informationen", "schätzungen", "berechnungen", "erkenntnissen"):
            continue  # plain "nach Angaben": NACH_ANGABEN
        pre = _NACH_BEFORE.search(text, max(0, word[0] - 6), word[0])
        post = _NACH_AFTER.match(text, word[1])
        if not (pre or post):
            continue
        cue = (pre.start() if pre else word[0], post.end() if post else word[1])
        add(cue, word, "nach_angaben")
        used.add(cue[0])  # the plain "nach Angaben" pattern must not take it again
    for m in finditer(POSSESSIVE_VIEW, text):
        if m.group("a"):
            pre = _VIEW_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if pre:
                add((pre.start(), m.end()), m.span("a"), "possessive", possessive=True)
        else:
            pre = _NACH_BEFORE.search(text, max(0, m.start() - 6), m.start())
            post = _NACH_AFTER.match(text, m.end())
            if pre or post:
                add((pre.start() if pre else m.start(), post.end() if post else m.end()), m.span("b"), "possessive", possessive=True)
    for m in finditer(NOMINAL, text):
        add((m.start(), m.end()), after_phrase(text, m.end(), sents.at(m.start())[1]), "nominal", strict=True)
    for m in finditer(CIRCLES, text):
        pre = _CIRCLES_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if pre:
            add((pre.start() + (1 if text[pre.start()].isspace() else 0), m.start("who")), m.span("who"), "circles")
    for m in COLON_SPEAKER.finditer(text):
        who = m.span("who")
        if len(text[who[0]:who[1]].split()) <= 5:
            add((who[1], m.end()), who, "colon", strict=True)
    for m in finditer(ZUFOLGE, text):
        lo = sents.at(m.start())[0]
        src = _np_before(text, lo, m.start())
        bare = src is not None and text[src[0]:src[1]].lower() in ("berichten", "angaben", "informationen")
        add(m.span(), src, "zufolge", **({"bare_reports": True} if bare else {}))
    for m in finditer(SO_X, text):
        add(m.span("so"), after_phrase(text, m.end(), sents.at(m.start())[1]), "so")
    for m in finditer(DECLINE, text):
        lo = sents.at(m.start())[0]
        add(m.span(), before_phrase(text, lo, m.start()), "declined")
    for m in finditer(WIE_BERICHTET, text):
        hi = min(sents.at(m.start())[1], m.end() + 80)
        v = _WIE_VERB.search(text, m.end(), hi)
        if v and v.start() not in used and "," not in text[m.end():v.start()] and len(text[m.end():v.start()].split()) <= 8:
            src = after_phrase(text, m.end(), v.start())
            add((m.start(), v.end()), src, "wie")
    return out

