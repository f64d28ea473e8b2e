"""An order reported in parts: the contract behind a delivery, and the rest still to come.

Reports of a delivery often state two more events in clauses that name neither
side, and that the ontology counts apart from the delivery:

* the contract it was made under ("The jets were delivered under a contract signed
  in 2019", "The contract for both ships was signed last year"): the order, AGREED
  (:func:`order_behind_delivery`);
* deliveries that go on ("Deliveries will continue through 2026"): ONGOING
  (:func:`deliveries_going_on`);
* what is still to come ("a second batch is expected in the summer", "A second
  helicopter will be delivered next year", "The remaining four launchers will
  follow in 2026"): a planned transfer (:func:`remainder_transfers`).

Both take the sides of the transfer the sentence or the document reported last.
"""

from __future__ import annotations

import re

from defcoop.records import Event, Evidence
from defcoop.stages.extraction.sentence import SentenceView

#: A count of items in digits or words ("12", "four", "dozen"); shared with :mod:`.tense`.
COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozen)"
_ITEM = (
    r"(?:batch(?:es)?|shipments?|consignments?|tranches?|deliver(?:y|ies)|aircraft|jets?|fighters?|helicopters?|"
    r"planes?|ships?|vessels?|boats?|frigates?|corvettes?|submarines?|systems?|launchers?|batter(?:y|ies)|"
    r"tanks?|vehicles?|howitzers?|drones?|units?|ones?|one)"
)
_REMAINDER = re.compile(
    rf"\b(?:second|third|fourth|next|another|remaining|rest\s+of\s+the|final|further|other)\s+"
    rf"(?:{COUNT}\s+)?(?:[\w-]+\s+){{0,3}}?{_ITEM}\b"
    r"(?:\s+of\s+[^,;.]{1,40}?)?"
    r"\s+(?:(?:is|are)\s+(?:expected|due|scheduled|set)\b|(?:are|is)\s+to\s+(?:follow|arrive|be\s+delivered)\b"
    r"|will\s+(?:follow|arrive|be\s+(?:delivered|handed\s+over|provided|supplied|shipped|transferred))\b"
    r"|(?:to\s+follow|due)\b)",
    re.IGNORECASE,
)
_REST_WORDS = ("second", "third", "fourth", "next", "another", "remaining", "rest of", "final", "further", "other")
_TO_COME_WORDS = (
    "expected", "due", "scheduled", "set ", "follow", "arrive", "deliver", "handed", "provided", "supplied",
    "shipped", "transferred",
)
_NEGATED = re.compile(r"\b(?:not|no longer|never)\b", re.IGNORECASE)
REMAINDER_CONFIDENCE = 0.8
_UNDER_CONTRACT = re.compile(
    r"\b(?:under|through)\s+(?:a|an|the|its|their)\s+(?:[\w$-]+\s+){0,3}?(?:contract|deal|order)\b", re.IGNORECASE
)
_CONTRACT_SIGNED = re.compile(  # definite: the contract of a delivery reported before
    r"\b(?:the|its|their)\s+(?:[\w$-]+\s+){0,3}?(?:contract|deal|order)\b[^,;.]{0,50}?"
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:signed|inked|sealed|concluded|placed|awarded)\b"
    r"|\b(?:signed|inked|sealed|placed)\s+(?:the|its|their)\s+(?:[\w$-]+\s+){0,3}?(?:contract|deal|order)\b",
    re.IGNORECASE,
)
DELIVERIES_GO_ON = re.compile(  # "deliveries will continue", "delivery is still under way"
    r"\bdeliver(?:y|ies)\b[^.;]{0,30}?\b(?:continu\w*|(?:is|are)\s+(?:still\s+)?under\s?way|(?:is|are)\s+ongoing)\b",
    re.IGNORECASE,
)
_DELIVERY_VERB = re.compile(
    r"\b(?:delivered|supplied|received|handed\s+over|shipped|transferred|bought|purchased|acquired)\b", re.IGNORECASE
)
_DELIVERED_STAGES = frozenset({"COMPLETED", "ONGOING"})


def remainder_clause(text: str) -> re.Match[str] | None:
    """The clause of ``text`` that states the rest of an order still to come, if any (not a negated one)."""
    lowered = text.lower()
    if not any(w in lowered for w in _REST_WORDS) or not any(w in lowered for w in _TO_COME_WORDS):
        return None  # most sentences name no remainder: skip the pattern
    found = _REMAINDER.search(text)
    if found is None or _NEGATED.search(found.group(0)):
        return None
    return found


def order_behind_delivery(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """The order (AGREED) behind a delivery, stated as the contract it was made under or as signed.

    "under a contract" needs the delivery in the same sentence, or a delivery verb that
    refers back to it; "the contract was signed" refers to the document's latest transfer.
    Nothing when that transfer is no delivery, or when the document already has the order
    between the same sides.
    """
    text = view.sentence.text
    lowered = view.lowered()
    if "contract" not in lowered and "deal" not in lowered and "order" not in lowered:
        return []  # the common case: no contract named
    if _UNDER_CONTRACT.search(text):  # "They were supplied under a 2017 contract": the delivery reported before
        pool = events or (earlier if _DELIVERY_VERB.search(text) else [])
    elif _CONTRACT_SIGNED.search(text) and not any(e.type == "ARMS_TRANSFER" for e in events):
        pool = earlier  # a sentence with a transfer of its own states its own deal
    else:
        return []
    last = next((e for e in reversed(pool) if e.type == "ARMS_TRANSFER" and len(e.codes) > 1), None)
    if last is None or last.stage not in _DELIVERED_STAGES:
        return []
    if any(e.type == "ARMS_TRANSFER" and e.stage == "AGREED" and e.codes == last.codes for e in earlier + events):
        return []
    return [_follow_on(view, last, "AGREED", last.confidence)]


def deliveries_going_on(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """The latest transfer's deliveries stated as going on ("Deliveries will continue through 2026"): ONGOING."""
    if "deliver" not in view.lowered() or not DELIVERIES_GO_ON.search(view.sentence.text):
        return []
    last = next((e for e in reversed(earlier + events) if e.type == "ARMS_TRANSFER" and len(e.codes) > 1), None)
    if last is None or last.stage == "REJECTED":
        return []
    if any(e.type == "ARMS_TRANSFER" and e.stage == "ONGOING" and e.codes == last.codes for e in earlier + events):
        return []
    return [_follow_on(view, last, "ONGOING", last.confidence)]


def remainder_transfers(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """A planned transfer for the rest of the order the sentence or the document reported last.

    Nothing when the sentence already gives a planned transfer, when no transfer
    between two sides comes before the clause (or only a rejected one), or when the
    delivery between them is already reported as under way: the rest belongs to it.
    """
    if remainder_clause(view.sentence.text) is None:
        return []
    if any(e.type == "ARMS_TRANSFER" and e.stage == "PLANNED" for e in events):
        return []
    last = next((e for e in reversed(earlier + events) if e.type == "ARMS_TRANSFER" and len(e.codes) > 1), None)
    if last is None or last.stage == "REJECTED":
        return []
    if any(e.type == "ARMS_TRANSFER" and e.stage == "ONGOING" and e.codes == last.codes for e in earlier + events):
        return []  # "the first of four arrived ... the remaining three are due by May": one delivery under way
    return [_follow_on(view, last, "PLANNED", min(last.confidence, REMAINDER_CONFIDENCE))]


def _follow_on(view: SentenceView, last: Event, stage: str, confidence: float) -> Event:
    """A transfer between the sides of ``last``, stated by the sentence of ``view``."""
    evidence = Evidence(last.evidence[0].doc_id, view.sentence.start, view.sentence.end, view.sentence.text)
    return Event(
        type="ARMS_TRANSFER",
        stage=stage,
        parties=list(last.parties),
        evidence=[evidence],
        direction=last.direction,
        areas=list(last.areas),
        systems=list(last.systems),
        confidence=round(confidence, 3),
        trigger=last.trigger,
        doc_ids=list(last.doc_ids),
        referential=True,
    )
