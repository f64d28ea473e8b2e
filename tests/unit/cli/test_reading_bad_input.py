"""The reading commands on bad input: an unknown actor code, an impossible date, a database
that is empty or missing, a folder that cannot be written. Each gives one clear error line
(click's usage format for bad parameters), no traceback, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.synthetic_corpus import build_database

from defcoop.cli.main import cli

COMMANDS_WITH_CODE: list[list[str]] = [
    ["partners", "{code}"],
    ["timeline", "{code}"],
    ["timeline", "POL", "--partner", "{code}"],
    ["events", "--code", "{code}"],
    ["stories", "--code", "{code}"],
    ["entities", "--code", "{code}"],
    ["export", "--code", "{code}", "--out", "{tmp}/export"],
    ["plot", "network", "--code", "{code}", "--out", "{tmp}/network.png"],
    ["report", "--code", "{code}", "--out", "{tmp}/report.html"],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('reading') / 'defcoop.db'}"
    build_database(url, stories=12, seed=3).close()
    return url


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def _error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(("Error:", "defcoop: error:"))]


def _args(template: list[str], code: str, tmp: Path) -> list[str]:
    return [part.format(code=code, tmp=tmp) for part in template]


@pytest.mark.parametrize("template", COMMANDS_WITH_CODE, ids=lambda t: " ".join(t[:2]))
def test_unknown_code_is_a_usage_error_that_writes_nothing(db: str, tmp_path: Path, template: list[str]) -> None:
    code, output = _run(*_args(template, "XQZ", tmp_path), "--db", db)
    assert code == 2, output
    [line] = _error_lines(output)
    assert "'XQZ' is not a known state or grouping code" in line and "Traceback" not in output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("typed", "suggested"), [("japan", "JPN (Japan)"), ("KOE", "KOR (South Korea)"),
                                                  ("Kenya", "KEN (Kenya)")])
def test_a_name_or_a_typo_gets_a_suggestion(db: str, typed: str, suggested: str) -> None:
    code, output = _run("partners", typed, "--db", db)
    assert code == 2
    assert f"did you mean {suggested}?" in _error_lines(output)[0]


def test_codes_are_case_insensitive_and_a_quiet_actor_gets_one_line(db: str) -> None:
    code, output = _run("partners", "isl", "--db", db)
    assert code == 0 and output.strip() == "No partners of Iceland (ISL): no stored event matches the filters."
    code, output = _run("timeline", "ISL", "--db", db)
    assert code == 0 and output.strip() == "No events of Iceland (ISL): no stored event matches the filters."
    code, output = _run("events", "--code", "isl", "--db", db)
    assert code == 0 and output.strip() == "No stored event matches the filters."


@pytest.mark.parametrize("value", ["2024-13", "2023-02-29", "2024-00", "yesterday", "24-05"])
def test_impossible_dates_are_refused(db: str, value: str) -> None:
    code, output = _run("partners", "JPN", "--since", value, "--db", db)
    assert code == 2
    [line] = _error_lines(output)
    assert f"'{value}' is not a date like 2024, 2024-05 or 2024-05-17" in line


def test_real_dates_are_accepted(db: str) -> None:
    for value in ("2024", "2024-02", "2024-02-29"):
        assert _run("partners", "JPN", "--until", value, "--db", db)[0] == 0


@pytest.mark.parametrize("args", [["partners", "JPN"], ["timeline", "JPN"], ["events"], ["stories"], ["entities"],
                                  ["export", "--out", "{tmp}/export"], ["plot", "areas", "--out", "{tmp}/a.png"],
                                  ["report", "--out", "{tmp}/r.html"]], ids=lambda a: a[0])
def test_empty_and_missing_databases(tmp_path: Path, args: list[str]) -> None:
    args = _args(args, "", tmp_path)
    missing = tmp_path / "typo.db"
    code, output = _run(*args, "--db", f"sqlite:///{missing}")
    assert code == 1
    [line] = _error_lines(output)
    assert f"no such file {missing}" in line and "defcoop ingest PATH" in line
    assert not missing.exists(), "a reading command must not create the database"
    empty = tmp_path / "empty.db"
    empty.touch()
    code, output = _run(*args, "--db", f"sqlite:///{empty}")
    assert code == 1
    [line] = _error_lines(output)
    assert "holds no documents yet; ingest articles first" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"], "nothing is written from an empty database"


@pytest.mark.parametrize("args", [["plot", "network", "--out", "{tmp}/no/such/folder/n.png"],
                                  ["plot", "timeline", "--out", "{tmp}/t.gif"],
                                  ["report", "--out", "{tmp}/no/such/folder/r.html"],
                                  ["export", "--format", "csv", "--out", "{tmp}/file.txt/sub"]],
                         ids=lambda a: a[0] + " " + a[-1].rsplit("/", 1)[-1])
def test_outputs_that_cannot_be_written(db: str, tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "file.txt").write_text("a file, not a folder")
    code, output = _run(*_args(args, "", tmp_path), "--db", db)
    assert code == 1, output
    [line] = _error_lines(output)
    assert line.startswith("defcoop: error: ") and "Traceback" not in output


def test_tables_written_to_a_pipe_are_not_folded_into_narrow_columns(db: str, monkeypatch: pytest.MonkeyPatch
                                                                      ) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    code, output = _run("partners", "JPN", "--db", db)
    assert code == 0
    header = next(line for line in output.splitlines() if "partner" in line and "events" in line)
    assert "furthest stage" in header and "top areas" in header, "column titles folded"
    assert len(header) > 100


def test_the_dyad_export_says_that_undated_events_are_not_in_it(db: str, tmp_path: Path) -> None:
    code, output = _run("export", "--format", "dyads", "--out", str(tmp_path), "--db", db)
    assert code == 0
    assert "dyads.csv" in output and "events without any date have no year and are not in it" in output
    code, output = _run("export", "--format", "csv", "--out", str(tmp_path), "--db", db)
    assert code == 0 and "without any date" not in output


@pytest.mark.parametrize("args", [["plot", "timeline", "--out", "{tmp}/t.png"], ["report", "--out", "{tmp}/r.html"]],
                         ids=lambda a: a[0])
def test_a_figure_or_report_without_events_is_written_with_a_note(db: str, tmp_path: Path, args: list[str]) -> None:
    code, output = _run(*_args(args, "", tmp_path), "--code", "ISL", "--db", db)
    assert code == 0
    assert "(0 events)" in output and "no stored event matches the filters" in output
    assert len(list(tmp_path.iterdir())) == 1
