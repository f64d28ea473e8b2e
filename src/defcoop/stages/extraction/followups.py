"""Document-level follow-up rules: what one sentence's events imply from the events before them.

* :func:`venue_visits`: officials of one side acting in a place of the other
  ("the ministers signed the deal in Tokyo") imply a visit;
* :func:`signed_deal_visits`: the same for a sentence that only reports the signing of a deal
  stated before ("The agreement was signed in Oslo by ...", "X signed the document with Y in Z");
* :func:`follow_story_tense`: a visit or meeting with no stage cue takes the stage
  of the dyad's last stated happening ("will hold talks ... the visit is part of a tour");
* :func:`is_provision`, :func:`agree_provisions`: a trigger after a reference to a
  signed deal ("the pact provides for ...") states a provision of that deal, AGREED;
  so is an activity it continues ("under the deal, troops will continue to use ..."), and
  a sale the deal foresees is agreed ("under the deal, X will sell ...") unless a
  party only states an intention ("under the deal, X intends to sell ...");
* :func:`similar_kinds`: "a similar accord with Australia" sets up for its sides the access or
  information sharing that the framework agreement reported before set up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from defcoop.kb import KnowledgeBase
from defcoop.records import HAPPENING_TYPES, Event, Evidence, Party
from defcoop.stages.extraction.areas import CONTAINER_TYPES
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.tense import states_intention
from defcoop.stages.extraction.visits import implied_visits

_VENUE_STAGES = {"COMPLETED": "COMPLETED", "AGREED": "COMPLETED", "ONGOING": "COMPLETED", "PLANNED": "PLANNED"}


def follow_story_tense(event: Event, earlier: list[Event]) -> None:
    """A visit or meeting with no stage cue takes the stage of the dyad's last stated happening.

    "Japan's defense minister will hold talks in Turkey ... Nakatani's visit to Turkey is
    part of a regional tour": the tour is as planned as the talks.
    """
    if event.type not in HAPPENING_TYPES:
        return
    for other in reversed(earlier):
        if other.type in HAPPENING_TYPES and set(other.codes) & set(event.codes):
            if other.stage in ("PLANNED", "ONGOING"):
                event.stage = other.stage
            return


def is_provision(trigger_type: str, hit: Hit, anaphors: list[Hit], earlier: list[Event]) -> bool:
    """Whether a trigger states a provision of a deal already signed ("the agreement also covers ...").

    ``anaphors`` are the sentence's triggers that only refer back ("the agreement").
    """
    if trigger_type in CONTAINER_TYPES or not any(a.end <= hit.start for a in anaphors):
        return False
    deal = next((e for e in reversed(earlier) if e.type in ("AGREEMENT", "ARMS_TRANSFER")), None)
    return deal is not None and deal.stage == "AGREED"


def agree_provisions(built: list[Event], view: SentenceView, hit: Hit, defaulted: frozenset[int] = frozenset()) -> None:
    """Make the events of a provision of a signed deal AGREED.

    A planned activity keeps its stage ("the deal will also see troops deployed"),
    but an activity the deal continues is its term ("under the deal, troops will continue
    to use the ranges": AGREED),
    and so does an activity a cue says is over ("the operators have completed their
    training"; ``defaulted`` holds the ids of events whose stage is only their type's
    default; what the deal "allows" is its term, AGREED), but a sale the deal foresees is part of the deal
    ("Under the pact, Seoul will supply ...") unless the words before the trigger
    state only a party's intention ("Under the deal, Washington intends to sell ...").
    """
    intention = states_intention(view.text_between(view.sentence.start, hit.start))
    continued = _CONTINUE.search(view.text_between(view.sentence.start, hit.start)) is not None
    for event in built:
        if event.type == "ARMS_TRANSFER":
            if event.stage != "PLANNED" or not intention:
                event.stage = "AGREED"
        elif (event.stage == "PLANNED" and not continued) or (
            event.stage == "COMPLETED" and id(event) not in defaulted
        ):
            continue
        else:
            event.stage = "AGREED"


_CONTINUE = re.compile(r"\b(?:will|would|shall)\s+continue\s+to\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_SIGNED = re.compile(r"\b(?:signed|inked|signing)\b", re.IGNORECASE)


def signed_deal_visits(
    kb: KnowledgeBase, view: SentenceView, earlier: list[Event], home: str | None = None
) -> list[Event]:
    """Visits implied by a sentence that reports where a deal stated before was signed, and by whom.

    The deal is the document's latest agreed one; the visit must be between its sides.
    """
    if not _SIGNED.search(view.sentence.text):
        return []
    deal = next((e for e in reversed(earlier) if e.stage == "AGREED" and e.type in _DEAL_TYPES), None)
    if deal is None:
        return []
    anchor = Event(type=deal.type, stage="AGREED", parties=list(deal.parties), evidence=[
        Evidence(deal.evidence[0].doc_id, view.sentence.start, view.sentence.end, view.sentence.text)
    ], confidence=deal.confidence, trigger=deal.trigger, doc_ids=list(deal.doc_ids))
    visits = venue_visits(kb, view, [anchor], home)
    return [v for v in visits if set(v.codes) <= set(deal.codes)]


_DEAL_TYPES = frozenset({"AGREEMENT", "ARMS_TRANSFER", "JOINT_DEVELOPMENT"})


_SIDELINES = re.compile(  # a gathering in a third state: "on the sidelines of", "at the alliance's summit in Vilnius"
    r"\b(?:on|at) the (?:sidelines|margins) of\b"
    r"|\bat (?:the|a|an|this year's|last year's) (?:[\w'’-]+ ){0,3}(?:summit|conference|ministerial|forum|gathering)"
    r" in\b",
    re.IGNORECASE,
)


def venue_visits(kb: KnowledgeBase, view: SentenceView, events: list[Event], home: str | None = None) -> list[Event]:
    """Visits implied by an event of the sentence whose officials act in a place of the other side."""
    if any(e.type == "VISIT" for e in events):
        return []
    anchor = next((e for e in events if e.stage in _VENUE_STAGES), None)
    if anchor is None:
        return []
    region = view.region_of(anchor.evidence[0].start)
    out = []
    for visitor, host in implied_visits(view, region, anchor, home):
        if host not in anchor.codes and _SIDELINES.search(view.sentence.text):
            continue  # "talks on the sidelines of a NATO meeting in Brussels": a third state's venue, no visit to it
        out.append(
            Event(
                type="VISIT",
                stage=_VENUE_STAGES[anchor.stage],
                parties=[_state_party(kb, visitor), _state_party(kb, host)],
                evidence=list(anchor.evidence),
                direction=(visitor, host),
                confidence=round(anchor.confidence * 0.8, 3),
                trigger=anchor.trigger,
                doc_ids=list(anchor.doc_ids),
            )
        )
    return out


def _state_party(kb: KnowledgeBase, code: str) -> Party:
    entity = kb.state(code)
    return Party(entity.canonical, entity.kind, code) if entity is not None else Party(code, "state", code)


_SIMILAR = re.compile(r"\bsimilar\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FRAMEWORK_KINDS = ("ACCESS", "INFO_SHARING")


def similar_kinds(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """The kinds of cooperation a "similar" agreement sets up, copied from the framework reported before.

    "Japan and Britain signed a reciprocal access agreement ... Japan signed a similar accord with
    Australia a year ago": the accord with Australia is an access agreement too.
    """
    out: list[Event] = []
    for event in events:
        at = view.sentence.text.find(event.trigger or "\0")
        if event.type != "AGREEMENT" or at < 0 or not _SIMILAR.search(view.sentence.text[:at]):
            continue
        framework = {ev.start for e in earlier if e.type == "AGREEMENT" for ev in e.evidence}
        kinds = {e.type for e in earlier
                 if e.type in _FRAMEWORK_KINDS and any(ev.start in framework for ev in e.evidence)}
        for kind in sorted(kinds):
            if not any(e.type == kind and e.codes == event.codes for e in [*earlier, *events, *out]):
                out.append(replace(event, type=kind, parties=list(event.parties), evidence=list(event.evidence),
                                   areas=[], systems=[], direction=None))
    return out
