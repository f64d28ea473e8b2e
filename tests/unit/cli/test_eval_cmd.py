"""``defcoop eval`` on a tiny corpus of our own with its gold file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from defcoop.cli.eval_cmd import eval_command

ARTICLE = (
    "Vietnam and Japan agree to hold joint naval drills\n\n"
    "Vietnam and Japan agreed on Tuesday to hold joint naval exercises next year, the defence ministry in "
    "Hanoi said. The two navies will also expand personnel exchanges.\n"
)
DECOY = "Bananas and mangoes\n\nThe price of bananas rose sharply this week, traders in the market said.\n"


def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "v001_vn-jp-drills.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "v002_bananas.txt").write_text(DECOY, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc": "v001_vn-jp-drills", "story": "vn-jp", "events": [
            {"codes": ["JPN", "VNM"], "type": "EXERCISE", "stage": "PLANNED", "areas": [], "direction": None},
            {"codes": ["JPN", "VNM"], "type": "PERSONNEL", "stage": "PLANNED", "areas": [], "direction": None},
        ]},
        {"doc": "v002_bananas", "story": "fruit", "events": []},
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return folder, gold


def test_eval_prints_scores_and_breakdowns(tmp_path: Path) -> None:
    folder, gold = corpus(tmp_path)
    result = CliRunner().invoke(eval_command, ["--gold", str(gold), str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "pair+type " in result.output
    assert "per type (pair+type):" in result.output
    assert "EXERCISE" in result.output


def test_eval_json_finds_the_exercise_and_nothing_in_the_decoy(tmp_path: Path) -> None:
    folder, gold = corpus(tmp_path)
    result = CliRunner().invoke(eval_command, ["--gold", str(gold), str(folder), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["by_type"]["EXERCISE"]["tp"] == 1
    assert scores["pair+type"]["fp"] == 0
    assert scores["documents"] == {"gold": 2, "exported": 2}


def test_missing_gold_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, ["--gold", str(tmp_path / "nope.jsonl"), str(tmp_path)])
    assert result.exit_code == 2
