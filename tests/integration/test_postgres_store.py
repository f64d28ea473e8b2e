"""The store against a real PostgreSQL server (started by the fixture)."""

from __future__ import annotations

import pytest
from tests.factories import make_processed

from defcoop.db.queries import EventFilter, iter_events
from defcoop.errors import StoreError
from defcoop.stages.store import Store

pytestmark = pytest.mark.postgres


def test_postgres_round_trip(postgres_url: str) -> None:
    store = Store(postgres_url)
    first = make_processed("Ghana and Nigeria agreed to share intelligence.", ("GHA", "NGA"), "INFO_SHARING")
    store.write_batch([first])
    store.write_batch([make_processed("Two more", ("GHA", "TGO"), "EXERCISE")])
    assert store.has_document(first.document.doc_id)
    with store.session() as session:
        events = list(iter_events(session, EventFilter(code="GHA")))
        assert sorted(e.event.type for e in events) == ["EXERCISE", "INFO_SHARING"]
        assert [e.event.codes for e in iter_events(session, EventFilter(partner="TGO"))] == [["GHA", "TGO"]]
    with pytest.raises(StoreError):
        store.write_batch([first])  # same document twice violates the key: nothing half-written
    assert store.count_documents() == 2
    store.close()


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot be opened"):
        Store("postgresql://nobody@127.0.0.1:1/none")
