"""Layers that do not support a document's language say so, and compute nothing."""

from __future__ import annotations

import quellenkritik as qk
from quellenkritik.report.markdown import render_markdown
from quellenkritik.report.text import render_text

# Invented Russian article.
RU = ("Министр обороны заявил в понедельник, что 31 ракета была перехвачена над городом. "
      "По его словам, пострадавших нет. Власти города сообщили, что школы будут закрыты до пятницы.")


def test_unsupported_language_is_reported_not_guessed():
    doc = qk.analyze(RU)
    assert doc.language == "ru"
    cov = doc.document["coverage"]
    assert cov["speech"] == "not available for ru"
    assert cov["quantities"] == "not available for ru"
    assert "speech@1" not in doc.processed_by
    # no sourcing percentage from a layer that did not run
    assert "sourcing" not in doc.document
    assert not doc.layers.get("unattributed")
    assert not any(f.label == "sourcing-profile" for f in doc.layers.get("findings", []))
    assert "speech: not available for ru" in render_text(doc)
    assert "speech: not available for ru" in render_markdown(doc)


def test_supported_language_runs_everything():
    doc = qk.analyze("Der Minister sagte am Montag, 31 Raketen seien abgefangen worden. Es gab keine Verletzten.")
    assert "coverage" not in doc.document or "speech" not in doc.document["coverage"]
    assert "speech@1" in doc.processed_by


def test_component_declares_languages():
    spec = qk.registry.get("speech")
    assert spec.supports("de") and spec.supports("en") and spec.supports(None) and not spec.supports("ru")
    assert qk.registry.get("clean").supports("ru")
