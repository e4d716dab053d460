"""Shared fixtures. ``SHARED`` is ../shared beside the repo (examples and data);
tests that need it skip with a reason when it is absent (a user's clone)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = SHARED / "examples"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this clone)")
    return path


@pytest.fixture
def examples_dir() -> Path:
    return need_shared(EXAMPLES)
