import pytest

from quellenkritik.config import load_settings
from quellenkritik.errors import ConfigError


def test_defaults_file_env_and_overrides_are_layered(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[fetch]\ntimeout_read = 5\nmax_bytes = 1000\n", encoding="utf-8")
    s = load_settings(cfg, environ={"QK_FETCH__MAX_BYTES": "2000", "QK_FETCH__ALLOW_PRIVATE": "true"},
                      overrides={"fetch": {"timeout_read": 7}})
    assert s.fetch.timeout_connect == 10.0  # default
    assert s.fetch.max_bytes == 2000  # env beats file
    assert s.fetch.allow_private is True
    assert s.fetch.timeout_read == 7  # flags beat everything


def test_unknown_keys_and_bad_values_are_errors(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[fetch]\ntimeout_raed = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="timeout_raed"):
        load_settings(cfg, environ={})
    cfg.write_text("[fetch]\nmax_bytes = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="max_bytes"):
        load_settings(cfg, environ={})


def test_broken_toml_and_missing_file_are_clear_errors(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[fetch\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg, environ={})
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_disabling_a_component_not_in_the_pipeline_is_an_error():
    s = load_settings(None, environ={"QK_CONFIG": "/nonexistent"}, overrides={"pipeline": {"disable": ["nope"]}})
    with pytest.raises(ConfigError, match="nope"):
        s.pipeline.resolved_components()
