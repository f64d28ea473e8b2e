"""Scoring with the definitions of shared/eval/score.py: pair expansion, per-document sets, story pairs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from defcoop.evaluation import event_keys, file_stem, format_report, score

GOLD = [
    {"doc": "a", "story": "s1", "events": [
        {"codes": ["JPN", "TUR"], "type": "DIALOGUE", "stage": "PLANNED", "areas": ["UAV"]},
        {"codes": ["AUS", "GBR", "USA"], "type": "AGREEMENT", "stage": "AGREED", "areas": []},
    ]},
    {"doc": "b", "story": "s1", "events": []},
    {"doc": "c", "story": "s2", "events": [{"codes": ["FRA", "IND"], "type": "ARMS_TRANSFER", "stage": "AGREED",
                                            "areas": ["FIGHTER_AIRCRAFT"]}]},
]
DOCS = [
    {"doc_id": "d1", "source": "corpus/a.txt", "story_id": "x"},
    {"doc_id": "d2", "source": "corpus/b.txt", "story_id": "x"},
    {"doc_id": "d3", "source": "/tmp/c.txt", "story_id": "y"},
]
EVENTS = [
    {"codes": ["JPN", "TUR"], "type": "DIALOGUE", "stage": "COMPLETED", "areas": ["UAV", "NAVAL_VESSELS"],
     "doc_ids": ["d1"]},
    {"codes": ["AUS", "USA"], "type": "AGREEMENT", "stage": "AGREED", "areas": [], "doc_ids": ["d1"]},
    {"codes": ["JPN", "TUR"], "type": "GENERAL", "stage": "ONGOING", "areas": [], "doc_ids": ["d2"]},
]


def test_events_with_more_than_two_codes_expand_to_every_pair() -> None:
    keys = event_keys({"codes": ["USA", "AUS", "GBR"], "type": "agreement", "stage": "agreed", "areas": ["SPACE"]})
    pairs = {("AUS", "GBR"), ("AUS", "USA"), ("GBR", "USA")}
    assert keys["pair+type"] == {(pair, "AGREEMENT") for pair in pairs}
    assert len(keys["pair+type+area"]) == 3


def test_file_stem_joins_documents_to_gold() -> None:
    assert file_stem("corpus/000_8407de0ddb71bd0b.txt") == "000_8407de0ddb71bd0b"
    assert file_stem("C:\\data\\h001_rafale.txt") == "h001_rafale"


def test_micro_scores_per_document() -> None:
    report = score(GOLD, DOCS, EVENTS)
    pair_type = report.scores["pair+type"]
    assert (pair_type.tp, pair_type.fp, pair_type.fn) == (2, 1, 3)
    stage = report.scores["pair+type+stage"]
    assert (stage.tp, stage.fp, stage.fn) == (1, 2, 4)
    area = report.scores["pair+type+area"]
    assert (area.tp, area.fp, area.fn) == (1, 1, 1)
    assert report.by_type["GENERAL"].fp == 1
    assert report.documents_found == 3


def test_story_pairs() -> None:
    story = score(GOLD, DOCS, EVENTS).story
    assert (story.tp, story.fp, story.fn) == (1, 0, 0)


def test_verbose_report_lists_missed_and_spurious_keys() -> None:
    text = format_report(score(GOLD, DOCS, EVENTS), verbose=True)
    assert "missed   (('FRA', 'IND'), 'ARMS_TRANSFER')" in text
    assert "spurious (('JPN', 'TUR'), 'GENERAL')" in text


def test_same_figures_as_the_shared_scorer(tmp_path: Path, shared_dir: Path) -> None:
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    (tmp_path / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in EVENTS))
    scorer = shared_dir / "eval" / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path), "--json"],
        capture_output=True, text=True, check=True,
    )
    theirs = json.loads(result.stdout)
    ours = score(GOLD, DOCS, EVENTS).as_dict()
    for metric in ("pair+type", "pair+type+area", "pair+type+stage", "story"):
        assert ours[metric] == pytest.approx(theirs[metric])
