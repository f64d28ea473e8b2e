"""The ``defcoop`` command: a thin layer over the library.

Every command lives in its own module under :mod:`defcoop.cli` and is
registered here.
"""

from __future__ import annotations

import click

from defcoop import __version__
from defcoop.cli.analysis_cmds import (
    datasette_metadata_command,
    partners_command,
    plot_command,
    report_command,
    timeline_command,
)
from defcoop.cli.entities_cmd import entities
from defcoop.cli.eval_cmd import eval_command
from defcoop.cli.ingest_cmd import demo_command, ingest_command
from defcoop.cli.query_cmds import events_command, export_command
from defcoop.cli.stories_cmd import stories

COMMANDS: list[click.Command] = [
    ingest_command, demo_command, events_command, export_command, entities, stories, eval_command,
    partners_command, timeline_command, plot_command, report_command, datasette_metadata_command,
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="defcoop")
def cli() -> None:
    """defcoop: an evidence-backed knowledge base of international defense cooperation.

    Typical session:

    \b
      defcoop ingest articles/ --db sqlite:///news.db   # read, extract, store
      defcoop events --db sqlite:///news.db --code JPN  # look at the events
      defcoop export --db sqlite:///news.db --out out/  # JSON Lines for other tools

    The database defaults to sqlite:///defcoop.db in the current folder
    (or $DEFCOOP_DB, or `db = "..."` in ./defcoop.toml). Run
    `defcoop COMMAND --help` for the options of each command.
    """


#: One line per command in ``defcoop --help`` (click would cut each docstring at 45 characters).
SHORT_HELP: dict[str, str] = {
    "ingest": "Read articles and store their cooperation events.",
    "demo": "Ingest the bundled demo corpus and print a summary.",
    "events": "List stored events with their evidence sentence.",
    "export": "Write events as JSONL, CSV, Parquet, GraphML, dyads...",
    "entities": "List the actors, people and systems mentioned.",
    "stories": "List stories with their documents, outlets and events.",
    "eval": "Score the pipeline on articles against gold annotations.",
    "partners": "Every partner of a state or alliance, most active first.",
    "timeline": "The chronology of an actor's events, with evidence.",
    "plot": "Draw the network, an area heatmap or a timeline.",
    "report": "Write a self-contained HTML report.",
    "datasette-metadata": "The metadata file to browse the database in Datasette.",
}

for command in COMMANDS:
    command.short_help = SHORT_HELP.get(command.name or "", command.short_help)
    cli.add_command(command)


def main() -> None:
    """Entry point of the ``defcoop`` script."""
    cli(prog_name="defcoop")
