"""The database schema (SQLAlchemy 2.x declarative models).

One row per stored document, entity, mention and event. Events are stored per
document (the document whose text states them); grouping across outlets of one
story happens by ``documents.story_id`` when events are read or exported.

Changing a model needs a new Alembic revision under ``defcoop/migrations``.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of every defcoop table."""


class DocumentRow(Base):
    """An ingested article: its source, metadata, raw and cleaned text."""

    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    raw_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    captions: Mapped[str] = mapped_column(Text, default="[]")
    story_id: Mapped[str | None] = mapped_column(String(32), index=True)
    duplicate_of: Mapped[str | None] = mapped_column(String(32))
    fingerprint: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingested_at: Mapped[str] = mapped_column(String(32))

    events: Mapped[list[EventRow]] = relationship(back_populates="document", cascade="all, delete-orphan")


class EntityRow(Base):
    """A knowledge-base entity that has been mentioned at least once."""

    __tablename__ = "entities"

    entity_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    canonical: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    code: Mapped[str | None] = mapped_column(String(8), index=True)
    aliases: Mapped[str] = mapped_column(Text, default="[]")


class MentionRow(Base):
    """A span of a document's cleaned text that names an entity."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.entity_id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(8))


class EventRow(Base):
    """A cooperation event stated by one document."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(24), index=True)
    stage: Mapped[str] = mapped_column(String(16), index=True)
    codes: Mapped[str] = mapped_column(Text)
    direction_from: Mapped[str | None] = mapped_column(String(8))
    direction_to: Mapped[str | None] = mapped_column(String(8))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    cameo: Mapped[str | None] = mapped_column(String(8))
    trigger: Mapped[str | None] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    parties: Mapped[list[EventPartyRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    areas: Mapped[list[EventAreaRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    systems: Mapped[list[EventSystemRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    evidence: Mapped[list[EvidenceRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class EventPartyRow(Base):
    """One party of an event, with its resolved code."""

    __tablename__ = "event_parties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(8), index=True)


class EventAreaRow(Base):
    """One cooperation area of an event."""

    __tablename__ = "event_areas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(32), index=True)


class EventSystemRow(Base):
    """A weapon system or platform named by an event."""

    __tablename__ = "event_systems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)


class EvidenceRow(Base):
    """A span of cleaned text that states an event."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


Index("ix_event_parties_event_code", EventPartyRow.event_id, EventPartyRow.code)
