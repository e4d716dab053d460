import json

import jsonschema
import pytest

from quellenkritik.document import SCHEMA_PATH, Document, Source, document_id, json_schema
from quellenkritik.errors import RecordError


def _doc() -> Document:
    doc = Document(source=Source(kind="text", location="<text>"), text="Laut Polizei kamen „alle“ an. Zweiter Satz.")
    doc.metadata.title = "Ein Titel"
    doc.add("sentences", 0, 29, "S", by="sentences")
    doc.add("quotes", 18, 24, "DIRECT", by="test", speaker=None, nested={"a": [1, 2.5, "ü"]})
    doc.assign_id()
    return doc


def test_json_round_trip_is_lossless():
    doc = _doc()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_dict() == doc.to_dict()
    assert json.loads(doc.to_json())["schema"] == "quellenkritik.document/2"


def test_record_validates_against_the_published_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(_doc().to_dict(), schema)


def test_published_schema_file_is_current():
    # `make schema` regenerates it; this fails when the model changed without it.
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json.loads(json.dumps(json_schema()))


def test_id_is_stable_under_whitespace_and_changes_with_text():
    assert document_id("Ein  Satz.\n\nNoch einer.") == document_id("Ein Satz. Noch einer.")
    assert document_id("Ein Satz.") != document_id("Ein Satz!")


def test_spans_outside_the_text_are_refused():
    doc = _doc()
    with pytest.raises(RecordError):
        doc.add("x", 5, 500)
    bad = doc.to_dict()
    bad["layers"]["sentences"][0]["end"] = 10_000
    with pytest.raises(RecordError, match="beyond text length"):
        Document.from_dict(bad)


def test_unknown_fields_and_schema_versions_are_refused():
    data = _doc().to_dict()
    with pytest.raises(RecordError):
        Document.from_dict({**data, "surprise": 1})
    with pytest.raises(RecordError, match="unknown schema"):
        Document.from_dict({**data, "schema": "quellenkritik.document/99"})


def test_runtime_state_is_not_serialised():
    doc = _doc()
    doc.runtime["raw"] = "<html>"
    assert "raw" not in doc.to_json() and "runtime" not in doc.to_dict()


def test_checked_span_is_the_span_model_construct_makes():
    from quellenkritik.document import Span

    fast = Span.checked(3, 9, "PER", {"kb": "Q1"}, by="entities")
    slow = Span.model_construct(start=3, end=9, label="PER", attrs={"kb": "Q1"}, by="entities")
    assert fast == slow
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_copy(update={"label": "ORG"}).label == "ORG"
    assert Span.checked(1, 1).attrs == {} and Span.checked(1, 1).attrs is not Span.checked(1, 1).attrs


def test_checked_span_still_refuses_bad_offsets():
    from pydantic import ValidationError

    from quellenkritik.document import Span

    with pytest.raises(ValidationError):
        Span.checked(5, 2)
    with pytest.raises(ValidationError):
        Span.checked(-1, 2)
