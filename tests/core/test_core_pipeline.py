import pytest

from quellenkritik.config import load_settings
from quellenkritik.document import Document, Source
from quellenkritik.errors import ComponentError, ConfigError, PipelineValidationError, UnknownComponentError
from quellenkritik.pipeline import Pipeline, component, registry


@component("test.shout", requires=["text"], adds=["layers.shout"], stage="test")
def make_shout(word: str = "HALLO"):
    def run(doc):
        i = doc.text.find(word)
        if i >= 0:
            doc.add("shout", i, i + len(word), "SHOUT", by="test.shout")
    return run


@component("test.boom", requires=["text"], adds=[], stage="test")
def make_boom():
    def run(doc):
        raise ValueError("kaputt")
    return run


@component("test.needs_entities", requires=["layers.nothing_adds_this"], stage="test")
def make_needs():
    return lambda doc: None


def _raw(text: str) -> Document:
    from quellenkritik.ingest.base import new_document
    return new_document(text, kind="text", location="<t>", raw_format="text")


def test_components_run_in_order_and_record_themselves():
    p = Pipeline.from_names(["clean", "test.shout"], {"test.shout": {"word": "Welt"}})
    doc = p(_raw("Hallo Welt, dies ist ein Satz, der lang genug ist, um Text zu sein."))
    assert [doc.span_text(s) for s in doc.layers["shout"]] == ["Welt"]
    assert doc.processed_by == ["clean@1", "test.shout@1"]
    assert set(p.timings) == {"clean", "test.shout"}


def test_missing_requirement_is_refused_when_built_and_names_a_provider():
    with pytest.raises(PipelineValidationError, match="'text' is added by clean"):
        Pipeline.from_names(["test.shout"])
    with pytest.raises(PipelineValidationError, match="no registered component"):
        Pipeline.from_names(["clean", "test.needs_entities"])


def test_unknown_and_duplicate_components_are_refused():
    with pytest.raises(UnknownComponentError, match="no component named 'nope'"):
        Pipeline.from_names(["clean", "nope"])
    with pytest.raises(PipelineValidationError, match="twice"):
        Pipeline.from_names(["clean", "clean"])


def test_bad_options_are_a_config_error():
    with pytest.raises(ConfigError, match="test.shout"):
        Pipeline.from_names(["clean", "test.shout"], {"test.shout": {"wrod": "x"}})


def test_component_failure_names_the_component():
    p = Pipeline.from_names(["clean", "test.boom"])
    with pytest.raises(ComponentError, match="'test.boom' failed: ValueError: kaputt"):
        p(_raw("Ein Satz, der lang genug ist, um als Text zu gelten, und noch etwas mehr."))


def test_every_registered_component_declares_what_it_adds():
    for spec in registry.specs():
        if not spec.name.startswith("test."):
            assert spec.adds, spec.name


def test_settings_disable_and_replace_components(tmp_path):
    cfg = tmp_path / "qk.toml"
    cfg.write_text('[pipeline]\ncomponents = ["clean", "repeats", "test.shout"]\ndisable = ["repeats"]\n'
                   '[components."test.shout"]\nword = "Satz"\n', encoding="utf-8")
    settings = load_settings(cfg, environ={})
    p = Pipeline.from_settings(settings)
    assert p.names == ["clean", "test.shout"]
    doc = p(_raw("Das ist ein Satz, der lang genug ist, um als Artikeltext zu gelten."))
    assert doc.span_text(doc.layers["shout"][0]) == "Satz"


def test_analyze_says_what_the_input_is(tmp_path):
    import pytest

    from quellenkritik import InputError, analyze

    # invented article
    f = tmp_path / "a.txt"
    f.write_text("Neue Brücke\n\nDie Stadt Linz eröffnet am Montag eine Brücke.", encoding="utf-8")
    with pytest.raises(InputError, match="looks like a file name"):
        analyze("a.txt")
    assert "Linz" in analyze(path=f).text and "Linz" in analyze(f).text
    assert analyze(text="a.txt").text == "a.txt"
    assert "Brücke" in analyze(html="<html><body><p>Die neue Brücke ist offen, sagte der Bürgermeister.</p></body></html>").text
    with pytest.raises(InputError, match="exactly one"):
        analyze("Ein Text.", text="Noch einer.")
    with pytest.raises(InputError, match="exactly one"):
        analyze()
