"""The sense a trigger word has in its sentence, read from the words right after it.

* a framework word whose object is a purchase is a transfer (:mod:`.purchase`);
* "train with" another force ("they train regularly with the Latvian army") is
  training together, an exercise, not training given to the other side (pilots or
  crews who "trained with the US Air Force" were taught: still training);
* "meet" whose object is a need ("ready to meet all of Sudan's requests",
  "to meet NATO standards") is no meeting;
* a trigger followed by an office noun names a body ("the defence cooperation
  directorate", "the training department"), not an event;
* a state that hosts bases, troops or a fleet grants access; it hosts no visit; to "use" the other
  side's bases, ports or airfields is access, to use anything else is not;
* a dock that is a structure ("the dry dock at Ream") is no ship's call;
* forces sent to strike or attack ("sent jets to strike targets") are a use of
  force, not a transfer;
* helping or training others to operate a system ("help Myanmar's sailors maintain
  and operate the vessel") is training, not a transfer;
* a building milestone ("launched", "floated out", "keel laying") is about a ship only
  with a vessel word next to it ("launched the corvette", "the frigate was launched"),
  not "launched a missile" or "launched talks";
* "training" qualified as joint or combined ("combined search-and-rescue
  training") is both sides training together: an exercise;
* weighing words ("considering", "evaluating", "eyeing") state a considered purchase
  only when a weapon word or a system follows ("is considering Turkish drones");
* a partnership qualified as a bond ("its defence partnership with Guyana", "the growing
  security partnership") is the relationship (GENERAL), not a signed framework.

:func:`trigger_sense` gives the trigger to use, or ``None`` when the word has no
event sense here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from defcoop.lexicons import Trigger
from defcoop.records import Mention
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.materiel import MATERIEL_WORD
from defcoop.stages.extraction.production import production_place
from defcoop.stages.extraction.purchase import as_purchase, is_purchase_object
from defcoop.stages.extraction.sentence import SentenceView

_TRAIN_VERBS = frozenset({"train", "trains", "trained"})
_TRAINEES = re.compile(
    r"\b(?:pilots?|crews?|cadets?|students?|technicians?|engineers?|operators?|personnel|trainees?|maintainers?|"
    r"officers?|sailors?|recruits?)\b",
    re.IGNORECASE,
)
TRAINEE_WINDOW = 60
HELP_WINDOW = 80
_TRAIN_WITH = re.compile(
    r"^\s+(?:(?:regularly|together|jointly|closely|often|routinely|alongside|side\s+by\s+side)\s+){0,2}with\s+(?:the\s+)?"
)
_NEED_OBJECT = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?(?:requests?|needs|demands?|requirements?|standards?|criteria|targets?|deadlines?|"
    r"expectations|obligations|commitments|costs?|goals?|quotas?)\b",
    re.IGNORECASE,
)
_MEET_WORDS = frozenset({"meet", "meets"})
_PARTNER_KINDS = frozenset({"state", "armed_force", "alliance", "ministry"})
_BODY_NOUN = re.compile(
    r"^\s+(?:directorate|department|division|office|bureau|secretariat|branch|desk|section)\b", re.IGNORECASE
)
_STRUCTURE_BEFORE = frozenset({"dry", "floating", "the", "a", "new"})
_OPERATING = frozenset({"operate", "operates", "operating", "use", "fly"})
_HELP_BEFORE = re.compile(
    r"\b(?:help|helps|helped|helping|train|trains|trained|training|teach|teaches|taught|assist|assists|assisted)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:to\s+)?(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
_BOND_WORDS = frozenset({
    "its", "their", "our", "growing", "close", "closer", "strong", "stronger", "deep", "deepening", "deeper",
    "long-standing", "longstanding", "valued", "existing", "robust", "expanding", "thriving", "strategic",
})
_SIGNING = re.compile(r"\b(?:sign|signs|signed|signing|ink|inked|conclude|concluded|launch|launched)\b", re.I)
_GIVING = frozenset({"give", "gives", "gave", "giving", "provide"})
_GIVEN_OBJECT = re.compile(  # the thing handed over follows within a few words ("give patrol boats and radars to")
    r"^\s+(?:[\w'’-]+\s+){0,7}?" + MATERIEL_WORD.pattern.removeprefix(r"\b"), re.IGNORECASE
)
_SENDING = frozenset({"sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "deployed"})
_HOST_WORDS = frozenset({"host", "hosts", "hosting", "hosted"})
_HOSTED_PRESENCE = re.compile(  # "hosts military bases of ...", "hosts the US Navy's Fifth Fleet"
    r"^\s+(?:[\w'’-]+\s+){0,5}?(?:bases?|troops|forces|fleets?|soldiers|warships|destroyers|squadrons?|garrisons?|"
    r"contingents?|military\s+facilit(?:y|ies))\b",
    re.IGNORECASE,
)
_USE_WORDS = frozenset({"to use", "can use", "may use", "will use", "could use", "would use"})
_USED_FACILITY = re.compile(  # "use Philippine bases", "use four Greek military airfields"
    r"^\s+(?:(?:the|its|their|some|several|more|\d+|two|three|four|five|six|military|naval|air|[A-Z][\w'’-]*)\s+)"
    r"{0,3}(?:bases|ports|airfields|airbases|air\s+bases|naval\s+bases|harbou?rs|airstrips|military\s+facilities)\b"
)
_TO_STRIKE = re.compile(
    r"^[^,;.]{0,60}?\bto\s+(?:strike|attack|bomb|hit|shell|raid|pound|target|repel|fight|shoot\s+down)\b",
    re.IGNORECASE,
)


_VESSEL = (
    r"(?:ships?|vessels?|corvettes?|frigates?|destroyers?|submarines?|patrol\s+boats?|boats?|cutters?|"
    r"landing\s+(?:ships?|platform\s+docks?)|LPDs?|LHDs?|OPVs?|minehunters?|carriers?|warships?|hulls?|tankers?)"
)
_VESSEL_AFTER = re.compile(rf"^\s+(?:[\w'’,-]+\s+){{0,7}}?{_VESSEL}\b", re.IGNORECASE)
_VESSEL_BEFORE = re.compile(  # "the corvette, built by HHI, was launched"; a headline's "ship Al Fulk launched"
    rf"\b{_VESSEL}\b,?(?:(?:\s+[\w'’,()-]+){{0,16}}?\s+(?:was|were|is|are|has\s+been)|(?:\s+[A-Z][\w'’-]*){{0,3}})\s+$",
    re.IGNORECASE,
)
HULL_WINDOW = 160
_NOT_A_HULL = re.compile(
    r"\b(?:missiles?|rockets?|satellites?|drones?|torpedo(?:es)?|attacks?|strikes?|offensives?|operations?|"
    r"exercises?|drills?|talks|programmes?|programs?|initiatives?|campaigns?|probes?|investigations?|raids?)\b",
    re.IGNORECASE,
)


_TOGETHER_WORDS = frozenset({"joint", "combined"})  # not "bilateral": "provided bilateral training to X"
TOGETHER_WINDOW = 3
_WEIGHING = frozenset({"considering", "evaluating", "weighing", "eyeing", "mulling", "assessing"})
WEIGHED_WORDS = 5
_WEIGHED_OBJECT = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?" + MATERIEL_WORD.pattern.removeprefix(r"\b"), re.IGNORECASE
)


def _weighs_materiel(view: SentenceView, hit: Hit, following: str, mentions: list[Mention]) -> bool:
    """Whether what is considered or evaluated is a weapon: "considering Turkish drones", "evaluating the
    FA-50"; not "considering its options"."""
    first = following.split(maxsplit=1)[:1]
    if first and first[0].lower().endswith("ing"):
        return False  # "considering sending jets to Japan for an exercise": the act weighed is another
    if _WEIGHED_OBJECT.match(following):
        return True
    return any(
        m.kind == "system" and m.start >= hit.end and view.distance(hit.end, m.start) <= WEIGHED_WORDS
        for m in mentions
    )


def _names_a_hull(view: SentenceView, hit: Hit) -> bool:
    """Whether a building milestone is about a ship: "launched the second corvette for Qatar", "the frigate
    was floated out"; not "launched a missile from the frigate", "launched talks"."""
    following = view.text_between(hit.end, view.sentence.end)
    after = _VESSEL_AFTER.match(following)
    if after is not None:
        return not _NOT_A_HULL.search(after.group(0))
    before = view.text_between(max(view.sentence.start, hit.start - HULL_WINDOW), hit.start)
    return _VESSEL_BEFORE.search(before) is not None


_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
_OWNED_HULL = re.compile(rf"^['’]s\s+(?:[\w-]+\s+){{0,3}}?{_VESSEL}\b", re.IGNORECASE)
_RECIPIENT_KINDS = frozenset({"state", "armed_force", "ministry"})


def _built_for_someone(view: SentenceView, mentions: list[Mention]) -> bool:
    """Whether the sentence names whom the ship is for: "for the Qatari navy", "the Philippine Navy's new
    corvette"."""
    for mention in mentions:
        if mention.kind not in _RECIPIENT_KINDS or not view.sentence.start <= mention.start < view.sentence.end:
            continue
        if _FOR_BEFORE.search(view.text_between(max(view.sentence.start, mention.start - 12), mention.start)):
            return True
        if _OWNED_HULL.match(view.text_between(mention.end, view.sentence.end)):
            return True
    return False


def trigger_sense(view: SentenceView, hit: Hit, trigger: Trigger, mentions: list[Mention]) -> Trigger | None:
    """The trigger as used at ``hit`` (retyped when its object says so), or ``None`` when it states no event."""
    word = trigger.phrase.lower()
    if "milestone" in trigger.flags and not (_names_a_hull(view, hit) and _built_for_someone(view, mentions)):
        return None  # "launched a missile", "launched talks", "the navy launched a frigate built at home"
    following = view.text_between(hit.end, view.sentence.end)
    if _BODY_NOUN.match(following):
        return None  # "SIBAT, the defense cooperation directorate": a body's name
    before = [w.lower() for w in view.words_before(hit.start, 1)]
    if word.startswith("dock ") and before and before[0] in _STRUCTURE_BEFORE:
        return None  # "the pier and dry dock at Ream": a structure, not a ship docking
    if word in _USE_WORDS and trigger.type == "ACCESS":
        return trigger if _USED_FACILITY.match(following) else None  # "to use Philippine bases"; "use drones": none
    if word in _HOST_WORDS:
        presence = _HOSTED_PRESENCE.match(following) is not None
        if trigger.type == "ACCESS":
            return trigger if presence else None  # "Bahrain hosts the Fifth Fleet"; "hosts a summit": no access
        if presence:  # "Djibouti hosted French troops for decades": a presence, not a visit
            return replace(trigger, type="ACCESS", stage=None, flags=trigger.flags - {"host_subject", "needs_place"})
    if word in _GIVING and not _GIVEN_OBJECT.match(following):
        return None  # "will give the talks a boost", "provide training": nothing handed over
    if word in _WEIGHING and not _weighs_materiel(view, hit, following, mentions):
        return None  # "is considering its options", "evaluating the situation": no weapon weighed
    if trigger.type == "ARMS_TRANSFER" and word in _SENDING and _TO_STRIKE.match(following):
        return None  # "Thailand sent jets to strike targets": force used, nothing transferred
    if trigger.type == "ARMS_TRANSFER" and word in _OPERATING and _HELP_BEFORE.search(
        view.text_between(max(view.sentence.start, hit.start - HELP_WINDOW), hit.start)
    ):
        return replace(trigger, type="PERSONNEL", stage=None, flags=trigger.flags - {"weak", "recipient_subject"})
    if "needs_place" in trigger.flags and trigger.type == "JOINT_DEVELOPMENT" and production_place(
        view, hit, trigger, mentions
    ) is None:
        return None  # "Turkey plans to produce its own fighter": no production in another side's country
    if trigger.type == "AGREEMENT" and word.endswith("partnership") and before and before[0] in _BOND_WORDS \
            and not _SIGNING.search(view.text_between(view.sentence.start, hit.start)):
        return replace(trigger, type="GENERAL", stage=None)  # "valued its defence partnership with X": the tie
    if trigger.type == "AGREEMENT" and is_purchase_object(view, hit, mentions):
        return as_purchase(trigger)  # "a letter of intent to acquire jets": a purchase, not a framework
    if word in _MEET_WORDS and not following.lstrip().lower().startswith("with") and _NEED_OBJECT.match(following):
        return None  # "ready to meet Sudan's requests": no meeting
    if word == "training" and trigger.type == "PERSONNEL" and _TOGETHER_WORDS & {
        w.lower() for w in view.words_before(hit.start, TOGETHER_WINDOW)
    }:  # "combined search-and-rescue training", "joint naval training": both sides train together
        return replace(trigger, type="EXERCISE", flags=(trigger.flags - {"weak"}) | {"joint"})
    learners = _TRAINEES.search(view.text_between(hit.start - TRAINEE_WINDOW, hit.start))
    if word in _TRAIN_VERBS and trigger.type == "PERSONNEL" and not learners:  # "pilots trained with the USAF": taught
        match = _TRAIN_WITH.match(following)
        start = hit.end + match.end() if match else -1
        partner = any(m.start == start or (start <= m.start <= start + 12) for m in mentions
                      if m.kind in _PARTNER_KINDS) if match else False
        if partner:  # "they train regularly with the Latvian army": together, an exercise
            return replace(trigger, type="EXERCISE", flags=trigger.flags - {"weak"})
    return trigger
