"""The README's main commands: the demo, and ingest + export + score on the shared real articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli


def test_demo_prints_the_partnership_summary(tmp_path: Path) -> None:
    result = run_cli("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for heading in ("Most active dyads", "Events by type", "Top areas", "Latest event"):
        assert heading in result.stdout
    assert "0 failed" in result.stdout
    assert not list(tmp_path.iterdir()), "the demo must not leave files in the working folder"


def _score(shared: Path, gold: str, out: Path) -> dict[str, dict[str, float]]:
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                             str(shared / "eval" / gold), "--pred", str(out), "--json"],
                            capture_output=True, text=True, check=True)
    scores: dict[str, dict[str, float]] = json.loads(result.stdout)
    return scores


def test_shared_articles_through_the_cli(tmp_path: Path, shared_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'eval.db'}"
    ingest = run_cli("ingest", str(shared_dir / "eval" / "seeds"), str(shared_dir / "eval" / "dev"), "--db", db)
    assert ingest.returncode == 0, ingest.stderr
    assert "documents: 20 new" in ingest.stdout
    out = tmp_path / "out"
    assert run_cli("export", "--db", db, "--out", str(out)).returncode == 0
    for gold, count in (("seeds.gold.jsonl", 5), ("dev.gold.jsonl", 15)):
        scores = _score(shared_dir, gold, out)
        assert scores["documents"] == {"gold": count, "exported": count}
        print(gold, {k: v["f1"] for k, v in scores.items() if "f1" in v})
        assert scores["pair+type"]["f1"] >= 0.6
