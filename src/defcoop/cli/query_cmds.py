"""``defcoop events`` and ``defcoop export``: read the database back."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click
from rich.table import Table

from defcoop.cli.common import console, db_option, filter_options, handle_errors, open_store, settings_from
from defcoop.db.queries import EventFilter, iter_events
from defcoop.outputs.exports import FORMATS, export


@click.command("events")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True, help="At most this many rows.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines (the export format) instead of a table.")
@handle_errors
def events_command(db: str | None, filters: EventFilter, limit: int, as_json: bool) -> None:
    """List stored events with their evidence sentence.

    \b
    Examples:
      defcoop events --code JPN --type ARMS_TRANSFER
      defcoop events --code IND --partner FRA --since 2024
      defcoop events --area UAV --min-confidence 0.6 --json
    """
    settings = settings_from(db)
    with open_store(settings.db, reading=True) as store, store.session() as session:
        rows = list(iter_events(session, replace(filters, limit=limit)))
        if as_json:
            from defcoop.outputs.jsonl import dump_events, event_record

            dump_events((event_record(r.event, f"e{r.event_id}") for r in rows), sys.stdout)
            return
        if not rows:
            console().print("No stored event matches the filters.")
            return
        table = Table(title=f"{len(rows)} events" + (" (limit reached)" if len(rows) == limit else ""),
                      show_lines=True)
        for column in ("date", "type", "stage", "parties", "areas", "conf.", "evidence", "source"):
            table.add_column(column, overflow="fold")
        for row in rows:
            ev = row.event
            parties = " → ".join(ev.direction) if ev.direction else ", ".join(ev.codes)
            evidence = ev.evidence[0].text if ev.evidence else ""
            table.add_row(row.when or "", ev.type, ev.stage, parties, ", ".join(ev.areas),
                          f"{ev.confidence:.2f}", evidence, Path(row.source).name)
        console().print(table)


@click.command("export")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (created if missing).")
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default="jsonl",
              show_default=True, help="What to write (see below).")
@db_option
@filter_options
@handle_errors
def export_command(out_dir: Path, fmt: str, db: str | None, filters: EventFilter) -> None:
    """Write the events for other tools, in one of several formats.

    Events that several outlets report in one story are written once, with
    every document and every outlet's sentence as evidence.

    \b
    Formats (files written into --out):
      jsonl    documents.jsonl and events.jsonl, the ontology's exchange format
      csv      events.csv: one row per event with parties, areas, evidence, sources
      parquet  events.parquet: the same columns, typed, lists as list columns
      graphml  network.graphml: actors as nodes, one edge per dyad (Gephi, networkx)
      gexf     network.gexf: the same network for Gephi
      dyads    dyads.csv: one row per pair of actors and year, counts per type
      cameo    events.cameo.tsv: GDELT-style rows with CAMEO event codes

    \b
    Examples:
      defcoop export --db sqlite:///news.db --out export/
      defcoop export --format csv --code JPN --since 2023 --out export/
      defcoop export --format graphml --out export/
    """
    settings = settings_from(db)
    with open_store(settings.db, reading=True) as store, store.session() as session:
        counts = export(session, fmt.lower(), out_dir, filters)
    unit = "edges" if fmt.lower() in ("graphml", "gexf") else ("lines" if fmt.lower() == "jsonl" else "rows")
    note = "; events without any date have no year and are not in it" if fmt.lower() == "dyads" else ""
    for name, count in counts.items():
        click.echo(f"wrote {out_dir / name} ({count} {unit}{note})")
