"""Areas across sentences: what a later sentence adds to an event reported before, or takes from it.

Called by the extract stage and the event builder: :func:`carry_areas` (a sentence that
refers back), :func:`restates_latest` ("the exercise"), :func:`package_areas` ("the
package includes ..."), :func:`provision_areas` ("Under the deal, ..."),
:func:`referred_areas` ("the jets", "the weapon") and :func:`latest_system_areas`
("Qatar was its first customer").
"""

from __future__ import annotations

import re

from defcoop.kb import KnowledgeBase
from defcoop.lexicons import Lexicons
from defcoop.records import AREAS, Event, Mention
from defcoop.stages.extraction.areas import areas_in, systems_in
from defcoop.stages.extraction.sentence import SentenceView


def restates_latest(codes: list[list[str]], earlier: list[Event], event_type: str, kb: KnowledgeBase) -> bool:
    """Whether a definite trigger ("the exercise") speaks of the latest earlier event of its type.

    It does when every party set it yields (or names) lies within that event's parties, a
    grouping counting as its members ("the Quad navies"): "The RAAF said the exercise
    would help participants work together" restates the multinational exercise reported
    before, whose areas it then adds to.
    """
    latest = next((e for e in reversed(earlier) if e.type == event_type), None)
    if latest is None:
        return False
    parties = set(latest.codes)
    return all(c in parties or set(kb.members(c) or (c,)) <= parties for group in codes for c in group)


_PRODUCTION_AREAS = frozenset({"ADVANCED_MANUFACTURING"})  # local production is a joint development of its own
_PACKAGE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:the|this|that|its|each)\s+(?:[\w$.,-]+\s+){0,3}?"
    r"(?:package|deal|contract|order|purchase|sale|acquisition|agreement)\b[^.;]{0,100}?"
    r"\b(?:includes?|included|covers?|covered|comprises?|comprised|consists of|provides for|comes with)\b",
    re.IGNORECASE,
)
#: A word part of each verb :data:`_PACKAGE` ends on: a cheap test before the search.
_PACKAGE_VERB_PARTS = ("includ", "cover", "compris", "consists of", "provides for", "comes with")


def package_areas(
    view: SentenceView, lexicons: Lexicons, kb: KnowledgeBase, mentions: list[Mention]
) -> list[str]:
    """Areas of what a deal referred back to contains.

    "Officials said the package includes logistics support and training for pilots":
    the sentence opens on a deal already reported (a definite "the deal", "this contract")
    and lists its contents; the areas of the list belong to that deal.
    """
    match = _PACKAGE.search(view.sentence.text) if view.may_hold(_PACKAGE_VERB_PARTS) else None
    if match is None:
        return []
    start = view.sentence.start + match.end()
    scope = (start, view.sentence.end)
    found = areas_in(view, scope, view.region_of(start), lexicons, systems_in(view, scope, mentions), kb)
    return [a for a in found if a not in _PRODUCTION_AREAS]


_UNDER_DEAL = re.compile(
    r"^\W*(?:under|as part of|as per)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|pact|plan|accord|arrangement|treaty|framework|partnership|project|programme|program|"
    r"memorandum|contract)s?\b",
    re.IGNORECASE,
)


def provision_areas(view: SentenceView, events: list[Event]) -> list[str]:
    """The areas of what a sentence says a deal already reported provides for.

    "Under the deal, the United States will sell Australia three submarines": the
    submarines are an area of the deal itself, not only of the sale.
    """
    if _UNDER_DEAL.match(view.sentence.text) is None:
        return []
    return list(dict.fromkeys(a for event in events for a in event.areas))


_AIRCRAFT = frozenset({"FIGHTER_AIRCRAFT", "MILITARY_AIRCRAFT", "UAV"})
_SHIPS = frozenset({"NAVAL_VESSELS", "SUBMARINES", "AMPHIBIOUS", "MINE_COUNTERMEASURES"})
_LAND = frozenset({"LAND_SYSTEMS", "ROBOTICS"})
_REFERRING_NOUNS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(("jet", "jets", "aircraft", "planes", "warplanes", "helicopters", "fighters"), _AIRCRAFT),
    **dict.fromkeys(("boat", "boats", "vessel", "vessels", "ship", "ships", "warships"), _SHIPS),
    **dict.fromkeys(("vehicles", "guns", "launchers"), _LAND),
    **dict.fromkeys(("weapon", "weapons", "system", "systems", "platform", "platforms", "type", "design"), None),
}
_REFERRING = re.compile(
    r"\b(?:the|these|those)\s+(?:(?:first|last|remaining|new|other|\d+|two|three|four|five|six)\s+){0,2}("
    + "|".join(sorted(_REFERRING_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def referred_areas(view: SentenceView, before: list[Mention], kb: KnowledgeBase) -> list[str]:
    """The areas of a system named earlier that the sentence refers back to.

    "The jets will hold joint training with Japan's air force": "the jets" are the
    Eurofighters named before; "the boats" the submarines; "the weapon" the latest
    system of any kind. ``before`` holds the document's mentions before the sentence.
    """
    match = _REFERRING.search(view.sentence.text)
    if match is None:
        return []
    return latest_system_areas(before, kb, _REFERRING_NOUNS[match.group(1).lower()])


def latest_system_areas(before: list[Mention], kb: KnowledgeBase, wanted: frozenset[str] | None = None) -> list[str]:
    """The areas of the latest system in ``before`` (of one of the ``wanted`` areas when given).

    "Qatar was its first customer, and Ukraine has since received it": what "it" is, is the
    system named last.
    """
    for mention in reversed(before):
        entity = kb.get(mention.entity_id) if mention.kind == "system" else None
        if entity is None:
            continue
        areas = [a for a in entity.attrs.get("area", "").split("|") if a in AREAS]
        if areas and (wanted is None or wanted & set(areas)):
            return areas
    return []


_RELATED_TYPES = {
    "ARMS_TRANSFER": ("ARMS_TRANSFER", "AGREEMENT"),
    "AGREEMENT": ("AGREEMENT", "ARMS_TRANSFER", "INFO_SHARING", "ACCESS"),
    "GENERAL": ("AGREEMENT", "GENERAL"),
    "PERSONNEL": ("PERSONNEL", "EXERCISE"),  # "the troops will train in convoy protection": the exercise's training
}


_NOT_CARRIED = frozenset({"VISIT"})  # "at the end of the visit, the sides said ...": what they said is other events


def carry_areas(earlier: list[Event], areas: list[str], types: tuple[str, ...]) -> None:
    """Add ``areas`` to the latest earlier event a party-less sentence refers back to.

    "The exercise ... is aimed at enhancing interoperability" names no party: its
    areas belong to the last EXERCISE already found ("the deal" may refer to a
    transfer or an agreement, "the pact" to an information-sharing or access
    agreement). A visit takes no areas this way: a sentence that places itself "at
    the end of the visit" reports what was agreed there.
    """
    if not areas or set(types) <= _NOT_CARRIED:
        return
    wanted = tuple(t for etype in types for t in _RELATED_TYPES.get(etype, (etype,)))
    for event in reversed(earlier):
        if event.type in wanted:
            event.areas.extend(a for a in areas if a not in event.areas)
            return
