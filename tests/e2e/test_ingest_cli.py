"""The main job end to end through the CLI: ingest, re-ingest, resume, export, events."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import run_cli

ARTICLE = """{title}

{a} and {b} held their first defence policy dialogue in {city} on Tuesday, officials said.
The two countries agreed to start joint naval exercises next year and to exchange military officers.
"""

PAIRS = [("Vietnam", "Japan", "Hanoi"), ("Kenya", "Ethiopia", "Nairobi"), ("Chile", "Brazil", "Santiago"),
         ("Poland", "Romania", "Warsaw"), ("Egypt", "Greece", "Cairo"), ("Indonesia", "Australia", "Jakarta")]


def _corpus(folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        for a, b, city in PAIRS:
            text = ARTICLE.format(title=f"{a} and {b} talk defence ({n})", a=a, b=b, city=city)
            (folder / f"{a.lower()}-{b.lower()}-{n}.txt").write_text(text, encoding="utf-8")
    return folder


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"select count(*) from {table}").fetchone()[0])


def test_ingest_then_reingest_is_a_no_op(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    db = tmp_path / "x.db"
    first = run_cli("ingest", str(corpus), "--db", f"sqlite:///{db}")
    assert first.returncode == 0, first.stderr
    assert f"documents: {len(PAIRS)} new, 0 already stored, 0 failed" in first.stdout
    events = _count(db, "events")
    assert events >= len(PAIRS)
    again = run_cli("ingest", str(corpus), "--db", f"sqlite:///{db}")
    assert again.returncode == 0
    assert f"documents: 0 new, {len(PAIRS)} already stored, 0 failed" in again.stdout
    assert _count(db, "events") == events and _count(db, "documents") == len(PAIRS)


def test_stdin_and_environment_database(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    text = ARTICLE.format(title="Ghana and Togo", a="Ghana", b="Togo", city="Accra").encode()
    result = run_cli("ingest", "-", stdin=text, env={"DEFCOOP_DB": f"sqlite:///{db}"})
    assert result.returncode == 0, result.stderr
    assert _count(db, "documents") == 1


def test_export_matches_the_spec_shape(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("ingest", str(corpus), "--db", db).returncode == 0
    out = tmp_path / "out"
    result = run_cli("export", "--db", db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert len(documents) == len(PAIRS)
    assert {"doc_id", "source", "title", "published", "story_id", "duplicate_of"} <= set(documents[0])
    assert events
    doc_text = {d["doc_id"]: d for d in documents}
    for event in events:
        assert {"event_id", "type", "stage", "parties", "codes", "direction", "areas", "systems", "date",
                "date_text", "doc_ids", "evidence", "confidence"} <= set(event)
        assert event["codes"] == sorted(set(event["codes"])) and len(event["codes"]) >= 2
        assert all(d in doc_text for d in event["doc_ids"])
        for ev in event["evidence"]:
            assert ev["end"] > ev["start"] and ev["text"]


def test_events_table_filters(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("ingest", str(corpus), "--db", db).returncode == 0
    result = run_cli("events", "--db", db, "--code", "KEN", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("KEN" in r["codes"] for r in rows)
    table = run_cli("events", "--db", db, "--code", "VNM")
    assert "Vietnam" in table.stdout or "VNM" in table.stdout
    bad = run_cli("events", "--db", db, "--since", "last week")
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_interrupted_ingest_resumes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", copies=40)
    total = len(list(corpus.iterdir()))
    db = tmp_path / "x.db"
    proc = subprocess.Popen([sys.executable, "-m", "defcoop", "ingest", str(corpus), "--db", f"sqlite:///{db}",
                             "--batch-size", "5", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                if _count(db, "documents") >= 10:
                    break
            except sqlite3.OperationalError:
                continue
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    stored = _count(db, "documents")
    assert stored % 5 == 0 or stored == total  # whole batches only
    resumed = run_cli("ingest", str(corpus), "--db", f"sqlite:///{db}", "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{total - stored} new, {stored} already stored" in resumed.stdout
    assert _count(db, "documents") == total


def test_wire_copy_on_another_site_is_kept_as_a_duplicate(tmp_path: Path) -> None:
    text = ARTICLE.format(title="Peru and Chile talk defence", a="Peru", b="Chile", city="Lima")
    dump = tmp_path / "wire.jsonl"
    dump.write_text("\n".join(json.dumps({"text": text, "url": f"https://{site}/story"})
                              for site in ("one.example", "two.example")) + "\n")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    first = run_cli("ingest", str(dump), "--db", db)
    assert "documents: 2 new" in first.stdout, first.stdout + first.stderr
    assert "documents: 0 new, 2 already stored" in run_cli("ingest", str(dump), "--db", db).stdout
    out = tmp_path / "out"
    assert run_cli("export", "--db", db, "--out", str(out)).returncode == 0
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    original, copy = docs
    assert original["duplicate_of"] is None and copy["duplicate_of"] == original["doc_id"]
    assert original["story_id"] == copy["story_id"]
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert events and all(sorted(e["doc_ids"]) == sorted(d["doc_id"] for d in docs) for e in events)
