"""The statistical NER: a spaCy CNN tagger with gazetteer features, and its component.

The shipped model lives in ``quellenkritik/data/ner/`` (a spaCy pipeline
directory plus ``gazetteer.json.gz`` and ``meta.json``); it is trained by
``qk train ner`` (:mod:`.ner_train`). Its pipeline is two components:

* ``qk_gazetteer`` writes the :class:`~.gazetteer.Gazetteer` tag of every
  token into ``token.tag_``;
* spaCy's ``ner`` with a Tok2Vec that embeds ``NORM``, ``PREFIX``,
  ``SUFFIX``, ``SHAPE`` and that ``TAG`` (and static vectors when the model
  has them).

The labels are GermEval 2014's: PER, ORG, LOC, OTH and their ``deriv``
("deutsche") and ``part`` ("EU-Staaten") forms. The ``entities.ner``
component adds PER/ORG/LOC spans and OTH as MISC to the ``entities`` layer
through :func:`~.components.link_entities` (a knowledge-base match on the
same words stands); ``deriv``/``part`` are not entity mentions and are left
out. Before the model's spans, the rule of :mod:`.quoted` adds quoted
names after a naming noun (die Gruppe „Wagner“) as ORG/MISC.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ...document import Document
from ...errors import ConfigError
from ...pipeline import component
from .gazetteer import Gazetteer

__all__ = ["NER_DIR", "ner_model_config", "load_ner", "numpy_ops", "numpy_gemm", "predict_tags", "make_entities_ner", "LABELS", "to_layer_label", "noun_compound"]

NER_DIR = Path(__file__).resolve().parents[2] / "data" / "ner"
LABELS = [f"{b}{s}" for b in ("PER", "ORG", "LOC", "OTH") for s in ("", "deriv", "part")]
_LAYER_LABEL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def to_layer_label(label: str) -> str | None:
    """GermEval label -> ``entities`` layer label; None for deriv/part."""
    return _LAYER_LABEL.get(label)


def ner_model_config(width: int = 96, depth: int = 4, vectors: bool = False, embed_rows: int = 5000,
                     upper: bool = True) -> dict:
    """The ``model`` block of spaCy's ``ner`` factory used here.

    ``upper=False`` drops the parser's hidden layer between the state vector
    and the action scores: each transition step then costs a sum and a maxout
    instead of a small matrix product.
    """
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": upper,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": width,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"],
                "rows": [embed_rows * 2, embed_rows // 5, embed_rows, embed_rows // 2, 200],
                "include_static_vectors": vectors,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": width, "depth": depth, "window_size": 1, "maxout_pieces": 3,
            },
        },
    }


def _register_factory() -> None:
    from spacy.language import Language

    if Language.has_factory("qk_gazetteer"):
        return

    @Language.factory("qk_gazetteer", default_config={"path": ""})
    def _make(nlp, name: str, path: str):  # noqa: ANN001 - spaCy factory signature
        return GazetteerTagger(Gazetteer())


class GazetteerTagger:
    """spaCy component: gazetteer tags into ``token.tag_`` (see :mod:`.gazetteer`)."""

    FILE = "gazetteer.json.gz"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, sdoc):  # noqa: ANN001, ANN204 - spaCy Doc in, Doc out
        tags = self.gazetteer.tag([t.text for t in sdoc])
        for tok, tag in zip(sdoc, tags):
            tok.tag_ = tag
        return sdoc

    def to_disk(self, path, exclude=()):  # noqa: ANN001 - spaCy serialisation protocol
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        self.gazetteer.to_disk(p / self.FILE)

    def from_disk(self, path, exclude=()):  # noqa: ANN001
        f = Path(path) / self.FILE
        if f.is_file():
            self.gazetteer = Gazetteer.from_disk(f)
        return self


def blank_nlp():
    """A blank German spaCy pipeline with the project's tokenizer settings (a new one each call)."""
    from ...linguistic.tokenizer import _build

    _register_factory()
    return _build("de")


def load_ner(path: str | Path | None = None):
    """The NER spaCy pipeline at ``path`` (default: the shipped one), cached per path."""
    import spacy

    _register_factory()
    p = Path(path) if path else NER_DIR
    key = str(p.resolve())
    nlp = _loaded.get(key)
    if nlp is None:
        with _lock:
            nlp = _loaded.get(key)
            if nlp is None:
                if not (p / "config.cfg").is_file():
                    raise ConfigError(f"no NER model at {p}: train one with 'qk train ner --data FILE... --output {p}'")
                nlp = spacy.load(p)
                numpy_gemm(nlp)
                _loaded[key] = nlp
    return nlp


def numpy_ops():
    """thinc's CPU backend with numpy's matrix product instead of blis (see :func:`numpy_gemm`)."""
    from thinc.api import NumpyOps

    return NumpyOps(use_blis=False)


def numpy_gemm(nlp) -> None:  # noqa: ANN001 - a spaCy Language
    """Let the NER's layers multiply matrices with numpy (OpenBLAS) instead of blis.

    thinc's CPU backend calls blis for every dense layer. On the machines this
    project runs on (AMD EPYC, blis 1.3.4, which selects its "generic"
    kernels there although the CPU has AVX2 and FMA) blis is 3.6x slower than numpy's
    OpenBLAS for the Tok2Vec's shapes (450 x 288 by 288 x 288, one thread:
    3.9 ms against 1.1 ms), which made the tagger half as fast as it can be.
    The results are the same to the last tag (tests/evidence/test_evidence_ner.py);
    only the parser's per-step kernels, compiled against blis, still use it.
    """
    ops = numpy_ops()
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _pipe(nlp, sentences: Iterable[Sequence[str]], batch_size: int):  # noqa: ANN001
    """The model's docs for pre-tokenised sentences.

    The gazetteer tags go straight into ``Doc(tags=...)`` rather than through
    the ``qk_gazetteer`` component, which sets ``token.tag_`` one token at a
    time (the same tags, a tenth of the NER's time saved).
    """
    from spacy.tokens import Doc

    gaz = nlp.get_pipe("qk_gazetteer").gazetteer if "qk_gazetteer" in nlp.pipe_names else None

    def docs():
        for words in sentences:
            words = list(words)
            tags = gaz.tag(words) if gaz is not None else None
            yield Doc(nlp.vocab, words=words, spaces=[True] * len(words), tags=tags)

    return nlp.pipe(docs(), batch_size=batch_size, disable=["qk_gazetteer"] if gaz is not None else [])


def predict_tags(nlp, sentences: Sequence[Sequence[str]], batch_size: int = 256) -> list[list[str]]:  # noqa: ANN001
    """IOB2 tags for pre-tokenised sentences."""
    out: list[list[str]] = []
    for sdoc in _pipe(nlp, sentences, batch_size):
        out.append([f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in sdoc])
    return out


def predict_spans(nlp, sentences: Sequence[Sequence[str]], batch_size: int = 256) -> list[list[tuple[int, int, str]]]:  # noqa: ANN001
    """(first token, last token + 1, label) per sentence."""
    out: list[list[tuple[int, int, str]]] = []
    for sdoc in _pipe(nlp, sentences, batch_size):
        out.append([(e.start, e.end, e.label_) for e in sdoc.ents])
    return out


def noun_compound(word: str, gaz: Gazetteer) -> bool:
    """A word of eight letters or more, not in the gazetteer (names, surnames, firms, KB aliases),
    whose last part of six letters or more the word-class lexicon knows only as a common noun:
    "Liquiditätssorgen", "Baufirmen". Surnames built like that ("Schumacher") are in the gazetteer."""
    from ...linguistic.wordclass import ends_in_common_noun

    if len(word) < 8 or "-" in word or not word[:1].isupper() or word in gaz.phrases:
        return False
    return ends_in_common_noun(word, min_tail=6)


@component("entities.ner", requires=["tokens", "layers.sentences", "layers.entities"], adds=["layers.entities"],
           stage="evidence", languages=("de",))
def make_entities_ner(model: str = "") -> Callable[[Document], None]:
    """Statistical German NER (PER/ORG/LOC/MISC), linked like the KB matches.

    Runs after ``entities.kb``: a KB match on the same words stands, the
    other spans are resolved by :func:`~.components.link_entities`.
    """
    from ...linguistic.tokenizer import tokens_of
    from .components import link_entities
    from .quoted import quoted_names

    nlp = load_ner(model or None)
    gaz = nlp.get_pipe("qk_gazetteer").gazetteer if "qk_gazetteer" in nlp.pipe_names else None

    def run(doc: Document) -> None:
        if (doc.language or "de").split("-")[0] not in ("de", "und"):
            return  # trained on German only: no guesses on other languages
        sdoc = tokens_of(doc)
        words_per_sent: list[list[str]] = []
        offsets: list[list[tuple[int, int]]] = []
        for sent in doc.layers.get("sentences", ()):
            toks = [t for t in sdoc.char_span(sent.start, sent.end, alignment_mode="expand") or () if not t.is_space]
            if not toks:
                continue
            words_per_sent.append([t.text for t in toks])
            offsets.append([(t.idx, t.idx + len(t.text)) for t in toks])
        found: list[tuple[int, int, str]] = []
        predicted = list(zip(words_per_sent, offsets, predict_spans(nlp, words_per_sent)))
        # surnames of the document's full names ("Stefan Raderbauer"): never dropped as compounds
        surnames = {words[b - 1] for words, _, ents in predicted for a, b, label in ents if label == "PER" and b - a > 1}
        for words, offs, ents in predicted:
            for a, b, label in ents:
                lab = to_layer_label(label)
                if lab == "PER" and b - a == 1 and gaz is not None and words[a] not in surnames \
                        and words[a].removesuffix("s") not in surnames and noun_compound(words[a], gaz):
                    continue  # "Liquiditätssorgen", "Baufirmen": a compound of a common noun, no person
                if lab:
                    found.append((offs[a][0], offs[b - 1][1], lab))
        link_entities(doc, quoted_names(doc.text), by="entities.quoted")
        link_entities(doc, found, by="entities.ner")

    return run
