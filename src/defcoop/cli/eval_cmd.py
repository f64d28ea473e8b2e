"""``defcoop eval``: run the pipeline on annotated articles and score it against the gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from defcoop.cli.common import handle_errors, settings_from
from defcoop.evaluation import format_report, run_and_score


@click.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold annotations (JSON Lines, one line per document, as in shared/eval/*.gold.jsonl).")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--lexicons", "lexicons", multiple=True, metavar="FILE",
              help="Extra knowledge-base or lexicon file (repeatable).")
@click.option("--verbose", is_flag=True, help="List the missed and spurious keys of every document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@handle_errors
def eval_command(gold: Path, paths: tuple[str, ...], lexicons: tuple[str, ...], verbose: bool, as_json: bool) -> None:
    """Score the pipeline on the articles under PATH... against --gold.

    The articles are ingested into a temporary SQLite database and exported, then
    scored with the definitions of shared/eval/score.py: pair+type,
    pair+type+area, pair+type+stage and story, plus per-type and per-stage lines.

    \b
    Example:
      defcoop eval --gold ../shared/eval/dev.gold.jsonl ../shared/eval/dev --verbose
    """
    report = run_and_score(list(paths), gold, settings_from(None, lexicons))
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(format_report(report, verbose=verbose))


__all__ = ["eval_command"]
