"""The README is tested: its two set-up commands, and every command it shows exists."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from defcoop.cli.main import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"```(?:bash|toml|python)?\n(.*?)```", text, flags=re.S)


def test_readme_starts_with_exactly_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    first, second = _code_blocks(text)[:2]
    assert first.strip().count("\n") == 0 and second.strip().count("\n") == 0
    assert "defcoop demo" in first and "pip install" in first
    assert second.strip() == "bash scripts/test.sh"
    ci = (README.parent / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci
    # no other code block comes before the two commands
    assert text.index(first) < text.index("## ")


def test_every_command_in_the_readme_exists_and_has_help() -> None:
    text = README.read_text(encoding="utf-8")
    inline = re.findall(r"`defcoop ([a-z][a-z-]+)", text)
    in_blocks = [m for block in _code_blocks(text) for m in re.findall(r"^defcoop ([a-z][a-z-]+)", block, re.M)]
    named = set(inline) | set(in_blocks)
    assert {"ingest", "export", "events", "demo"} <= named
    runner = CliRunner()
    for name in sorted(named):
        assert name in cli.commands, f"README shows `defcoop {name}` but there is no such command"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_version_and_top_level_help() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["--version"]).output.startswith("defcoop, version ")
    result = runner.invoke(cli, ["--help"])
    for name in cli.commands:
        assert name in result.output
