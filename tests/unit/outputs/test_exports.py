"""Every export format parses with its standard reader and agrees with the database."""

from __future__ import annotations

import csv
import itertools
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from sqlalchemy.orm import Session

from defcoop.db.queries import EventFilter
from defcoop.errors import OutputError
from defcoop.outputs import cameo, dyads, flat
from defcoop.outputs.dataset import AnalystEvent, load_events
from defcoop.outputs.exports import FILE_NAMES, FORMATS, export
from defcoop.records import ALLIANCE_CODES, EVENT_TYPES


def _pair_counts(events: list[AnalystEvent]) -> Counter[tuple[str, str]]:
    return Counter(p for e in events for p in itertools.combinations(e.event.codes, 2))


def test_csv(session: Session, events: list[AnalystEvent], out_dir: Path) -> None:
    assert export(session, "csv", out_dir) == {"events.csv": len(events)}
    with (out_dir / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(events)
    assert list(rows[0]) == list(flat.COLUMNS)
    for row, item in zip(rows, events, strict=True):
        assert row["event_id"] == item.event_id and row["type"] == item.event.type
        assert row["codes"].split(" | ") == item.event.codes
        assert int(row["n_documents"]) == len(item.sources)
    tricky = [r for r in rows if "<and chose another bidder>" in r["evidence"]]
    assert tricky, "text with markup characters survives the CSV round trip"


def test_parquet(session: Session, events: list[AnalystEvent], out_dir: Path) -> None:
    export(session, "parquet", out_dir)
    table = pq.read_table(out_dir / "events.parquet")
    assert table.num_rows == len(events)
    assert table.column_names == list(flat.COLUMNS)
    codes = table.column("codes").to_pylist()
    assert codes == [e.event.codes for e in events]
    assert table.schema.field("confidence").type == "double"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network(session: Session, events: list[AnalystEvent], out_dir: Path, fmt: str) -> None:
    counts = export(session, fmt, out_dir)
    path = out_dir / FILE_NAMES[fmt]
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    pairs = _pair_counts(events)
    assert counts[FILE_NAMES[fmt]] == graph.number_of_edges() == len(pairs)
    for (a, b), count in pairs.items():
        data = graph.edges[a, b]
        assert int(data["weight"]) == count
        assert sum(int(data[f"type_{t}"]) for t in EVENT_TYPES) == count
    jpn = graph.nodes["JPN"]
    assert jpn["name"] == "Japan" and jpn["kind"] == "state"
    assert int(jpn["events"]) == sum(1 for e in events if "JPN" in e.event.codes)
    alliances = [n for n in graph.nodes if n in ALLIANCE_CODES]
    assert alliances and all(graph.nodes[n]["kind"] == "alliance" for n in alliances)


def test_dyads_agree_with_events(session: Session, events: list[AnalystEvent], out_dir: Path) -> None:
    export(session, "dyads", out_dir)
    with (out_dir / "dyads.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(dyads.COLUMNS)
    by_pair: Counter[tuple[str, str]] = Counter()
    for row in rows:
        assert row["code_a"] < row["code_b"]
        types = sum(int(row[t.lower()]) for t in EVENT_TYPES)
        assert types == int(row["events"])
        assert row["first_date"] <= row["last_date"] and row["first_date"].startswith(row["year"])
        by_pair[(row["code_a"], row["code_b"])] += int(row["events"])
    assert by_pair == _pair_counts([e for e in events if e.when])
    assert len({(r["code_a"], r["code_b"], r["year"]) for r in rows}) == len(rows)
    signed = sum(int(r["agreements_signed"]) for r in rows)
    expected = sum(len(list(itertools.combinations(e.event.codes, 2))) for e in events
                   if e.event.type == "AGREEMENT" and e.event.stage in dyads.SIGNED_STAGES)
    assert signed == expected


def test_cameo(session: Session, events: list[AnalystEvent], out_dir: Path) -> None:
    export(session, "cameo", out_dir)
    with (out_dir / "events.cameo.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == len(events)
    assert list(rows[0]) == list(cameo.COLUMNS)
    for row, item in zip(rows, events, strict=True):
        assert len(row["SQLDATE"]) == 8 and row["SQLDATE"].isdigit()
        assert row["EventRootCode"] == row["EventCode"][:2] and row["EventBaseCode"] == row["EventCode"][:3]
        if item.event.direction:
            assert (row["Actor1Code"], row["Actor2Code"]) == item.event.direction
        assert int(row["NumArticles"]) == len(item.sources)
    visits = [r for r in rows if r["DefcoopType"] == "VISIT"]
    assert visits and {r["EventCode"] for r in visits} == {"042"}  # stored or from the spec table
    assert {r["QuadClass"] for r in rows} <= {"1", "2"}


def test_cameo_falls_back_to_the_spec_table(events: list[AnalystEvent]) -> None:
    item = next(e for e in events if e.event.type == "INFO_SHARING")
    item.event.cameo = None
    assert cameo.event_code(item) == "064"
    item.event.type, item.event.stage = "AGREEMENT", "DISCUSSION"
    assert cameo.event_code(item) == "036"
    assert cameo.quad_class("0312") == 1 and cameo.quad_class("062") == 2


def test_filters_apply_to_every_format(session: Session, out_dir: Path) -> None:
    filters = EventFilter(code="IND", since="2021")
    expected = load_events(session, filters)
    assert expected
    for fmt in FORMATS:
        counts = export(session, fmt, out_dir / fmt, filters)
        if fmt in ("csv", "parquet", "cameo"):
            assert list(counts.values()) == [len(expected)]
    lines = (out_dir / "jsonl" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e.event_id for e in expected]


def test_unknown_format(session: Session, out_dir: Path) -> None:
    with pytest.raises(OutputError, match="unknown export format"):
        export(session, "xlsx", out_dir)


def test_fast_jsonl_writes_the_same_files_as_the_reference_writer(session: Session, tmp_path: Path) -> None:
    from defcoop.outputs.exports import write_jsonl_fast
    from defcoop.outputs.jsonl import write_jsonl

    for filters in (EventFilter(), EventFilter(code="USA", stage="AGREED")):
        reference, fast = tmp_path / "reference", tmp_path / "fast"
        assert write_jsonl(session, reference, filters) == write_jsonl_fast(session, fast, filters)
        for name in ("documents.jsonl", "events.jsonl"):
            assert (fast / name).read_text(encoding="utf-8") == (reference / name).read_text(encoding="utf-8")


def test_evidence_can_be_left_out(session: Session) -> None:
    full = load_events(session)
    light = load_events(session, with_evidence=False)
    assert [e.event.codes for e in light] == [e.event.codes for e in full]
    assert all(not e.event.evidence for e in light) and all(e.event.evidence for e in full)
