"""``defcoop partners``, ``timeline``, ``plot``, ``report`` and ``datasette-metadata``:
answers for analysts, built on the same filtered, story-merged events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from defcoop.cli.common import actor_code, console, db_option, filter_options, handle_errors, open_store, settings_from
from defcoop.db.queries import EventFilter
from defcoop.outputs.dataset import AnalystEvent, load_events


def _focus(actor: str, filters: EventFilter) -> EventFilter:
    code = actor_code(actor, "CODE") or actor
    if filters.code and filters.code != code:
        raise click.BadParameter(f"CODE is {code} but --code is {filters.code}; give one of them", param_hint="--code")
    return replace(filters, code=code)


def _events(db: str | None, filters: EventFilter, with_evidence: bool = True) -> list[AnalystEvent]:
    settings = settings_from(db)
    with open_store(settings.db, reading=True) as store, store.session() as session:
        return load_events(session, filters, with_evidence=with_evidence)


@click.command("partners")
@click.argument("actor", metavar="CODE")
@db_option
@filter_options
@handle_errors
def partners_command(actor: str, db: str | None, filters: EventFilter) -> None:
    """List every partner of a state or alliance CODE, the most active first.

    For each partner: events by type, top areas, first and latest event, the
    most advanced stage reached and the number of source documents. Events
    that several outlets report in one story count once.

    \b
    Examples:
      defcoop partners JPN
      defcoop partners IND --since 2022 --type ARMS_TRANSFER
      defcoop partners NATO --area CYBER
    """
    from defcoop.outputs.partners import partner_table, render_partners

    filters = _focus(actor, filters)
    rows = partner_table(_events(db, filters, with_evidence=False), filters.code or actor)
    render_partners(rows, filters.code or actor, console())


@click.command("timeline")
@click.argument("actor", metavar="CODE")
@db_option
@filter_options
@click.option("--items/--no-items", default=True, show_default=True,
              help="Also show the lifecycle of items that recur across articles.")
@handle_errors
def timeline_command(actor: str, db: str | None, filters: EventFilter, items: bool) -> None:
    """Show the chronology of the events of CODE with the evidence sentence and source.

    Items reported again and again (a named system with the same partner, or
    the same kind of event with the same partner) are also shown as a
    lifecycle, e.g. from feasibility study to development, or from contract to
    delivery.

    \b
    Examples:
      defcoop timeline JPN
      defcoop timeline POL --partner KOR --area LAND_SYSTEMS
    """
    from defcoop.outputs.timeline import chronology, lifecycles, render_timeline

    filters = _focus(actor, filters)
    events = _events(db, filters)
    render_timeline(chronology(events), lifecycles(events) if items else [], filters.code or actor, console())


@click.command("plot")
@click.argument("kind", type=click.Choice(("network", "areas", "timeline")))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Image file to write: .png or .svg.")
@db_option
@filter_options
@handle_errors
def plot_command(kind: str, out: Path, db: str | None, filters: EventFilter) -> None:
    """Draw a figure: the partnership NETWORK, a partner x AREAS heatmap, or a TIMELINE by type.

    --code focuses the figure on one actor (its partners only).

    \b
    Examples:
      defcoop plot network --out network.png
      defcoop plot areas --code JPN --out japan-areas.svg
      defcoop plot timeline --code IND --since 2020 --out india.png
    """
    from defcoop.outputs.plots import make_figure, save_figure

    events = _events(db, filters, with_evidence=False)
    save_figure(make_figure(kind, events, filters.code), out)
    click.echo(f"wrote {out} ({len(events)} events)")
    if not events:
        click.echo("defcoop: note: no stored event matches the filters; the figure says so", err=True)


@click.command("report")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write.")
@db_option
@filter_options
@click.option("--max-events", type=click.IntRange(1), default=2000, show_default=True,
              help="At most this many events in the event table (the most recent).")
@handle_errors
def report_command(out: Path, db: str | None, filters: EventFilter, max_events: int) -> None:
    """Write one self-contained HTML report that works offline.

    Summary figures, the network and heatmap, the partner table (with
    --code), the timeline and a filterable event table with each event's
    evidence sentences (actors highlighted) and links to the sources.

    \b
    Examples:
      defcoop report --out report.html
      defcoop report --code JPN --since 2023 --out japan.html
    """
    from defcoop.outputs.report import write_report

    settings = settings_from(db)
    with open_store(settings.db, reading=True) as store, store.session() as session:
        count = write_report(session, out, filters, max_events=max_events)
    click.echo(f"wrote {out} ({count} events)")
    if not count:
        click.echo("defcoop: note: no stored event matches the filters; the report says so", err=True)


@click.command("datasette-metadata")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the metadata file here instead of printing the path of the packaged one.")
@click.option("--database", default="defcoop", show_default=True,
              help="File name of the database without .db (Datasette names databases so); implies writing --out.")
@handle_errors
def datasette_metadata_command(out: Path | None, database: str) -> None:
    """Print the path of the Datasette metadata file shipped with defcoop (or copy it to --out).

    \b
    Examples:
      datasette serve defcoop.db --metadata "$(defcoop datasette-metadata)"
      defcoop datasette-metadata --database news --out metadata.yml
      datasette serve news.db --metadata metadata.yml
    """
    from defcoop.outputs.datasette import metadata_path, write_metadata

    if out is None:
        if database != "defcoop":
            raise click.UsageError("--database needs --out (the packaged file is for defcoop.db)")
        click.echo(str(metadata_path()))
        return
    write_metadata(out, database)
    click.echo(f"wrote {out}")


def _hide_code_option(command: click.Command) -> None:
    """The actor is the CODE argument: the shared ``--code`` filter stays accepted but leaves the help."""
    for param in command.params:
        if isinstance(param, click.Option) and param.name == "code":
            param.hidden = True


for _command in (partners_command, timeline_command):
    _hide_code_option(_command)
