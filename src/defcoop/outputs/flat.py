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


def flat_values(item: AnalystEvent) -> tuple[Any, ...]:
    """The values of :data:`COLUMNS` for one event, in order (list columns hold Python lists)."""
    event = item.event
    sources = item.sources
    direction = event.direction
    when = item.when
    outlets = item.outlets
    parties = event.parties
    return (
        item.event_id, when, event.date, event.date_text,
        int(when[:4]) if when and when[:4].isdigit() else None,
        event.type, event.stage, event.codes, [p.name for p in parties], [p.kind for p in parties],
        direction[0] if direction else None, direction[1] if direction else None,
        list(event.areas), list(event.systems), round(event.confidence, 3), event.cameo,
        sources[0].story_id if sources else None, len(sources), len(outlets),
        [s.doc_id for s in sources], outlets, [s.url or s.source for s in sources],
        [" ".join(e.text.split()) for e in event.evidence],
    )


def flat_record(item: AnalystEvent) -> dict[str, Any]:
    """The event as a flat mapping of :data:`COLUMNS` (list columns hold Python lists)."""
    return dict(zip(COLUMNS, flat_values(item), strict=True))
