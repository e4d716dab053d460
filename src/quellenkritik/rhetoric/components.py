"""The components of the rhetoric stage.

``rhetoric.techniques`` adds the ``techniques`` layer: one span per finding,
label = the technique (SemEval-2023 Task 3 names; ``Rhetorical_Question``
is a form outside the taxonomy), attrs:

* ``technique``, ``family`` (for the report legend), ``cue`` (the text that
  triggered it), ``explanation`` (one line), ``confidence``;
* ``voice``: "author", or the speaker's entity id (else their name) when the
  span lies in a quotation or reported speech: a loaded word in a quote is
  the quoted speaker's, not the author's; ``voice_name``: the speaker as
  written, or null.

``rhetoric.genre`` adds ``document.genre`` = {label, confidence, signals}
and ``document.rhetoric`` = counts of techniques by voice.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any, Callable

from ..document import Document, Span
from ..linguistic.wordclass import is_common_noun
from ..pipeline import component
from .genre import classify_genre
from .spans import SpanIndex
from .perspective import find_markers, summarise
from .techniques import FAMILIES, TAXONOMY, find_techniques

__all__ = ["make_techniques", "make_genre", "make_perspective", "make_translation", "make_stance", "make_subjectivity",
           "quoted_spans"]


def quoted_spans(doc: Document) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, attrs) of the content of every quotation and attributed statement, sorted."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    for layer in ("quotes", "attributions"):
        for sp in doc.layers.get(layer, ()):
            if sp.label == "SCARE" or sp.attrs.get("scare"):
                continue
            c = sp.attrs.get("content")
            s, e = (int(c[0]), int(c[1])) if isinstance(c, (list, tuple)) and len(c) == 2 else (sp.start, sp.end)
            out.append((s, e, sp.attrs))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


class _Voices:
    """Who speaks at a position: the innermost quotation or attribution around it, else the author."""

    def __init__(self, spans: list[tuple[int, int, dict[str, Any]]]) -> None:
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.longest = max((e - s for s, e, _ in spans), default=0)

    def at(self, s: int, e: int) -> tuple[str, str | None]:
        best: tuple[int, dict[str, Any]] | None = None
        lo = bisect_right(self.starts, s - self.longest - 1)
        for k in range(lo, bisect_right(self.starts, s)):
            a, b, attrs = self.spans[k]
            if a <= s and e <= b and (best is None or b - a < best[0]):
                best = (b - a, attrs)
        if best is None:
            return "author", None
        attrs = best[1]
        for key in ("source", "cue"):
            span = attrs.get(key)
            if isinstance(span, (list, tuple)) and len(span) == 2 and span[0] < e and span[1] > s:
                return "author", None  # the words naming the speaker or the verb of saying are the author's
        name = attrs.get("speaker") or attrs.get("source_text")
        return str(attrs.get("speaker_id") or name or "unknown speaker"), name


def _distancing(quote: str, s: int, e: int, names: list[tuple[int, int]]) -> bool:
    """Whether quotation marks around a word or two set it at a distance (Doubt), rather than
    mark a name, a title or a term: not when an entity lies in it, nor around one capitalised word
    the lexicon does not know as a common noun ("„Rubikon“")."""
    if any(a < e and b > s for a, b in names):
        return False
    inner = quote.strip("„“”\"»«‚‘’' ")
    words = inner.split()
    if not words:
        return False
    if len(words) == 1 and inner[:1].isupper() and not is_common_noun(inner.split("-")[-1]):
        return False
    return True


@component(
    "rhetoric.techniques",
    requires=["layers.sentences", "layers.quotes"],
    adds=["layers.techniques"],
    stage="rhetoric",
    languages=("de", "en"),
)
def make_techniques() -> Callable[[Document], None]:
    """Persuasion techniques, span by span, each with its cue, explanation and voice."""

    def run(doc: Document) -> None:
        quoted = quoted_spans(doc)
        voices = _Voices(quoted)
        names = [(sp.start, sp.end) for sp in doc.layers.get("entities", ())]
        scare = [(sp.start, sp.end) for sp in doc.layers.get("quotes", ())
                 if sp.label == "SCARE" and _distancing(doc.text[sp.start:sp.end], sp.start, sp.end, names)]
        sentences = [(sp.start, sp.end) for sp in doc.layers.get("sentences", ())]
        layer = doc.layer("techniques")
        for f in find_techniques(doc.text, sentences, doc.language or "de", [(s, e) for s, e, _ in quoted], scare):
            voice, name = voices.at(f.start, f.end)
            layer.append(Span.checked(f.start, f.end, f.technique, {
                "technique": f.technique,
                "family": FAMILIES.get(f.technique, "other"),
                "in_taxonomy": f.technique in TAXONOMY,
                "cue": f.cue,
                "explanation": f.explanation,
                "confidence": f.confidence,
                "voice": voice,
                "voice_name": name,
            }, "rhetoric.techniques"))

    return run


@component(
    "rhetoric.genre",
    requires=["layers.sentences", "layers.techniques", "layers.attributions"],
    adds=["document.genre", "document.rhetoric"],
    stage="rhetoric",
    languages=("de", "en"),
)
def make_genre() -> Callable[[Document], None]:
    """The genre (opinion, reporting, satire, other) with the signals that decided it."""

    def run(doc: Document) -> None:
        sentences = [(sp.start, sp.end) for sp in doc.layers.get("sentences", ())]
        quoted = [(s, e) for s, e, _ in quoted_spans(doc)]
        index = SpanIndex(quoted)
        covered = sum(1 for s, e in sentences if index.overlaps(s, e))
        techniques = [(sp.start, sp.end, sp.label, sp.attrs.get("voice") == "author")
                      for sp in doc.layers.get("techniques", ())]
        title = str(getattr(doc.metadata, "title", None) or "")
        result = classify_genre(doc.text, sentences, quoted, covered, techniques, title)
        doc.document["genre"] = result.as_dict()
        by_voice: dict[str, Counter[str]] = {"author": Counter(), "quoted": Counter()}
        for _, _, tech, author in techniques:
            by_voice["author" if author else "quoted"][tech] += 1
        doc.document["rhetoric"] = {
            "techniques": {k: dict(v.most_common()) for k, v in by_voice.items()},
            "total": len(techniques),
        }

    return run


@component(
    "rhetoric.perspective",
    requires=["layers.sentences", "layers.quotes"],
    adds=["layers.perspective", "document.perspective"],
    stage="rhetoric",
    languages=("de",),
)
def make_perspective() -> Callable[[Document], None]:
    """In-group markers and contested terms in the author's voice, and the side they point to."""

    def run(doc: Document) -> None:
        quoted = [(s, e) for s, e, _ in quoted_spans(doc)]
        markers = find_markers(doc.text, quoted)
        layer = doc.layer("perspective")
        for m in markers:
            layer.append(Span.checked(m.start, m.end, m.kind, {
                "kind": m.kind, "side": m.side, "conflict": m.conflict, "term": m.key,
            }, "rhetoric.perspective"))
        doc.document["perspective"] = summarise(markers)

    return run


@component(
    "rhetoric.translation",
    requires=["layers.sentences", "layers.entities"],
    adds=["layers.translation", "document.translation"],
    stage="rhetoric",
)
def make_translation() -> Callable[[Document], None]:
    """Signals that a text was translated (doubled words, run-on sentences, mixed transliteration,
    calques, formulae, agreement breaks): signals a reader checks, never a verdict."""
    from .translation import find_signals
    from .translation import summarise as summarise_signals

    def run(doc: Document) -> None:
        sentences = [(sp.start, sp.end) for sp in doc.layers.get("sentences", ())]
        names = [(sp.start, sp.end, sp.label) for sp in doc.layers.get("entities", ())]
        signals = find_signals(doc.text, sentences, (doc.language or "de").split("-")[0], names)
        layer = doc.layer("translation")
        for sig in signals:
            layer.append(Span.checked(sig.start, sig.end, sig.kind, {
                "kind": sig.kind, "cue": sig.cue, "explanation": sig.explanation, "confidence": sig.confidence,
            }, "rhetoric.translation"))
        doc.document["translation"] = summarise_signals(signals, len(doc.text.split()))

    return run


#: Main actors: the persons and organisations named at least this often, at most MAX_ACTORS of them.
MIN_MENTIONS = 2
MAX_ACTORS = 5


@component(
    "rhetoric.stance",
    requires=["layers.sentences", "layers.entities", "layers.quotes"],
    adds=["layers.stance", "document.stance"],
    stage="rhetoric",
    languages=("de",),
)
def make_stance() -> Callable[[Document], None]:
    """Stance of the wording toward each main actor (GerNTSA-trained model), with the sentences that carry it."""
    from .stance import stances

    def run(doc: Document) -> None:
        sentences = [(sp.start, sp.end) for sp in doc.layers.get("sentences", ())]
        starts = [s for s, _ in sentences]
        groups: dict[str, dict[str, Any]] = {}
        for sp in doc.layers.get("entities", ()):
            if sp.label not in ("PER", "ORG"):
                continue
            key = str(sp.attrs.get("id") or doc.text[sp.start:sp.end])
            g = groups.setdefault(key, {"name": sp.attrs.get("canonical") or doc.text[sp.start:sp.end], "spans": []})
            g["spans"].append((sp.start, sp.end))
        actors = sorted((k for k, g in groups.items() if len(g["spans"]) >= MIN_MENTIONS),
                        key=lambda k: (-len(groups[k]["spans"]), groups[k]["spans"][0]))[:MAX_ACTORS]
        items, where = [], []
        for key in actors:
            seen: set[int] = set()
            for a, b in groups[key]["spans"]:
                i = bisect_right(starts, a) - 1
                if i < 0 or i in seen or b > sentences[i][1]:
                    continue
                seen.add(i)
                s, e = sentences[i]
                items.append((doc.text[s:e], a - s, b - s))
                where.append((key, i, a, b))
        results = stances(items) if items else []
        voices = _Voices(quoted_spans(doc))
        layer = doc.layer("stance")
        summary: dict[str, dict[str, Any]] = {}
        for (key, i, a, b), (label, prob) in zip(where, results):
            g = summary.setdefault(key, {"actor": groups[key]["name"], "id": key if ":" in key else None,
                                         "positive": 0, "negative": 0, "neutral": 0, "sentences": []})
            g[label] += 1
            if label != "neutral":
                voice, name = voices.at(*sentences[i])
                layer.append(Span.checked(a, b, label, {
                    "actor": groups[key]["name"], "actor_id": g["id"], "probability": round(prob, 3),
                    "sentence": list(sentences[i]), "voice": voice, "voice_name": name,
                }, "rhetoric.stance"))
                g["sentences"].append(list(sentences[i]))
        for g in summary.values():
            pos, neg = g["positive"], g["negative"]
            g["tendency"] = "negative" if neg > pos and neg >= 2 else "positive" if pos > neg and pos >= 2 else "mixed or neutral"
        doc.document["stance"] = list(summary.values())

    return run


@component(
    "rhetoric.subjectivity",
    requires=["layers.sentences"],
    adds=["layers.subjective", "document.subjectivity"],
    stage="rhetoric",
    languages=("de",),
)
def make_subjectivity() -> Callable[[Document], None]:
    """Subjective sentences (a model trained on openly licensed data only), and their share."""
    from .subjectivity import subjectivities

    def run(doc: Document) -> None:
        sentences = [(sp.start, sp.end) for sp in doc.layers.get("sentences", ())]
        results = subjectivities([doc.text[s:e] for s, e in sentences]) if sentences else []
        layer = doc.layer("subjective")
        n = 0
        for (s, e), (label, prob) in zip(sentences, results):
            if label == "subjective":
                n += 1
                layer.append(Span.checked(s, e, "subjective", {"probability": round(prob, 3)}, "rhetoric.subjectivity"))
        doc.document["subjectivity"] = {"subjective": n, "sentences": len(sentences),
                                        "share": round(n / len(sentences), 3) if sentences else 0.0}

    return run
