"""The project's gold sets are well formed: one line per article, spec vocabulary only.

``gold_own``, ``gold_fresh`` and ``gold_fresh2`` are development sets; ``gold_heldout``,
``gold_blind``, ``gold_fresh3`` and ``gold_fresh4`` are held out (measured, never tuned to: see their READMEs).
A malformed line would silently count as missed or spurious keys, so every set is checked here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defcoop.kb import load_knowledge_base
from defcoop.records import AREAS, EVENT_TYPES, STAGES

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("gold_own", "gold_fresh", "gold_fresh2", "gold_heldout", "gold_blind", "gold_fresh3", "gold_fresh4")


def _lines(name: str) -> list[dict[str, object]]:
    path = DATA / name / "gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def known_codes() -> set[str]:
    kb = load_knowledge_base()
    return set(kb.state_codes) | {e.code for e in kb.entities("alliance") if e.code}


@pytest.mark.parametrize("name", SETS)
def test_every_gold_line_has_its_article_and_every_article_a_line(name: str) -> None:
    stems = {p.name.split(".")[0] for p in (DATA / name / "articles").iterdir() if p.is_file()}
    docs = [str(g["doc"]) for g in _lines(name)]
    assert len(docs) == len(set(docs)), f"{name}: a document has two gold lines"
    assert set(docs) == stems


@pytest.mark.parametrize("name", SETS)
def test_gold_events_use_the_spec_vocabulary(name: str, known_codes: set[str]) -> None:
    problems = []
    for gold in _lines(name):
        for event in gold["events"]:  # type: ignore[attr-defined]
            codes = event["codes"]
            if len(set(codes)) < 2 or not set(codes) <= known_codes:
                problems.append((gold["doc"], "codes", codes))
            if event["type"] not in EVENT_TYPES or event["stage"] not in STAGES:
                problems.append((gold["doc"], "type/stage", event["type"], event["stage"]))
            if not set(event.get("areas") or []) <= set(AREAS):
                problems.append((gold["doc"], "areas", event["areas"]))
            direction = event.get("direction")
            if direction and {direction["from"], direction["to"]} - set(codes):
                problems.append((gold["doc"], "direction", direction))
    assert not problems, problems[:5]
