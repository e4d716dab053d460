"""Fixtures for the ingest tests: settings, and invented German article snippets."""

from __future__ import annotations

import pytest

from quellenkritik.config import FetchSettings, Settings

GERMAN = (
    "Die Stadtverwaltung erklärte am Dienstag, die Lage sei „unter Kontrolle“. "
    "Die Reparatur der Brücke koste rund 2,5 Mio. €, sagte die Bürgermeisterin. "
    "Größere Umleitungen seien nicht nötig."
)
# Latin-1 has no „ “ or €: the same text with « » and "EUR".
GERMAN_LATIN1 = (
    "Die Stadtverwaltung erklärte am Dienstag, die Lage sei »unter Kontrolle«. "
    "Die Reparatur der Brücke koste rund 2,5 Mio. EUR, sagte die Bürgermeisterin. "
    "Größere Umleitungen seien nicht nötig; Straßen bleiben offen."
)


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def open_settings() -> Settings:
    return Settings(fetch=FetchSettings(allow_private=True))


@pytest.fixture
def german() -> str:
    return GERMAN


@pytest.fixture
def german_latin1() -> str:
    return GERMAN_LATIN1
