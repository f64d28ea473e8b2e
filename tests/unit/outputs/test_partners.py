"""``partner_table``: every partner with counts that agree with the events."""

from __future__ import annotations

from collections import Counter

from rich.console import Console

from defcoop.outputs.dataset import AnalystEvent, SourceRef
from defcoop.outputs.partners import partner_table, render_partners
from defcoop.records import Event, Evidence, Party


def _event(number: int, codes: tuple[str, ...], etype: str, stage: str, date: str | None, areas: list[str],
           docs: list[str]) -> AnalystEvent:
    parties = [Party(c, "state", c) for c in codes]
    event = Event(etype, stage, parties, [Evidence(docs[0], 0, 4, "text")], areas=areas, date=date, doc_ids=docs)
    refs = [SourceRef(d, f"{d}.txt", None, f"site{i}", "2024-01-01", None, "s") for i, d in enumerate(docs)]
    return AnalystEvent(number, event, refs)


def test_partner_rows_by_hand() -> None:
    events = [
        _event(1, ("KEN", "USA"), "EXERCISE", "COMPLETED", "2023-02-01", ["COUNTERTERRORISM"], ["a", "b"]),
        _event(2, ("KEN", "USA"), "AGREEMENT", "AGREED", "2023-09", ["MARITIME_SECURITY"], ["c"]),
        _event(3, ("GBR", "KEN"), "PERSONNEL", "PLANNED", None, [], ["d"]),
        _event(4, ("KEN", "TZA", "UGA"), "DIALOGUE", "DISCUSSION", "2021", ["PEACEKEEPING"], ["e"]),
        _event(5, ("BRA", "CHL"), "VISIT", "COMPLETED", "2022", [], ["f"]),
    ]
    rows = partner_table(events, "KEN")
    assert [r.code for r in rows] == ["USA", "GBR", "TZA", "UGA"]
    usa = rows[0]
    assert usa.events == 2 and usa.types == Counter({"EXERCISE": 1, "AGREEMENT": 1})
    assert usa.first == "2023-02-01" and usa.latest == "2023-09"
    assert usa.furthest_stage == "COMPLETED" and usa.sources == 3
    assert rows[1].first == "2024-01-01"  # undated: the publication date
    assert {r.code for r in partner_table(events, "BRA")} == {"CHL"}
    assert partner_table(events, "FRA") == []


def test_partner_counts_agree_with_events(events: list[AnalystEvent]) -> None:
    rows = partner_table(events, "JPN")
    assert rows and rows == sorted(rows, key=lambda r: (-r.events, -r.sources, r.code))
    for row in rows:
        with_partner = [e for e in events if {"JPN", row.code} <= set(e.event.codes)]
        assert row.events == len(with_partner)
        assert sum(row.types.values()) == len(with_partner)
        assert row.sources == len({s.doc_id for e in with_partner for s in e.sources})


def test_render_lists_every_partner(events: list[AnalystEvent]) -> None:
    console = Console(width=200, record=True)
    rows = partner_table(events, "IND")
    render_partners(rows, "IND", console)
    text = console.export_text()
    assert "Defense partners of India (IND)" in text
    for row in rows:
        assert f"({row.code})" in text
