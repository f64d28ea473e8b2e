"""Layered configuration: defaults, user file, environment, flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.config import DEFAULT_DB, load_settings
from defcoop.errors import ConfigError


def test_defaults_without_any_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = load_settings(env={})
    assert settings.db == DEFAULT_DB and settings.batch_size == 25


def test_layers_override_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "defcoop.toml").write_text('db = "sqlite:///file.db"\nbatch_size = 7\nmin_confidence = 0.2\n')
    from_file = load_settings(env={})
    assert (from_file.db, from_file.batch_size, from_file.min_confidence) == ("sqlite:///file.db", 7, 0.2)
    from_env = load_settings(env={"DEFCOOP_DB": "sqlite:///env.db"})
    assert from_env.db == "sqlite:///env.db" and from_env.batch_size == 7
    from_flag = load_settings({"db": "sqlite:///flag.db", "batch_size": None}, env={"DEFCOOP_DB": "x"})
    assert from_flag.db == "sqlite:///flag.db" and from_flag.batch_size == 7


def test_bad_values_name_their_origin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "defcoop.toml").write_text("batch_size = 0\n")
    with pytest.raises(ConfigError, match=r"defcoop.toml: invalid value for 'batch_size'"):
        load_settings(env={})
    (tmp_path / "defcoop.toml").write_text("colour = 'red'\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings(env={})
    (tmp_path / "defcoop.toml").write_text("db = [unclosed\n")
    with pytest.raises(ConfigError, match="not a readable TOML file"):
        load_settings(env={})


def test_lexicons_from_environment_are_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={"DEFCOOP_LEXICONS": "/a/x.tsv:/b/y.tsv"})
    assert settings.lexicons == ("/a/x.tsv", "/b/y.tsv")
