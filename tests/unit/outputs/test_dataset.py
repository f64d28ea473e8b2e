"""The merged-event loader agrees with iter_events + merged_events for every filter."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from defcoop.db.queries import EventFilter, iter_events
from defcoop.outputs.dataset import AnalystEvent, code_name, load_events, most_advanced_stage
from defcoop.outputs.jsonl import iter_event_records, merged_events

FILTERS = [
    EventFilter(),
    EventFilter(code="JPN"),
    EventFilter(code="JPN", partner="USA"),
    EventFilter(type="ARMS_TRANSFER", since="2021"),
    EventFilter(area="MISSILES", until="2022-06"),
    EventFilter(stage="AGREED", min_confidence=0.7),
    EventFilter(code="POL", limit=5),
]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_same_events_as_the_orm_path(session: Session, filters: EventFilter) -> None:
    fast = [item.event for item in load_events(session, filters)]
    slow = merged_events(iter_events(session, filters))
    assert fast == slow
    if filters != EventFilter(code="POL", limit=5):
        assert fast, "the synthetic corpus should have events for every filter used here"


def test_numbers_match_the_jsonl_export(session: Session) -> None:
    records = list(iter_event_records(session, EventFilter(code="KOR")))
    loaded = load_events(session, EventFilter(code="KOR"))
    assert [r["event_id"] for r in records] == [e.event_id for e in loaded]
    assert [r["codes"] for r in records] == [e.event.codes for e in loaded]


def test_stories_told_by_several_outlets_count_once(events: list[AnalystEvent]) -> None:
    multi = [e for e in events if len(e.sources) > 1]
    assert multi, "the corpus has stories with several outlets"
    for item in multi:
        assert len({s.story_id for s in item.sources}) == 1
        assert sorted(item.event.doc_ids) == sorted(s.doc_id for s in item.sources)


def test_when_falls_back_to_publication(events: list[AnalystEvent]) -> None:
    undated = [e for e in events if e.event.date is None]
    assert undated
    for item in undated:
        assert item.when == min(s.published for s in item.sources if s.published)
        assert item.year == int(item.when[:4])  # type: ignore[index]


def test_names_and_stages() -> None:
    assert code_name("JPN") == "Japan"
    assert code_name("NATO") == "North Atlantic Treaty Organization"
    assert code_name("XXX") == "XXX"
    assert most_advanced_stage(["PROPOSED", "REJECTED", "AGREED"]) == "AGREED"
    assert most_advanced_stage(["REJECTED"]) == "REJECTED"
    assert most_advanced_stage([]) is None
