"""Settings: defaults < user file (TOML) < environment < command-line flags.

The user file is ``$QK_CONFIG`` if set, else ``config.toml`` in the per-user
config directory (``quellenkritik paths`` prints it). Environment variables
are ``QK_<SECTION>__<KEY>``, e.g. ``QK_FETCH__ALLOW_PRIVATE=1`` or
``QK_STORE__PATH=/data/qk.sqlite``. Every value is validated; an unknown key
is an error, not silently ignored.

Example file::

    [pipeline]
    disable = ["repeats"]              # drop a component
    replace = { sentences = "my.senter" }  # swap one in by name

    [components.language]
    min_chars = 30

    [fetch]
    timeout_read = 20
    allow_private = false

    [store]
    path = "~/corpora/qk.sqlite"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .pipeline import DEFAULT_COMPONENTS

__all__ = ["Settings", "PipelineSettings", "FetchSettings", "StoreSettings", "load_settings", "config_path", "default_db_path"]

APP = "quellenkritik"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PipelineSettings(_Section):
    components: list[str] | None = Field(default=None, description="the full list, in order; default: the built-in pipeline")
    disable: list[str] = Field(default_factory=list)
    replace: dict[str, str] = Field(default_factory=dict, description="component name -> replacement name")
    enable: list[str] = Field(
        default_factory=list,
        description="optional components appended to the pipeline, e.g. rhetoric.stance, rhetoric.subjectivity",
    )

    def resolved_components(self) -> list[str]:
        names = list(self.components) if self.components is not None else list(DEFAULT_COMPONENTS)
        names += [n for n in self.enable if n not in names]
        unknown = [d for d in self.disable if d not in names]
        if unknown:
            raise ConfigError(f"pipeline.disable names components not in the pipeline: {unknown}")
        names = [n for n in names if n not in self.disable]
        return [self.replace.get(n, n) for n in names]


class FetchSettings(_Section):
    timeout_connect: float = Field(default=10.0, gt=0)
    timeout_read: float = Field(default=30.0, gt=0)
    max_bytes: int = Field(default=10_000_000, gt=0)
    allow_private: bool = Field(default=False, description="allow loopback, private and link-local addresses")
    user_agent: str = "quellenkritik/0.1 (+evidence records for fact-checkers)"


class StoreSettings(_Section):
    path: Path | None = Field(default=None, description="SQLite file; default: per-user data dir")


class Settings(_Section):
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)
    components: dict[str, dict[str, Any]] = Field(default_factory=dict)
    fetch: FetchSettings = Field(default_factory=FetchSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)


def config_path() -> Path:
    env = os.environ.get("QK_CONFIG")
    return Path(env).expanduser() if env else Path(user_config_dir(APP)) / "config.toml"


def default_db_path() -> Path:
    return Path(user_data_dir(APP)) / "quellenkritik.sqlite"


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in environ.items():
        if not key.startswith("QK_") or "__" not in key:
            continue
        path = key[3:].lower().split("__")
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return out


def load_settings(
    path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Build settings from defaults, a TOML file, the environment and ``overrides``."""
    data: dict[str, Any] = {}
    file = Path(path).expanduser() if path else config_path()
    if path and not file.exists():
        raise ConfigError(f"{file}: settings file not found")
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
    data = _merge(data, _env_overrides(dict(os.environ if environ is None else environ)))
    data = _merge(data, overrides or {})
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings ({file if file.exists() else 'defaults'}): {exc}") from exc
