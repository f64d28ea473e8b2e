"""``defcoop ingest`` and ``defcoop demo``: run the pipeline over inputs into a database."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from defcoop.cli.common import EXIT_FAILED, console, db_option, handle_errors, open_store, settings_from
from defcoop.config import Settings
from defcoop.outputs.summary import partnership_summary, render_summary
from defcoop.pipeline import IngestReport, Pipeline, ingest
from defcoop.records import ReadFailure
from defcoop.stages.read import expand_paths

lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, metavar="PATH", type=click.Path(dir_okay=False),
    help="Extra gazetteer or lexicon file (.tsv) to load on top of the package data; repeatable.",
)


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    """Number of input files, for the progress bar (None when reading stdin)."""
    if "-" in paths:
        return None
    return sum(1 for item in expand_paths(paths) if not isinstance(item, ReadFailure))


def run_ingest(paths: tuple[str, ...], settings: Settings, quiet: bool = False) -> IngestReport:
    """Ingest ``paths`` into ``settings.db`` with a progress bar; return the report."""
    pipeline = Pipeline.from_settings(settings)
    total = _count_inputs(paths)
    with open_store(settings.db) as store:
        progress = Progress(
            SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TextColumn("{task.fields[current]}"),
            console=console(stderr=True), transient=True, disable=quiet,
        )
        with progress:
            task = progress.add_task("ingest", total=total, current="")
            seen_files: set[str] = set()

            def advance(source: str) -> None:
                file_name = source.split("#", 1)[0]
                if file_name not in seen_files:
                    seen_files.add(file_name)
                    progress.update(task, advance=1, current=Path(file_name).name[:40])

            return ingest(paths, store, pipeline, settings, on_item=advance)


def print_report(report: IngestReport) -> None:
    """Print what an ingest run did, one failure per line."""
    out = console()
    for failure in report.failures:
        click.echo(f"defcoop: failed: {failure.source}: {failure.message}", err=True)
    line = (f"documents: {report.new} new, {report.already_stored} already stored, {report.failed} failed; "
            f"events found: {report.events}")
    extras = []
    if report.duplicates:
        extras.append(f"{report.duplicates} near-duplicates")
    if report.non_english:
        extras.append(f"{report.non_english} not in English (skipped for extraction)")
    if report.no_text:
        extras.append(f"{report.no_text} with no article text left after cleaning (only page furniture such as "
                      "cookie notices, menus and share prompts; check the scraper's output)")
    if extras:
        line += " (" + ", ".join(extras) + ")"
    out.print(line)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@lexicon_option
@click.option("--batch-size", type=click.IntRange(1, 10000), default=None,
              help="Documents per transaction (default 25).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@handle_errors
def ingest_command(paths: tuple[str, ...], db: str | None, lexicons: tuple[str, ...],
                   batch_size: int | None, quiet: bool) -> None:
    """Read articles and store the cooperation events they state.

    PATH may be a file (.txt, .md, .html, .jsonl, .warc, .warc.gz, or an RSS
    or Atom feed as .rss, .atom or .xml: one article per item), a folder
    (read recursively) or - for standard input. Documents already stored
    (same content) are skipped, so an interrupted run can simply be repeated.

    \b
    Examples:
      defcoop ingest articles/ --db sqlite:///news.db
      defcoop ingest dump.jsonl crawl.warc.gz
      defcoop ingest defence-news.rss
      cat story.txt | defcoop ingest -
    """
    settings = settings_from(db, lexicons, batch_size=batch_size)
    report = run_ingest(paths, settings, quiet)
    print_report(report)
    if report.failed:
        raise SystemExit(EXIT_FAILED)


def demo_corpus_dir() -> Path:
    """The folder of the demo corpus shipped inside the package."""
    return Path(str(resources.files("defcoop") / "demo_corpus"))


def demo_articles() -> list[Path]:
    """The articles of the demo corpus (its README describes them and is not one)."""
    return sorted(path for path in demo_corpus_dir().glob("*.txt") if path.is_file())


@click.command("demo")
@click.option("--db", "db", metavar="URL", default=None,
              help="Where to build the demo database (default: a fresh SQLite file in a temporary folder).")
@click.option("--top", type=click.IntRange(1, 100), default=8, help="How many dyads and areas to list.")
@handle_errors
def demo_command(db: str | None, top: int) -> None:
    """Ingest the bundled demo corpus into a fresh database and summarize it.

    The demo corpus is a set of short articles written by the project about
    publicly known defense cooperation. The summary lists the most active
    dyads, events by type, the top areas and the latest event.

    \b
    Examples:
      defcoop demo
      defcoop demo --db sqlite:///demo.db --top 12   # keep the database, then:
      defcoop partners JPN --db sqlite:///demo.db
    """
    with tempfile.TemporaryDirectory(prefix="defcoop-demo-") as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'demo.db'}"
        settings = settings_from(url)
        corpus = demo_corpus_dir()
        click.echo(f"Ingesting the demo corpus ({corpus}) into {url}")
        report = run_ingest(tuple(str(path) for path in demo_articles()), settings)
        print_report(report)
        with open_store(url) as store, store.session() as session:
            render_summary(partnership_summary(session, top=top), console())
