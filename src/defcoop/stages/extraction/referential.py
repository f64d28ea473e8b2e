"""Events a sentence states only by reference to the document's earlier events.

Composes :mod:`.order_parts` (the order behind a delivery, deliveries going on, the
rest of an order still to come) and :mod:`.editions` (an earlier edition of an
exercise or round of talks). Every such event is marked ``referential``.
"""

from __future__ import annotations

from defcoop.records import Event
from defcoop.stages.extraction.editions import past_edition, past_editions
from defcoop.stages.extraction.order_parts import (
    deliveries_going_on,
    order_behind_delivery,
    remainder_clause,
    remainder_transfers,
)
from defcoop.stages.extraction.sentence import SentenceView


def follow_ons(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """The events the sentence of ``view`` states by reference (``events``: its own; ``earlier``: the document's)."""
    return [
        *order_behind_delivery(view, events, earlier),
        *deliveries_going_on(view, events, earlier),
        *remainder_transfers(view, events, earlier),
        *past_editions(view, events, earlier),
    ]


def may_follow_on(text: str) -> bool:
    """Whether a sentence with no trigger may still state an event by reference ("The remaining four will
    follow in 2026", "The last edition was held in Oman"): a cheap test before building its view."""
    return remainder_clause(text) is not None or past_edition(text) is not None
