"""Merging the events that the documents of one story report alike.

Two events merge only when they carry exactly the same key: story, type,
codes, direction, stage and areas. Events that differ in stage or areas stay
apart, so no document is credited with an event key it did not state. A
merged event lists every document and every outlet's evidence; its confidence
rises with the number of distinct outlets (sites) that report it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
        key = event_key(event, _story(event, story_of))
        group = groups.get(key)
        if group is None:
            groups[key] = [event]
        else:
            group.append(event)
    return [merge_group(group, site_of) for group in groups.values()]


def _doc_ids(group: Sequence[Event]) -> list[str]:
    """The documents of a group, in order of first appearance (evidence documents when none are listed)."""
    ids: dict[str, None] = {}
    for event in group:
        for doc_id in event.doc_ids or [e.doc_id for e in event.evidence]:
            ids[doc_id] = None
    return list(ids)


def merge_group(group: Sequence[Event], site_of: Mapping[str, str | None] | None = None) -> Event:
    """One event for ``group``: events of one story that share one :func:`event_key` (not checked).

    A lone event comes back as a copy with its documents listed; the inputs
    are not changed.
    """
    first = group[0]
    doc_ids = _doc_ids(group)
    if len(group) == 1:
        return Event(
            type=first.type, stage=first.stage, parties=list(first.parties), evidence=list(first.evidence),
            direction=first.direction, areas=first.areas, systems=first.systems, date=first.date,
            date_text=first.date_text, confidence=first.confidence, cameo=first.cameo, trigger=first.trigger,
            doc_ids=doc_ids,
        )
    evidence = []
    seen_spans: set[tuple[str, int, int]] = set()
    systems: dict[str, None] = {}
    for event in group:
        for span in event.evidence:
            where = (span.doc_id, span.start, span.end)
            if where not in seen_spans:
                seen_spans.add(where)
                evidence.append(span)
        systems.update(dict.fromkeys(event.systems))
    dated = max(group, key=lambda e: _date_precision(e.date))
    sites = site_of or {}
    outlets = {sites.get(doc_id) or f"doc:{doc_id}" for doc_id in doc_ids}
    confidence = corroborated_confidence(max(e.confidence for e in group), len(outlets))
    return Event(
        type=first.type, stage=first.stage, parties=list(first.parties), evidence=evidence,
        direction=first.direction, areas=first.areas, systems=list(systems), date=dated.date,
        date_text=dated.date_text, confidence=confidence,
        cameo=first.cameo or next((e.cameo for e in group if e.cameo), None),
        trigger=first.trigger or next((e.trigger for e in group if e.trigger), None), doc_ids=doc_ids,
    )
