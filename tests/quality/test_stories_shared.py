"""Story clustering on real articles (../shared) and on the project's own story set.

Pairwise precision/recall of "same story" against the gold ``story`` labels,
as shared/eval/score.py computes it. Target: F1 = 1.0 on the shared articles,
in either ingest order, with text alone and with the pipeline's events.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from defcoop.config import Settings
from defcoop.records import Document, Event, RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cluster import ClusterIndex

REPO = Path(__file__).resolve().parents[2]
OWN = REPO / "tests" / "data" / "stories_own"

EventSource = Callable[[Document], Sequence[Event]]


def no_events(document: Document) -> Sequence[Event]:
    return []


def pairwise_f1(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, list[str]]:
    tp = fp = fn = 0
    errors: list[str] = []
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold != same_pred:
            errors.append(f"{a} ~ {b}: gold {'same' if same_gold else 'apart'}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), errors


def assign_stories(paths: Sequence[Path], events_of: EventSource, published: dict[str, str] | None = None,
                   ) -> dict[str, str]:
    index = ClusterIndex(Settings())
    stories: dict[str, str] = {}
    for path in paths:
        raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"),
                          published=(published or {}).get(path.stem))
        document = clean(raw)
        events = events_of(document)
        decision = index.assign(document, events)
        index.add(document, events, decision)
        stories[path.stem] = decision.story_id
    return stories


def shared_gold(shared_dir: Path) -> tuple[list[Path], dict[str, str]]:
    gold: dict[str, str] = {}
    for name in ("seeds", "dev"):
        for line in (shared_dir / "eval" / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                gold[record["doc"]] = record["story"]
    paths = sorted((shared_dir / "eval").glob("*/*.txt"))
    return paths, gold


@pytest.fixture(scope="module")
def pipeline_events() -> EventSource:
    try:
        from defcoop.pipeline import Pipeline

        pipeline = Pipeline.from_settings(Settings())
    except Exception as exc:  # the extractor is developed concurrently; text-only tests still run
        pytest.skip(f"the pipeline cannot be loaded: {exc}")

    def events_of(document: Document) -> Sequence[Event]:
        return pipeline.analyze(document).events

    return events_of


@pytest.mark.shared
@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_shared_stories_from_text_alone(shared_dir: Path, order: str) -> None:
    paths, gold = shared_gold(shared_dir)
    if order == "reversed":
        paths = paths[::-1]
    f1, errors = pairwise_f1(gold, assign_stories(paths, no_events))
    assert errors == []
    assert f1 == 1.0


@pytest.mark.shared
@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_shared_stories_with_pipeline_events(shared_dir: Path, order: str, pipeline_events: EventSource) -> None:
    paths, gold = shared_gold(shared_dir)
    if order == "reversed":
        paths = paths[::-1]
    f1, errors = pairwise_f1(gold, assign_stories(paths, pipeline_events))
    assert errors == []
    assert f1 == 1.0


def own_story_set() -> tuple[list[Path], dict[str, str], dict[str, str]]:
    labels = OWN / "stories.jsonl"
    if not labels.is_file():
        pytest.skip(f"{labels} is not there yet (the own story set is written separately)")
    gold: dict[str, str] = {}
    published: dict[str, str] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["doc"]] = record["story"]
            if record.get("published"):
                published[record["doc"]] = record["published"]
    paths = sorted(p for p in OWN.glob("*.txt") if p.stem in gold)
    return paths, gold, published


def test_own_story_set_from_text_alone() -> None:
    paths, gold, published = own_story_set()
    f1, errors = pairwise_f1({p.stem: gold[p.stem] for p in paths}, assign_stories(paths, no_events, published))
    print(f"own story set, text alone: pairwise F1 = {f1:.3f}; errors: {errors}")
    assert f1 >= 0.9, errors


def test_own_story_set_with_pipeline_events(pipeline_events: EventSource) -> None:
    paths, gold, published = own_story_set()
    stories = assign_stories(paths, pipeline_events, published)
    f1, errors = pairwise_f1({p.stem: gold[p.stem] for p in paths}, stories)
    print(f"own story set, with events: pairwise F1 = {f1:.3f}; errors: {errors}")
    assert f1 >= 0.9, errors


@pytest.mark.shared
@pytest.mark.parametrize("with_events", [False, True])
def test_shared_and_own_sets_together(shared_dir: Path, with_events: bool, request: pytest.FixtureRequest) -> None:
    """Both sets in one index: stories of one dyad in other years must not chain together."""
    shared_paths, gold = shared_gold(shared_dir)
    own_paths, own_gold, published = own_story_set()
    gold.update(own_gold)
    events_of = request.getfixturevalue("pipeline_events") if with_events else no_events
    paths = shared_paths + own_paths
    for order in (paths, paths[::-1]):
        stories = assign_stories(order, events_of, published)
        f1, errors = pairwise_f1({p.stem: gold[p.stem] for p in paths}, stories)
        print(f"shared + own, {'with events' if with_events else 'text alone'}: pairwise F1 = {f1:.3f}; {errors}")
        assert f1 >= 0.9, errors
