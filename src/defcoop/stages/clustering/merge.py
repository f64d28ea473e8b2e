"""Merging the events that the documents of one story report alike.

Two events merge only when they carry exactly the same key: story, type,
codes, direction, stage and areas. Events that differ in stage or areas stay
apart, so no document is credited with an event key it did not state. A
merged event lists every document and every outlet's evidence; its confidence
rises with the number of distinct outlets (sites) that report it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from defcoop.records import Event

#: Each further independent outlet removes this share of the remaining doubt.
CORROBORATION_GAIN = 0.3
MAX_CONFIDENCE = 0.99

EventKey = tuple[str, str, tuple[str, ...], tuple[str, str] | None, str, tuple[str, ...]]


def event_key(event: Event, story: str) -> EventKey:
    """The key under which events of one story merge."""
    areas = tuple(sorted(set(event.areas)))
    return (story, event.type, tuple(event.codes), event.direction, event.stage, areas)


def _story(event: Event, story_of: Mapping[str, str]) -> str:
    doc_ids = event.doc_ids or sorted({e.doc_id for e in event.evidence})
    first = doc_ids[0] if doc_ids else ""
    return story_of.get(first, f"doc:{first}")


def _date_precision(value: str | None) -> int:
    return len(value) if value else 0


def corroborated_confidence(confidence: float, outlets: int) -> float:
    """``confidence`` raised for ``outlets`` independent reports (one outlet leaves it unchanged)."""
    if outlets <= 1:
        return confidence
    doubt = (1.0 - confidence) * (1.0 - CORROBORATION_GAIN) ** (outlets - 1)
    return round(min(MAX_CONFIDENCE, 1.0 - doubt), 4)


def merge_story_events(
    events: Sequence[Event],
    story_of: Mapping[str, str],
    site_of: Mapping[str, str | None] | None = None,
) -> list[Event]:
    """Merge the events of each story that report the same event; keep the rest as they are.

    ``story_of`` maps doc_id -> story_id (a document without a story is its own
    story). ``site_of`` optionally maps doc_id -> site, so that copies on one
    site count as one outlet; without it every document is an outlet. The
    input events are not changed; the output keeps the order of first
    appearance.
    """
    groups: dict[EventKey, list[Event]] = {}
    for event in events:
        groups.setdefault(event_key(event, _story(event, story_of)), []).append(event)
    return [_merge(group, site_of) for group in groups.values()]


def _merge(group: list[Event], site_of: Mapping[str, str | None] | None) -> Event:
    first = group[0]
    doc_ids: list[str] = []
    for event in group:
        for doc_id in event.doc_ids or [e.doc_id for e in event.evidence]:
            if doc_id not in doc_ids:
                doc_ids.append(doc_id)
    if len(group) == 1:
        return replace(first, doc_ids=doc_ids, evidence=list(first.evidence), parties=list(first.parties))
    evidence = []
    seen_spans: set[tuple[str, int, int]] = set()
    for event in group:
        for span in event.evidence:
            if (span.doc_id, span.start, span.end) not in seen_spans:
                seen_spans.add((span.doc_id, span.start, span.end))
                evidence.append(span)
    systems: list[str] = []
    for event in group:
        systems.extend(s for s in event.systems if s not in systems)
    dated = max(group, key=lambda e: _date_precision(e.date))
    outlets = {(site_of or {}).get(doc_id) or f"doc:{doc_id}" for doc_id in doc_ids}
    confidence = corroborated_confidence(max(e.confidence for e in group), len(outlets))
    return replace(
        first,
        parties=list(first.parties),
        evidence=evidence,
        systems=systems,
        date=dated.date,
        date_text=dated.date_text,
        confidence=confidence,
        doc_ids=doc_ids,
        cameo=first.cameo or next((e.cameo for e in group if e.cameo), None),
        trigger=first.trigger or next((e.trigger for e in group if e.trigger), None),
    )
