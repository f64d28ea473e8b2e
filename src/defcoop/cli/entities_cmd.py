"""``defcoop entities``: the entities mentioned in the database, with mention counts."""

from __future__ import annotations

import click
from rich.table import Table

from defcoop.cli.common import actor_code, console, db_option, handle_errors, open_store, settings_from
from defcoop.db.queries import count_entities
from defcoop.records import ENTITY_KINDS


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
    with open_store(settings.db, reading=True) as store, store.session() as session:
        rows = count_entities(session, kind.lower() if kind else None, actor_code(code, "--code"), limit)
    table = Table(title=f"{len(rows)} entities" + (" (limit reached)" if len(rows) == limit else ""))
    for column in ("entity", "name", "kind", "code"):
        table.add_column(column)
    table.add_column("mentions", justify="right")
    table.add_column("documents", justify="right")
    for row in rows:
        table.add_row(row.entity_id, row.canonical, row.kind, row.code or "-", str(row.mentions), str(row.documents))
    console().print(table)
