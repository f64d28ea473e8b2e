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


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _postgres_bin(name: str) -> str | None:
    import glob
    import shutil

    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@pytest.fixture(scope="session")
def postgres_url() -> object:
    """A real PostgreSQL server on 127.0.0.1, started for the test session and stopped after."""
    import shutil
    import tempfile
    import time

    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries are not installed (scripts/test.sh installs Debian's postgresql)")
    base = Path(tempfile.mkdtemp(prefix="defcoop-pg-"))  # outside pytest's root-only tmp folders
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use its own system user
        runuser = shutil.which("runuser")
        if not runuser:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        base.chmod(0o755)
        prefix = [runuser, "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60", "-o",
                    f"-p {port} -k {sock} -h 127.0.0.1 -F", "start"], check=True, capture_output=True, timeout=90)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    try:
        import psycopg

        for _ in range(50):
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres").close()
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True,
                       timeout=60)
        shutil.rmtree(base, ignore_errors=True)
