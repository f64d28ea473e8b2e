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


for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    """Entry point of the ``defcoop`` script."""
    cli(prog_name="defcoop")
