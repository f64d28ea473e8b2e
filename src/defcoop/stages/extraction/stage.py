"""Stage of a trigger, from the cue words around it.

A cue counts when it is in the trigger's clause region, on the side its row
allows (``before``/``after``/``any``) and within its window of words. The
nearest cue wins (a cue before the trigger wins a tie). Two refinements:

* a rejection ("rejected", "cancelled", "lost") in the window outranks any other cue;
* a *frame* of discussion ("will discuss ... including the possible supply"),
  or talks named earlier in the clause ("will hold talks on ..., including the
  possible supply"), outranks a local "possible"/"potential": DISCUSSION;
* without any cue, a present progressive before the trigger in its clause
  ("are gathering for the exercise") makes it ONGOING;
* a trigger with its own stage ("held talks", "took delivery") keeps it unless
  a cue is within ``CLOSE_CUE_TOKENS`` words;
* a modal or plan cue right before a verb cue governs it ("will sign", "could
  deliver"); a delivery or activity cue that opens the trigger ("taking delivery",
  "are taking part in") counts only when no other cue is nearer;
* a cue after a participial or relative modifier of the trigger counts as next
  to it ("the exercise, organised by the army, opened"), and so does an
  activity verb after the trigger's complement ("deliveries of the tanks to
  Poland began");
* a cue after the trigger and a reporting verb ("at the dialogue, he stated that the
  firms are in discussion") is the reported clause's, not the trigger's;
* a cue in an aside right after the trigger counts ("the exercise, which runs
  till Friday, ..."); an exercise or meeting followed by a present "is/are"
  ("the drills are concentrated ...", "Lamitye, the annual exercise between the two
  armies, is being conducted ...") is ONGOING unless the story says otherwise;
* a present or perfect progressive before the trigger ("have been conducting
  joint patrols") is ONGOING; "since <year>" anywhere in the clause with a
  present perfect keeps a durable activity ONGOING;
* an activity (exercise, visit, meeting) that "ended" is COMPLETED, not REJECTED;
* a document trigger ("visiting forces agreement") with no cue is AGREED for
  every type it states.
* a one-word participle trigger after a noun ("the package offered by ...")
  restates the nearest earlier trigger of its type in the clause and takes its
  stage when that is AGREED or COMPLETED (not across "instead of", "over");
* "the first ... to visit" has happened (COMPLETED);
* an uncued participle trigger after a past passive ("was co-developed by",
  "were trained by") is COMPLETED; a headline "to" with up to two verb words
  before the trigger ("Firms to form joint venture") is PLANNED;
* "provides for" / "stipulates" state the agreed terms of a deal (AGREED);
* military aid or assistance with no cue is a running programme (ONGOING);
* a sale in a clause attached to a deal signed in the sentence ("signed a deal
  that will see Israel supply ...") is AGREED (activities it allows keep theirs);
* a time phrase ("last year", "next month") tells when, so it yields to a
  trigger's own stage and to any verb cue within ``OWN_WORDS_DISTANCE`` words.

Stage across triggers (:mod:`.stage_links`):
within a sentence, what a deal lets its parties do has the deal's stage; a
referring subject followed by a modal ("the agreement would give ...") states an
effect, so its event keeps the stage of the item referred to.

Factuality (whether the trigger states a real event) reads the same cue windows
through :func:`cue_place`; its rules are in :mod:`.factuality`. Cues are case-aware
where written with ``=`` ("=may": the modal, never the month "May").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.lexicons import Lexicons, Trigger
from defcoop.stages.extraction.headline import headline_infinitive, is_headline
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import ASIDE_BASE, SentenceView
from defcoop.stages.extraction.tense import REPORTED, frame_stage, refine_by_tense

CLOSE_CUE_TOKENS = 3
OWN_WORDS_DISTANCE = CLOSE_CUE_TOKENS + 1  # a cue that opens the trigger itself yields to any nearer cue
MODAL_GAP_TOKENS = 1
ACTIVITY_SUBJECT_TOKENS = 6  # "the summit of Kenya and Rwanda ended": the ending is the summit's
_PRESENT_BE = re.compile(
    r"^(?:\s+(?:of|between|with|in|off|near|at)\b[^,;:()]{0,60}?)?,?\s*(?:is|are)\s+(?:being\s+|now\s+|currently\s+)?"
    r"(?!(?:aimed|designed|intended|meant|expected|scheduled|planned|set|due)\b)\w+(?:ed|ing)\b",
    re.IGNORECASE,
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|has been|have been)\s+(?:now\s+|currently\s+)?\w+ing\b", re.IGNORECASE)


@dataclass(slots=True, unsafe_hash=True)
class CueHit:
    """A stage or factuality cue near a trigger, with its distance in words (treated as immutable; not
    ``frozen`` because a frozen dataclass is several times slower to build)."""

    value: str
    distance: int
    before: bool
    phrase: str
    start: int = -1


_MODIFIER_GAP = re.compile(r"^\s*,?\s*(?:\w+ed|which|who|that|whose)\b[^;:()]{0,100}?,\s*$", re.IGNORECASE)


def _own_aside(view: SentenceView, cue: Hit, trigger: Hit) -> bool:
    """Whether the cue is in an aside right after the trigger or its complement ("the exercise, which runs till")."""
    region = view.region_of(cue.start)
    if region < ASIDE_BASE or view.region_of(trigger.start) >= ASIDE_BASE:
        return False
    opening = view.region_start(region)
    return view.distance(trigger.end, opening) == 0 or bool(_COMPLEMENT.match(view.text_between(trigger.end, opening)))


_TIME_CUE = re.compile(r"\b(?:year|month|week)\b")  # "offered last year": when, not how far, so it yields


_COMPLEMENT = re.compile(r"^\s+(?:of|for|to|between|with|by|from|in|on|at|off|near)\b[^,;:()]{0,80}$", re.IGNORECASE)
_HAPPENED = frozenset({"ONGOING", "COMPLETED", "REJECTED"})


def cue_place(
    view: SentenceView, cue: Hit, trigger: Hit, scope: str, window: int, stage: str = ""
) -> tuple[int, bool] | None:
    """The distance in words and whether the cue comes before, when ``cue`` is in reach of ``trigger``."""
    if view.region_of(cue.start) != view.region_of(trigger.start) and not _own_aside(view, cue, trigger):
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
        between = view.text_between(trigger.end, cue.start)
        if REPORTED.search(between):
            return None  # "at the dialogue, he stated that the firms are in discussion": the report's own clause
        if distance > 1 and (_MODIFIER_GAP.match(between) or (stage in _HAPPENED and _COMPLEMENT.match(between))):
            distance = 1  # "the exercise, organised by the army, opened": the verb after the modifier is the trigger's
        return (distance, False) if distance <= window else None
    return None


def stage_cues(view: SentenceView, trigger: Hit, lexicons: Lexicons) -> list[CueHit]:
    """Stage cues that apply to ``trigger``, nearest first (the trigger's own words are not a cue)."""
    found = []
    for hit in view.hits.get("stage_cues", []):
        cue = lexicons.stage_cues[hit.index]
        if hit.start < trigger.end and trigger.start < hit.end:
            if cue.stage == "REJECTED" and hit.start < trigger.start:
                found.append(CueHit(cue.stage, 0, True, cue.phrase, hit.start))  # "stopped taking part in"
            elif cue.stage in ("COMPLETED", "ONGOING") and hit.start <= trigger.start:
                found.append(CueHit(cue.stage, OWN_WORDS_DISTANCE, True, cue.phrase, hit.start))  # "taking delivery"
            continue
        place = cue_place(view, hit, trigger, cue.scope, cue.window, cue.stage)
        if place is not None:
            distance = max(place[0], OWN_WORDS_DISTANCE) if _TIME_CUE.search(cue.phrase) else place[0]
            found.append(CueHit(cue.stage, distance, place[1], cue.phrase, hit.start))
    return sorted(found, key=lambda c: (c.distance, not c.before))


def choose_stage(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> tuple[str, bool]:
    """The stage of the event stated by ``trigger_hit`` and whether a cue (not a default) gave it.

    The cue rules of :func:`cued_choice`, then the tense rules of :mod:`.tense`.
    """
    stage, cued = refine_by_tense(view, trigger_hit, trigger, *cued_choice(view, trigger_hit, trigger, lexicons))
    if stage == "COMPLETED" and "milestone" in trigger.flags:
        return "ONGOING", True  # "the corvette was launched in Ulsan": built, not yet delivered
    return stage, cued


def cued_choice(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> tuple[str, bool]:
    """The stage that the cues and clause frames give ``trigger_hit``, and whether a cue (not a default) gave it.

    Two clause-level frames refine the cues: a present perfect "since <year>" keeps
    an activity ONGOING ("since 2016 Japan has trained ... crews"), and a visit or
    meeting named as the occasion of a past action ("agreed ... during a visit to
    Nairobi") happened (COMPLETED) unless the clause is about the future.
    """
    main = _main_trigger(view, trigger_hit, trigger, lexicons)
    if main is not None:  # "decided to acquire the jets ... the package offered by Stockholm": one decision
        decided = choose_stage(view, main, lexicons.triggers[main.index], lexicons)
        if trigger.type == "ARMS_TRANSFER" and trigger.stage == "AGREED" and decided[0] in ("COMPLETED", "ONGOING"):
            return "AGREED", True  # "delivered the first of 24 tanks ordered from Germany": the order itself
        if decided[0] in ("AGREED", "COMPLETED") and decided[1]:  # a default ("an export, sold to ...") says nothing
            return decided
    stage, cued = _cued_stage(view, trigger_hit, trigger, lexicons)
    if (
        trigger.type == "ARMS_TRANSFER"
        and stage in FORWARD
        and _SIGNED_DEAL_CLAUSE.search(_sentence_before(view, trigger_hit))
    ):
        return "AGREED", True  # "signed a deal that will see Israel supply Morocco with ...": the sale was agreed
    if stage == "PLANNED" and _FIRST_TO.search(_clause_before(view, trigger_hit)):
        return "COMPLETED", True  # "the first US defence secretary to visit Hanoi since 2018": he is there
    durable = trigger.type not in ("AGREEMENT", "VISIT")
    since = durable and (stage in ("COMPLETED", "AGREED") or not cued) and "since" in view.lowered()
    occasional = trigger.type in ("VISIT", "DIALOGUE") and stage in ("PLANNED", "PROPOSED")
    if not (since or occasional):
        return _past_participle(view, trigger_hit, stage, cued)
    clause = view.text_between(view.region_start(view.region_of(trigger_hit.start)), trigger_hit.start)
    own = "" if trigger.type == "ARMS_TRANSFER" else view.text_between(trigger_hit.start, trigger_hit.end)
    if since and _SINCE.search(_clause(view, trigger_hit)) and _PERFECT.search(clause + own):
        # "have held drills since 2015", "have exercised together since then"; "has provided $1 billion in
        # military assistance since 2011" counts what was delivered
        return ("COMPLETED" if own == "" and _DELIVERED_AMOUNT.search(clause) else "ONGOING"), True
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
        following = view.text_between(trigger_hit.end, view.sentence.end).split(maxsplit=8)[:8]
        if _PAST_YEAR.search(" ".join(following)):
            return "COMPLETED", True
        if not cued and _PAST_PASSIVE.search(view.text_between(view.sentence.start, trigger_hit.start)):
            return "COMPLETED", True  # "the missile has been jointly developed by ...", "pilots were trained in ..."
    return stage, cued


_PAST_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:\w+ed\s+)?$", re.IGNORECASE
)  # ends right before the trigger; "\w+ed" lets the trigger's first word be a participle ("were fully trained")


_ON_A_VISIT = re.compile(r"\bon (?:a|an|his|her|their)\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\bin (?:19|20)\d\d\b")


_SINCE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|last\s+year|then)\b|\bever\s+since\b",
    re.IGNORECASE,
)
_DELIVERED_AMOUNT = re.compile(r"\b(?:has|have)\s+(?:provided|delivered|supplied|given|donated|sent)\b[^,;]*\bin\s+$")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+", re.IGNORECASE)  # "has kept", "has had"
_SIGNED_DEAL_CLAUSE = re.compile(
    r"\b(?:signed|inked|sealed|concluded|struck|clinched|finali[sz]ed|agreed)\b[^.;:]{0,60}?"
    r"\b(?:deal|agreement|contract|pact|accord|memorandum|treaty)s?(?:\s+(?:with|for)\b[^,.;:]{0,40}?)?,?\s+"
    r"(?:that|which|under which)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)
_FIRST_TO = re.compile(r"\b(?:first|second|third|latest)\b[^,;]{0,60}\bto$", re.IGNORECASE)
_AUXILIARIES = frozenset({
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "also", "it", "they", "which", "that",
    "who", "not", "and", "or", "to", "then", "first",
})
_CONTRAST_WORDS = re.compile(r"\b(?:instead of|rather than|over|in favou?r of|beat|against)\b", re.IGNORECASE)


def _clause(view: SentenceView, trigger_hit: Hit) -> str:
    """The whole text of the trigger's clause region."""
    region = view.region_of(trigger_hit.start)
    end = next((e for s, e, r in view.regions if r == region), view.sentence.end) if region else view.sentence.end
    return view.text_between(view.region_start(region), end)


def _sentence_before(view: SentenceView, trigger_hit: Hit) -> str:
    """The sentence text before the trigger."""
    return view.text_between(view.sentence.start, trigger_hit.start)


def _clause_before(view: SentenceView, trigger_hit: Hit) -> str:
    """The text of the trigger's clause region before the trigger, without trailing space."""
    return view.text_between(view.region_start(view.region_of(trigger_hit.start)), trigger_hit.start).rstrip()


def _is_reduced_participle(view: SentenceView, hit: Hit) -> bool:
    """Whether a one-word trigger is a past participle after a noun ("the package offered by", "jets bought")."""
    words = view.text_between(hit.start, hit.end).split()
    if len(words) != 1 or not words[0].lower().endswith("ed"):
        return False
    before = view.words_before(hit.start, 1)
    word = before[0] if before else ""
    return word.isalpha() and word.islower() and word not in _AUXILIARIES and not word.endswith("ly")


def _main_trigger(view: SentenceView, hit: Hit, trigger: Trigger, lexicons: Lexicons) -> Hit | None:
    """The nearest earlier trigger of the same type in the clause that a participle trigger restates.

    Not across a contrast ("chose X instead of the jets offered by Y": the offer lost).
    """
    if not _is_reduced_participle(view, hit):
        return None
    region = view.region_of(hit.start)
    found = None
    for other in view.hits.get("triggers", []):
        if other.end > hit.start or other.start < view.sentence.start or view.region_of(other.start) != region:
            continue
        if not 0 <= other.index < len(lexicons.triggers):
            continue
        main = lexicons.triggers[other.index]
        if main.type == trigger.type and "losers" not in main.flags and not _is_reduced_participle(view, other):
            found = other
    if found is None or _CONTRAST_WORDS.search(view.text_between(found.end, hit.start)):
        return None
    return found
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|next|plans?|planned|expected|due)\b", re.IGNORECASE)
_AUXILIARY_CUES = frozenset({"was", "were"})
_PAST_VERB = re.compile(r"\b(?:agreed|signed|discussed|held|met|said|announced|reached|inked|sealed|\w+ed)\b")


def _cued_stage(view: SentenceView, trigger_hit: Hit, trigger: Trigger, lexicons: Lexicons) -> tuple[str, bool]:
    """The stage given by the nearest cue, the trigger itself, a frame or the type's default."""
    cues = _activity_endings(view, stage_cues(view, trigger_hit, lexicons), trigger_hit, lexicons)
    progressive = trigger.stage != "DISCUSSION" and _is_progressive_verb(view, trigger_hit, trigger)
    if progressive and not any(c.value == "REJECTED" for c in cues):  # "are jointly developing a fighter"
        return "ONGOING", True  # ("is considering drones" is still a discussion)
    if trigger.type == "DIALOGUE":  # talks "under discussion" are talks under way
        cues = [
            CueHit("ONGOING", c.distance, c.before, c.phrase, c.start) if c.value == "DISCUSSION" else c for c in cues
        ]
    if trigger.stage is not None and any(c.value == "REJECTED" for c in cues):
        return "REJECTED", True  # "the American offer had been ruled out"
    if trigger.stage is not None and (not cues or cues[0].distance > CLOSE_CUE_TOKENS or (
            trigger.stage == "AGREED" and cues[0].phrase in _AUXILIARY_CUES)):
        return trigger.stage, True  # "the ships were ordered in 2019": an order, passive or not
    if not cues:
        frame = frame_stage(view, trigger_hit, lexicons)
        if frame is not None:
            return ("ONGOING" if frame == "DISCUSSION" and trigger.type == "DIALOGUE" else frame), True
        clause = view.text_between(view.region_start(view.region_of(trigger_hit.start)), trigger_hit.start)
        if _PROGRESSIVE.search(clause):
            return "ONGOING", True  # "are gathering for Exercise Pitch Black"
        following = view.text_between(trigger_hit.end, view.sentence.end)
        if trigger.type in ("EXERCISE", "DIALOGUE") and _PRESENT_BE.match(following):
            return "ONGOING", False  # "the drills are concentrated around training sites" (weak: the story may say)
        if is_headline(view) and headline_infinitive(view, trigger_hit):
            return "PLANNED", True  # headline "Austin to meet Chinese counterpart", "Firms to form joint venture"
        if DOCUMENT.search(trigger.phrase):
            return "AGREED", False  # "already has visiting forces agreements with ...": the access rests on a deal
        if "aid" in trigger.flags and " " in trigger.phrase:
            return "ONGOING", False  # "one of the largest recipients of U.S. military assistance": a programme
        return lexicons.default_stage(trigger.type)[0], False
    stage = _governing(view, cues, lexicons).value
    if any(c.value == "REJECTED" for c in cues):
        return "REJECTED", True  # "Japan rejected a proposal by France to jointly develop an engine"
    if stage == "PROPOSED" and any(c.value == "DISCUSSION" for c in cues[1:]):
        stage = "DISCUSSION"
    elif stage == "PROPOSED" and cues[0].phrase in _POSSIBLE and _talks_before(view, trigger_hit, lexicons):
        stage = "DISCUSSION"  # "will hold talks on ..., including the possible supply of drones"
    return stage, True


def _governing(view: SentenceView, cues: list[CueHit], lexicons: Lexicons) -> CueHit:
    """The cue that decides: a modal or plan word right before a verb cue governs it.

    "will sign a pact", "could deliver the jets", "agreed to sign": the verb cue is
    nearest to the trigger but the word before it gives the stage, also over a
    coordination ("would strengthen security and deepen ties"); a wish verb
    after a plan or decision ("agreed to deepen ties") is PLANNED; talks after
    an offer ("ready to consider sending ships") are the offer (PROPOSED).
    """
    first = cues[0]
    if not first.before or first.value == "PLANNED":
        return first
    governors = {"PROPOSED": ("PLANNED",), "DISCUSSION": ("PROPOSED",)}.get(first.value, FORWARD)
    region = view.region_of(first.start)
    for hit in view.hits.get("stage_cues", []):
        cue = lexicons.stage_cues[hit.index]
        infinitive = cue.phrase.endswith(" to")  # "a commitment to deepen ties": the verb is its complement
        if first.value == "DISCUSSION" and cue.stage not in governors:
            continue  # only an offer governs talks ("ready to consider"); "agreed to explore" stays DISCUSSION
        if hit.end > first.start or not (infinitive or cue.stage in governors) or view.region_of(hit.start) != region:
            continue
        between = view.text_between(hit.end, first.start)
        if view.distance(hit.end, first.start) <= MODAL_GAP_TOKENS or _COORDINATED_VERB.match(between):
            return CueHit(cue.stage, first.distance, True, cue.phrase, hit.start)  # beyond its own window too
    return first


def _activity_endings(view: SentenceView, cues: list[CueHit], trigger_hit: Hit, lexicons: Lexicons) -> list[CueHit]:
    """An exercise, visit or meeting that "ended" is over (COMPLETED), not called off.

    The ending belongs to the activity: "ended the summit with a commitment to work
    together" does not end the cooperation named after the summit.
    """
    if not any(c.phrase in _ENDINGS for c in cues):
        return cues  # nothing ends: every branch below would keep the cues as they are
    trigger = lexicons.triggers[trigger_hit.index] if 0 <= trigger_hit.index < len(lexicons.triggers) else None
    if trigger is None or trigger.type not in _ACTIVITY_TYPES:
        activities = [
            h for h in view.hits.get("triggers", [])
            if h.end <= trigger_hit.start and 0 <= h.index < len(lexicons.triggers)
            and lexicons.triggers[h.index].type in _ACTIVITY_TYPES
        ]
        return [c for c in cues if not (c.phrase in _ENDINGS and c.before and _ends_one(view, c, activities))]
    return [CueHit("COMPLETED", c.distance, c.before, c.phrase, c.start) if c.phrase in _ENDINGS else c for c in cues]


def _ends_one(view: SentenceView, cue: CueHit, activities: list[Hit]) -> bool:
    """Whether an ending cue is about an activity: its object after it, or its subject just before it."""
    return any(cue.start < h.start or view.distance(h.end, cue.start) <= ACTIVITY_SUBJECT_TOKENS for h in activities)


FORWARD = frozenset({"PROPOSED", "DISCUSSION", "PLANNED"})  # stages of what has not happened yet
_COORDINATED_VERB = re.compile(r"^\s+[a-z]+(?:\s+[\w'’-]+){0,5}\s+and\s+$")  # "would strengthen its security and"
_ACTIVITY_TYPES = frozenset({"EXERCISE", "VISIT", "DIALOGUE"})
_ENDINGS = frozenset({"ended", "ends", "ending"})
DOCUMENT = re.compile(r"\b(?:agreements?|pacts?|accords?|treat(?:y|ies)|arrangements?)$")  # a signed text


def _talks_before(view: SentenceView, trigger_hit: Hit, lexicons: Lexicons) -> bool:
    """Whether talks or a meeting are named earlier in the trigger's clause (the trigger is their topic)."""
    region = view.region_of(trigger_hit.start)
    return any(
        h.end <= trigger_hit.start and view.region_of(h.start) == region and 0 <= h.index < len(lexicons.triggers)
        and lexicons.triggers[h.index].type == "DIALOGUE"
        for h in view.hits.get("triggers", [])
    )


_POSSIBLE = frozenset({"possible", "potential", "potentially", "possibility"})


_BE_PRESENT = frozenset({"is", "are", "'re", "am"})
_ADVERBS = frozenset({
    "also", "now", "currently", "already", "still", "jointly", "actively", "reportedly", "separately", "gradually",
    "steadily", "quietly",
})


def _is_progressive_verb(view: SentenceView, trigger_hit: Hit, trigger: Trigger) -> bool:
    """Whether the trigger is a present progressive verb ("are jointly developing", "is supplying"; "are
    sharing radar data" by its first word unless the trigger states its own stage: "is travelling to")."""
    words = view.text_between(trigger_hit.start, trigger_hit.end).lower().split()
    if not (words[-1].endswith("ing") or (trigger.stage is None and words[0].endswith("ing"))):
        return False
    words = [w.lower().strip(",") for w in view.words_before(trigger_hit.start, 3)]
    while words and words[-1] in _ADVERBS:
        words.pop()
    return bool(words) and words[-1] in _BE_PRESENT
