"""Benchmark: the analyst outputs on a large database.

Builds a database of about ``--events`` stored events (synthetic stories of one
to three outlets, bulk-inserted with SQL), then times the library calls behind
``partners``, ``timeline``, each ``export --format`` and ``report``. Each runs
in a child process of its own, as a command would (the names of actors, which
every process loads once, are timed apart), and prints its wall and CPU
seconds and its peak RSS. Usage:

    .venv/bin/python benchmarks/bench_outputs.py [--events 100000] [--db PATH]

With ``--db PATH`` an existing file is reused (delete it to rebuild).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.synthetic_corpus import generate  # noqa: E402

from defcoop.db.models import (  # noqa: E402
    DocumentRow,
    EntityRow,
    EventAreaRow,
    EventPartyRow,
    EventRow,
    EventSystemRow,
    EvidenceRow,
    MentionRow,
)
from defcoop.db.queries import EventFilter, iter_events  # noqa: E402
from defcoop.outputs.dataset import code_name, load_events  # noqa: E402
from defcoop.outputs.exports import FORMATS, export  # noqa: E402
from defcoop.outputs.partners import partner_table  # noqa: E402
from defcoop.outputs.report import render_report  # noqa: E402
from defcoop.outputs.timeline import chronology, lifecycles  # noqa: E402
from defcoop.records import ProcessedDocument  # noqa: E402
from defcoop.stages.store import Store  # noqa: E402

TABLES = ("documents", "entities", "mentions", "events", "event_parties", "event_areas", "event_systems", "evidence")


def _rows(items: list[ProcessedDocument], next_id: int, entities: set[str]) -> tuple[dict[str, list[Any]], int]:
    rows: dict[str, list[Any]] = {name: [] for name in TABLES}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for item in items:
        doc = item.document
        rows["documents"].append(dict(
            doc_id=doc.doc_id, content_hash=doc.content_hash, source=doc.source, url=doc.url, title=doc.title,
            site=doc.site, author=None, published=doc.published.isoformat() if doc.published else None,
            language="en", raw_text=doc.raw_text, text=doc.text, captions="[]",
            story_id=item.cluster.story_id if item.cluster else None, duplicate_of=None, fingerprint=None,
            ingested_at=now))
        for m in item.mentions:
            if m.entity_id not in entities:
                entities.add(m.entity_id)
                rows["entities"].append(dict(entity_id=m.entity_id, canonical=m.canonical, kind=m.kind, code=m.code,
                                             aliases="[]"))
            rows["mentions"].append(dict(doc_id=doc.doc_id, entity_id=m.entity_id, start=m.start, end=m.end,
                                         surface=m.surface, code=m.code))
        for ev in item.events:
            rows["events"].append(dict(
                id=next_id, doc_id=doc.doc_id, type=ev.type, stage=ev.stage, codes=json.dumps(ev.codes),
                direction_from=ev.direction[0] if ev.direction else None,
                direction_to=ev.direction[1] if ev.direction else None, date=ev.date, date_text=ev.date_text,
                confidence=ev.confidence, cameo=ev.cameo, trigger=ev.trigger))
            rows["event_parties"] += [dict(event_id=next_id, name=p.name, kind=p.kind, code=p.code) for p in ev.parties]
            rows["event_areas"] += [dict(event_id=next_id, area=a) for a in ev.areas]
            rows["event_systems"] += [dict(event_id=next_id, name=s) for s in ev.systems]
            rows["evidence"] += [dict(event_id=next_id, doc_id=e.doc_id, start=e.start, end=e.end, text=e.text)
                                 for e in ev.evidence]
            next_id += 1
    return rows, next_id


MODELS = {"documents": DocumentRow, "entities": EntityRow, "mentions": MentionRow, "events": EventRow,
          "event_parties": EventPartyRow, "event_areas": EventAreaRow, "event_systems": EventSystemRow,
          "evidence": EvidenceRow}


def _batches(target: int, size: int = 2000) -> Iterator[list[ProcessedDocument]]:
    stories = int(target / 2.2) + 10
    batch: list[ProcessedDocument] = []
    for item in generate(stories=stories, seed=1):
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(store: Store, target: int) -> int:
    """Bulk-insert synthetic documents until about ``target`` events are stored."""
    next_id, entities, total = 1, set[str](), 0
    for batch in _batches(target):
        rows, next_id = _rows(batch, next_id, entities)
        with store.session() as session, session.begin():
            for name in TABLES:
                if rows[name]:
                    session.execute(insert(MODELS[name]), rows[name])
        total = next_id - 1
        if total >= target:
            break
    return total


def timed(label: str, action: Callable[[], object]) -> object:
    """Run ``action`` here; print wall and CPU seconds (CPU is steadier on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label:<34} {time.perf_counter() - start:7.2f} s wall {time.process_time() - cpu:7.2f} s cpu   {result}")
    return result


def forked(label: str, url: str, action: Callable[[Session], object]) -> None:
    """Run ``action`` in a child process with its own session, as a command would; print wall and CPU
    seconds of the action and the child's peak RSS (so each output shows its own memory)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report through the pipe, leave without cleanup handlers
        os.close(read_end)
        store = Store(url)
        with store.session() as session:
            start, cpu = time.perf_counter(), time.process_time()
            result = action(session)
            line = f"{time.perf_counter() - start:7.2f} s wall {time.process_time() - cpu:7.2f} s cpu"
        os.write(write_end, f"{line}|{result}".encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        report = pipe.read().decode()
    _pid, status, usage = os.wait4(pid, 0)
    if status or "|" not in report:
        raise SystemExit(f"{label}: the child failed (status {status})")
    line, result = report.split("|", 1)
    print(f"{label:<34} {line} {usage.ru_maxrss / 1024:6.0f} MB peak   {result}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--skip-orm", action="store_true", help="Do not time the ORM iter_events reference.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        store = Store(url)
        if not path.exists() or _count(store, EventRow) == 0:
            timed("build database (bulk insert)", lambda: f"{build(store, args.events)} events stored")
        print(f"database: {_count(store, EventRow)} stored events in {_count(store, DocumentRow)} documents "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        store.close()
        timed("names of actors (once per process)", lambda: code_name("JPN"))
        print(f"{'':<34} {'(each line below runs in its own process)':>36}")
        out = Path(tmp) / "out"
        focus = EventFilter(code="JPN")
        if not args.skip_orm:
            forked("iter_events (ORM, all)", url, lambda s: f"{sum(1 for _ in iter_events(s))} rows")
        forked("load_events (all, merged)", url, lambda s: f"{len(load_events(s))} merged events")
        forked("partners JPN (load + table)", url,
               lambda s: f"{len(partner_table(load_events(s, focus, with_evidence=False), 'JPN'))} partners")

        def _timeline(session: Session) -> str:
            events = load_events(session, focus)
            return f"{len(chronology(events))} entries, {len(lifecycles(events))} items"

        forked("timeline JPN (load + items)", url, _timeline)
        for fmt in FORMATS:
            forked(f"export --format {fmt}", url, lambda s, fmt=fmt: export(s, fmt, out / fmt))  # type: ignore[misc]
        forked("export --format csv --code JPN", url, lambda s: export(s, "csv", out / "jpn", focus))
        forked("report --code JPN", url, lambda s: f"{len(render_report(s, focus)[0]) / 1e6:.1f} MB of HTML")
        forked("report (all, 2000 rows)", url, lambda s: f"{len(render_report(s)[0]) / 1e6:.1f} MB of HTML")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def _count(store: Store, table: type[EventRow] | type[DocumentRow]) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


if __name__ == "__main__":
    main()
