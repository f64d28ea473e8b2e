"""The HTML report in a real browser: headless Chromium renders it offline, runs its
script without console errors, and shows every section. A screenshot is kept under
test-artifacts/ for a human to look at."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from tests.conftest import REPO, run_cli
from tests.synthetic_corpus import build_database

CHROMIUM = Path("/usr/bin/chromium")
SECTIONS = ("summary", "network", "areas", "partners", "timeline", "events")

pytestmark = pytest.mark.browser


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium; CI installs it)")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
               "--enable-logging=stderr", "--v=0", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    db = f"sqlite:///{folder / 'defcoop.db'}"
    build_database(db, stories=60, seed=3).close()
    out = folder / "report.html"
    result = run_cli("report", "--code", "JPN", "--db", db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def _console_errors(stderr: str) -> list[str]:
    """Console lines of the page: the report logs nothing, so any line is a problem."""
    return [line for line in stderr.splitlines() if "Uncaught" in line or re.search(r"CONSOLE[(:]\d+", line)]


def test_console_lines_are_detected() -> None:
    stderr = ('[1:1:1121/1:INFO:CONSOLE:1] "Uncaught ReferenceError: foo is not defined", source: file:///r.html (1)\n'
              "[1:1:1121/1:ERROR:dbus/bus.cc:405] Failed to connect to the bus\n")
    assert len(_console_errors(stderr)) == 1


def test_report_renders_with_every_section_and_runs_its_script(report: Path, tmp_path: Path) -> None:
    result = _chromium(tmp_path, "--dump-dom", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    for section in SECTIONS:
        assert f'<section id="{section}">' in dom
    rows = dom.count('<tr data-type="')
    assert rows > 0
    assert re.search(rf'<span id="event-count"[^>]*>{rows} of {rows} events shown</span>', dom), \
        "the inline filter script did not run"
    assert not _console_errors(result.stderr), _console_errors(result.stderr)


def test_screenshot(report: Path, tmp_path: Path) -> None:
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "report.png"
    shot.unlink(missing_ok=True)
    result = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,3000", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert not _console_errors(result.stderr), _console_errors(result.stderr)
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1400, 3000)
        colors = image.convert("RGB").resize((140, 300)).getcolors(maxcolors=100_000)
    assert colors is not None and len(colors) > 50, "the screenshot looks blank"
