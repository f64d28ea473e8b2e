"""Layered configuration: package defaults, a user file, environment, flags.

Later layers override earlier ones:

1. the defaults in :class:`Settings`;
2. a TOML file: ``$DEFCOOP_CONFIG`` if set, else ``./defcoop.toml`` if present,
   else ``~/.config/defcoop/config.toml`` if present;
3. environment variables ``DEFCOOP_DB``, ``DEFCOOP_LEXICONS`` (``os.pathsep``
   separated), ``DEFCOOP_BATCH_SIZE``, ``DEFCOOP_MIN_CONFIDENCE``;
4. command-line flags, passed to :func:`load_settings` as ``overrides``.

A user file looks like::

    db = "sqlite:///analysis.db"
    lexicons = ["~/defcoop/my_companies.tsv"]
    batch_size = 50
    min_confidence = 0.3
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from defcoop.errors import ConfigError

DEFAULT_DB = "sqlite:///defcoop.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of a defcoop run, with its default."""

    db: str = DEFAULT_DB
    lexicons: tuple[str, ...] = field(default_factory=tuple)
    batch_size: int = 25
    min_confidence: float = 0.0
    near_duplicate_threshold: float = 0.8
    story_window_days: int = 21


def _user_config_path(env: Mapping[str, str]) -> Path | None:
    explicit = env.get("DEFCOOP_CONFIG")
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"DEFCOOP_CONFIG={explicit}: no such file")
        return path
    for candidate in (Path("defcoop.toml"), Path.home() / ".config" / "defcoop" / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def _coerce(name: str, value: Any, origin: str) -> Any:
    """Convert a raw value to the type of the ``Settings`` field ``name``."""
    try:
        if name == "lexicons":
            if isinstance(value, str):
                parts = [p for p in value.split(os.pathsep) if p]
            elif isinstance(value, list | tuple):
                parts = [str(p) for p in value]
            else:
                raise TypeError("expected a list of paths")
            return tuple(str(Path(p).expanduser()) for p in parts)
        if name in {"batch_size", "story_window_days"}:
            number = int(value)
            if number < 1:
                raise ValueError("must be at least 1")
            return number
        if name in {"min_confidence", "near_duplicate_threshold"}:
            fraction = float(value)
            if not 0.0 <= fraction <= 1.0:
                raise ValueError("must be between 0 and 1")
            return fraction
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: invalid value for {name!r}: {value!r} ({exc})") from None


def _apply(settings: Settings, values: Mapping[str, Any], origin: str) -> Settings:
    known = {f.name for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        if key not in known:
            raise ConfigError(f"{origin}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        changes[key] = _coerce(key, value, origin)
    return replace(settings, **changes)


def load_settings(
    overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Build the settings from all four layers; ``None`` overrides are ignored."""
    environ = os.environ if env is None else env
    settings = Settings()
    path = _user_config_path(environ)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: not a readable TOML file ({exc})") from None
        settings = _apply(settings, data, str(path))
    env_values = {
        "db": environ.get("DEFCOOP_DB"),
        "lexicons": environ.get("DEFCOOP_LEXICONS"),
        "batch_size": environ.get("DEFCOOP_BATCH_SIZE"),
        "min_confidence": environ.get("DEFCOOP_MIN_CONFIDENCE"),
    }
    settings = _apply(settings, env_values, "environment")
    if overrides:
        settings = _apply(settings, overrides, "command line")
    return settings
