"""The store stage: schema migration, atomic batches, reading back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.factories import make_processed

from defcoop.db.models import DocumentRow, EntityRow, EventRow, MentionRow
from defcoop.db.queries import EventFilter, iter_events
from defcoop.errors import StoreError
from defcoop.stages.store import Store


def test_write_and_read_back(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    item = make_processed("Egypt ordered thirty more Rafale jets from France.")
    store.write_batch([item])
    assert store.has_document(item.document.doc_id)
    assert store.count_documents() == 1
    with store.session() as session:
        [stored] = list(iter_events(session))
        assert stored.event.codes == ["EGY", "FRA"]
        assert stored.event.direction == ("FRA", "EGY")
        assert stored.event.areas == ["FIGHTER_AIRCRAFT"] and stored.event.systems == ["Rafale"]
        assert stored.story_id == "s1"
        assert session.scalar(select(EntityRow.canonical)) == "EGY"
        assert session.scalar(select(MentionRow.surface)) == "Egypt"
    summaries = list(store.cluster_summaries())
    assert summaries[0].fingerprint == b"fp"
    store.close()


def test_batch_is_atomic(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    good = make_processed("Kenya and Uganda signed a defence pact.")
    clash = make_processed("Kenya and Uganda signed a defence pact.")  # same doc_id: violates the key
    with pytest.raises(StoreError):
        store.write_batch([good, clash])
    assert store.count_documents() == 0
    with store.session() as session:
        assert session.execute(select(EventRow)).first() is None
    store.write_batch([good])
    assert store.count_documents() == 1


def test_filters(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    store.write_batch([
        make_processed("one", ("EGY", "FRA"), "ARMS_TRANSFER", "2021-05-04"),
        make_processed("two", ("IND", "JPN"), "EXERCISE", "2023-01-10"),
        make_processed("three", ("JPN", "PHL"), "EXERCISE", None),
    ])
    with store.session() as session:
        def count(**kw: object) -> int:
            return len(list(iter_events(session, EventFilter(**kw))))  # type: ignore[arg-type]

        assert count() == 3
        assert count(code="JPN") == 2
        assert count(code="JPN", partner="IND") == 1
        assert count(type="EXERCISE") == 2
        assert count(since="2022") == 1
        assert count(until="2021-12") == 1
        assert count(area="UAV") == 0
        assert count(min_confidence=0.9) == 0


def test_reopening_keeps_data_and_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store(url).write_batch([make_processed("Peru and Chile met.")])
    again = Store(url)
    assert again.count_documents() == 1
    with again.session() as session:
        assert session.scalar(select(DocumentRow.title)) == "t"


@pytest.mark.parametrize("url, problem", [
    ("sqlite:////no/such/folder/x.db", "does not exist"),
    ("not a url", "not a valid SQLAlchemy URL"),
    ("mysql://u@localhost/x", "no driver"),
])
def test_unusable_urls_raise_store_error(url: str, problem: str) -> None:
    with pytest.raises(StoreError, match=problem):
        Store(url)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        Store(f"sqlite:///{path}")
