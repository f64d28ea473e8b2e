"""Weapon words and the pronouns that point back at a weapon named before.

* :data:`MATERIEL_WORD`: nouns naming equipment ("jets", "howitzers", "hardware");
* :func:`materiel_words`: those near a trigger ("bought the Swedish rifle": the
  origin adjective before one names the maker);
* :func:`refers_to_materiel`: whether a sentence points back at a system named
  before ("Qatar was its first customer", "received it");
* :func:`air_defence_system`: a missile word that only qualifies an air-defence
  system ("a surface-to-air missile system");
* :func:`co_makers`: states joined by a hyphen before a weapon ("the India-Russia
  BrahMos missile"): its makers, never each other's buyer.
"""

from __future__ import annotations

import re
from itertools import pairwise

from defcoop.lexicons import Trigger
from defcoop.records import Mention
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView

MATERIEL_WINDOW = 8
MATERIEL_WORD = re.compile(
    r"\b(weapons?|arms|munitions?|ammunition|jets?|aircraft|fighters?|helicopters?|vessels?|ships?|frigates?|"
    r"corvettes?|submarines?|boats?|tanks?|guns?|howitzers?|rifles?|missiles?|drones?|radars?|vehicles?|"
    r"systems?|designs?|equipment|hardware)\b",
    re.IGNORECASE,
)
_CUSTOMER_LIST = re.compile(
    r"\b(?:customers|buyers|operators|users|clients)\s+(?:include|includes|included|are|were|such\s+as)\b",
    re.IGNORECASE,
)
_OBJECT_PRONOUN = re.compile(r"\b(it|them)\b")
_MATERIEL_PRONOUN = re.compile(
    r"\b(it|its|them|the (?:aircraft|drones?|jets?|systems?|weapons?|missiles?|guns?|howitzers?|tanks?|vessels?|"
    r"ships?|boats?|helicopters?|rifles?|radars?|platforms?|type|model|design))\b"
)


def refers_to_materiel(view: SentenceView, trigger: Trigger) -> bool:
    """Whether the sentence points back at a system named before ("received it", "have bought the gun")."""
    text = view.sentence.text
    if trigger.phrase.startswith(("customer", "buyer", "export customer", "operator")):
        return bool(_MATERIEL_PRONOUN.search(text) or _CUSTOMER_LIST.search(text))  # "other customers include X"
    if "recipient_subject" in trigger.flags:  # not "its first": the subject's own
        return any(m.group(1) not in ("its",) for m in _MATERIEL_PRONOUN.finditer(text))
    return bool(_OBJECT_PRONOUN.search(text))


_DEFINITE_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|All the|Both)\s+(?:[\w-]+\s+){0,2}?(?:jets|aircraft|fighters|planes|helicopters|drones|"
    r"ships|vessels|boats|frigates|corvettes|submarines|tanks|vehicles|howitzers|guns|missiles|systems|batteries|"
    r"radars|launchers|rifles)\b"
)


def definite_subject(text: str) -> bool:
    """Whether a sentence opens on equipment named before ("The jets were delivered under ...")."""
    return _DEFINITE_SUBJECT.match(text) is not None


def lists_customers(text: str) -> bool:
    """Whether a sentence lists the users of a system named before ("other customers include Peru and Chile")."""
    return _CUSTOMER_LIST.search(text) is not None


def materiel_words(view: SentenceView, scope: tuple[int, int], hit: Hit) -> list[Hit]:
    """Weapon nouns near the trigger ("bought the Swedish rifle"): an origin adjective before one is the maker."""
    text = view.text_between(scope[0], scope[1])
    offset = max(scope[0], view.sentence.start)
    found = [Hit(offset + m.start(), offset + m.end(), "materiel", 0) for m in MATERIEL_WORD.finditer(text)]
    return [
        h for h in found
        if view.distance(hit.end, h.start) <= MATERIEL_WINDOW and view.distance(h.end, hit.start) <= MATERIEL_WINDOW
    ]


_DEFINITE_MATERIEL = re.compile(
    r"\s*(?:the|this|that|these|those)\s+(?:same\s+|\w+-made\s+|\w+-built\s+)?(?:aircraft|drones?|jets?|fighters?|"
    r"systems?|weapons?|missiles?|guns?|howitzers?|tanks?|vessels?|ships?|boats?|helicopters?|rifles?|radars?|"
    r"platforms?|type|model|design|vehicles?|submarines?|frigates?|corvettes?)\b",
    re.IGNORECASE,
)


def definite_materiel(view: SentenceView, trigger: Hit, mentions: list[Mention]) -> bool:
    """Whether the trigger's object is a definite weapon noun and no system is named ("bought the gun")."""
    following = view.text_between(trigger.end, view.sentence.end)
    return _DEFINITE_MATERIEL.match(following) is not None and not any(m.kind == "system" for m in mentions)


_JOINED_MAKERS = re.compile(r"^[-–]$")
CO_MAKER_WORDS = 3


def co_makers(view: SentenceView, mentions: list[Mention]) -> set[str]:
    """Codes of states joined by a hyphen right before a weapon word or a system ("the India-Russia BrahMos
    missile", "the German-Italian jets"): the weapon's makers."""
    states = [m for m in mentions if m.kind == "state" and m.code and view.sentence.start <= m.start]
    systems = [m.start for m in mentions if m.kind == "system"]
    found: set[str] = set()
    for first, second in pairwise(states):
        if first.code == second.code or not _JOINED_MAKERS.match(view.text_between(first.end, second.start)):
            continue
        following = view.text_between(second.end, view.sentence.end)
        near_system = any(second.end < s and view.distance(second.end, s) <= CO_MAKER_WORDS for s in systems)
        word = MATERIEL_WORD.search(following)
        if near_system or (word is not None and view.distance(second.end, second.end + word.start()) <= CO_MAKER_WORDS):
            found.update((str(first.code), str(second.code)))
    return found


_AIR_DEFENCE_BEFORE = re.compile(
    r"(?:surface-to-air|air[- ]defen[cs]e|anti-aircraft|air and missile defen[cs]e)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_SYSTEM_AFTER = re.compile(r"^\s*(?:systems?|batter(?:y|ies)|units?|complex(?:es)?)\b", re.IGNORECASE)


def air_defence_system(view: SentenceView, hit: Hit) -> bool:
    """Whether a missile word only qualifies an air-defence system ("a surface-to-air missile system");
    "air defence missiles" are missiles too."""
    after = view.text_between(hit.end, min(view.sentence.end, hit.end + 16))
    before = view.text_between(max(view.sentence.start, hit.start - 40), hit.start)
    return bool(_SYSTEM_AFTER.match(after) and _AIR_DEFENCE_BEFORE.search(before))
