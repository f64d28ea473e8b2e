"""Areas and systems of an event, from the words around its trigger.

The *scope* of a trigger is where its areas are read:

* container types (DIALOGUE, VISIT, AGREEMENT, GENERAL: "talks on drones and
  ships", "an agreement covering space and cyber") read from the trigger to the
  next trigger of the sentence that is not their topic ("talks on cooperation,
  including the supply of drones": the supply is what the talks are about);
* specific types read from ``BEFORE_TOKENS`` words before the trigger to the next
  trigger of the sentence, so that in "equipment cooperation, joint exercises,
  reciprocal access" each event keeps its own words; an exercise reads the whole
  list of what took part in it ("jets, two frigates and a submarine took part").

Areas come from the ``areas`` lexicon and from the knowledge-base entry of each
system named in the scope (``attrs["area"]``, e.g. a Bayraktar TB2 is UAV).

Area words are read in a narrower :func:`area_scope` than parties: from the words
modifying the trigger ("a logistics exchange memorandum"; the noun phrase a relative
clause depends on, "its frigates, which were bought ...") to the next trigger of the
sentence that states an event of its own. A term is skipped when it names the threat
("against drone attacks"), people ("maintenance crews"), the platform that carries
the equipment ("on board its carrier", "to equip its frigates"), supplies ("food,
fuel and ammunition") or a topic worked on ("work together on ..."); a drone or
missile named as what is countered names its defence ("to intercept missiles").

Areas across sentences (a sentence that refers back, "the package includes ...",
"the jets") are in :mod:`defcoop.stages.extraction.area_links`.
"""

from __future__ import annotations

import re

from defcoop.kb import KnowledgeBase
from defcoop.lexicons import Lexicons
from defcoop.records import AREAS, Mention
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.materiel import air_defence_system
from defcoop.stages.extraction.sentence import SentenceView

CONTAINER_TYPES = frozenset({"DIALOGUE", "VISIT", "AGREEMENT", "GENERAL"})
BEFORE_TOKENS = 12
_SCOPE_STOPS = frozenset(
    {"and", "or", ";", ",", "while", "but", "after", "because", "before", "although", "though", "whereas", "when",
     "until", "unless"}
)


def trigger_scope(view: SentenceView, trigger: Hit, event_type: str, others: list[Hit]) -> tuple[int, int]:
    """The span of the sentence whose area words belong to ``trigger``."""
    sentence = view.sentence
    following = [h.start for h in others if h.start >= trigger.end]
    if event_type in CONTAINER_TYPES:
        items = [
            h.start for h in others
            if h.start >= trigger.end and not topic_item(view, trigger, h) and not _frames_a_domain(view, h)
        ]
        return trigger.start, min(items) if items else sentence.end
    start = _scope_start(view, trigger)
    if event_type in _PARTICIPATED_TYPES:
        start = min(start, _participants_start(view, trigger))
    previous = [h.end for h in others if h.end <= trigger.start]
    if previous:
        start = max(start, max(previous))
    end = min(following) if following else sentence.end
    return start, end


def event_areas(
    view: SentenceView,
    trigger: Hit,
    scope: tuple[int, int],
    region: int,
    sources: tuple[Lexicons, KnowledgeBase, list[Mention]],
) -> list[str]:
    """The areas of a trigger's event: its :func:`area_scope`, the noun phrase a relative
    clause holding the trigger depends on included (that phrase may sit in another region).
    """
    lexicons, kb, mentions = sources
    start, end = area_scope(view, trigger, scope, lexicons)
    found = areas_in(view, (start, end), region, lexicons, systems_in(view, (start, end), mentions), kb)
    if start < scope[0]:
        head = (start, scope[0])
        more = areas_in(view, head, view.region_of(start), lexicons, systems_in(view, head, mentions), kb)
        found.extend(a for a in more if a not in found)
    return found


def area_scope(view: SentenceView, trigger: Hit, scope: tuple[int, int], lexicons: Lexicons) -> tuple[int, int]:
    """``scope`` from the words modifying the trigger ("a maritime security pact") to the next
    trigger of the sentence that states an event of its own (without its modifiers).

    "India plans to buy drones and an agreement lets US ships be repaired at its yards":
    the repairs are not part of the purchase even when the agreement gave no event; nor
    is what a new coordinated clause says ("would train crews and that missiles could be
    made locally", :func:`clause_end`). Weak
    topic words ("cooperation") and training inside a package ("training and logistics
    support") do not end it, nor does a weak word of the trigger's own type that only
    restates it ("took delivery of the last batch of five helicopters").
    """
    mine = trigger.table == "triggers" and 0 <= trigger.index < len(lexicons.triggers)
    own_type = lexicons.triggers[trigger.index].type if mine else None
    following = [
        h.start if _order_of_delivered(view, h, own_type, lexicons) else _modifiers_start(view, h, trigger.end)
        for h in view.hits.get("triggers", [])
        if h.start >= trigger.end and _bounds(view, h, lexicons) and not _restates(h, own_type, lexicons)
        and not (own_type in CONTAINER_TYPES and topic_item(view, trigger, h))
    ]
    start = min(scope[0], _coordinated_start(view, trigger), _antecedent_start(view, scope[0]))
    return start, min([scope[1], *following, clause_end(view, trigger.end, scope[1])])


def _order_of_delivered(view: SentenceView, hit: Hit, own_type: str | None, lexicons: Lexicons) -> bool:
    """Whether a later trigger is an order participle after a transfer's object ("the first of 24 tanks
    ordered from Germany"): the tanks are what the delivery brings too."""
    if own_type != "ARMS_TRANSFER" or hit.table != "triggers" or not 0 <= hit.index < len(lexicons.triggers):
        return False
    later = lexicons.triggers[hit.index]
    word = view.text_between(hit.start, hit.end)
    return later.type == "ARMS_TRANSFER" and later.stage == "AGREED" and " " not in word and word.endswith("ed")


_TOPIC_PREPOSITIONS = frozenset({"including", "on", "about", "over", "covering", "regarding", "concerning"})
TOPIC_WINDOW = 4
TOPIC_REACH = 14


def topic_item(view: SentenceView, container: Hit, item: Hit) -> bool:
    """Whether a later trigger is a topic of a container ("talks on cooperation, including the possible
    supply of drones", "an agreement on the sale of jets"): its areas are the container's too."""
    if view.distance(container.end, item.start) > TOPIC_REACH:
        return False
    before = [w.lower().strip(",") for w in view.words_before(item.start, TOPIC_WINDOW)]
    return any(w in _TOPIC_PREPOSITIONS for w in before)


_NEW_CLAUSE = re.compile(  # "and that Bolivia was interested in drones", ", and the ship's deck is designed for ..."
    r"(?:,?\s+and\s+that\b|,\s+(?:and|but|while|whereas)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says)\b)",
    re.IGNORECASE,
)


def clause_end(view: SentenceView, start: int, end: int) -> int:
    """Where a new coordinated clause with its own subject and verb opens between ``start`` and ``end``."""
    found = _NEW_CLAUSE.search(view.text_between(start, end))
    return start + found.start() if found is not None else end


_RELATIVES = frozenset({"which", "that", "who"})
_RELATIVE_PREPOSITIONS = frozenset({"under", "through", "by", "in", "with"})  # "technologies, under which ..."


def _word(view: SentenceView, index: int) -> str:
    """The ``index``-th word of the sentence ("" past its end)."""
    if not 0 <= index < len(view.token_starts):
        return ""
    end = view.token_starts[index + 1] if index + 1 < len(view.token_starts) else view.sentence.end
    return view.text_between(view.token_starts[index], end).strip()


def _antecedent_start(view: SentenceView, start: int) -> int:
    """Where the noun phrase a relative clause opening at ``start`` depends on starts.

    "its Victoria-class submarines, which were bought second-hand from Britain": the
    submarines are what was bought; "to develop drone technologies, under which the two
    firms will set up a joint venture": the venture is about drones.
    """
    index = view.token(start)
    if view.token_starts[index] != start or index < 2:
        return start
    first = _word(view, index).lower()
    relative = first in _RELATIVES or (first in _RELATIVE_PREPOSITIONS and _word(view, index + 1).lower() == "which")
    relative = relative or _is_participle(first, _word(view, index + 1).lower())
    if not relative or _word(view, index - 1) != ",":
        return start
    head = Hit(view.token_starts[index - 1], view.token_starts[index - 1], "comma", 0)
    found = _modifiers_start(view, head, view.sentence.start)
    return found if found < head.start else start


_AGENT_PREPOSITIONS = frozenset({"by", "with", "jointly", "together", "under", "in"})
_IRREGULAR_PARTICIPLES = frozenset({"built", "made", "bought", "sold", "won"})


def _is_participle(word: str, following: str) -> bool:
    """Whether ``word`` opens a reduced relative clause ("the missile, developed with Russia, ...")."""
    participle = word in _IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 4)
    return participle and following in _AGENT_PREPOSITIONS


MODIFIER_WINDOW = 3
_PHRASE_STOPS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "and", "or", "of", "for",
     "to", "in", "on", "with", "by", "from", "at", "as", "into", "under", "over", "about", "which", "who"}
)


def _modifiers_start(view: SentenceView, hit: Hit, floor: int) -> int:
    """Where the words modifying a trigger start ("a logistics exchange memorandum": at "logistics")."""
    index = view.token(hit.start)
    start = hit.start
    text = view.sentence.text
    base = view.sentence.start
    for position in range(index - 1, max(-1, index - 1 - MODIFIER_WINDOW), -1):
        word_start = view.token_starts[position]
        word_end = view.token_starts[position + 1]
        word = text[word_start - base : word_end - base].strip().lower()
        if word_start < floor or not word[:1].isalnum() or word in _PHRASE_STOPS:
            break
        start = word_start
    return start


_COORDINATION_TAIL = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.IGNORECASE)


def _coordinated_start(view: SentenceView, trigger: Hit) -> int:
    """:func:`_modifiers_start` of the trigger, over coordinated area terms before it ("radar and
    missile technologies", "drone, space and cyber cooperation")."""
    start = _modifiers_start(view, trigger, view.sentence.start)
    areas = [a for a in view.hits.get("areas", []) if a.start >= view.sentence.start]
    terms = {a.end: a for a in areas}
    while True:
        if not any(a.start == start for a in areas):
            return start  # "a missile and joint combat jet exercise": "joint" is no coordinated area word
        tail = _COORDINATION_TAIL.search(view.text_between(view.sentence.start, start))
        term = terms.get(view.sentence.start + tail.start()) if tail is not None else None
        if term is None:
            return start
        start = term.start


COORDINATION_WINDOW = 2
_COORDINATORS = frozenset({"and", "or", ",", ";"})
_UNBOUNDING_WEAK = frozenset({"GENERAL", "PERSONNEL"})


def _inside(hit: Hit, term: Hit) -> bool:
    """Whether ``hit`` lies within the longer span ``term``."""
    return term.start <= hit.start and hit.end <= term.end and term.end - term.start > hit.end - hit.start


def _restates(hit: Hit, own_type: str | None, lexicons: Lexicons) -> bool:
    """Whether a weak trigger of the same type only restates the trigger before it ("delivery of the batch of")."""
    if own_type is None or own_type in CONTAINER_TYPES or not 0 <= hit.index < len(lexicons.triggers):
        return False  # "the pact ... and an agreement on ...": a container's own word opens a new item
    other = lexicons.triggers[hit.index]
    return "weak" in other.flags and other.type == own_type


def _bounds(view: SentenceView, hit: Hit, lexicons: Lexicons) -> bool:
    """Whether a trigger hit ends the area scope of an earlier trigger.

    A weak topic word does only when it opens a coordinated item of its own ("joint
    exercises on mine sweeping and potential cooperation on amphibious capabilities").
    """
    if not 0 <= hit.index < len(lexicons.triggers):
        return False
    trigger = lexicons.triggers[hit.index]
    if "weak" in trigger.flags and any(_inside(hit, a) for a in view.hits.get("areas", [])):
        return False  # "Li-ion battery technology": the word ends a longer area term
    if "weak" in trigger.flags and _frames_a_domain(view, hit):
        return False  # "cooperation in the fields of maritime security": a noun framing the areas that follow
    if "weak" not in trigger.flags or trigger.type not in _UNBOUNDING_WEAK:
        return True
    before = [w.lower() for w in view.words_before(hit.start, COORDINATION_WINDOW)]
    coordinated = any(w in _COORDINATORS or w.endswith((",", ";")) for w in before)
    window = (hit.start - sum(len(w) + 1 for w in before), hit.start)
    named = any(window[0] < a.end and a.start < window[1] for a in view.hits.get("areas", []))
    return coordinated and not named  # "drone and space cooperation": the topic of what comes before


def _frames_a_domain(view: SentenceView, hit: Hit) -> bool:
    """Whether a weak trigger word is the noun of "in the ... of" ("in the fields of", "in the area of")."""
    before = [w.lower() for w in view.words_before(hit.start, 2)]
    after = view.text_between(hit.end, view.sentence.end).split()[:1]
    return before == ["in", "the"] and after == ["of"]


_PARTICIPATED_TYPES = frozenset({"EXERCISE"})
_PARTICIPATION = re.compile(
    r"\b(?:(?:took|take|takes|taking)\s+part|participated|participate|participates|participating|joined)\b"
    r"[^,;]{0,60}$",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|as|after|before)\b", re.IGNORECASE)


_DEPLOYMENT = re.compile(
    r"\b(?:deploy|deploys|deployed|deploying|send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching)\b"
    r"(?=[^;]{0,160}\b(?:for|in|to)\s+(?:the|this|these)\s+(?:[\w-]+\s+){0,2}$)",
    re.IGNORECASE,
)


def _participants_start(view: SentenceView, trigger: Hit) -> int:
    """Where the list of what takes part in an exercise starts ("jets, two frigates and a submarine
    took part in the drills": the whole subject, not only its last item; "deployed fighters, a tanker
    and transport planes for the drills": the whole object); the trigger's start otherwise."""
    region = view.region_start(view.region_of(trigger.start))
    sent = _DEPLOYMENT.search(view.text_between(region, trigger.start))
    if sent is not None:
        return region + sent.end()
    text = view.text_between(region, trigger.end)
    verb = _PARTICIPATION.search(text)
    if verb is None:
        return trigger.start
    clauses = list(_CLAUSE_BREAK.finditer(text, 0, verb.start()))  # "tanks were shown, and sailors took part"
    return region + clauses[-1].end() if clauses else region


def _scope_start(view: SentenceView, trigger: Hit) -> int:
    """Up to BEFORE_TOKENS words back from the trigger, stopping after "and", "or", a comma."""
    index = view.token(trigger.start)
    first = max(0, index - BEFORE_TOKENS)
    text = view.sentence.text
    base = view.sentence.start
    for position in range(index - 1, first - 1, -1):
        start = view.token_starts[position]
        end = view.token_starts[position + 1] if position + 1 < len(view.token_starts) else view.sentence.end
        if text[start - base : end - base].strip().lower() in _SCOPE_STOPS:
            return view.token_starts[position + 1] if position + 1 < len(view.token_starts) else trigger.start
    return view.token_starts[first] if view.token_starts else view.sentence.start


def areas_in(
    view: SentenceView,
    scope: tuple[int, int],
    region: int,
    lexicons: Lexicons,
    systems: list[Mention],
    kb: KnowledgeBase,
) -> list[str]:
    """Ontology areas named in ``scope`` (same region) by area terms and by the systems' entries."""
    found: list[str] = []
    in_scope = [h for h in view.hits.get("areas", []) if scope[0] < h.end and h.start < scope[1]]
    for hit in _fullest_terms(in_scope, lexicons):
        if view.region_of(hit.start) == region:
            named = lexicons.areas[hit.index].areas
            defence = _defended_against(view, hit, named)
            if defence:
                found.extend(a for a in defence if a not in found)  # "to defend against drones": counter-drone
                continue
            if _MISSION_AREAS.isdisjoint(named) and _is_threat(view, hit):
                continue  # "to protect against missile and drone attacks": the threat, not the equipment
            if _SUPPORT_AREAS.issuperset(named) and _names_people(view, hit):
                continue  # "pilots and maintenance crews": people, not a logistics arrangement
            if _is_platform(view, hit.start):
                continue  # "jets for deployment on board its aircraft carrier": where they serve, not what is bought
            if named == ("MISSILES",) and air_defence_system(view, hit):
                continue  # "a surface-to-air missile system": an air-defence system, not missiles as such
            if _is_supply_item(view, hit, lexicons):
                continue  # "food, fuel and ammunition": supplies shared under a logistics pact, not weapons bought
            if _JOINT_WORK_AREAS.issuperset(named) and _names_topic(view, hit):
                continue  # "to work together more closely on peace and security": a topic, not interoperability
            found.extend(a for a in named if a not in found)
    for mention in systems:
        entity = kb.get(mention.entity_id)
        if entity is None or _is_platform(view, mention.start):
            continue
        for area in entity.attrs.get("area", "").split("|"):
            if area in AREAS and area not in found:
                found.append(area)
    return found


def _fullest_terms(hits: list[Hit], lexicons: Lexicons) -> list[Hit]:
    """The area hits without those a fuller term matched at the very same span.

    "drone-jamming" is matched whole by "drone*" (its last word continued) and by the
    term "drone-jamming" itself: the term written out names the equipment (COUNTER_UAS),
    not the open ending (UAV).
    """
    fullest: dict[tuple[int, int], int] = {}
    for hit in hits:
        size = len(lexicons.areas[hit.index].phrase.rstrip("*"))
        fullest[(hit.start, hit.end)] = max(size, fullest.get((hit.start, hit.end), 0))
    return [h for h in hits if len(lexicons.areas[h.index].phrase.rstrip("*")) == fullest[(h.start, h.end)]]


_CONSUMABLES = ("ammunition", "munition", "ammo")
_SUPPLIES = frozenset({"food", "fuel", "water", "rations", "supplies", "lodging", "transport", "transportation",
                       "medical", "medicine", "medicines", "clothing", "petroleum", "oil"})
SUPPLY_WINDOW = 4


def _is_supply_item(view: SentenceView, hit: Hit, lexicons: Lexicons) -> bool:
    """Whether a term for ammunition is one item of a list of supplies ("food, fuel, ammunition and transport")."""
    if not lexicons.areas[hit.index].phrase.startswith(_CONSUMABLES):
        return False
    after = view.text_between(hit.end, min(view.sentence.end, hit.end + 60)).split()[:SUPPLY_WINDOW]
    near = [w.strip(",.;:").lower() for w in [*view.words_before(hit.start, SUPPLY_WINDOW), *after]]
    return any(w in _SUPPLIES for w in near)


_JOINT_WORK_AREAS = frozenset({"INTEROPERABILITY"})
_TOPIC_WORDS = frozenset({"on", "in", "more", "closely", "to", "against", "for"})
_TOPIC_OPENERS = frozenset({"on", "to", "against", "for"})


def _names_topic(view: SentenceView, hit: Hit) -> bool:
    """Whether a "work together" term is followed by what the sides work on ("work together more closely
    on maritime security", "to work together to counter piracy"): cooperation on a topic, not forces able
    to operate together ("help the crews work together in a complex environment").
    """
    if not view.text_between(hit.start, hit.end).lower().endswith("together"):
        return False
    after = [w.strip(",.;").lower() for w in view.text_between(hit.end, view.sentence.end).split()[:4]]
    while after and after[0] in _TOPIC_WORDS - _TOPIC_OPENERS:
        after = after[1:]
    return bool(after) and after[0] in _TOPIC_OPENERS


_SUPPORT_AREAS = frozenset({"LOGISTICS"})
_PEOPLE = frozenset(
    {"crew", "crews", "personnel", "staff", "technicians", "engineers", "teams", "workers", "specialists", "officers"}
)


def _names_people(view: SentenceView, hit: Hit) -> bool:
    """Whether the term only qualifies people ("maintenance crews", "logistics officers")."""
    after = view.text_between(hit.end, min(view.sentence.end, hit.end + 20)).split()[:1]
    return bool(after) and after[0].strip(",.;").lower() in _PEOPLE


PLATFORM_WINDOW = 6
_PLATFORM_CUES = frozenset({"aboard", "onboard", "equip", "equips", "equipping", "arm", "arming"})
_PLATFORM_PARTS = ("board", "equip", "arm")  # a part of each cue ("on board" too)


def _is_platform(view: SentenceView, start: int) -> bool:
    """Whether an area term names the platform that carries what the event is about.

    "jets for deployment on board the aircraft carrier", "to equip the navy's frigates
    with missiles": the carrier and the frigates receive; the jets and missiles are the
    subject ("with" hands the role back to the term).
    """
    if not view.may_hold(_PLATFORM_PARTS):
        return False  # no cue word in the sentence
    before = [w.lower().strip(",.;:") for w in view.words_before(start, PLATFORM_WINDOW)]
    cues = [i for i, w in enumerate(before) if w in _PLATFORM_CUES or (w == "board" and before[i - 1 : i] == ["on"])]
    return bool(cues) and "with" not in before[cues[-1] + 1 :]


_DEFENCES = {"UAV": "COUNTER_UAS", "MISSILES": "AIR_MISSILE_DEFENSE"}
_COUNTER_VERBS = frozenset({
    "counter", "counters", "countering", "intercept", "intercepts", "intercepting", "defend", "defends", "defending",
    "protect", "protects", "protecting", "shoot", "shooting", "neutralise", "neutralize", "neutralising",
    "neutralizing", "detect", "detecting", "defeat", "defeating", "destroy", "destroying", "jam", "jamming",
})
COUNTER_WINDOW = 5


def _defended_against(view: SentenceView, hit: Hit, named: tuple[str, ...]) -> list[str]:
    """The defence areas of a weapon term named as what is countered ("to defend against drone attacks",
    "to intercept ballistic missiles"): counter-drone and air and missile defence, not the weapon itself."""
    if not named or any(a not in _DEFENCES for a in named):
        return []
    before = [w.lower().strip(",.") for w in view.words_before(hit.start, COUNTER_WINDOW)]
    if not any(w in _COUNTER_VERBS for w in before):
        return []
    return [_DEFENCES[a] for a in named]


_THREAT_NOUNS = frozenset(
    {"attack", "attacks", "strike", "strikes", "threat", "threats", "raids", "barrages", "salvos"}
)
THREAT_WINDOW = 4
_MISSION_AREAS = frozenset({  # "operations against militants, piracy", "cooperation against cyber threats"
    "COUNTERTERRORISM", "MARITIME_SECURITY", "CYBER", "HYBRID_THREATS", "COUNTER_UAS", "AIR_MISSILE_DEFENSE",
    "COUNTER_IED", "CBRN", "MINE_COUNTERMEASURES",
})
_THREAT_WORDS = re.compile(r"against|attack|strike|threat|raids|barrages|salvos", re.IGNORECASE)
_THREAT_PARTS = ("against", "attack", "strike", "threat", "raids", "barrages", "salvos")  # before the search


def _is_threat(view: SentenceView, hit: Hit) -> bool:
    """Whether an area term names what is defended against ("against drone attacks", "missile threats")."""
    key = ("threats", 0, 0)
    if key not in view.memo:
        view.memo[key] = view.may_hold(_THREAT_PARTS) and bool(_THREAT_WORDS.search(view.sentence.text))
    if view.memo[key] is not True:
        return False
    before = [w.lower().strip(",.") for w in view.words_before(hit.start, THREAT_WINDOW)]
    after = view.text_between(hit.end, min(view.sentence.end, hit.end + 40)).lower().split()[:3]
    after = [w.strip(",.;") for w in after]
    if "against" in before:
        return True
    return bool(after) and (after[0] in _THREAT_NOUNS or (len(after) > 2 and after[0] == "and" and after[2] in
                                                         _THREAT_NOUNS))


def systems_in(view: SentenceView, scope: tuple[int, int], mentions: list[Mention]) -> list[Mention]:
    """System mentions inside ``scope``."""
    return [m for m in mentions if m.kind == "system" and scope[0] <= m.start < scope[1]]
