"""Stage refinements from tense and aspect around a trigger, applied after the cue rules.

* an activity named after "after" / "following" ("signed the deal after talks",
  "spoke to reporters after meeting his counterpart") has happened: COMPLETED, unless
  the clause before it is about the future ("will sign the deal after talks");
  so has a running activity that "after three decades of buying arms" names as over.
"""

from __future__ import annotations

import re

from defcoop.lexicons import Trigger
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView

ACTIVITY_TYPES = frozenset({"DIALOGUE", "VISIT", "EXERCISE"})
_AFTER_ACTIVITY = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|a|an|their|his|her|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_AFTER_SPELL = re.compile(
    r"\bafter\s+(?:[\w-]+\s+){0,2}(?:years?|decades?|months?)\s+of\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|next|plans?|planned|planning|expected|due|to be)\b|\b\w+'ll\b", re.IGNORECASE
)


def refine_by_tense(view: SentenceView, hit: Hit, trigger: Trigger, stage: str, cued: bool) -> tuple[str, bool]:
    """The stage after the tense and aspect rules of this module (``stage``, ``cued`` unchanged when none applies)."""
    if stage in ("REJECTED", "COMPLETED"):
        return stage, cued
    before = view.text_between(view.region_start(view.region_of(hit.start)), hit.start)
    if _after_something(before, trigger):
        return "COMPLETED", True
    return stage, cued


def _after_something(before: str, trigger: Trigger) -> bool:
    """Whether the trigger is the object of "after" (an activity, or a spell of time "of" a durable one)."""
    found = (_AFTER_ACTIVITY if trigger.type in ACTIVITY_TYPES else _AFTER_SPELL).search(before)
    return found is not None and not _FUTURE.search(before[: found.start()])
