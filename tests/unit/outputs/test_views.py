"""The analyst SQL views of migration 0002 and the Datasette metadata."""

from __future__ import annotations

import itertools
import json

import yaml
from sqlalchemy import text
from sqlalchemy.orm import Session

from defcoop.db.queries import iter_events
from defcoop.outputs.datasette import metadata_path, metadata_text


def test_event_view_has_one_readable_row_per_event(session: Session) -> None:
    stored = {s.event_id: s for s in iter_events(session)}
    rows = session.execute(text("SELECT * FROM event_view")).mappings().all()
    assert len(rows) == len(stored)
    for row in rows:
        event = stored[row["event_id"]].event
        assert row["codes"] == ", ".join(event.codes)
        assert row["type"] == event.type and row["stage"] == event.stage
        assert row["evidence"] == " / ".join(e.text for e in event.evidence)
        assert row["date"] == (event.date or stored[row["event_id"]].published)


def test_dyad_view_counts_agree_with_events(session: Session) -> None:
    expected: dict[tuple[str, str], int] = {}
    for item in iter_events(session):
        for pair in itertools.combinations(item.event.codes, 2):
            expected[pair] = expected.get(pair, 0) + 1
    rows = session.execute(text("SELECT code_a, code_b, SUM(events) FROM dyad_view GROUP BY code_a, code_b"))
    assert {(a, b): int(n) for a, b, n in rows} == expected


def test_partner_and_document_views(session: Session) -> None:
    jpn = session.execute(text("SELECT events, kind FROM partner_view WHERE code = 'JPN'")).one()
    assert jpn.kind == "state" and jpn.events > 0
    docs = session.execute(text("SELECT COUNT(*), SUM(events) FROM document_view")).one()
    assert docs[1] == session.execute(text("SELECT COUNT(*) FROM events")).scalar()


def test_metadata_names_the_views() -> None:
    data = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))
    tables = data["databases"]["defcoop"]["tables"]
    assert {"event_view", "dyad_view", "partner_view", "document_view"} <= set(tables)
    renamed = yaml.safe_load(metadata_text("news"))
    assert list(renamed["databases"]) == ["news"]
    assert json.dumps(renamed)  # plain data, usable as metadata.json too
