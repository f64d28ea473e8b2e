"""Store stage: write processed documents to the database, one transaction per batch.

:class:`Store` opens any SQLAlchemy URL (SQLite by default), brings the schema
up to date with Alembic, and writes batches atomically: either every document
of a batch is stored with its mentions and events, or none is. Re-ingesting a
document already stored (same content from the same origin) is a no-op (checked
by the pipeline with :meth:`Store.has_document`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, create_engine, event, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from defcoop.db.models import (
    Base,
    DocumentRow,
    EntityRow,
    EventAreaRow,
    EventPartyRow,
    EventRow,
    EventSystemRow,
    EvidenceRow,
    MentionRow,
)
from defcoop.errors import StoreError
from defcoop.records import Event, Mention, ProcessedDocument, StoredSummary


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _check_sqlite_path(url: str) -> None:
    parsed = make_url(url)
    database = parsed.database
    if not database or database == ":memory:":
        return
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise StoreError(f"database {url}: folder {folder} does not exist")
    if Path(database).is_dir():
        raise StoreError(f"database {url}: {database} is a folder, not a database file")


def create_db_engine(url: str) -> Engine:
    """Create an engine for ``url``; raise :class:`StoreError` if it cannot be used."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"database URL {url!r} is not a valid SQLAlchemy URL "
                         "(example: sqlite:///defcoop.db or postgresql+psycopg://user@host/db)") from None
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        url = parsed.render_as_string(hide_password=False)
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(url)
    try:
        engine = create_engine(url, future=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"database URL {url!r}: no driver for {parsed.drivername!r} ({exc})") from None
    except ArgumentError as exc:
        raise StoreError(f"database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def upgrade_schema(engine: Engine) -> None:
    """Apply every Alembic migration that the database does not have yet."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "defcoop:migrations")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (OperationalError, DBAPIError) as exc:
        reason = " ".join(str(exc.orig).split())
        raise StoreError(f"database {engine.url.render_as_string(hide_password=True)} cannot be opened "
                         f"or migrated: {reason}") from None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class Store:
    """A defcoop database: open it, check for documents, write batches, read back."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_db_engine(url)
        upgrade_schema(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read/write session; errors become :class:`StoreError`."""
        session = self._sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            session.rollback()
            reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
            raise StoreError(f"database {self.url}: {reason}") from None
        finally:
            session.close()

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def has_document(self, doc_id: str) -> bool:
        """Whether the document with this id (same content, same origin) is stored."""
        with self.session() as session:
            return session.get(DocumentRow, doc_id) is not None

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self.session() as session:
            return int(session.scalar(select(func.count()).select_from(DocumentRow)) or 0)

    def cluster_summaries(self) -> Iterator[StoredSummary]:
        """What the cluster stage needs of every stored document, streamed."""
        with self.session() as session:
            rows = session.execute(
                select(DocumentRow.doc_id, DocumentRow.story_id, DocumentRow.duplicate_of,
                       DocumentRow.published, DocumentRow.fingerprint)
            )
            for doc_id, story_id, duplicate_of, published, fingerprint in rows:
                yield StoredSummary(doc_id, story_id, duplicate_of, _parse_date(published), fingerprint)

    def write_batch(self, batch: Sequence[ProcessedDocument]) -> None:
        """Store every document of ``batch`` with its mentions and events, atomically.

        Rows are written with bulk INSERTs (one statement per table per batch),
        inside one transaction: either the whole batch is stored or none of it.
        """
        if not batch:
            return
        with self.session() as session, session.begin():
            session.execute(insert(_table(DocumentRow)), [_document_values(item) for item in batch])
            _write_entities(session, batch)
            mentions = [_mention_values(item.document.doc_id, m) for item in batch for m in item.mentions]
            if mentions:
                session.execute(insert(_table(MentionRow)), mentions)
            events = [(item.document.doc_id, ev) for item in batch for ev in item.events]
            if events:
                _write_events(session, events)


def _table(model: type[Base]) -> Table:
    """The Core table of a model, for fast executemany INSERTs without ORM bookkeeping."""
    return cast(Table, model.__table__)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _document_values(item: ProcessedDocument) -> dict[str, Any]:
    doc = item.document
    cluster = item.cluster
    return {
        "doc_id": doc.doc_id,
        "content_hash": doc.content_hash,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "site": doc.site,
        "author": doc.author,
        "published": _iso(doc.published),
        "language": doc.language,
        "raw_text": doc.raw_text,
        "text": doc.text,
        "captions": json.dumps(doc.captions, ensure_ascii=False),
        "story_id": cluster.story_id if cluster else doc.doc_id,
        "duplicate_of": cluster.duplicate_of if cluster else None,
        "fingerprint": cluster.fingerprint if cluster else None,
        "ingested_at": datetime.now(UTC).isoformat(timespec="microseconds"),
    }


def _mention_values(doc_id: str, mention: Mention) -> dict[str, Any]:
    return {"doc_id": doc_id, "entity_id": mention.entity_id, "start": mention.start, "end": mention.end,
            "surface": mention.surface, "code": mention.code}


def _write_entities(session: Session, batch: Sequence[ProcessedDocument]) -> None:
    """Insert the entities first seen in ``batch``; record new surface forms as aliases."""
    seen: dict[str, Mention] = {}
    surfaces: dict[str, set[str]] = {}
    for item in batch:
        for mention in item.mentions:
            seen.setdefault(mention.entity_id, mention)
            if mention.surface != mention.canonical:
                surfaces.setdefault(mention.entity_id, set()).add(mention.surface)
    if not seen:
        return
    existing: dict[str, str] = {}
    ids = list(seen)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.execute(select(EntityRow.entity_id, EntityRow.aliases).where(EntityRow.entity_id.in_(chunk)))
        existing.update({entity_id: aliases for entity_id, aliases in rows})
    new_rows = [
        {"entity_id": eid, "canonical": m.canonical, "kind": m.kind, "code": m.code,
         "aliases": json.dumps(sorted(surfaces.get(eid, ())), ensure_ascii=False)}
        for eid, m in seen.items() if eid not in existing
    ]
    if new_rows:
        session.execute(insert(_table(EntityRow)), new_rows)
    for eid, aliases_json in existing.items():
        known = json.loads(aliases_json)
        added = sorted(surfaces.get(eid, set()) - set(known))
        if added:
            session.execute(update(EntityRow).where(EntityRow.entity_id == eid)
                            .values(aliases=json.dumps(known + added, ensure_ascii=False)))


def _write_events(session: Session, events: Sequence[tuple[str, Event]]) -> None:
    """Insert events, then their parties, areas, systems and evidence, in bulk."""
    table = _table(EventRow)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids = session.execute(statement, [_event_values(doc_id, ev) for doc_id, ev in events]).scalars().all()
    parties: list[dict[str, Any]] = []
    areas: list[dict[str, Any]] = []
    systems: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for event_id, (_, ev) in zip(ids, events, strict=True):
        parties.extend({"event_id": event_id, "name": p.name, "kind": p.kind, "code": p.code} for p in ev.parties)
        areas.extend({"event_id": event_id, "area": a} for a in ev.areas)
        systems.extend({"event_id": event_id, "name": name} for name in ev.systems)
        evidence.extend({"event_id": event_id, "doc_id": e.doc_id, "start": e.start, "end": e.end, "text": e.text}
                        for e in ev.evidence)
    for model, rows in ((EventPartyRow, parties), (EventAreaRow, areas), (EventSystemRow, systems),
                        (EvidenceRow, evidence)):
        if rows:
            session.execute(insert(_table(model)), rows)


def _event_values(doc_id: str, ev: Event) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "type": ev.type,
        "stage": ev.stage,
        "codes": json.dumps(ev.codes),
        "direction_from": ev.direction[0] if ev.direction else None,
        "direction_to": ev.direction[1] if ev.direction else None,
        "date": ev.date,
        "date_text": ev.date_text,
        "confidence": ev.confidence,
        "cameo": ev.cameo,
        "trigger": ev.trigger,
    }
