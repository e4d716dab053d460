"""Console entry point: ``quellenkritik`` / ``qk``."""

from __future__ import annotations

import importlib

from .app import app

# Each module registers its commands on ``app`` when imported.
_COMMAND_MODULES = ("analyze", "store_cmds", "info", "entity_cmds", "eval_cmds", "train_cmds", "kb_cmds", "export_cmds")


def _load() -> None:
    for name in _COMMAND_MODULES:
        try:
            importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:  # a command group not built yet
            if exc.name != f"{__package__}.{name}":
                raise


def main() -> None:
    _load()
    app()


if __name__ == "__main__":
    main()
