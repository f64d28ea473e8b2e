"""Fixtures of the output tests: a synthetic database built directly through the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from tests.synthetic_corpus import build_database

from defcoop.outputs.dataset import AnalystEvent, load_events
from defcoop.stages.store import Store


@pytest.fixture(scope="session")
def synthetic_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database of 90 synthetic stories, built once per test session."""
    path = tmp_path_factory.mktemp("outputs") / "defcoop.db"
    url = f"sqlite:///{path}"
    build_database(url, stories=90, seed=11).close()
    return url


@pytest.fixture()
def session(synthetic_url: str) -> Iterator[Session]:
    store = Store(synthetic_url)
    with store.session() as session:
        yield session
    store.close()


@pytest.fixture()
def events(session: Session) -> list[AnalystEvent]:
    return load_events(session)


@pytest.fixture()
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "out"
