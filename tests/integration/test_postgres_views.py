"""The analyst views (migration 0002) and the analyst loader on a real PostgreSQL server."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from tests.synthetic_corpus import build_database

from defcoop.db.queries import EventFilter, iter_events
from defcoop.outputs.dataset import load_events
from defcoop.outputs.jsonl import merged_events

pytestmark = pytest.mark.postgres


@pytest.fixture()
def views_url(postgres_url: str) -> str:
    """A database of its own on the test server, so other tests' counts are not disturbed."""
    import psycopg

    url = make_url(postgres_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database,
                         autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS defcoop_views")
        connection.execute("CREATE DATABASE defcoop_views")
    return url.set(database="defcoop_views").render_as_string(hide_password=False)


def test_views_and_loader_on_postgres(views_url: str) -> None:
    store = build_database(views_url, stories=40, seed=2)
    with store.session() as session:
        stored = list(iter_events(session))
        rows = session.execute(text("SELECT event_id, codes, evidence FROM event_view")).all()
        assert len(rows) == len(stored)
        by_id = {s.event_id: s.event for s in stored}
        for event_id, codes, evidence in rows:
            assert codes == ", ".join(by_id[event_id].codes)
            assert evidence == " / ".join(e.text for e in by_id[event_id].evidence)
        pairs = sum(len(list(itertools.combinations(s.event.codes, 2))) for s in stored)
        assert session.execute(text("SELECT SUM(events) FROM dyad_view")).scalar() == pairs
        for filters in (EventFilter(), EventFilter(code="JPN", since="2020")):
            assert [e.event for e in load_events(session, filters)] == merged_events(iter_events(session, filters))
    store.close()
