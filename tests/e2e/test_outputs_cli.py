"""The analyst commands as a user runs them: partners, timeline, export --format, plot,
report, datasette-metadata; the JSON Lines export scored by the shared scorer; and the
database served by a real Datasette on loopback."""

from __future__ import annotations

import csv
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path, PurePosixPath

import pytest
from tests.conftest import run_cli
from tests.synthetic_corpus import build_database

from defcoop.db.queries import iter_documents, iter_events
from defcoop.outputs.exports import FILE_NAMES, FORMATS
from defcoop.stages.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "defcoop.db"
    url = f"sqlite:///{path}"
    build_database(url, stories=70, seed=5).close()
    return url


def test_partners(db: str) -> None:
    result = run_cli("partners", "jpn", "--db", db, "--since", "2020")
    assert result.returncode == 0, result.stderr
    assert "Defense partners of Japan (JPN)" in result.stdout
    assert "United States (USA)" in result.stdout
    clash = run_cli("partners", "JPN", "--code", "USA", "--db", db)
    assert clash.returncode == 2 and "give one of them" in clash.stderr


def test_timeline(db: str) -> None:
    result = run_cli("timeline", "POL", "--partner", "KOR", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Timeline of Poland (POL)" in result.stdout
    assert "K2 tank" in result.stdout and "Lifecycle of recurring items" in result.stdout
    assert "DISCUSSION → AGREED" in result.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_every_format(db: str, tmp_path: Path, fmt: str) -> None:
    result = run_cli("export", "--format", fmt, "--db", db, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = ["documents.jsonl", "events.jsonl"] if fmt == "jsonl" else [FILE_NAMES[fmt]]
    for name in names:
        assert (tmp_path / name).stat().st_size > 0
        assert f"wrote {tmp_path / name}" in result.stdout


def test_export_filters_and_bad_format(db: str, tmp_path: Path) -> None:
    result = run_cli("export", "--format", "csv", "--code", "IND", "--type", "ARMS_TRANSFER", "--db", db,
                     "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["type"] == "ARMS_TRANSFER" and "IND" in r["codes"].split(" | ") for r in rows)
    bad = run_cli("export", "--format", "xlsx", "--db", db, "--out", str(tmp_path))
    assert bad.returncode == 2 and "xlsx" in bad.stderr


@pytest.mark.parametrize(("kind", "suffix"), [("network", ".png"), ("areas", ".svg"), ("timeline", ".png")])
def test_plot(db: str, tmp_path: Path, kind: str, suffix: str) -> None:
    out = tmp_path / f"{kind}{suffix}"
    result = run_cli("plot", kind, "--code", "JPN", "--db", db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    head = out.read_bytes()[:16]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<?xml" in head
    wrong = run_cli("plot", kind, "--db", db, "--out", str(tmp_path / "x.gif"))
    assert wrong.returncode == 1 and ".png or .svg" in wrong.stderr


def test_report(db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_cli("report", "--code", "KOR", "--db", db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "Defense cooperation of South Korea" in page and 'id="events"' in page


def _stem(source: str) -> str:
    name = PurePosixPath(source).name
    return name.split(".")[0] if "." in name else name


def _gold_from_db(db: str, path: Path) -> None:
    """One gold line per stored document, holding the events stored for it."""
    store = Store(db)
    with store.session() as session:
        per_doc: dict[str, list[dict[str, object]]] = {}
        for stored in iter_events(session):
            ev = stored.event
            per_doc.setdefault(stored.doc_id, []).append({
                "codes": ev.codes, "type": ev.type, "stage": ev.stage, "areas": ev.areas,
                "direction": {"from": ev.direction[0], "to": ev.direction[1]} if ev.direction else None})
        lines = [json.dumps({"doc": _stem(doc.source), "story": doc.story_id, "events": per_doc.get(doc.doc_id, [])})
                 for doc in iter_documents(session)]
    store.close()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _score(score_py: Path, gold: Path, pred: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, str(score_py), "--gold", str(gold), "--pred", str(pred), "--json"],
                            capture_output=True, text=True, check=True, timeout=120)
    scores: dict[str, object] = json.loads(result.stdout)
    return scores


def test_jsonl_scores_perfectly_against_the_database_and_survives_a_round_trip(
        db: str, tmp_path: Path, shared_dir: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    _gold_from_db(db, gold)
    out = tmp_path / "export"
    assert run_cli("export", "--db", db, "--out", str(out)).returncode == 0
    scores = _score(shared_dir / "eval" / "score.py", gold, out)
    for key in ("pair+type", "pair+type+area", "pair+type+stage"):
        assert scores[key]["f1"] == 1.0, (key, scores[key])  # type: ignore[index]
    again = tmp_path / "again"
    again.mkdir()
    for name in ("documents.jsonl", "events.jsonl"):
        records = [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]
        (again / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert _score(shared_dir / "eval" / "score.py", gold, again) == scores


def test_datasette_metadata_command(tmp_path: Path) -> None:
    result = run_cli("datasette-metadata")
    assert result.returncode == 0 and Path(result.stdout.strip()).is_file()
    out = tmp_path / "meta.yml"
    assert run_cli("datasette-metadata", "--database", "news", "--out", str(out)).returncode == 0
    assert "  news:" in out.read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get_json(url: str, attempts: int = 100) -> object:
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # loopback only
                return json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}")


def test_datasette_serves_the_views(db: str, tmp_path: Path) -> None:
    datasette = shutil.which("datasette") or str(Path(sys.executable).with_name("datasette"))
    if not Path(datasette).exists():
        pytest.skip("datasette is not installed (it is a test dependency: pip install datasette)")
    copy = tmp_path / "defcoop.db"
    shutil.copy(db.removeprefix("sqlite:///"), copy)
    metadata = run_cli("datasette-metadata").stdout.strip()
    port = _free_port()
    server = subprocess.Popen([datasette, "serve", str(copy), "--metadata", metadata, "--host", "127.0.0.1",
                               "--port", str(port), "--immutable", str(copy)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        rows = _get_json(f"{base}/defcoop/event_view.json?_shape=array&type=ARMS_TRANSFER&_size=max")
        assert isinstance(rows, list) and rows
        assert all(r["type"] == "ARMS_TRANSFER" and r["evidence"] and r["codes"] for r in rows)
        dyads = _get_json(f"{base}/defcoop/dyad_view.json?_shape=array&_size=5")
        assert isinstance(dyads, list) and {"code_a", "code_b", "year", "events"} <= set(dyads[0])
        meta = _get_json(f"{base}/-/metadata.json")
        assert isinstance(meta, dict) and "event_view" in meta["databases"]["defcoop"]["tables"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
