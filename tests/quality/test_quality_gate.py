"""The quality gate: pipeline scores on gold sets must not fall below tests/quality/floors.json.

Sets: the shared seeds and dev articles together (../shared/eval) and the
project's own development sets (tests/data/gold_own, gold_fresh and gold_fresh2:
articles/*.txt and gold.jsonl). The held-out sets are measured, never gated.
Floors are raised as quality rises; lowering one needs a reason in the commit.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from defcoop.config import Settings
from defcoop.evaluation import Report, read_jsonl, run_pipeline, score

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
DATA = REPO / "tests" / "data"
OWN_SETS = ("gold_own", "gold_fresh", "gold_fresh2")
METRICS = ("pair+type", "pair+type+area", "pair+type+stage")


@lru_cache(maxsize=4)
def _evaluate(paths: tuple[str, ...], gold_files: tuple[str, ...]) -> tuple[Report, int]:
    gold = [line for path in gold_files for line in read_jsonl(Path(path))]
    documents, events = run_pipeline(list(paths), Settings())
    report = score(gold, documents, events)
    return report, _decoy_events(gold, documents, events)


def _decoy_events(gold: list[dict[str, Any]], documents: list[dict[str, Any]], events: list[dict[str, Any]]) -> int:
    empty = {g["doc"] for g in gold if not g.get("events")}
    decoy_ids = {d["doc_id"] for d in documents if Path(str(d["source"])).name.split(".")[0] in empty}
    return sum(1 for e in events if decoy_ids & set(e.get("doc_ids") or []))


def _check(name: str, report: Report, decoys: int) -> None:
    floors = FLOORS[name]
    below = [
        f"{metric} F1 {report.scores[metric].f1:.3f} < floor {floors[metric]}"
        for metric in METRICS
        if report.scores[metric].f1 + 1e-9 < floors[metric]
    ]
    if decoys > floors["decoy_events"]:
        below.append(f"{decoys} events on decoy documents > {floors['decoy_events']}")
    assert not below, f"{name}: " + "; ".join(below)


@pytest.fixture(scope="module")
def shared_sets(shared_dir: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    evaluation = shared_dir / "eval"
    paths = (str(evaluation / "seeds"), str(evaluation / "dev"))
    gold = (str(evaluation / "seeds.gold.jsonl"), str(evaluation / "dev.gold.jsonl"))
    return paths, gold


def test_seeds_and_dev_stay_above_floors(shared_sets: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    report, decoys = _evaluate(*shared_sets)
    _check("seeds+dev", report, decoys)


@pytest.mark.parametrize("name", OWN_SETS)
def test_own_gold_sets_stay_above_floors(name: str) -> None:
    gold = DATA / name / "gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"{gold} is not written yet")
    report, decoys = _evaluate((str(DATA / name / "articles"),), (str(gold),))
    _check(name, report, decoys)


def test_floors_file_names_every_metric() -> None:
    for name in ("seeds+dev", *OWN_SETS):
        assert set(METRICS) | {"decoy_events"} <= set(FLOORS[name])
