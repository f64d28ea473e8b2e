"""Stage across triggers: how the stage of one trigger follows another's.

* within a sentence, what a deal lets its parties do has the deal's stage
  (:func:`follow_documents`): "forces will be able to train ... under an access
  agreement concluded on Wednesday" is one AGREED access arrangement;
* a referring subject followed by a modal ("the agreement would give ...")
  states an effect of the item referred to, so its event keeps that item's stage
  (:func:`states_an_effect`, :func:`take_referent_stage`);
* a referring trigger reported signed ("The deal, signed in Seoul ...") settles the
  transfer or document it refers to as AGREED (:func:`sign_referent`);
* two triggers of one type are not folded into one when a stage cue lies between
  them (:func:`stage_cue_between`): "held an exercise in March and will hold another".

Across sentences, :mod:`defcoop.stages.resolve` keeps one event per stage, except
that a framework document reported AGREED anywhere absorbs its PLANNED mentions.
"""

from __future__ import annotations

import re

from defcoop.lexicons import Lexicons
from defcoop.records import Event
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.stage import DOCUMENT, FORWARD, stage_cues

_REFERRING = frozenset({"the", "this", "that", "such"})


def states_an_effect(view: SentenceView, trigger_hit: Hit, lexicons: Lexicons) -> bool:
    """Whether the trigger is a referring subject whose forward cue follows it.

    "The agreement would give the force a legal framework", "This initiative is
    expected to facilitate ...": the modal states what the item will bring about,
    not that the item itself is still to come.
    """
    before = [w.lower() for w in view.words_before(trigger_hit.start, 1)]
    if not before or before[0] not in _REFERRING:
        return False
    cues = stage_cues(view, trigger_hit, lexicons)
    if cues:
        return not cues[0].before and cues[0].value in FORWARD
    region = view.region_of(trigger_hit.start)
    frames = [
        hit for hit in view.hits.get("stage_cues", [])
        if lexicons.stage_cues[hit.index].stage in FORWARD and view.region_of(hit.start) == region
    ]
    return bool(frames) and all(hit.start >= trigger_hit.end for hit in frames)


def follow_documents(events: list[Event]) -> None:
    """Within one sentence, what a deal lets its parties do has the deal's stage.

    "Forces will be able to train on each other's soil under an access agreement
    concluded on Wednesday": the ACCESS event of "each other's soil" takes the
    stage of the agreement's ACCESS event (AGREED). Only for events of one type and
    one set of parties, never for transfers (a contract and a delivery are two
    stages of one sale) and never over a rejection.
    """
    documents = {
        (e.type, frozenset(e.codes)): e.stage
        for e in events
        if e.type != "ARMS_TRANSFER" and e.trigger and DOCUMENT.search(e.trigger.lower())
    }
    if not documents:
        return
    for event in events:
        stage = documents.get((event.type, frozenset(event.codes)))
        if stage is not None and event.stage != "REJECTED" and not DOCUMENT.search((event.trigger or "").lower()):
            event.stage = stage


def take_referent_stage(built: list[Event], earlier: list[Event]) -> None:
    """Give each event the stage of the latest earlier event of its type and parties (the item referred to)."""
    for event in built:
        referent = next(
            (e for e in reversed(earlier) if e.type == event.type and set(e.codes) == set(event.codes)), None
        )
        if referent is not None and event.stage != "REJECTED":
            event.stage = referent.stage


_SIGNED_REFERENT = re.compile(
    r"^\W*(?:(?:was|were|has been|had been|have been)\s+)?(?:signed|inked|sealed|concluded|finali[sz]ed)\b",
    re.IGNORECASE,
)


def sign_referent(view: SentenceView, anaphor: Hit, earlier: list[Event]) -> None:
    """A referring trigger reported signed ("The deal, signed in Seoul by ...", "The contract was signed on
    Monday") settles the latest earlier transfer or document still ahead (PLANNED and before) as AGREED."""
    if not _SIGNED_REFERENT.match(view.text_between(anaphor.end, view.sentence.end)):
        return
    word = view.text_between(anaphor.start, anaphor.end).lower()
    wanted = ("AGREEMENT",) if word in ("agreement", "pact", "accord", "treaty") else ("ARMS_TRANSFER", "AGREEMENT")
    referent = next((e for e in reversed(earlier) if e.type in wanted and e.stage in FORWARD), None)
    if referent is not None:  # the latest pending one: a running purchase is not what was just signed
        referent.stage = "AGREED"


def stage_cue_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a stage cue lies between two triggers ("held an exercise in March and will hold another")."""
    return any(start <= hit.start and hit.end <= end for hit in view.hits.get("stage_cues", []))
