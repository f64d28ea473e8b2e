"""The streamed merged events equal the loaded ones; writers that stream write the same rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy.orm import Session

from defcoop.db.queries import EventFilter
from defcoop.outputs import cameo, flat
from defcoop.outputs.csv_export import _safe_row, csv_row, spreadsheet_safe, write_csv
from defcoop.outputs.dataset import AnalystEvent, iter_analyst_events, load_events
from defcoop.outputs.parquet_export import write_parquet


@pytest.mark.parametrize("filters", [EventFilter(), EventFilter(code="JPN", since="2021"), EventFilter(limit=7)],
                         ids=str)
def test_streamed_events_equal_the_loaded_list(session: Session, filters: EventFilter) -> None:
    streamed = list(iter_analyst_events(session, filters))
    loaded = load_events(session, filters)
    assert [(e.number, e.event, e.sources) for e in streamed] == [(e.number, e.event, e.sources) for e in loaded]
    assert streamed


def test_lone_and_merged_events_own_their_lists(session: Session) -> None:
    events = load_events(session)
    lone = [e for e in events if len(e.event.doc_ids) == 1]
    merged = [e for e in events if len(e.event.doc_ids) > 1]
    assert lone and merged
    ids = [id(e.event.parties) for e in events] + [id(e.event.evidence) for e in events]
    assert len(set(ids)) == len(ids), "no two events share a parties or evidence list"


def test_flat_record_keys_follow_the_columns(events: list[AnalystEvent]) -> None:
    for item in events[:50]:
        assert tuple(flat.flat_record(item)) == flat.COLUMNS
        assert len(csv_row(item)) == len(flat.COLUMNS)


def test_only_formula_like_cells_are_touched() -> None:
    cells = ["=1+1", "-0.5", "plain", "", "@x", "\ttab", "2024-01-01"]
    assert _safe_row(cells) == [spreadsheet_safe(c) for c in cells]


def test_csv_from_a_generator_equals_csv_from_a_list(events: list[AnalystEvent], tmp_path: Path) -> None:
    write_csv(iter(events), tmp_path / "a.csv")
    write_csv(events, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.reader(handle)) == len(events) + 1


@pytest.mark.parametrize("row_group", [1, 7, 10_000])
def test_parquet_row_groups_hold_every_row(events: list[AnalystEvent], tmp_path: Path, row_group: int) -> None:
    path = tmp_path / "events.parquet"
    assert write_parquet(iter(events), path, row_group=row_group) == len(events)
    table = pq.read_table(path)
    assert table.column("event_id").to_pylist() == [e.event_id for e in events]
    assert pq.ParquetFile(path).num_row_groups == -(-len(events) // row_group)


def test_empty_parquet_keeps_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.column_names == list(flat.COLUMNS)


def test_cameo_cells_are_one_line(events: list[AnalystEvent]) -> None:
    item = next(e for e in events if e.event.systems)
    item.event.systems = ["K2\tBlack  Panther", " Chunmoo\n"]
    row = dict(zip(cameo.COLUMNS, cameo.cameo_row(item), strict=True))
    assert row["Systems"] == "K2 Black Panther; Chunmoo"
    clean = next(e for e in events if not e.event.systems)
    assert all(cell == cameo._clean(cell) for cell in cameo.cameo_row(clean))


def test_filtered_ids_read_in_small_chunks_give_the_same_events(session: Session,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from defcoop.outputs import dataset

    filters = EventFilter(code="JPN")
    whole = load_events(session, filters)
    monkeypatch.setattr(dataset, "_ID_CHUNK", 3)
    chunked = load_events(session, filters)
    assert len(whole) > 3
    assert [(e.event, e.sources) for e in chunked] == [(e.event, e.sources) for e in whole]
