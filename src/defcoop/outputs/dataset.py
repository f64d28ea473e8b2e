"""The events every analyst output is built on: read with the shared filters,
merged across the outlets of each story, and tied to their sources.

:func:`load_events` is a lighter equivalent of
``merged_events(iter_events(session, filters))``: it applies the very same
filter query as :func:`defcoop.db.queries.iter_events` (so every command
filters alike) but reads the child tables with four set-based queries instead
of ORM objects, which keeps aggregate outputs fast on large databases. Event
numbers (``e1``, ``e2``, ...) are the same as in the JSON Lines export.
"""

from __future__ import annotations

import gc
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from defcoop.db.models import DocumentRow, EventAreaRow, EventPartyRow, EventRow, EventSystemRow, EvidenceRow
from defcoop.db.queries import EventFilter, StoredEvent, filtered_query
from defcoop.outputs.jsonl import merged_events
from defcoop.records import ALLIANCE_CODES, STAGES, Event, Evidence, Party

#: How far an item has gone, for "the most advanced stage" (REJECTED ends an item but is not progress).
STAGE_PROGRESS: dict[str, int] = {
    "REJECTED": 0, "PROPOSED": 1, "DISCUSSION": 2, "PLANNED": 3, "AGREED": 4, "ONGOING": 5, "COMPLETED": 6,
}


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A document that reports an event."""

    doc_id: str
    source: str
    url: str | None
    site: str | None
    published: str | None
    title: str | None
    story_id: str | None

    @property
    def link(self) -> str | None:
        """The URL of the document when it has one, else ``None``."""
        return self.url if self.url and self.url.startswith(("http://", "https://")) else None

    @property
    def outlet(self) -> str:
        """The site, else the host of the URL, else the file name of the source."""
        if self.site:
            return self.site
        if self.link:
            return self.link.split("/")[2]
        return PurePath(self.source.split("#", 1)[0]).name or self.source


@dataclass(slots=True)
class AnalystEvent:
    """A merged event (one per story) with its number and the documents that report it."""

    number: int
    event: Event
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def event_id(self) -> str:
        """The id used by every export: ``e`` and the number."""
        return f"e{self.number}"

    @property
    def when(self) -> str | None:
        """The event date, else the earliest publication date of its documents."""
        if self.event.date:
            return self.event.date
        dates = [s.published for s in self.sources if s.published]
        return min(dates) if dates else None

    @property
    def year(self) -> int | None:
        """The year of :attr:`when`, if known."""
        when = self.when
        return int(when[:4]) if when and when[:4].isdigit() else None

    @property
    def story_id(self) -> str | None:
        """The story of the first document."""
        return self.sources[0].story_id if self.sources else None

    @property
    def outlets(self) -> list[str]:
        """The distinct outlets that report the event, in order."""
        return list(dict.fromkeys(s.outlet for s in self.sources))


def pairs(event: Event) -> list[tuple[str, str]]:
    """Every unordered pair of distinct codes of an event (sorted within each pair)."""
    return list(itertools.combinations(event.codes, 2))


def kind_of_code(code: str) -> str:
    """``alliance`` for a grouping code, else ``state``."""
    return "alliance" if code in ALLIANCE_CODES else "state"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from defcoop.kb import load_knowledge_base

    kb = load_knowledge_base()
    names = {e.code: e.canonical for e in kb.entities("alliance") if e.code}
    names.update({e.code: e.canonical for e in kb.entities("state") if e.code and e.entity_id == f"state:{e.code}"})
    return names


def code_name(code: str) -> str:
    """The common name of a state or alliance code (the code itself when unknown)."""
    return _names().get(code, code)


def most_advanced_stage(stages: Iterable[str]) -> str | None:
    """The stage furthest along :data:`STAGE_PROGRESS` among ``stages``."""
    known = [s for s in stages if s in STAGE_PROGRESS]
    return max(known, key=STAGE_PROGRESS.__getitem__) if known else None


def stage_rank(stage: str) -> int:
    """The position of a stage in :data:`defcoop.records.STAGES` (unknown stages last)."""
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


_EVENT_COLUMNS = (
    EventRow.id, EventRow.doc_id, EventRow.type, EventRow.stage, EventRow.direction_from, EventRow.direction_to,
    EventRow.date, EventRow.date_text, EventRow.confidence, EventRow.cameo, EventRow.trigger,
    DocumentRow.story_id, DocumentRow.source, DocumentRow.url, DocumentRow.site, DocumentRow.published,
    DocumentRow.title,
)


def _children(session: Session, ids: Select[Any] | None, columns: Sequence[Any], key: Any) -> dict[int, list[Any]]:
    """Rows of a child table grouped by event id (every row when ``ids`` is None)."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    query = select(key, *columns).order_by(key, columns[0].table.c.id)
    if ids is not None:
        query = query.where(key.in_(ids))
    for row in session.connection().execute(query):
        grouped[row[0]].append(tuple(row[1:]))
    return grouped


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small acyclic records are built (restored after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stored_events(session: Session, filters: EventFilter, with_evidence: bool = True) -> Iterator[StoredEvent]:
    base = filtered_query(filters)
    ids: Select[Any] | None = base.with_only_columns(EventRow.id).order_by(None)
    if filters.limit:
        ids = base.with_only_columns(EventRow.id)
    elif filters == EventFilter():
        ids = None  # no filter: read the child tables whole
    parties = _children(session, ids, (EventPartyRow.name, EventPartyRow.kind, EventPartyRow.code),
                        EventPartyRow.event_id)
    areas = _children(session, ids, (EventAreaRow.area,), EventAreaRow.event_id)
    systems = _children(session, ids, (EventSystemRow.name,), EventSystemRow.event_id)
    evidence = _children(session, ids, (EvidenceRow.doc_id, EvidenceRow.start, EvidenceRow.end, EvidenceRow.text),
                         EvidenceRow.event_id) if with_evidence else {}
    for row in session.connection().execute(base.with_only_columns(*_EVENT_COLUMNS)):
        (eid, doc_id, etype, stage, dfrom, dto, date, date_text, conf, cameo, trigger,
         story, source, url, site, published, title) = row
        event = Event(
            type=etype, stage=stage,
            parties=[Party(n, k, c) for n, k, c in parties.get(eid, ())],
            evidence=[Evidence(d, s, e, t) for d, s, e, t in evidence.get(eid, ())],
            direction=(dfrom, dto) if dfrom and dto else None,
            areas=[a for (a,) in areas.get(eid, ())], systems=[s for (s,) in systems.get(eid, ())],
            date=date, date_text=date_text, confidence=conf, cameo=cameo, trigger=trigger, doc_ids=[doc_id],
        )
        yield StoredEvent(event_id=eid, doc_id=doc_id, story_id=story, source=source, url=url, site=site,
                          published=published, event=event, title=title)


def load_events(session: Session, filters: EventFilter | None = None, with_evidence: bool = True
                ) -> list[AnalystEvent]:
    """The merged events that pass ``filters``, numbered as in the JSON Lines export.

    ``with_evidence=False`` skips the evidence spans (faster, for counts, networks and plots).
    """
    with _no_cyclic_gc():
        stored = list(_stored_events(session, filters or EventFilter(), with_evidence))
        refs = {s.doc_id: SourceRef(s.doc_id, s.source, s.url, s.site, s.published, s.title, s.story_id)
                for s in stored}
        merged = merged_events(stored)
        return [
            AnalystEvent(number, event, [refs[d] for d in event.doc_ids if d in refs])
            for number, event in enumerate(merged, 1)
        ]


def involving(events: Iterable[AnalystEvent], code: str) -> list[AnalystEvent]:
    """The events that have ``code`` among their parties."""
    return [e for e in events if code in e.event.codes]
