"""Components registered by name, and the pipeline that runs them.

A component is a factory registered with :func:`component`. The factory takes
keyword options (from the ``[components.NAME]`` table of the settings) and
returns a callable ``(Document) -> None`` that adds to the document in place.
Each registration declares what the component *requires* and what it *adds*:
names of document features ("raw", "text", "metadata", "language",
"tokens", "layers.sentences", ...). :class:`Pipeline` checks when it is built
that every requirement is added by an earlier component (or is present on
every document from the start, like "raw" and "source").

    @component("language", requires=["text"], adds=["language", "layers.paragraphs"])
    def make_language(min_chars: int = 40):
        def run(doc): ...
        return run
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from .document import Document
from .errors import (
    ComponentError,
    ConfigError,
    PipelineValidationError,
    QuellenkritikError,
    UnknownComponentError,
)

__all__ = [
    "component",
    "ComponentSpec",
    "Pipeline",
    "registry",
    "DEFAULT_COMPONENTS",
    "INITIAL_FEATURES",
]

ComponentFn = Callable[[Document], None]
Factory = Callable[..., ComponentFn]

#: Features every document has when it enters the pipeline (set by ingest).
INITIAL_FEATURES = frozenset({"raw", "source"})

#: The default pipeline, in order. Later stages add names here.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "clean",
    "repeats",
    "language",
    "tokens",
    "sentences",
    "entities.kb",
    "entities.ner",
    "quantities",
    "dates",
    "speech",
    "claims",
    "rhetoric.techniques",
    "rhetoric.genre",
    "rhetoric.perspective",
    "rhetoric.translation",
)

# Modules that register the built-in components when imported.
_BUILTIN_MODULES = (
    "quellenkritik.clean.components",
    "quellenkritik.language.components",
    "quellenkritik.linguistic.components",
    "quellenkritik.evidence.entities.components",
    "quellenkritik.evidence.entities.ner",
    "quellenkritik.evidence.quantities.components",
    "quellenkritik.evidence.dates.components",
    "quellenkritik.evidence.speech.components",
    "quellenkritik.evidence.claims.components",
    "quellenkritik.rhetoric.components",
)


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    factory: Factory
    requires: frozenset[str]
    adds: frozenset[str]
    stage: str
    version: str = "1"
    doc: str = ""
    #: the document languages the component supports (ISO 639-1); None: every language
    languages: frozenset[str] | None = None

    def supports(self, language: str | None) -> bool:
        """Whether the component runs on a document of ``language`` (an unknown language: yes)."""
        return self.languages is None or not language or language.split("-")[0].lower() in self.languages


class Registry:
    def __init__(self) -> None:
        self._specs: dict[str, ComponentSpec] = {}
        self._loaded = False

    def register(self, spec: ComponentSpec) -> None:
        if spec.name in self._specs and self._specs[spec.name].factory is not spec.factory:
            raise ConfigError(f"component name {spec.name!r} is registered twice")
        self._specs[spec.name] = spec

    def _load_builtins(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for mod in _BUILTIN_MODULES:
            try:
                importlib.import_module(mod)
            except ModuleNotFoundError as exc:  # a stage not built yet
                if exc.name != mod:
                    raise
        self._load_entry_points()

    def _load_entry_points(self) -> None:
        # Third-party components: packages declaring the entry point group
        # "quellenkritik.components" are imported so that they register.
        from importlib.metadata import entry_points

        for ep in entry_points(group="quellenkritik.components"):
            ep.load()

    def get(self, name: str) -> ComponentSpec:
        self._load_builtins()
        try:
            return self._specs[name]
        except KeyError:
            known = ", ".join(sorted(self._specs)) or "none"
            raise UnknownComponentError(f"no component named {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        self._load_builtins()
        return sorted(self._specs)

    def specs(self) -> list[ComponentSpec]:
        self._load_builtins()
        return [self._specs[n] for n in sorted(self._specs)]


registry = Registry()


def component(
    name: str,
    *,
    requires: Iterable[str] = (),
    adds: Iterable[str] = (),
    stage: str = "",
    version: str = "1",
    languages: Iterable[str] | None = None,
) -> Callable[[Factory], Factory]:
    """Register a component factory under ``name``.

    ``languages``: the document languages it supports. On a document in another
    language the pipeline skips it and says so in ``document["coverage"]``
    ("speech": "not available for ru"), so no figure is computed from a
    layer that did not run.
    """

    def deco(factory: Factory) -> Factory:
        registry.register(
            ComponentSpec(
                name=name,
                factory=factory,
                requires=frozenset(requires),
                adds=frozenset(adds),
                stage=stage or name.split(".")[0],
                version=version,
                doc=(factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "",
                languages=frozenset(languages) if languages is not None else None,
            )
        )
        return factory

    return deco


@dataclass
class _Step:
    spec: ComponentSpec
    fn: ComponentFn


@dataclass
class Pipeline:
    """An ordered, validated list of components.

    Build it with :meth:`from_names` or :meth:`from_settings`; both check the
    requirements. ``timings`` accumulates seconds per component over all
    documents processed, for benchmarks and ``--timings``.
    """

    steps: list[_Step]
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_names(
        cls,
        names: Sequence[str] | None = None,
        options: dict[str, dict[str, Any]] | None = None,
    ) -> "Pipeline":
        names = list(DEFAULT_COMPONENTS if names is None else names)
        options = options or {}
        specs = [registry.get(n) for n in names]
        validate(specs)
        steps = []
        for spec in specs:
            opts = options.get(spec.name, {})
            try:
                fn = spec.factory(**opts)
            except TypeError as exc:
                raise ConfigError(f"bad options for component {spec.name!r}: {exc}") from exc
            steps.append(_Step(spec, fn))
        return cls(steps)

    @classmethod
    def from_settings(cls, settings: Any) -> "Pipeline":
        return cls.from_names(settings.pipeline.resolved_components(), settings.components)

    @property
    def names(self) -> list[str]:
        return [s.spec.name for s in self.steps]

    def __call__(self, doc: Document) -> Document:
        for step in self.steps:
            if not step.spec.supports(doc.language):
                doc.document.setdefault("coverage", {})[step.spec.name] = f"not available for {doc.language}"
                continue
            t0 = time.perf_counter()
            try:
                step.fn(doc)
            except QuellenkritikError:
                raise
            except Exception as exc:  # noqa: BLE001 - wrap with the component's name
                raise ComponentError(step.spec.name, f"{type(exc).__name__}: {exc}") from exc
            name = step.spec.name
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
            self.counts[name] = self.counts.get(name, 0) + 1
            doc.processed_by.append(f"{name}@{step.spec.version}")
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def validate(specs: Sequence[ComponentSpec]) -> None:
    """Raise PipelineValidationError unless each requirement is met in order."""
    have = set(INITIAL_FEATURES)
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            raise PipelineValidationError(f"component {spec.name!r} appears twice")
        seen.add(spec.name)
        missing = sorted(spec.requires - have)
        if missing:
            providers = {
                m: [s.name for s in registry.specs() if m in s.adds] for m in missing
            }
            hint = "; ".join(
                f"{m!r} is added by {', '.join(p) if p else 'no registered component'}"
                for m, p in providers.items()
            )
            raise PipelineValidationError(
                f"component {spec.name!r} requires {', '.join(map(repr, missing))}, "
                f"which no earlier component adds ({hint})"
            )
        have |= spec.adds
