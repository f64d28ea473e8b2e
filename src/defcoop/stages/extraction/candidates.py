"""The kept triggers of one sentence: which weak ones a strong one covers, which fold together, shared parties.

* :func:`uncovered`: a weak trigger ("the deal", "defence cooperation") stands only when
  no productive strong trigger of its region covers it;
* :func:`merge_adjacent`: triggers of one type a few words apart are one event
  ("co-development, co-design and co-manufacture");
* :func:`shared_codes`: container triggers of one type in one region share their parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from defcoop.lexicons import Trigger
from defcoop.stages.extraction.areas import CONTAINER_TYPES
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.parties import Sides, codes_of
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.stage_links import stage_cue_between

MERGE_TOKENS = 10
GENERAL_COVER_TOKENS = 6
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "for", "to", "in", "of", "regarding"})
_INTENT_VERBS = frozenset({
    "strengthen", "strengthening", "deepen", "deepening", "expand", "expanding", "enhance", "enhancing", "boost",
    "boosting", "bolster", "bolstering", "broaden", "broadening", "intensify", "intensifying", "promote", "promoting",
})
_BETWEEN = re.compile(r"\s+between\s")
_CONTRAST = re.compile(r"\b(?:instead of|rather than|over|ahead of|in favou?r of|beat|beating)\b", re.IGNORECASE)
_OWN_PARTNERS = re.compile(r"\s*with\b")  # "agreements with A and B and an access agreement with C"
_PLURAL_WITH = re.compile(r"[\w\s'-]*?(?:agreements|accords|pacts|treaties)\s+with\b", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    """A trigger hit of the sentence with its lexicon row."""

    hit: Hit
    trigger: Trigger


def general_is_topic_of(view: SentenceView, other: Hit, general: Hit, intent_counts: bool = True) -> bool:
    """Whether a general cooperation phrase is what another trigger is about.

    "talks on defence cooperation", "an agreement to deepen security ties",
    "defence cooperation talks": the general phrase names the topic of the other
    event and is not an event of its own.
    """
    if other.end <= general.start:
        gap = view.text_between(other.end, general.start).lower().split()
        if not gap or (len(gap) == 1 and gap[0] in ("the", "their", "its", "bilateral")):
            return True  # "to discuss military cooperation": its object
        if [w for w in gap if w != ","][:1] in (["and"], ["or"]):
            return False  # "plan joint exercises and to work together": a second item, not the exercises' topic
        if intent_counts and any(w in _INTENT_VERBS for w in gap):
            return False  # "discussed ways to strengthen defence cooperation": an intent to deepen ties of its own
        return len(gap) <= GENERAL_COVER_TOKENS and any(w in _TOPIC_PREPOSITIONS for w in gap)
    if view.text_between(general.end, other.start).strip(" ,").lower() in ("and", "or"):
        return False  # "hydrography cooperation and ship visits": listed side by side
    return view.distance(general.end, other.start) <= 1


def uncovered(found: list[Candidate], productive: list[Candidate], view: SentenceView) -> list[Candidate]:
    """The weak triggers no productive strong trigger covers (GENERAL: no trigger it is the topic of)."""
    kept = []
    for cand in found:
        if "weak" not in cand.trigger.flags:
            continue
        covering = found if cand.trigger.type == "GENERAL" else productive
        if not covered(cand, covering, view):
            kept.append(cand)
    return kept


def intent_only(cands: list[Candidate], found: list[Candidate], view: SentenceView) -> list[Candidate]:
    """The general phrases kept only as an intent ("talks to discuss ways to deepen cooperation"): another trigger's
    topic were it not for the intent verb. They restate a tie the document already reported for the same sides."""
    return [c for c in cands if c.trigger.type == "GENERAL" and covered(c, found, view, intent_counts=False)]


def covered(cand: Candidate, strong: list[Candidate], view: SentenceView, intent_counts: bool = True) -> bool:
    """Whether a strong trigger of the same region covers a weak one.

    GENERAL ("defence cooperation") is covered by a trigger it is the topic of
    ("talks on defence cooperation"); PERSONNEL
    ("training") only by an exercise; the others by any specific type.
    """
    region = view.region_of(cand.hit.start)
    for other in strong:
        if other is cand or view.region_of(other.hit.start) != region or "losers" in other.trigger.flags:
            continue
        if cand.trigger.type == "GENERAL":
            named_tie = "generic" not in cand.trigger.flags and other.trigger.type not in CONTAINER_TYPES
            if named_tie and _BETWEEN.match(view.text_between(cand.hit.end, view.sentence.end)):
                continue  # "the purchase testifies to the strategic relationship between A and B": a stated tie
            if general_is_topic_of(view, other.hit, cand.hit, intent_counts):
                return True
            continue
        if other.trigger.type == cand.trigger.type:
            return True
        if cand.trigger.type == "PERSONNEL":
            if other.trigger.type == "EXERCISE":
                return True
            continue
        if cand.trigger.type == "AGREEMENT" and _apart(view, cand.hit, other.hit):
            continue  # "signed a cooperation agreement in 2003 and their forces have held exercises since": two
        if other.trigger.type not in CONTAINER_TYPES:
            return True
    return False


_NEW_CLAUSE = re.compile(
    r"\b(?:and|but|while)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:have|has|had|will|would|were|was|are|is)\b|"
    r"(?:it|they|he|she|we)\s+(?:[a-z]+(?:s|ed)\b|$))"
)


def _apart(view: SentenceView, a: Hit, b: Hit) -> bool:
    """Whether a coordinated clause with its own verb separates two triggers ("signed a pact in 2003 and their
    forces have held exercises since"): neither is the other's content."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return _NEW_CLAUSE.search(view.text_between(first.end, second.start)) is not None


_UNDER_DEAL = re.compile(r"\bunder\s+(?:a|an|the|its|their|two|separate)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def merge_adjacent(cands: list[Candidate], view: SentenceView) -> list[Candidate]:
    """Fold triggers of one type a few words apart ("co-development, co-design and co-manufacture").

    Not across a stage cue: "held an exercise in March and will hold another" states two; nor into the deal a
    delivery was made under ("delivered under a contract signed in 2017": the delivery and the contract).
    """
    merged: list[Candidate] = []
    for cand in cands:
        if merged:
            last = merged[-1]
            if (
                last.trigger.type == cand.trigger.type
                and view.region_of(last.hit.start) == view.region_of(cand.hit.start)
                and view.distance(last.hit.end, cand.hit.start) <= MERGE_TOKENS
                and cand.trigger.type != "VISIT"
                and not (last.trigger.flags | cand.trigger.flags) & {"losers"}
                and not _CONTRAST.search(view.text_between(last.hit.end, cand.hit.start))
                and not _OWN_PARTNERS.match(view.text_between(last.hit.end, cand.hit.start))
                and not stage_cue_between(view, last.hit.end, cand.hit.start)
                and not _UNDER_DEAL.search(view.text_between(last.hit.end, cand.hit.start))
                and not _delivery_then_order(last.trigger, cand.trigger)
                and not _apart(view, last.hit, cand.hit)  # "has bought arms from Russia, and it operates ..."
            ):
                span = Hit(last.hit.start, max(last.hit.end, cand.hit.end), last.hit.table, last.hit.index)
                merged[-1] = Candidate(span, _with_stage_of(last.trigger, cand.trigger))
                continue
        merged.append(cand)
    return merged


def _delivery_then_order(first: Trigger, second: Trigger) -> bool:
    """Whether a delivery is followed by the order of what it delivers ("received the first of 24 tanks ordered
    from Germany"): the text states both the delivery and the earlier order."""
    if not (first.type == second.type == "ARMS_TRANSFER" and first.stage == "COMPLETED" and second.stage == "AGREED"):
        return False
    return " " not in second.phrase and second.phrase.endswith("ed")  # not "handed over the letter of acceptance"


def _with_stage_of(first: Trigger, second: Trigger) -> Trigger:
    """The first trigger of a merged span, with the second's own stage of a happening when the first has none.

    "a well-known export, having been sold to Ukraine": the verb tells that the sale happened.
    """
    if first.stage is not None or second.stage not in ("COMPLETED", "ONGOING"):
        return first  # "delivering the system that Serbia ordered": the order is the item's past, not the delivery's
    return replace(first, stage=second.stage)


def shared_codes(linked: list[tuple[Candidate, Sides]], view: SentenceView) -> dict[tuple[str, int], list[str]]:
    """Container triggers of one type in one region share their parties ("attend the summit ... NATO meeting").

    Not when one of them names its partners one by one ("agreements with the US and
    Australia and an access agreement with Japan"): each keeps its own sides.
    """
    shared: dict[tuple[str, int], list[str]] = {}
    if " with " in view.sentence.text and any(
        view.text_between(c.hit.start, c.hit.end).endswith("s")
        and _PLURAL_WITH.match(view.text_between(c.hit.start, view.sentence.end))
        for c, _ in linked
    ):
        return shared
    for cand, sides in linked:
        if cand.trigger.type not in CONTAINER_TYPES or cand.trigger.type == "VISIT":
            continue
        key = (cand.trigger.type, sides.units()[0].region if sides.units() else 0)
        bucket = shared.setdefault(key, [])
        bucket.extend(c for c in sides.codes() if c not in bucket)
    return shared


def cross_groups(groups: list[list[str]], sides: Sides, shared: bool) -> list[list[str]]:
    """Split a party set into the pairs across coordinated groups.

    "US and British submarines deployed in Western Australia" links the group
    {USA, GBR} to {AUS}: the events are USA-AUS and GBR-AUS, not USA-GBR. A
    single coordinated group ("India, Japan and the US held talks") stays one
    multilateral event.
    """
    if shared:
        return groups
    side_sets: list[list[str]] = []
    for group_units in (sides.subject, sides.before, sides.after):
        codes = codes_of(group_units)
        if codes and codes not in side_sets:
            side_sets.append(codes)
    if len(side_sets) < 2 or all(len(s) < 2 for s in side_sets):
        return groups
    out: list[list[str]] = []
    for group in groups:
        if len(group) <= 2:
            out.append(group)
            continue
        for i, first in enumerate(side_sets):
            for second in side_sets[i + 1 :]:
                for a in first:
                    for b in second:
                        pair = sorted({a, b})
                        if len(pair) == 2 and a in group and b in group and pair not in out:
                            out.append(pair)
        listed = {c for side in side_sets for c in side}
        out.extend(sorted({c, d}) for c in group if c not in listed for d in group if d != c)
        covered = {c for pair in out for c in pair}
        out.extend([c, d] for c in group for d in group if c < d and c not in covered and d not in covered)
    unique: list[list[str]] = []
    for pair in out:
        if pair not in unique:
            unique.append(pair)
    return unique
