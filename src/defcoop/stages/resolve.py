"""Resolve stage (placeholder until dates land)."""

from __future__ import annotations

from defcoop.records import Document, Event


def resolve_events(events: list[Event], document: Document) -> list[Event]:
    """Return the events unchanged."""
    return events
