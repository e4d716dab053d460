"""Language stage: which language a document and each of its paragraphs is in.

Importing :mod:`quellenkritik.language.components` registers the
``language`` component.
"""

from __future__ import annotations

from .identify import Guess, identify, supported_languages
from .paragraphs import paragraph_offsets

__all__ = ["Guess", "identify", "supported_languages", "paragraph_offsets"]
