"""The rest of an order still to come: a planned delivery stated after a delivery.

Reports of a delivery often add, in a clause of their own, what is still to come:
"a second batch is expected in the summer", "A second helicopter will be delivered
next year", "The remaining four launchers will follow in 2026". Such a clause
states a planned transfer between the sides of the transfer the document reported
last, though it names neither side. :func:`remainder_transfers` gives that event
(``PLANNED``) when the sentence itself gave no planned transfer.
"""

from __future__ import annotations

import re

from defcoop.records import Event, Evidence
from defcoop.stages.extraction.sentence import SentenceView

_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)"
_ITEM = (
    r"(?:batch(?:es)?|shipments?|consignments?|tranches?|deliver(?:y|ies)|aircraft|jets?|fighters?|helicopters?|"
    r"planes?|ships?|vessels?|boats?|frigates?|corvettes?|submarines?|systems?|launchers?|batter(?:y|ies)|"
    r"tanks?|vehicles?|howitzers?|drones?|units?|ones?|one)"
)
_REMAINDER = re.compile(
    rf"\b(?:second|third|fourth|next|another|remaining|rest\s+of\s+the|final|further|other)\s+"
    rf"(?:{_COUNT}\s+)?(?:[\w-]+\s+){{0,3}}?{_ITEM}\b"
    r"(?:\s+of\s+[^,;.]{1,40}?)?"
    r"\s+(?:(?:is|are)\s+(?:expected|due|scheduled|set)\b|(?:are|is)\s+to\s+(?:follow|arrive|be\s+delivered)\b"
    r"|will\s+(?:follow|arrive|be\s+(?:delivered|handed\s+over|provided|supplied|shipped|transferred))\b"
    r"|(?:to\s+follow|due)\b)",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|no longer|never)\b", re.IGNORECASE)
REMAINDER_CONFIDENCE = 0.8


def remainder_clause(text: str) -> re.Match[str] | None:
    """The clause of ``text`` that states the rest of an order still to come, if any (not a negated one)."""
    found = _REMAINDER.search(text)
    if found is None or _NEGATED.search(found.group(0)):
        return None
    return found


def remainder_transfers(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """A planned transfer for the rest of the order the sentence or the document reported last.

    Nothing when the sentence already gives a planned transfer, or when no transfer
    between two sides comes before the clause (nor after a rejected one).
    """
    if remainder_clause(view.sentence.text) is None:
        return []
    if any(e.type == "ARMS_TRANSFER" and e.stage == "PLANNED" for e in events):
        return []
    last = next((e for e in reversed(earlier + events) if e.type == "ARMS_TRANSFER" and len(e.codes) > 1), None)
    if last is None or last.stage == "REJECTED":
        return []
    evidence = Evidence(last.evidence[0].doc_id, view.sentence.start, view.sentence.end, view.sentence.text)
    return [
        Event(
            type="ARMS_TRANSFER",
            stage="PLANNED",
            parties=list(last.parties),
            evidence=[evidence],
            direction=last.direction,
            areas=list(last.areas),
            systems=list(last.systems),
            confidence=round(min(last.confidence, REMAINDER_CONFIDENCE), 3),
            trigger=last.trigger,
            doc_ids=list(last.doc_ids),
        )
    ]
