"""Messy pages through clean and the rest of the pipeline: no crash, no spurious events."""

from __future__ import annotations

import pytest

from defcoop.config import Settings
from defcoop.records import RawDocument
from defcoop.stages.clean import clean

ALL_FURNITURE = "\n".join([
    "Skip to main content", "Home", "World", "Defence", "Subscribe", "Log in",
    "We use cookies to give you the best experience on our website.", "Accept all",
    "Also Read: Five navies to watch", "Share on Facebook", "Follow us on X", "Leave a comment",
    "© 2025 Example Media. All rights reserved.",
])

ARTICLE = ("Peru and South Korea signed a contract on Tuesday for two offshore patrol vessels to be built at "
           "the SIMA shipyard in Callao, the Peruvian navy said.\n"
           "Hyundai Heavy Industries will transfer the design and train Peruvian engineers, the navy added.")


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    try:
        from defcoop.pipeline import Pipeline

        return Pipeline.from_settings(Settings())
    except Exception as exc:  # the other stages are developed concurrently
        pytest.skip(f"the pipeline cannot be loaded: {exc}")


def test_all_boilerplate_page_has_no_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.process(RawDocument(source="furniture.txt", text=ALL_FURNITURE))
    assert result.document.text == ""
    assert result.events == []


def test_article_repeated_twice_gives_events_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    once = pipeline.process(RawDocument(source="once.txt", text=ARTICLE))
    twice = pipeline.process(RawDocument(source="twice.txt", text=ARTICLE + "\n\n" + ARTICLE))
    assert twice.document.text == once.document.text
    assert len(twice.events) == len(once.events)


def test_foreign_headline_is_not_analyzed(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.process(RawDocument(source="h.txt", text="Perú y Corea firman contrato de patrulleros\n"
                                          + ARTICLE))
    assert result.document.skipped_lines == 1
    assert all("firman" not in span.text for event in result.events for span in event.evidence)


def test_cleaning_is_stable_on_its_own_output() -> None:
    first = clean(RawDocument(source="a", text="Menu\n" + ARTICLE + "\nShare"))
    second = clean(RawDocument(source="b", text=first.text))
    assert second.text == first.text
    assert second.content_hash == first.content_hash
