"""``defcoop entities``: the entities mentioned in the database, with mention counts."""

from __future__ import annotations

from dataclasses import dataclass

import click
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defcoop.cli.common import console, db_option, handle_errors, open_store, settings_from
from defcoop.db.models import EntityRow, MentionRow
from defcoop.records import ENTITY_KINDS


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


@click.command("entities")
@db_option
@click.option("--kind", type=click.Choice(ENTITY_KINDS, case_sensitive=False), default=None,
              help="Only entities of this kind (state, company, person, system...).")
@click.option("--code", default=None, metavar="CODE", help="Only entities that resolve to this state or grouping code.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True, help="At most this many rows.")
@handle_errors
def entities(db: str | None, kind: str | None, code: str | None, limit: int) -> None:
    """List the entities mentioned in the stored documents, most mentioned first.

    \b
    Examples:
      defcoop entities --kind company --code JPN
      defcoop entities --kind person
    """
    settings = settings_from(db)
    with open_store(settings.db) as store, store.session() as session:
        rows = count_entities(session, kind.lower() if kind else None, code.upper() if code else None, limit)
    table = Table(title=f"{len(rows)} entities" + (" (limit reached)" if len(rows) == limit else ""))
    for column in ("entity", "name", "kind", "code"):
        table.add_column(column)
    table.add_column("mentions", justify="right")
    table.add_column("documents", justify="right")
    for row in rows:
        table.add_row(row.entity_id, row.canonical, row.kind, row.code or "-", str(row.mentions), str(row.documents))
    console().print(table)
