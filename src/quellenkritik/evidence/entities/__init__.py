"""Entities: a shipped knowledge base, a transliteration-aware resolver, a KB matcher.

* :mod:`.kb`: the knowledge base (``data/kb/kb.json.gz``), loaded lazily once per process;
* :mod:`.translit`: Cyrillic -> Latin (German/English conventions) and the spelling-folding key;
* :mod:`.resolve`: ``resolve(name, label) -> Resolution`` (exact, translit, fuzzy, local id);
* :mod:`.matcher`: KB aliases in running text, German inflection, in-document coreference;
* :mod:`.components`: the ``entities.kb`` pipeline component and ``link_entities``.
"""

from __future__ import annotations

from .kb import Entry, KnowledgeBase, load_kb
from .resolve import Resolution, local_id, resolve
from .translit import fold, to_latin

__all__ = ["Entry", "KnowledgeBase", "load_kb", "Resolution", "resolve", "local_id", "fold", "to_latin"]
