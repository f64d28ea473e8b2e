"""``defcoop demo`` stores the demo articles, and only them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from defcoop.cli.ingest_cmd import demo_articles, demo_corpus_dir
from defcoop.cli.main import cli


def test_demo_stores_every_article_and_not_the_corpus_readme(tmp_path: Path) -> None:
    articles = demo_articles()
    assert (demo_corpus_dir() / "README.md").is_file() and len(articles) >= 30
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--db", f"sqlite:///{db}"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"documents: {len(articles)} new" in result.output
    with sqlite3.connect(db) as conn:
        sources = {Path(row[0]).name for row in conn.execute("select source from documents")}
    assert sources == {path.name for path in articles}


def test_every_command_has_a_whole_line_in_the_command_list_and_examples_in_its_help() -> None:
    from defcoop.cli.main import COMMANDS

    listing = CliRunner().invoke(cli, ["--help"], env={"COLUMNS": "80"}).output
    commands = listing.split("Commands:", 1)[1].splitlines()
    assert len([line for line in commands if line.strip()]) == len(COMMANDS)
    assert not any(line.rstrip().endswith("...") and "dyads" not in line for line in commands)
    for command in COMMANDS:
        text = CliRunner().invoke(cli, [command.name or "", "--help"]).output
        assert "Example" in text and f"defcoop {command.name}" in text, command.name


def test_partners_and_timeline_take_the_actor_as_argument_only() -> None:
    for name in ("partners", "timeline"):
        text = CliRunner().invoke(cli, [name, "--help"], prog_name="defcoop").output
        assert "--code" not in text and "--partner" in text and f"Usage: defcoop {name} [OPTIONS] CODE" in text
