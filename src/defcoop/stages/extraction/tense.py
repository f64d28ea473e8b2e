"""Stage refinements from tense and aspect around a trigger, applied after the cue rules.

* an activity named after "after" / "following" ("signed the deal after talks",
  "spoke to reporters after meeting his counterpart") has happened: COMPLETED, unless
  the clause before it is about the future ("will sign the deal after talks");
  so has a running activity that "after three decades of buying arms" names as over;
* an uncued activity named as an earlier edition ("the inaugural drill", "the previous
  round of talks") or followed by a simple past ("the drill focused on piracy") is over;
* an event in a "before" / "until" / "once" clause of a future main clause ("crews
  will train in Turkey before the ships are handed over") is ahead too: PLANNED;
* a habit of the past ("the US, which used to hold the exercise with Cambodia") is over;
  a habit of the present ("the navies regularly conduct joint patrols") is ONGOING (:mod:`.habits`);
* ties the parties agreed at an earlier date to deepen ("agreed in 2021 to deepen
  cooperation", "last year agreed to step up ties") are a standing agreement: AGREED;
* a deal document handed over ("handed over the letter of acceptance for the ships")
  is a signing (AGREED), not a delivery;
* a document that something happens under and that a year dates ("under a 2015 defence
  cooperation agreement") was concluded: AGREED, whatever the main clause's modal;
* what talks are about ("held talks with the navy chief on further cooperation") is
  under discussion (DISCUSSION) when no cue says otherwise;
* an activity stated in the past ("discussed", "held talks") happened even when what
  it was about was dropped ("... but put the idea on hold");
* a visit or meeting that a past verb names as its occasion ("announced during a visit
  to Riga", "said at a meeting") happened, whatever future the announcement states;
* training with no cue, stated in a perfect ("had followed a training
  course", "instructors have already trained its engineers", "soldiers have been
  trained to operate"), is over: COMPLETED, unless the clause gives it a duration
  ("have for years trained", "since 2015"); so is an activity or a port call in a
  past perfect ("warships, which had made a port call in Manila") or after a past
  "spent <time>" ("the crew spent two months in Kiel learning to operate the ship");
* a delivery of "the first of" several items has begun and goes on (ONGOING): "the
  first of four aircraft arrived", "the first of which have been delivered" (a "first
  batch" that arrived is a whole delivery) (:func:`partial_delivery`; arrivals call it too);
* an uncued past-tense transfer verb dated in a year ("donated its S-300 battery to
  Ukraine in 2022", "frigates acquired from Britain between 2006 and 2008") happened, and
  so did a participle after a dated past main clause ("retired its frigates in 2019,
  selling them to Chile");
* a perfect participle ("remains a major donor, having supplied tanks and artillery")
  states what happened whatever the main clause's cue: COMPLETED, or AGREED for a
  signing; so does one after an uncued transfer ("a major donor of military aid to
  Ukraine, having provided tanks");
* training whose agent follows a past passive ("officers were trained by Chinese
  instructors") is over, unless the clause gives it a duration.
"""

from __future__ import annotations

import re

from defcoop.lexicons import Lexicons, Trigger
from defcoop.records import HAPPENING_TYPES
from defcoop.stages.extraction.habits import agreement_to_deepen, is_habit
from defcoop.stages.extraction.headline import is_headline
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.order_parts import COUNT, DELIVERIES_GO_ON
from defcoop.stages.extraction.sentence import SentenceView

ACTIVITY_TYPES = frozenset({"DIALOGUE", "VISIT", "EXERCISE"})
_AFTER_ACTIVITY = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|a|an|their|his|her|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_AFTER_SPELL = re.compile(
    r"\bafter\s+(?:[\w-]+\s+){0,2}(?:years?|decades?|months?)\s+of\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE
)
FORWARD = frozenset({"PROPOSED", "DISCUSSION", "PLANNED"})
HAPPENED_OR_AGREED = frozenset({"AGREED", "ONGOING", "COMPLETED"})
_TIME_CLAUSE = re.compile(r"\b(?:before|until|till|once|as soon as)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)
_PAST_WORDS = re.compile(r"\b(?:was|were|had|did)\b|\b\w+ed\s+(?:by|to|from)\b", re.IGNORECASE)

_DURING_PAST = re.compile(  # "Trudeau announced during a visit to Riga" (what he announced may be ahead)
    r"(?<!\bbe )(?<!\bbeen )\b(?:[a-z]+ed|said|told|met|held|made|spoke|gave|signed)\s+"
    r"(?:(?:on|in)\s+\w+\s+)?(?:during|at|on)\s+(?:(?:a|an|his|her|their|the|this|last)\s+)?(?:[\w'’-]+\s+){0,2}$"
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|next|plans?|planned|planning|expected|due|to be)\b|\b\w+'ll\b", re.IGNORECASE
)


_DEPARTED_FOR = re.compile(
    r"\b(?:left|departed|sailed|flew|set\s+(?:off|sail|out)|headed|embarked|(?:was|were)\s+flagged\s+off)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:for|to\s+(?:join|take\s+part\s+in|participate\s+in|attend))\s+"
    r"(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


def refine_by_tense(view: SentenceView, hit: Hit, trigger: Trigger, stage: str, cued: bool) -> tuple[str, bool]:
    """The stage after the tense and aspect rules of this module (``stage``, ``cued`` unchanged when none applies)."""
    if (
        stage == "COMPLETED" and trigger.type == "EXERCISE"
        and _DEPARTED_FOR.search(view.text_between(max(view.sentence.start, hit.start - 120), hit.start))
    ):
        return "PLANNED", True  # "troops left Jakarta on Monday for joint drills": the travel is over, not the drills
    if stage == "REJECTED":  # "had discussed sending jets but put the idea on hold": the talks were held
        return ("COMPLETED", True) if trigger.type in ACTIVITY_TYPES and trigger.stage == "COMPLETED" else (stage, cued)
    before = view.text_between(view.region_start(view.region_of(hit.start)), hit.start)  # the clause before it
    if (stage in ("COMPLETED", "AGREED") or not cued) and stage != "ONGOING" and is_habit(
        view, hit, trigger, stage, before
    ):
        return "ONGOING", True  # "the two navies regularly conduct joint patrols" (:mod:`.habits`)
    if (not cued or stage in ("COMPLETED", "ONGOING")) and trigger.type not in ACTIVITY_TYPES and _TALKS_ON.search(
        before
    ):  # "held talks with the navy chief on further cooperation": "held" is the talks', the topic is discussed
        return "DISCUSSION", True
    if trigger.type == "AGREEMENT" and stage in FORWARD and _UNDER_DATED.search(before):
        return "AGREED", True  # "ships rotate through Singapore under a 2015 defence cooperation agreement"
    if stage == "COMPLETED" and trigger.type == "ARMS_TRANSFER" and _HANDED_DOCUMENT.search(
        before[-40:] + view.text_between(hit.start, hit.end)
    ):
        return "AGREED", True  # "handed over the letter of acceptance for the ships": a signing, not a delivery
    deepen = agreement_to_deepen(before)
    if deepen is not None:
        return deepen, True  # "agreed in 2021 to deepen ties": a standing deal
    if stage in HAPPENED_OR_AGREED and _future_time_clause(view.text_between(view.sentence.start, hit.start)):
        return "PLANNED", True
    own = view.text_between(hit.start, hit.end)
    after = view.text_between(hit.end, view.sentence.end)
    having_after = trigger.type == "ARMS_TRANSFER" and not cued and _HAVING_AFTER.match(after)
    if (_HAVING.search(before) and _is_participle(view, hit)) or _HAVING_INSIDE.search(own) or having_after:
        return ("AGREED" if trigger.stage == "AGREED" or trigger.type == "AGREEMENT" else "COMPLETED"), True
    own = before + view.text_between(hit.start, hit.end)
    if trigger.type == "ARMS_TRANSFER" and stage in HAPPENED_OR_AGREED and _habit(view, hit, before):
        return "ONGOING", True  # "buys most of its weapons from Russia", "has long bought arms from China"
    if trigger.type == "ARMS_TRANSFER" and stage == "COMPLETED" and partial_delivery(own + _object_words(after), after):
        return "ONGOING", True
    if not cued and trigger.type in PERFECT_TYPES | {"EXERCISE"} and _PERFECT_FOR_A_WHILE.search(before):
        return "ONGOING", True  # "have for years trained with British troops": still going on
    if trigger.type in ACTIVITY_TYPES and not cued and _past_edition(view, hit, before):
        return "COMPLETED", True  # cued: a story's later tense ("follow_story_tense") does not apply
    if stage in ("REJECTED", "COMPLETED"):
        return stage, cued
    if _after_something(before, trigger) or ((stage in FORWARD or not cued) and _USED_TO.search(before)):
        return "COMPLETED", True
    if trigger.type in ACTIVITY_TYPES and stage in FORWARD and _DURING_PAST.search(before):
        return "COMPLETED", True
    if not cued and trigger.type in PERFECT_TYPES and _in_perfect(view, hit, before):
        return "COMPLETED", True
    if not cued and trigger.type in SPENT_TYPES and _SPENT.search(before) and not _FUTURE.search(before):
        return "COMPLETED", True  # "the crew spent two months in Kiel learning to operate the ship with instructors"
    if not cued and trigger.type in PLUPERFECT_TYPES and _PLUPERFECT_BEFORE.search(before):
        return "COMPLETED", True  # "warships, which had made a port call in Manila": over before the story's time
    if not cued and trigger.type in PERFECT_TYPES and _trained_by(view, hit, before):
        return "COMPLETED", True
    if not cued and trigger.type in PERFECT_TYPES and _simple_past(view, hit, before):
        return "COMPLETED", True  # "the crew of 280 sailors trained with the Royal Navy"
    if not cued and trigger.type == "ARMS_TRANSFER" and _dated_past_verb(view, hit, before):
        return "COMPLETED", True
    return stage, cued


_HAVING = re.compile(r"\bhaving\s+(?:(?:already|also|previously|recently|just)\s+)?$", re.IGNORECASE)
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ld", "lt", "nt", "ught", "ne")
_HAVING_INSIDE = re.compile(  # a merged span "donors ... having provided"
    r"\bhaving\s+(?:(?:already|also|previously|recently|just)\s+)?[a-z]+(?:" + "|".join(_PARTICIPLE_ENDINGS) + r")\b",
    re.IGNORECASE,
)


_HAVING_AFTER = re.compile(  # "remains a major donor of military aid to Ukraine, having provided tanks"
    r"^[^.;:,]{0,80},\s*having\s+(?:(?:already|also|previously)\s+)?[a-z]+(?:" + "|".join(_PARTICIPLE_ENDINGS) + r")\b",
    re.IGNORECASE,
)


def _is_participle(view: SentenceView, hit: Hit) -> bool:
    """Whether the trigger opens with a past participle ("supplied", "held talks", "sold")."""
    first = view.text_between(hit.start, hit.end).split(maxsplit=1)[0].lower()
    return first.endswith(_PARTICIPLE_ENDINGS)


_PASSIVE_BY = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\s+(?:by|with)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _trained_by(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether a noun trigger is the agent of a past passive with no duration ("were trained by Turkish
    instructors")."""
    if not _PASSIVE_BY.search(before):
        return False
    after = view.text_between(hit.end, view.sentence.end)
    return not _DURATION.search(before + view.text_between(hit.start, hit.end) + after)


_HABIT = re.compile(
    r"\b(?:most|much|the bulk|the majority|a majority|the lion's share|nearly all|almost all) of (?:its|their)\b|"
    r"\b(?:mainly|mostly|largely|primarily|traditionally|regularly|routinely|for decades|(?:has|have) long)\b",
    re.IGNORECASE,
)
_HABIT_VERB = re.compile(r"(?:\w+s|bought|sourced|relied|procured)\b", re.IGNORECASE)


def _habit(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether a transfer verb states a habit, not one deal: a present or perfect verb with a word of habit in
    its clause ("buys most of its weapons from Russia", "has long bought arms from China")."""
    verb = _HABIT_VERB.match(view.text_between(hit.start, hit.end))
    if verb is None or is_headline(view):
        return False
    if not verb.group(0).lower().endswith("s") and not _PERFECT_AUX.search(before.replace(" long ", " ")):
        return False  # "bought most of its fighters from Russia in the 1990s": a past purchase
    after = view.text_between(hit.end, min(view.sentence.end, hit.end + 60))
    return _HABIT.search(before[-40:] + " " + view.text_between(hit.start, hit.end) + after) is not None


_AGREED_TO_DO = re.compile(r"\bagreed\b(?:\s+[\w,]+){0,3}?\s+to\s+[a-z]+\b(?!\s+(?:agreement|deal|pact))", re.I)


def fit_to_type(event_type: str, stage: str, before: str = "") -> str:
    """The stage as the event type can have it: an agreed happening happened ("signed ... as Kishida visits":
    the visit is COMPLETED), unless the sides agreed to do it (``before``, the sentence before the trigger:
    "agreed on Tuesday to step up cooperation, including joint patrols": PLANNED); a signed document is never
    over ("signed an agreement in 2003": AGREED)."""
    if stage == "AGREED" and event_type in HAPPENING_TYPES:
        return "PLANNED" if _AGREED_TO_DO.search(before) else "COMPLETED"
    if stage in ("COMPLETED", "ONGOING") and event_type == "AGREEMENT":
        return "AGREED"
    return stage


_NOT_A_SUBJECT = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "am", "to", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "have", "has", "had", "not", "also", "and", "or", "who", "which", "that", "newly", "well",
    "fully", "specially", "specifically", "get", "got", "gets", "getting",
})


def _simple_past(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether an "-ed" training verb follows its subject directly, with no future or duration in the sentence
    ("the crew of 280 sailors trained with the Royal Navy", not "are trained", "will be trained")."""
    words = view.text_between(hit.start, hit.end).split()
    previous = before.split()[-1:] if before.strip() else []
    if len(words) != 1 or not words[0].lower().endswith("ed") or not previous:
        return False
    word = previous[0].strip(",;:()\"'").lower()
    if not word.isalpha() or word in _NOT_A_SUBJECT or word.endswith("ly"):
        return False
    return not (_FUTURE.search(view.sentence.text) or _DURATION.search(view.sentence.text))


def _future_time_clause(sentence_before: str) -> bool:
    """Whether the trigger is in a "before/until/once" clause of a future main clause ("will train before the ships
    are handed over")."""
    found = _TIME_CLAUSE.search(sentence_before)
    if found is None or _PAST_WORDS.search(found.group(0)):
        return False
    return _FUTURE.search(sentence_before[: found.start()]) is not None


_PAST_DATE = re.compile(
    r"\b(?:in|between|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\ds?\b", re.IGNORECASE
)
_PAST_MAIN = re.compile(r"\b(?:[a-z]+ed|gave|sold|sent|bought|took|made|won)\b")
PAST_DATE_WORDS = 8


def _dated_past_verb(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether an uncued past-tense transfer verb is dated in a year ("donated ... to Ukraine in 2022"), or a
    participle after a dated past main clause ("gave up its rocket launchers in the mid-2000s, selling them to
    Finland")."""
    words = view.text_between(hit.start, hit.end).split()
    if len(words) == 1 and words[0].lower().endswith("ing") and before.rstrip().endswith(","):
        main = view.text_between(view.sentence.start, hit.start)
        return bool(_PAST_DATE.search(main) and _PAST_MAIN.search(main)) and not _FUTURE.search(main)
    if len(words) != 1 or not words[0].lower().endswith("ed"):
        return False
    following = " ".join(view.text_between(hit.end, view.sentence.end).split()[:PAST_DATE_WORDS])
    return bool(_PAST_DATE.search(following) or _PAST_DATE.search(before)) and not _FUTURE.search(before)


PERFECT_TYPES = frozenset({"PERSONNEL"})  # running by default, finished when in a perfect
_PERFECT_ADVERBS = r"(?:(?:already|also|previously|recently|earlier|beforehand|just|successfully)\s+)*"
_PERFECT_VERB = r"(?:had|has|have)\s+" + _PERFECT_ADVERBS + r"(?!been\b)[a-z]+(?:ed|en|t|wn)\b"
_PERFECT_BEFORE = re.compile(
    r"\b" + _PERFECT_VERB + r"\s+(?:(?:a|an|the|their|its|his|her|some|several)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
PLUPERFECT_TYPES = frozenset({"ACCESS", "EXERCISE", "VISIT", "DIALOGUE", "PERSONNEL"})
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+" + _PERFECT_ADVERBS + r"(?!been\b)[a-z]+(?:ed|en|t|wn|de)\s+"
    r"(?:(?:a|an|the|their|its|his|her|some|several)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
SPENT_TYPES = frozenset({"PERSONNEL", "EXERCISE"})
_SPENT = re.compile(
    r"\bspent\s+(?:(?:about|some|nearly|almost|over|more\s+than|most\s+of|much\s+of|part\s+of|the|a|an|several)\s+)*"
    r"(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|summer|winter|time)\b",
    re.IGNORECASE,
)
_TRAINED_TO = re.compile(  # "soldiers have been trained to operate", "crews were taught to fly"
    r"\b(?:has been|have been|had been|was|were)\s+" + _PERFECT_ADVERBS + r"(?:\w+ly\s+)?"
    r"(?:trained|taught|instructed|prepared|certified|qualified|schooled)\s+(?:to|in|on)\s+$",
    re.IGNORECASE,
)
_PERFECT_FOR_A_WHILE = re.compile(
    r"\b(?:has|have)\s+(?:for\s+(?:years|decades|months|a\s+decade|\w+\s+(?:years|decades))|long|regularly)\s+$",
    re.IGNORECASE,
)
_PERFECT_AUX = re.compile(r"\b(?:had|has|have)\s+" + _PERFECT_ADVERBS + "$", re.IGNORECASE)  # "have already trained"
_PERFECT_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?" + _PERFECT_VERB, re.IGNORECASE)
_DURATION = re.compile(
    r"\b(?:for (?:years|decades|months|a decade|\w+ (?:years|decades))|since|long|over the (?:past|last)|"
    r"regularly|every year|each year|annually|continu\w*)\b",
    re.IGNORECASE,
)


def _in_perfect(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether a perfect verb governs the trigger (before it) or follows it as its subject's verb, with no duration."""
    region = view.region_of(hit.start)
    end = next((e for s, e, r in view.regions if r == region), view.sentence.end) if region else view.sentence.end
    after = view.text_between(hit.end, end)
    own = view.text_between(hit.start, hit.end).split()[0].lower()
    own_perfect = own.endswith(("ed", "en", "wn")) and _PERFECT_AUX.search(before)
    if not (own_perfect or _PERFECT_BEFORE.search(before) or _PERFECT_AFTER.match(after) or _TRAINED_TO.search(before)):
        return False
    return not _DURATION.search(before + view.text_between(hit.start, hit.end) + after)


_USED_TO = re.compile(r"\bused to\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)  # "which used to hold the exercise"
_EARLIER_EDITION = re.compile(r"\b(?:inaugural|previous|preceding|earlier|prior)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PAST_PREDICATE = re.compile(r"^\s+(?:\w+ly\s+)?(?:[a-z]+ed|took|began|drew|brought|saw|ran)\b(?!\s+by\b)")


def _past_edition(view: SentenceView, hit: Hit, before: str) -> bool:
    """Whether an uncued activity is an earlier edition ("the inaugural drill") or the subject of a simple past
    ("the drill focused on piracy", not "drills conducted by")."""
    if _FUTURE.search(before):
        return False
    return bool(_EARLIER_EDITION.search(before) or _PAST_PREDICATE.match(view.text_between(hit.end, view.sentence.end)))


def _after_something(before: str, trigger: Trigger) -> bool:
    """Whether the trigger is the object of "after" (an activity, or a spell of time "of" a durable one)."""
    found = (_AFTER_ACTIVITY if trigger.type in ACTIVITY_TYPES else _AFTER_SPELL).search(before)
    return found is not None and not _FUTURE.search(before[: found.start()])


_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_FIRST_OF_MANY = re.compile(
    r"\bfirst\s+(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?"
    r"of\b(?!\s+(?:its|their|a)\s+kind)",
    re.IGNORECASE,
)
_PART_OF_WHOLE = re.compile(
    rf"\b(?P<part>{COUNT}|second|third|fourth|fifth|sixth|seventh|eighth)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<whole>{COUNT})\b",
    re.IGNORECASE,
)


def _count(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word) or _ORDINALS.get(word)


def _object_words(after: str) -> str:
    """The first words after a verb, up to a clause break: its object ("the first two F-16s")."""
    return " " + " ".join(re.split(r"[,;:]", after, maxsplit=1)[0].split()[:8])


def partial_delivery(subject: str, rest: str = "") -> bool:
    """Whether a delivery covers only part of the order, so that it goes on.

    ``subject`` is the words up to the delivery verb and its object: "the first of 14
    tanks", "two of the 12 jets", "the second of four frigates" (not "the second of
    two": that ends the order; nor "its first two F-16s": the whole is not said).
    ``rest`` is the sentence after the verb: "..., and deliveries will continue until
    2027". A remainder stated in a clause of its own ("a second batch is expected in
    May") is an event of its own (:mod:`.order_parts`).
    """
    if _FIRST_OF_MANY.search(subject) or DELIVERIES_GO_ON.search(rest):
        return True
    for found in _PART_OF_WHOLE.finditer(subject):
        part, whole = _count(found["part"]), _count(found["whole"])
        if part is not None and whole is not None and part < whole:
            return True
    return False


_INTENTION = re.compile(
    r"\b(?:intends?|intended|intending|plans?|planned|planning|aims?|aimed|hopes?|hoped|seeks?|sought|wants?|"
    r"wanted|is expected|are expected|expects?|eyes|eyeing|is looking|are looking)\s+(?:to|at)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def states_intention(before_trigger: str) -> bool:
    """Whether the words before a trigger state only a party's intention ("Ankara intends to buy", "plans to sell").

    An intention stays PLANNED even where the story reports a signed deal between the
    same parties: "Under the deal, Washington intends to sell ..." is a plan, while
    "Under the deal, Seoul will supply ..." is a term of the deal.
    """
    return _INTENTION.search(before_trigger) is not None


FRAME_STAGES = ("PLANNED", "PROPOSED", "DISCUSSION", "AGREED")


_HANDED_DOCUMENT = re.compile(
    r"\b(?:handed|hands|handing|presented|presents|delivered|delivers)\s+(?:over\s+)?(?:the\s+|a\s+)?(?:signed\s+)?"
    r"(?:letters?\s+of\s+(?:acceptance|offer|award|intent)|contracts?|agreements?|purchase\s+orders?|documents?)\b",
    re.IGNORECASE,
)
_UNDER_DATED = re.compile(
    r"\b(?:under|through|in line with|pursuant to)\s+(?:a|an|the|its|their)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_TALKS_ON = re.compile(
    r"\b(?:talks|discussions|consultations|negotiations)\b(?:\s+[\w'’-]+){0,8}?\s+(?:on|about|regarding)\s+"
    r"(?:(?:the|a|an|further|closer|expanding|expanded|deeper|deepening|possible|wider|broader|more)\s+)*$",
    re.IGNORECASE,
)


REPORTED = re.compile(r"\b(?:said|says|stated|states|told \w+|announced|noted|added|confirmed)\s+(?:that\s+)?\w")


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
        if hit.end > trigger.start and REPORTED.search(view.text_between(trigger.end, hit.start)):
            continue  # "at the dialogue, the minister said the armies are negotiating": the report's clause
        (before if hit.end <= trigger.start else after).append(cue.stage)
    if before:
        return before[0]
    return after[0] if after else None
