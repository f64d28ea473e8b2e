"""The exchange format of the ontology spec: ``documents.jsonl`` and ``events.jsonl``.

Events of one story that report the same thing are merged into one record with
every document in ``doc_ids`` and every outlet's sentence in ``evidence``
(see :func:`defcoop.stages.cluster.merge_story_events`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from defcoop.db.queries import EventFilter, StoredEvent, iter_documents, iter_events
from defcoop.errors import OutputError
from defcoop.records import Event
from defcoop.stages.cluster import merge_story_events


def document_record(doc: Any) -> dict[str, Any]:
    """One line of ``documents.jsonl`` for a stored document row."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "published": doc.published,
        "story_id": doc.story_id,
        "duplicate_of": doc.duplicate_of,
        "url": doc.url,
        "site": doc.site,
        "language": doc.language,
    }


def event_record(event: Event, event_id: str) -> dict[str, Any]:
    """One line of ``events.jsonl`` for an event."""
    return {
        "event_id": event_id,
        "type": event.type,
        "stage": event.stage,
        "parties": [{"name": p.name, "kind": p.kind, "code": p.code} for p in event.parties],
        "codes": event.codes,
        "direction": {"from": event.direction[0], "to": event.direction[1]} if event.direction else None,
        "areas": list(event.areas),
        "systems": list(event.systems),
        "date": event.date,
        "date_text": event.date_text,
        "doc_ids": list(event.doc_ids),
        "evidence": [{"doc_id": e.doc_id, "start": e.start, "end": e.end, "text": e.text} for e in event.evidence],
        "confidence": round(event.confidence, 3),
        "cameo": event.cameo,
    }


def merged_events(stored: Iterable[StoredEvent]) -> list[Event]:
    """Merge the stored per-document events across the documents of each story."""
    items = list(stored)
    story_of = {s.doc_id: s.story_id or s.doc_id for s in items}
    site_of = {s.doc_id: outlet_of(s.site, s.url) for s in items}
    return merge_story_events([s.event for s in items], story_of, site_of)


def outlet_of(site: str | None, url: str | None) -> str | None:
    """The outlet of a document: its site name, else the host of its URL (copies on one site count once)."""
    if site:
        return site.strip().lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def iter_event_records(session: Session, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """The ``events.jsonl`` records for the events that pass ``filters``."""
    for number, event in enumerate(merged_events(iter_events(session, filters)), 1):
        yield event_record(event, f"e{number}")


def _write_lines(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_jsonl(session: Session, out_dir: Path, filters: EventFilter | None = None) -> dict[str, int]:
    """Write ``documents.jsonl`` and ``events.jsonl`` to ``out_dir``; return line counts."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        docs = _write_lines(out_dir / "documents.jsonl", (document_record(d) for d in iter_documents(session)))
        events = _write_lines(out_dir / "events.jsonl", iter_event_records(session, filters))
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the export ({exc.strerror or exc})") from None
    return {"documents.jsonl": docs, "events.jsonl": events}


def dump_events(records: Iterable[dict[str, Any]], handle: IO[str]) -> None:
    """Write event records as JSON Lines to an open text handle (e.g. stdout)."""
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
