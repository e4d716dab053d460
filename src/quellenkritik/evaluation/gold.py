"""Gold articles annotated by the qk-dev-gold guide: reading and checking them.

A gold folder holds ``gold/<key>.json`` (the annotation) and, unless given
apart, ``articles/<key>.txt`` (the text). Every string of an annotation is an
exact substring of its article; :func:`load_gold` says which one is not,
rather than scoring against an annotation that cannot be found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["GoldArticle", "load_gold", "gold_files"]

#: The fields of one annotation and whether each is a list.
_LIST_FIELDS = ("entities", "quantities", "dates", "attributions", "anonymous_sources", "unattributed_claims", "techniques")


@dataclass
class GoldArticle:
    key: str
    path: Path
    text: str
    genre: str | None = None
    perspective: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    anonymous_sources: list[str] = field(default_factory=list)
    unattributed_claims: list[str] = field(default_factory=list)
    techniques: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def gold_files(gold: Path) -> list[Path]:
    """The annotation files of a gold folder (``DIR/gold/*.json`` or ``DIR/*.json``)."""
    if not gold.is_dir():
        raise InputError(f"--gold {gold}: not a directory")
    folder = gold / "gold" if (gold / "gold").is_dir() else gold
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"--gold {gold}: no annotation files (*.json) in {folder}")
    return files


def _strings(item: Any, name: str) -> list[str]:
    if isinstance(item, str):
        return [item]
    if isinstance(item, dict):
        return [item[k] for k in ("text", "source") if isinstance(item.get(k), str)]
    raise InputError(f"{name}: expected a string or an object, got {type(item).__name__}")


def load_gold(gold: Path, articles: Path | None = None) -> list[GoldArticle]:
    """Read every annotation of ``gold`` with its article text.

    ``articles``: the folder of ``<key>.txt`` files (default: ``gold/../articles``
    or ``DIR/articles``). Raises :class:`InputError` for a missing article or
    a file that is not an annotation; strings that are not in their article
    are kept and listed in ``problems``.
    """
    files = gold_files(gold)
    if articles is None:
        articles = gold / "articles" if (gold / "articles").is_dir() else files[0].parent.parent / "articles"
    out: list[GoldArticle] = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{f}: not a readable JSON annotation ({exc})") from exc
        if not isinstance(data, dict):
            raise InputError(f"{f}: an annotation is a JSON object")
        key = data.get("key") or f.stem
        path = articles / f"{key}.txt"
        if not path.is_file():
            raise InputError(f"{f}: its article {path} does not exist (use --articles DIR)")
        text = path.read_text(encoding="utf-8")
        art = GoldArticle(key=key, path=path, text=text, genre=data.get("genre"), perspective=data.get("perspective"))
        for name in _LIST_FIELDS:
            items = data.get(name) or []
            if not isinstance(items, list):
                raise InputError(f"{f}: {name!r} must be a list")
            setattr(art, name, items)
            for item in items:
                for s in _strings(item, f"{f}: {name}"):
                    if s not in text:
                        art.problems.append(f"{name}: {s!r} is not in the article")
        out.append(art)
    return out
