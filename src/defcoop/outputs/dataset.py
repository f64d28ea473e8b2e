"""The events every analyst output is built on: read with the shared filters,
merged across the outlets of each story, and tied to their sources.

:func:`iter_analyst_events` (and :func:`load_events`, its list) is a lighter
equivalent of ``merged_events(iter_events(session, filters))``: it applies the
very same filter query as :func:`defcoop.db.queries.iter_events` (so every
command filters alike), once, then reads the child tables with set-based
queries as plain rows instead of ORM objects. Rows are grouped under the merge
key with plain dicts; an event reported by one document is built directly, and
only groups of several documents go through
:func:`defcoop.stages.clustering.merge.merge_group`. Merged events are built
one at a time as they are asked for, so the exports stream. Event numbers
(``e1``, ``e2``, ...) are the same as in the JSON Lines export.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from defcoop.db.models import DocumentRow, EventAreaRow, EventPartyRow, EventRow, EventSystemRow, EvidenceRow
from defcoop.db.queries import EventFilter, filtered_query
from defcoop.outputs.jsonl import outlet_of
from defcoop.records import ALLIANCE_CODES, STAGES, Event, Evidence, Party
from defcoop.stages.clustering.merge import merge_group

#: How far an item has gone, for "the most advanced stage" (REJECTED ends an item but is not progress).
STAGE_PROGRESS: dict[str, int] = {
    "REJECTED": 0, "PROPOSED": 1, "DISCUSSION": 2, "PLANNED": 3, "AGREED": 4, "ONGOING": 5, "COMPLETED": 6,
}


class SourceRef(NamedTuple):
    """A document that reports an event (an immutable tuple: cheap to build by the ten thousand)."""

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


def code_names() -> dict[str, str]:
    """Every known state and grouping code with its common name."""
    return dict(_names())


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
)
_DOCUMENT_COLUMNS = (DocumentRow.doc_id, DocumentRow.source, DocumentRow.url, DocumentRow.site,
                     DocumentRow.published, DocumentRow.title, DocumentRow.story_id)

#: Rows fetched from the driver at a time (fewer round trips through the result object).
_CHUNK = 10_000
#: Event ids (or document ids) per ``IN (...)`` list when a filter picks the events.
_ID_CHUNK = 5_000
#: The same on SQLite before 3.32, which takes at most 999 parameters in a statement.
_OLD_SQLITE_ID_CHUNK = 900


def rows_of(session: Session, query: Select[*tuple[Any, ...]]) -> Iterator[Any]:
    """The rows of a Core query, fetched in chunks (plain tuples on SQLite)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return _sqlite_rows(connection, query)
    return iter(connection.execute(query.execution_options(yield_per=_CHUNK)))


def _sqlite_rows(connection: Connection, query: Select[*tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The rows straight from the sqlite3 cursor, in the session's transaction.

    The columns read here (text, integers, floats) need no conversion, and
    SQLAlchemy's result layer costs about a tenth of a second per hundred
    thousand rows, which a large export reads several times over.
    """
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.arraysize = _CHUNK
        yield from cursor.execute(str(compiled), [params[name] for name in compiled.positiontup or ()])
    finally:
        cursor.close()


def _rows_for(session: Session, query: Select[*tuple[Any, ...]], key: Any, ids: list[Any] | None
              ) -> Iterator[Any]:
    """The rows of ``query`` whose ``key`` is in ``ids`` (sorted; every row when ``ids`` is None).

    The ids of the filtered events are read once and passed in lists, so the
    filter is not evaluated again for every child table.
    """
    if ids is None:
        yield from rows_of(session, query)
        return
    dialect = session.connection().dialect
    old_sqlite = dialect.name == "sqlite" and dialect.dbapi is not None and dialect.dbapi.sqlite_version_info < (3, 32)
    chunk = _OLD_SQLITE_ID_CHUNK if old_sqlite else _ID_CHUNK
    for start in range(0, len(ids), chunk):
        yield from rows_of(session, query.where(key.in_(ids[start:start + chunk])))


def _values(session: Session, ids: list[int] | None, column: Any, key: Any) -> dict[int, list[Any]]:
    """One column of a child table, grouped by event id in row order."""
    grouped: dict[int, list[Any]] = {}
    for event_id, value in _rows_for(session, select(key, column).order_by(key, column.table.c.id), key, ids):
        bucket = grouped.get(event_id)
        if bucket is None:
            grouped[event_id] = [value]
        else:
            bucket.append(value)
    return grouped


def _parties(session: Session, ids: list[int] | None) -> dict[int, list[Party]]:
    grouped: dict[int, list[Party]] = {}
    key = EventPartyRow.event_id
    query = select(key, EventPartyRow.name, EventPartyRow.kind, EventPartyRow.code).order_by(key, EventPartyRow.id)
    for event_id, name, kind, code in _rows_for(session, query, key, ids):
        bucket = grouped.get(event_id)
        if bucket is None:
            grouped[event_id] = [Party(name, kind, code)]
        else:
            bucket.append(Party(name, kind, code))
    return grouped


def _evidence(session: Session, ids: list[int] | None) -> dict[int, list[Evidence]]:
    grouped: dict[int, list[Evidence]] = {}
    key = EvidenceRow.event_id
    query = select(key, EvidenceRow.doc_id, EvidenceRow.start, EvidenceRow.end, EvidenceRow.text)
    for event_id, doc_id, start, end, text in _rows_for(session, query.order_by(key, EvidenceRow.id), key, ids):
        bucket = grouped.get(event_id)
        if bucket is None:
            grouped[event_id] = [Evidence(doc_id, start, end, text)]
        else:
            bucket.append(Evidence(doc_id, start, end, text))
    return grouped


def _sources(session: Session, doc_ids: list[str] | None) -> dict[str, SourceRef]:
    """The documents ``doc_ids`` (every document when None)."""
    query = select(*_DOCUMENT_COLUMNS)
    return {row[0]: SourceRef(*row) for row in _rows_for(session, query, DocumentRow.doc_id, doc_ids)}


@dataclass(slots=True)
class _Stored:
    """The rows read for the events that pass a filter: child rows by event id, documents by id.

    Each child list is handed to exactly one event, then forgotten.
    """

    parties: dict[int, list[Party]]
    areas: dict[int, list[str]]
    systems: dict[int, list[str]]
    evidence: dict[int, list[Evidence]]
    sources: dict[str, SourceRef]

    def event(self, row: Any) -> Event:
        """The stored event of an ``_EVENT_COLUMNS`` row."""
        event_id, dfrom, dto = row[0], row[4], row[5]
        return Event(
            type=row[2], stage=row[3], parties=self.parties.pop(event_id, []),
            evidence=self.evidence.pop(event_id, []), direction=(dfrom, dto) if dfrom and dto else None,
            areas=self.areas.pop(event_id, []), systems=self.systems.pop(event_id, []),
            date=row[6], date_text=row[7], confidence=row[8], cameo=row[9], trigger=row[10], doc_ids=[row[1]],
        )

    def merged(self, number: int, rows: list[Any]) -> AnalystEvent:
        """The merged event of one group of stored rows (a lone row needs no merging)."""
        if len(rows) == 1:
            return AnalystEvent(number, self.event(rows[0]), [self.sources[rows[0][1]]])
        sources = self.sources
        site_of = {row[1]: outlet_of(sources[row[1]].site, sources[row[1]].url) for row in rows}
        event = merge_group([self.event(row) for row in rows], site_of)
        return AnalystEvent(number, event, [sources[d] for d in event.doc_ids if d in sources])


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small acyclic records are built (restored after).

    The records hold no reference cycles, so the collector would only rescan
    a growing heap again and again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read(session: Session, filters: EventFilter, with_evidence: bool) -> tuple[_Stored, list[Any]]:
    """The rows of the events that pass ``filters`` (in id order) and everything they refer to."""
    rows = list(rows_of(session, filtered_query(filters).with_only_columns(*_EVENT_COLUMNS)))
    everything = filters == EventFilter()  # no filter: read the other tables whole
    ids = None if everything else [row[0] for row in rows]
    doc_ids = None if everything else sorted({row[1] for row in rows})
    stored = _Stored(
        parties=_parties(session, ids),
        areas=_values(session, ids, EventAreaRow.area, EventAreaRow.event_id),
        systems=_values(session, ids, EventSystemRow.name, EventSystemRow.event_id),
        evidence=_evidence(session, ids) if with_evidence else {},
        sources=_sources(session, doc_ids),
    )
    return stored, rows


def _story_groups(rows: list[Any], stored: _Stored) -> list[list[Any]]:
    """The event rows grouped under the key of :func:`defcoop.stages.clustering.merge.event_key`
    (the story is the document's, else the document itself).

    Groups come in the order of their first event, which numbers them.
    """
    groups: dict[tuple[Any, ...], list[Any]] = {}
    parties, areas, sources = stored.parties, stored.areas, stored.sources
    for row in rows:
        event_id, doc_id, dfrom, dto = row[0], row[1], row[4], row[5]
        key = (sources[doc_id].story_id or doc_id, row[2], tuple(sorted({p.code for p in parties.get(event_id, ())})),
               (dfrom, dto) if dfrom and dto else None, row[3], tuple(sorted(set(areas.get(event_id, ())))))
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    return list(groups.values())


def iter_analyst_events(session: Session, filters: EventFilter | None = None, with_evidence: bool = True
                        ) -> Iterator[AnalystEvent]:
    """The merged events that pass ``filters``, one at a time, numbered as in the JSON Lines export.

    The stored rows are read and grouped first (plain rows and dicts); each
    merged event is built only when it is asked for, so writers that stream
    keep memory flat. ``with_evidence=False`` skips the evidence spans
    (faster, for counts, networks and plots).
    """
    filters = filters or EventFilter()
    with no_cyclic_gc():
        stored, rows = _read(session, filters, with_evidence)
        groups = _story_groups(rows, stored)
        del rows
    for number, rows in enumerate(groups, 1):
        yield stored.merged(number, rows)


def load_events(session: Session, filters: EventFilter | None = None, with_evidence: bool = True
                ) -> list[AnalystEvent]:
    """Every merged event of :func:`iter_analyst_events`, as a list.

    Equal to ``merged_events(iter_events(session, filters))`` event for event.
    """
    with no_cyclic_gc():
        return list(iter_analyst_events(session, filters, with_evidence))


def involving(events: Iterable[AnalystEvent], code: str) -> list[AnalystEvent]:
    """The events that have ``code`` among their parties."""
    return [e for e in events if code in e.event.codes]
