"""Shared fixtures: paths to the repository and ../shared, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder with the real articles; tests skip without it."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"{SHARED} is absent: the real articles and gold files live there (see README)")
    return SHARED


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
            env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run ``python -m defcoop ARGS`` in a subprocess, as a user would."""
    full_env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **(env or {})}
    full_env.pop("DEFCOOP_DB", None) if env is None or "DEFCOOP_DB" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "defcoop", *args], cwd=cwd, input=stdin.decode("utf-8", "replace")
        if stdin is not None else None, capture_output=True, text=True, env=full_env, timeout=timeout,
    )
