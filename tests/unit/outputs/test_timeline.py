"""Chronology and the lifecycle of recurring items."""

from __future__ import annotations

from rich.console import Console

from defcoop.outputs.dataset import AnalystEvent, involving
from defcoop.outputs.timeline import chronology, lifecycles, render_timeline


def test_chronology_is_in_date_order(events: list[AnalystEvent]) -> None:
    entries = chronology(involving(events, "JPN"))
    dated = [e.when for e in entries if e.when]
    assert dated == sorted(dated)
    assert all(e.evidence for e in entries)
    assert len(entries) == len(involving(events, "JPN"))


def test_tank_lifecycle_moves_from_talks_to_delivery(events: list[AnalystEvent]) -> None:
    cycles = {c.label: c for c in lifecycles(involving(events, "POL"))}
    tank = cycles["K2 tank (KOR → POL)"]
    assert tank.stages[:3] == ["DISCUSSION", "AGREED", "ONGOING"]
    whens = [s.when for s in tank.steps]
    assert whens == sorted(whens)


def test_one_off_events_are_not_lifecycles(events: list[AnalystEvent]) -> None:
    for cycle in lifecycles(events):
        assert len(cycle.steps) >= 2
        assert len(set(cycle.stages)) >= 2 or cycle.steps[0].systems


def test_render_timeline(events: list[AnalystEvent]) -> None:
    console = Console(width=220, record=True)
    jpn = involving(events, "JPN")
    render_timeline(chronology(jpn), lifecycles(jpn), "JPN", console)
    text = console.export_text()
    assert "Timeline of Japan (JPN)" in text and "Lifecycle of recurring items" in text


def _restaged(item: AnalystEvent, number: int, stage: str, story: str, when: str | None) -> AnalystEvent:
    """A copy of ``item`` at another stage, reported in ``story`` on ``when`` (or undated)."""
    from dataclasses import replace

    sources = [s._replace(story_id=story, published=None) for s in item.sources]
    return AnalystEvent(number, replace(item.event, stage=stage, date=when, systems=[]), sources)


def test_one_report_read_two_ways_is_not_a_lifecycle(events: list[AnalystEvent]) -> None:
    base = next(e for e in events if e.event.type == "EXERCISE")
    one_story = [_restaged(base, 1, "ONGOING", "s1", None), _restaged(base, 2, "COMPLETED", "s1", None)]
    assert lifecycles(one_story) == []
    same_day = [_restaged(base, 1, "PLANNED", "s1", "2024-03-02"), _restaged(base, 2, "AGREED", "s1", "2024-03-02")]
    assert lifecycles(same_day) == []
    two_stories = [_restaged(base, 1, "PLANNED", "s1", None), _restaged(base, 2, "COMPLETED", "s2", None)]
    [cycle] = lifecycles(two_stories)
    assert cycle.stages == ["PLANNED", "COMPLETED"]
    recounted = [_restaged(base, 1, "AGREED", "s1", "2021-05"), _restaged(base, 2, "COMPLETED", "s1", "2023-09")]
    [cycle] = lifecycles(recounted)
    assert [s.when for s in cycle.steps] == ["2021-05", "2023-09"]
