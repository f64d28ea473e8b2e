"""Habitual present: an activity a present verb states as a habit is under way (ONGOING).

"the two navies regularly conduct joint patrols", "Norway hosts the annual Cold
Response exercise", "thousands of soldiers exercise every year alongside local
units": the cooperation runs now, it is neither a single past event nor a plan.
The clause must be in the present: a past ("held the annual drill", "used to
hold"), a future ("will hold annual talks") or a headline (present for past)
keeps the stage the other rules give.
"""

from __future__ import annotations

import re

from defcoop.lexicons import Trigger
from defcoop.stages.extraction.headline import is_headline
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView

_NOT_HABITS = frozenset({"AGREEMENT", "ARMS_TRANSFER"})  # a transfer has its own habit rule, a document is signed
_DETERMINERS = r"(?:(?:an|a|the|their|its|his|her|our|joint|bilateral|several|regular|two|three)\s+){0,3}"
_VERB_BEFORE_HABIT = re.compile(
    r"\b(?P<verb>[a-z]+)\s+" + _DETERMINERS + r"(?:annual|yearly|biennial|regular|routine)\b[^,;]*$"
)
_HABIT_ADVERB = re.compile(r"\b(?:regularly|routinely|annually|frequently)\s+(?P<verb>[a-z]+)\b[^,;]*$")
_HABIT_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:every\s+(?:year|summer|winter|spring|autumn|(?:two|three)\s+years)|each\s+year|"
    r"annually|regularly|twice\s+a\s+year)\b",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset({
    "the", "a", "an", "of", "in", "on", "for", "to", "at", "by", "with", "and", "or", "its", "their", "his", "her",
    "our", "this", "that", "these", "is", "are", "be", "been", "being", "as", "from", "first", "second", "latest",
    "next", "last", "new",
})
_PAST_OR_FUTURE = re.compile(
    r"\b(?:was|were|had|did|used|will|would|shall|is to|are to|next|last|ago|plans?|planned|expected|due|to|"
    r"held|took|met|sent|gave|ran|began|saw|led|flew|went|became|(?:19|20)\d\d)\b|'ll\b",
    re.IGNORECASE,
)
_ADJECTIVES_IN_ED = frozenset({
    "combined", "integrated", "advanced", "unmanned", "armed", "coordinated", "enhanced", "expanded", "extended",
    "specialised", "specialized", "allied", "united", "based", "joint", "large-scale", "multinational",
})
_TERMS = re.compile(
    r"\b(?:agreements?|deals?|pacts?|memorand\w*|treat\w*|accords?|provid\w*|allow\w*|under|cover\w*|includ\w*)\b",
    re.IGNORECASE,
)
_SEGMENT_START = re.compile(r"(?:[,;:]|\band\b|\bbut\b|\bwhile\b|\bwhere\b|\bwhich\b|\bwho\b)", re.IGNORECASE)


def _segment(text: str) -> str:
    """The text after the last clause break (comma, "and", "where", "which") of ``text``."""
    cut = 0
    for match in _SEGMENT_START.finditer(text):
        cut = match.end()
    return text[cut:]


def _present_verb(word: str) -> bool:
    """Whether ``word`` can be a present-tense verb (not a function word, a past or a gerund)."""
    word = word.lower()
    return word not in _NOT_VERBS and not word.endswith(("ed", "ing", "ly"))


def _has_past_or_future(text: str) -> bool:
    """Whether ``text`` holds a past or future marker or a past verb in -ed (adjectives like "combined" aside)."""
    if _PAST_OR_FUTURE.search(text):
        return True
    return any(
        w.endswith("ed") and w not in _ADJECTIVES_IN_ED and "-" not in w  # "NATO-led": a modifier, not a verb
        for w in re.findall(r"[a-z-]+", text.lower())
    )


def is_habit(view: SentenceView, hit: Hit, trigger: Trigger, stage: str, whole: str) -> bool:
    """Whether the trigger names an activity that a present verb in its clause states as a habit.

    ``whole`` is the text of the trigger's clause region before it. An AGREED stage yields
    only to a habit in a clause of its own ("signed a pact in 2012 and hold annual talks"),
    not to terms of the deal ("provides for annual drills").
    """
    if trigger.type in _NOT_HABITS or is_headline(view):
        return False
    before = _segment(whole)
    if stage == "AGREED" and (before == whole or _TERMS.search(before)):
        return False
    own = re.split(r"[,;]", view.text_between(hit.start, hit.end), maxsplit=1)[0]  # a merged span's head
    after = view.text_between(hit.end, view.sentence.end)
    after_clause = re.split(r"[,;:]", after, maxsplit=1)[0]
    if _has_past_or_future(before + " " + own) or _PAST_OR_FUTURE.search(after_clause):
        return False
    verb = _VERB_BEFORE_HABIT.search(before + " " + own) or _HABIT_ADVERB.search(before)
    if verb is not None:
        return _present_verb(verb.group("verb"))
    first = own.split(maxsplit=1)[0] if own.strip() else ""
    return bool(_HABIT_AFTER.match(after)) and _present_verb(first) and not before.strip().lower().endswith(
        ("the", "a", "an", "its", "their")
    )


_AGREED_TO_DEEPEN = re.compile(  # "agreed in 2021 to deepen", "agree to step up"
    r"\bagree(?:d|s)?\s+(?:(?:also|formally|jointly|now)\s+)?(?:(?:on|in|at|during|last|earlier|this)\s+(?:[\w-]+\s+){1,2})?"
    r"to\s+(?:further\s+)?(?:deepen|expand|step\s+up|strengthen|broaden|enhance|boost|bolster|increase|intensify|"
    r"widen|upgrade)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DATED_BEFORE = re.compile(
    r"\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|previously|\d+\s+years\s+ago)\b",
    re.IGNORECASE,
)


def agreement_to_deepen(before: str) -> str | None:
    """AGREED for ties that parties agreed at an earlier date to deepen ("agreed in 2021 to deepen cooperation",
    "last year agreed to step up ties"): a standing agreement; ``None`` otherwise (an undated "agreed to deepen"
    keeps the cue rules' stage). ``before``: the trigger's clause region before it."""
    found = _AGREED_TO_DEEPEN.search(before)
    if found is None:
        return None
    return "AGREED" if _DATED_BEFORE.search(before[: found.end()]) else None
