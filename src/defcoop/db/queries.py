"""Read events and documents back from the database, with the filters shared by
every command (``--code``, ``--partner``, ``--type``, ``--area``, ``--stage``,
``--since``, ``--until``, ``--min-confidence``).

Everything analysts see (tables, exports, plots, the report) is built on
:func:`iter_events` and :func:`iter_documents`, so filters behave the same
everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, selectinload

from defcoop.db.models import DocumentRow, EntityRow, EventAreaRow, EventPartyRow, EventRow, MentionRow
from defcoop.records import Event, Evidence, Party


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. Empty fields do not filter.

    ``code`` keeps events with a party of that code; ``partner`` additionally
    requires a party of the partner code. ``since``/``until`` compare the
    event date, or the document's publication date when the event has none,
    as ISO strings (so ``2024`` and ``2024-05`` work as prefixes).
    """

    code: str | None = None
    partner: str | None = None
    type: str | None = None
    area: str | None = None
    stage: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None


@dataclass(slots=True)
class StoredEvent:
    """An event as stored, with the document that states it."""

    event_id: int
    doc_id: str
    story_id: str | None
    source: str
    url: str | None
    site: str | None
    published: str | None
    event: Event
    title: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def when(self) -> str | None:
        """The event date, else the publication date."""
        return self.event.date or self.published


def _party_exists(code: str) -> object:
    return exists().where(and_(EventPartyRow.event_id == EventRow.id, EventPartyRow.code == code.upper()))


def filtered_query(filters: EventFilter) -> Select[EventRow, DocumentRow]:
    """The SELECT of (event, document) rows that pass ``filters``; every reader builds on it."""
    query = select(EventRow, DocumentRow).join(DocumentRow, EventRow.doc_id == DocumentRow.doc_id)
    if filters.code:
        query = query.where(_party_exists(filters.code))  # type: ignore[arg-type]
    if filters.partner:
        query = query.where(_party_exists(filters.partner))  # type: ignore[arg-type]
    if filters.type:
        query = query.where(EventRow.type == filters.type.upper())
    if filters.stage:
        query = query.where(EventRow.stage == filters.stage.upper())
    if filters.area:
        query = query.where(
            exists().where(and_(EventAreaRow.event_id == EventRow.id, EventAreaRow.area == filters.area.upper()))
        )
    if filters.min_confidence:
        query = query.where(EventRow.confidence >= filters.min_confidence)
    if filters.since:
        query = query.where(_coalesce_date() >= filters.since)
    if filters.until:
        query = query.where(_coalesce_date() <= filters.until + "\uffff")
    query = query.order_by(EventRow.id)
    if filters.limit:
        query = query.limit(filters.limit)
    return query


def _coalesce_date() -> ColumnElement[str]:
    return func.coalesce(EventRow.date, DocumentRow.published)


def row_to_event(row: EventRow) -> Event:
    """Turn a stored event row into a :class:`~defcoop.records.Event`."""
    direction = (row.direction_from, row.direction_to) if row.direction_from and row.direction_to else None
    return Event(
        type=row.type,
        stage=row.stage,
        parties=[Party(p.name, p.kind, p.code) for p in row.parties],
        evidence=[Evidence(e.doc_id, e.start, e.end, e.text) for e in row.evidence],
        direction=direction,
        areas=[a.area for a in row.areas],
        systems=[s.name for s in row.systems],
        date=row.date,
        date_text=row.date_text,
        confidence=row.confidence,
        cameo=row.cameo,
        trigger=row.trigger,
        doc_ids=[row.doc_id],
    )


def iter_events(session: Session, filters: EventFilter | None = None, chunk: int = 2000) -> Iterator[StoredEvent]:
    """Stream the stored events that pass ``filters``, in insertion order."""
    query = filtered_query(filters or EventFilter()).options(
        selectinload(EventRow.parties), selectinload(EventRow.areas),
        selectinload(EventRow.systems), selectinload(EventRow.evidence),
    )
    result = session.execute(query.execution_options(yield_per=chunk))
    for row in result:
        ev, doc = row[0], row[1]
        yield StoredEvent(
            event_id=ev.id, doc_id=doc.doc_id, story_id=doc.story_id, source=doc.source, url=doc.url,
            site=doc.site, published=doc.published, event=row_to_event(ev), title=doc.title,
        )


def iter_documents(session: Session) -> Iterator[DocumentRow]:
    """Stream every stored document, in ingestion order."""
    query = select(DocumentRow).order_by(DocumentRow.ingested_at, DocumentRow.doc_id)
    yield from session.execute(query.execution_options(yield_per=1000)).scalars()


def event_codes(row: EventRow) -> list[str]:
    """The sorted codes of a stored event."""
    codes: list[str] = json.loads(row.codes)
    return codes


@dataclass(frozen=True, slots=True)
class EntityCount:
    """One entity and how often (and in how many documents) it is mentioned."""

    entity_id: str
    canonical: str
    kind: str
    code: str | None
    mentions: int
    documents: int


def count_entities(
    session: Session, kind: str | None = None, code: str | None = None, limit: int | None = None
) -> list[EntityCount]:
    """Entities with their mention and document counts, most mentioned first."""
    mentions = func.count(MentionRow.id)
    documents = func.count(func.distinct(MentionRow.doc_id))
    query = (
        select(EntityRow.entity_id, EntityRow.canonical, EntityRow.kind, EntityRow.code, mentions, documents)
        .join(MentionRow, MentionRow.entity_id == EntityRow.entity_id)
        .group_by(EntityRow.entity_id, EntityRow.canonical, EntityRow.kind, EntityRow.code)
        .order_by(mentions.desc(), EntityRow.entity_id)
    )
    if kind:
        query = query.where(EntityRow.kind == kind)
    if code:
        query = query.where(EntityRow.code == code)
    if limit:
        query = query.limit(limit)
    return [EntityCount(*row) for row in session.execute(query)]
