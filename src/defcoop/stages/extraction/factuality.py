"""Factuality: whether a trigger states an event as real.

A cue near the trigger (``factuality_cues.tsv``) may deny it ("negate": "an
agreement is not expected"), make it the writer's or an analyst's guess
("speculate"), mark a bid that a later choice rejected ("reject"), or show that the
word is used about trade, climate or another non-defense matter ("nondefense": "free
trade agreement"; a minister of a civil portfolio, "trade minister", for any trigger
when the sentence names no defence official). :func:`factuality` gives the effect
that applies, or ``None`` when the event is stated as real. A ``nondefense``
compound that holds another trigger ("training aircraft", "supply ships") is that
trigger's sense only, not a cue for a transfer verb before it ("ordered two
training aircraft").
"""

from __future__ import annotations

import re

from defcoop.lexicons import Lexicons, Trigger
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.stage import cue_place


def factuality(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> str | None:
    """The factuality effect that applies to ``trigger_hit`` (``None`` when it is stated as real)."""
    key = ("factuality", trigger_hit.start, trigger_hit.index)
    if key not in view.memo:
        view.memo[key] = _factuality(view, trigger_hit, trigger, lexicons)
    effect = view.memo[key]
    return effect if isinstance(effect, str) else None


_PERMISSION_FRAME = re.compile(
    r"^\W*(?i:under|as\s+per)\s+(?i:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?i:deal|agreement|pact|accord|arrangement|treaty|memorandum)s?|[A-Z]{3,6})\b"
)
_PREPOSITION_BETWEEN = re.compile(r"^\s*(?:in|across|of)\s+$", re.IGNORECASE)


def _factuality(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> str | None:
    if _speculative_source(view):
        return "speculate"  # "..., analysts said": the analysts' view, not a stated event
    effects: list[tuple[int, str]] = []
    for hit in view.hits.get("factuality_cues", []):
        cue = lexicons.factuality_cues[hit.index]
        place = cue_place(view, hit, trigger_hit, cue.scope, cue.window)
        if place is None or cue.effect == "none":
            continue
        if cue.effect == "reject" and "candidate" not in trigger.flags:
            continue
        if cue.phrase == "=may" and _PERMISSION_FRAME.match(view.sentence.text):
            continue  # "Under the DCA, US forces may use 15 areas": what the deal permits, not a guess
        portfolio = "minister" in cue.phrase  # "Kenya's trade minister visited Ankara": no defence official
        if portfolio and view.hits.get("defense_cues"):
            continue  # "the defence and trade ministers visited ...": a defence official is there too
        if cue.effect == "nondefense" and not trigger.flags & {"generic", "weak"} and not portfolio \
                and cue.phrase not in _REGULATORY:
            continue  # "licences for the sale of chips", "an embargo on arms sales": rules, not a transfer
        if cue.effect == "nondefense" and _names_another_trigger(view, hit, trigger_hit):
            continue  # "ordered two training aircraft": the compound is the other word's sense, not this trigger's
        if cue.effect == "nondefense" and "-" in (view.text_between(hit.start - 1, hit.start),
                                                  view.text_between(hit.end, hit.end + 1)):
            continue  # "received short-range missiles", "ground-based": the noun is part of a hyphenated modifier
        if cue.effect == "nondefense" and _PREPOSITION_BETWEEN.search(view.text_between(trigger_hit.end, hit.start)):
            continue  # "cooperation in areas such as cyber": the noun is not what the trigger word qualifies
        effects.append((place[0], cue.effect))
    if not effects:
        return None
    if "candidate" in trigger.flags and any(effect == "reject" for _, effect in effects):
        return "reject"  # "instead of the jets offered by X": a lost bid, not a denied one
    return min(effects)[1]


def _names_another_trigger(view: SentenceView, cue: Hit, trigger: Hit) -> bool:
    """Whether a cue phrase holds another trigger's words and not this one's ("supply ships" after "bought")."""
    if cue.start < trigger.end and trigger.start < cue.end:
        return False
    return any(cue.start <= other.start and other.end <= cue.end for other in view.hits.get("triggers", []))


_REGULATORY = frozenset({
    "licences for", "licenses for", "restrictions on", "ban on", "controls on", "curbs on", "sanctions on",
    "embargo on",
})
_SPECULATORS = re.compile(r"\b(?:analysts?|experts?|observers?|commentators?|pundits|speculation)\b", re.IGNORECASE)


def _speculative_source(view: SentenceView) -> bool:
    """Whether the sentence's attribution names analysts or observers ("..., analysts said")."""
    key = ("speculators", 0, 0)
    if key not in view.memo:
        view.memo[key] = any(
            region == -1 and _SPECULATORS.search(view.text_between(start, end)) for start, end, region in view.regions
        )
    return view.memo[key] is True
