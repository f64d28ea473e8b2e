"""Production in a place: where a production trigger says goods are made, and imports that are no local production.

* :func:`production_place`: the place right after "to be built in", or after the object of a
  production verb ("to produce F414 engines in India");
* :func:`without_imports`: production in the supplier's own country ("ordered corvettes from
  Spain, to be built in Spain") is an import, not local production; the supplier of a joint
  purchase is none of the buyers tied by it.
"""

from __future__ import annotations

import re

from defcoop.lexicons import Trigger
from defcoop.records import Event, Mention
from defcoop.stages.extraction.candidates import Candidate
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView

_PLACE_KINDS = frozenset({"state", "city"})
PLACE_WORDS = 8
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|which|who)\b|\b(?:and|but)\s+(?:will|would|has|have|is|are)\b")


def production_place(view: SentenceView, hit: Hit, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """The place a production trigger names: right after it ("to be built in Surabaya") or, for a production verb,
    after its object ("to produce F414 engines in India"); ``None`` when it names none."""
    if trigger.type != "JOINT_DEVELOPMENT":
        return None
    if trigger.phrase.endswith(" in"):
        place = next((m for m in mentions if m.start >= hit.end and m.code), None)
        return place if place is not None and view.distance(hit.end, place.start) <= 1 else None
    if "needs_place" not in trigger.flags:
        return None
    for mention in mentions:
        if mention.start < hit.end or not mention.code or mention.kind not in _PLACE_KINDS:
            continue
        if view.distance(hit.end, mention.start) > PLACE_WORDS or _CLAUSE_BREAK.search(
            view.text_between(hit.end, mention.start)
        ):
            return None
        if [w.lower() for w in view.words_before(mention.start, 1)] == ["in"]:
            return mention
    return None


def without_imports(
    view: SentenceView, mentions: list[Mention], found: list[Candidate], events: list[Event], supplier: str | None
) -> list[Event]:
    """The events less production "in" a supplier's own country ("ordered corvettes from Spain, to be built in
    Spain", "would be built in Turkiye and delivered to Malaysia"): an import, not local production; and less
    the supplier among the buyers of a joint purchase ("a joint procurement of radars from Germany")."""
    places = {view.text_between(c.hit.start, c.hit.end): p.code for c in found
              if (p := production_place(view, c.hit, c.trigger, mentions)) is not None}
    makers = {view.text_between(c.hit.start, c.hit.end): _maker_before(c.hit, mentions) for c in found}
    buyers = {view.text_between(c.hit.start, c.hit.end) for c in found
              if c.trigger.type == "GENERAL" and "recipient_subject" in c.trigger.flags}
    if not places and not buyers:
        return events
    suppliers = {e.direction[0] for e in events if e.type == "ARMS_TRANSFER" and e.direction}
    suppliers |= {supplier} if supplier else set()
    kept = []
    for event in events:
        if event.type == "GENERAL" and event.trigger in buyers:
            event.parties = [p for p in event.parties if p.code not in suppliers]
            if len(event.codes) < 2:
                continue
        place = places.get(event.trigger or "", "")
        if event.type == "JOINT_DEVELOPMENT" and place and len(event.codes) > 2:
            sides = {place, makers.get(event.trigger or "")}  # "jets made in Spain and vehicles assembled in X"
            event.parties = [p for p in event.parties if p.code in sides]
        if event.type != "JOINT_DEVELOPMENT" or place not in suppliers:
            kept.append(event)
    return kept


def _maker_before(hit: Hit, mentions: list[Mention]) -> str | None:
    """The code named last before a production trigger ("Turkish-designed vehicles assembled in ..."): the maker."""
    before = [m.code for m in mentions if m.end <= hit.start and m.code]
    return before[-1] if before else None
