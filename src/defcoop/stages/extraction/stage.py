"""Stage and factuality of a trigger, from the cue words around it.

A cue counts when it is in the trigger's clause region, on the side its row
allows (``before``/``after``/``any``) and within its window of words. The
nearest cue wins (a cue before the trigger wins a tie). Two refinements:

* a rejection ("rejected", "cancelled", "lost") in the window outranks any other cue;
* a *frame* of discussion ("will discuss ... including the possible supply")
  outranks a local "possible"/"potential": the event is under DISCUSSION;
* without any cue, a present progressive before the trigger in its clause
  ("are gathering for the exercise") makes it ONGOING;
* a trigger with its own stage ("held talks", "took delivery") keeps it unless
  a cue is within ``CLOSE_CUE_TOKENS`` words.

Factuality: a ``negate`` or ``speculate`` cue drops the event; a ``reject`` cue
after a candidate bid ("a contender ... before the government decided to acquire
P-8s") makes it REJECTED; a ``nondefense`` cue drops a generic trigger ("free
trade agreement", "climate cooperation").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.lexicons import Lexicons, Trigger
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView

CLOSE_CUE_TOKENS = 3
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?\w+ing\b", re.IGNORECASE)


@dataclass(slots=True, unsafe_hash=True)
class CueHit:
    """A stage or factuality cue near a trigger, with its distance in words (treated as immutable; not
    ``frozen`` because a frozen dataclass is several times slower to build)."""

    value: str
    distance: int
    before: bool
    phrase: str


def _within(view: SentenceView, cue: Hit, trigger: Hit, scope: str, window: int) -> tuple[int, bool] | None:
    if view.region_of(cue.start) != view.region_of(trigger.start):
        return None
    if cue.end <= trigger.start or (cue.start < trigger.start and cue.end > trigger.start):
        if scope == "after":
            return None
        distance = view.distance(cue.end, trigger.start)
        return (distance, True) if distance <= window else None
    if cue.start >= trigger.end or cue.start >= trigger.start:
        if scope == "before":
            return None
        distance = view.distance(trigger.end, cue.start)
        return (distance, False) if distance <= window else None
    return None


def stage_cues(view: SentenceView, trigger: Hit, lexicons: Lexicons) -> list[CueHit]:
    """Stage cues that apply to ``trigger``, nearest first (the trigger's own words are not a cue)."""
    found = []
    for hit in view.hits.get("stage_cues", []):
        cue = lexicons.stage_cues[hit.index]
        if hit.start < trigger.end and trigger.start < hit.end:
            if cue.stage == "REJECTED" and hit.start < trigger.start:
                found.append(CueHit(cue.stage, 0, True, cue.phrase))  # "stopped taking part in": the cue holds it
            continue
        place = _within(view, hit, trigger, cue.scope, cue.window)
        if place is not None:
            found.append(CueHit(cue.stage, place[0], place[1], cue.phrase))
    return sorted(found, key=lambda c: (c.distance, not c.before))


def choose_stage(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> tuple[str, bool]:
    """The stage of the event stated by ``trigger_hit`` and whether a cue (not a default) gave it.

    Two clause-level frames refine the cues: a present perfect "since <year>" keeps
    an activity ONGOING ("since 2016 Japan has trained ... crews"), and a visit or
    meeting named as the occasion of a past action ("agreed ... during a visit to
    Nairobi") happened (COMPLETED) unless the clause is about the future.
    """
    stage, cued = _cued_stage(view, trigger_hit, trigger, lexicons)
    durable = trigger.type not in ("AGREEMENT", "VISIT")
    since = durable and (stage in ("COMPLETED", "AGREED") or not cued) and "since " in view.sentence.text.lower()
    occasional = trigger.type in ("VISIT", "DIALOGUE") and stage in ("PLANNED", "PROPOSED")
    if not (since or occasional):
        return _past_participle(view, trigger_hit, stage, cued)
    clause = view.text_between(view.region_start(view.region_of(trigger_hit.start)), trigger_hit.start)
    if since and _SINCE.search(clause) and _PERFECT.search(clause):
        return "ONGOING", True
    if occasional:
        occasion = [w.lower() for w in view.words_before(trigger_hit.start, 3)]
        if "during" in occasion and not _FUTURE.search(clause) and _PAST_VERB.search(clause):
            return "COMPLETED", True
        if trigger.type == "VISIT" and _ON_A_VISIT.search(" ".join(occasion)) and not _FUTURE.search(clause):
            return "COMPLETED", True  # "Kishida, on a two-day visit, is also set to address ...": he is there
    return _past_participle(view, trigger_hit, stage, cued)


def _past_participle(view: SentenceView, trigger_hit: Hit, stage: str, cued: bool) -> tuple[str, bool]:
    """An ONGOING participle with a past year is COMPLETED ("jets donated by Russia in 2017")."""
    if stage == "ONGOING" and view.text_between(trigger_hit.start, trigger_hit.end).endswith("ed"):
        following = view.text_between(trigger_hit.end, view.sentence.end).split()[:8]
        if _PAST_YEAR.search(" ".join(following)):
            return "COMPLETED", True
    return stage, cued


_ON_A_VISIT = re.compile(r"\bon (?:a|an|his|her|their)\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\bin (?:19|20)\d\d\b")


_SINCE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|last\s+year)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|ne|wn|ld|ght|un|de)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|next|plans?|planned|expected|due)\b", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:agreed|signed|discussed|held|met|said|announced|reached|inked|sealed|\w+ed)\b")


def _cued_stage(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> tuple[str, bool]:
    """The stage given by the nearest cue, the trigger itself, a frame or the type's default."""
    cues = stage_cues(view, trigger_hit, lexicons)
    if _is_progressive_verb(view, trigger_hit) and not any(c.value == "REJECTED" for c in cues):
        return "ONGOING", True  # "Italy and Japan are jointly developing a fighter"
    if trigger.type == "DIALOGUE":  # talks "under discussion" are talks under way
        cues = [CueHit("ONGOING", c.distance, c.before, c.phrase) if c.value == "DISCUSSION" else c for c in cues]
    if trigger.stage is not None and any(c.value == "REJECTED" for c in cues):
        return "REJECTED", True  # "the American offer had been ruled out"
    if trigger.stage is not None and (not cues or cues[0].distance > CLOSE_CUE_TOKENS):
        return trigger.stage, True
    if not cues:
        frame = frame_stage(view, trigger_hit, lexicons)
        if frame is not None:
            return ("ONGOING" if frame == "DISCUSSION" and trigger.type == "DIALOGUE" else frame), True
        clause = view.text_between(view.region_start(view.region_of(trigger_hit.start)), trigger_hit.start)
        if _PROGRESSIVE.search(clause):
            return "ONGOING", True  # "are gathering for Exercise Pitch Black"
        if _is_headline(view) and [w.lower() for w in view.words_before(trigger_hit.start, 1)] == ["to"]:
            return "PLANNED", True  # headline "Austin to meet Chinese counterpart in Singapore"
        return lexicons.default_stage(trigger.type)[0], False
    stage = cues[0].value
    if any(c.value == "REJECTED" for c in cues):
        return "REJECTED", True  # "Japan rejected a proposal by France to jointly develop an engine"
    if stage == "PROPOSED" and any(c.value == "DISCUSSION" for c in cues[1:]):
        stage = "DISCUSSION"
    return stage, True


def _is_headline(view: SentenceView) -> bool:
    """Whether the sentence reads as a headline: no closing punctuation."""
    return not view.sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ":"))


_BE_PRESENT = frozenset({"is", "are", "'re", "am"})
_ADVERBS = frozenset({"also", "now", "currently", "already", "still", "jointly", "actively", "reportedly"})


def _is_progressive_verb(view: SentenceView, trigger_hit: Hit) -> bool:
    """Whether the trigger is a present progressive verb ("are jointly developing", "is supplying")."""
    if not view.text_between(trigger_hit.start, trigger_hit.end).lower().endswith("ing"):
        return False
    words = [w.lower().strip(",") for w in view.words_before(trigger_hit.start, 3)]
    while words and words[-1] in _ADVERBS:
        words.pop()
    return bool(words) and words[-1] in _BE_PRESENT


def factuality(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> str | None:
    """The factuality effect that applies to ``trigger_hit`` (``None`` when it is stated as real)."""
    key = ("factuality", trigger_hit.start, trigger_hit.index)
    if key not in view.memo:
        view.memo[key] = _factuality(view, trigger_hit, trigger, lexicons)
    effect = view.memo[key]
    return effect if isinstance(effect, str) else None


def _factuality(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> str | None:
    if _speculative_source(view):
        return "speculate"  # "..., analysts said": the analysts' view, not a stated event
    effects: list[tuple[int, str]] = []
    for hit in view.hits.get("factuality_cues", []):
        cue = lexicons.factuality_cues[hit.index]
        place = _within(view, hit, trigger_hit, cue.scope, cue.window)
        if place is None or cue.effect == "none":
            continue
        if cue.effect == "reject" and "candidate" not in trigger.flags:
            continue
        if cue.effect == "nondefense" and not trigger.flags & {"generic", "weak"} and cue.phrase not in _REGULATORY:
            continue  # "licences for the sale of chips", "an embargo on arms sales": rules, not a transfer
        effects.append((place[0], cue.effect))
    if not effects:
        return None
    if "candidate" in trigger.flags and any(effect == "reject" for _, effect in effects):
        return "reject"  # "instead of the jets offered by X": a lost bid, not a denied one
    return min(effects)[1]


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


FRAME_STAGES = ("PLANNED", "PROPOSED", "DISCUSSION", "AGREED")


def frame_stage(view: SentenceView, trigger: Hit, lexicons: Lexicons) -> str | None:
    """The stage of the clause's main modal or verb cue ("are to take steps, including ... exercises").

    Used when no cue is near the trigger: the first frame cue of the trigger's
    region before it, else the first after it.
    """
    region = view.region_of(trigger.start)
    before: list[str] = []
    after: list[str] = []
    for hit in view.hits.get("stage_cues", []):
        cue = lexicons.stage_cues[hit.index]
        if cue.stage not in FRAME_STAGES or view.region_of(hit.start) != region:
            continue
        (before if hit.end <= trigger.start else after).append(cue.stage)
    if before:
        return before[0]
    return after[0] if after else None
