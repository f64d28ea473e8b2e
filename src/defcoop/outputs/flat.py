"""One flat row per merged event: the columns shared by the CSV and Parquet exports."""

from __future__ import annotations

from typing import Any

from defcoop.outputs.dataset import AnalystEvent

#: Columns whose values are lists (joined by ``|`` in CSV, list columns in Parquet).
LIST_COLUMNS: tuple[str, ...] = (
    "codes", "party_names", "party_kinds", "areas", "systems", "doc_ids", "outlets", "urls", "evidence",
)

COLUMNS: tuple[str, ...] = (
    "event_id", "date", "event_date", "date_text", "year", "type", "stage", "codes", "party_names",
    "party_kinds", "direction_from", "direction_to", "areas", "systems", "confidence", "cameo", "story_id",
    "n_documents", "n_outlets", "doc_ids", "outlets", "urls", "evidence",
)


def flat_record(item: AnalystEvent) -> dict[str, Any]:
    """The event as a flat mapping of :data:`COLUMNS` (list columns hold Python lists)."""
    event = item.event
    sources = item.sources
    direction = event.direction
    when = item.when
    outlets = item.outlets
    return {
        "event_id": item.event_id,
        "date": when,
        "event_date": event.date,
        "date_text": event.date_text,
        "year": int(when[:4]) if when and when[:4].isdigit() else None,
        "type": event.type,
        "stage": event.stage,
        "codes": event.codes,
        "party_names": [p.name for p in event.parties],
        "party_kinds": [p.kind for p in event.parties],
        "direction_from": direction[0] if direction else None,
        "direction_to": direction[1] if direction else None,
        "areas": list(event.areas),
        "systems": list(event.systems),
        "confidence": round(event.confidence, 3),
        "cameo": event.cameo,
        "story_id": sources[0].story_id if sources else None,
        "n_documents": len(sources),
        "n_outlets": len(outlets),
        "doc_ids": [s.doc_id for s in sources],
        "outlets": outlets,
        "urls": [s.url or s.source for s in sources],
        "evidence": [" ".join(e.text.split()) for e in event.evidence],
    }
