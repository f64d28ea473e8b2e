"""Visits: who visits whom ("X visited Y", "Y welcomed X's minister", "X received Y's delegation"), and visits
implied by officials of one side acting in a place of the other ("the ministers signed the deal in Tokyo").

A visit's visitor must be an official or a delegation; its host is the place or the side after "to", "in",
"at", or the subject of a hosting verb. A warship's visit to a port is a port call (:func:`is_port_call`), and
equipment that "arrived" is a delivery, not a visit (:func:`is_cargo_arrival`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from defcoop.lexicons import Trigger
from defcoop.records import Event
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.materiel import MATERIEL_WORD
from defcoop.stages.extraction.parties import (
    MAX_HOST_TOKENS,
    PLACE_ROLES,
    Sides,
    codes_of,
    groups_after,
    preposition,
)
from defcoop.stages.extraction.sentence import ASIDE_BASE, PartyMention, SentenceView

_GUEST_KINDS = ("person", "title")
_NAVAL_VISIT = re.compile(
    r"\b(port|harbou?r|docked|warships?|frigates?|destroyers?|carriers?|vessels?|submarines?|corvettes?)\b",
    re.IGNORECASE,
)
_SHIP_PREFIX = re.compile(  # "USS Hershel Williams", "HMAS Anzac": a named warship
    r"\b(?:USS|HMS|HMAS|HMCS|HMNZS|INS|JS|ROKS|BRP|TCG|FGS|HNLMS|KRI|RSS|PNS|BNS|ESPS|HDMS|HNoMS|HSwMS|KD)\s+[A-Z]"
)
_VESSEL = re.compile(
    r"\b(warships?|frigates?|destroyers?|carriers?|vessels?|submarines?|corvettes?|ships?|cutters?|navy|naval|"
    r"delegation|officials?|troops|soldiers|sailors|marines)\b",
    re.IGNORECASE,
)


def receives_guest(view: SentenceView, trigger: Hit) -> bool:
    """Whether "received"/"receives" takes an official of another state as object ("received the visiting
    Turkish defence minister"): a reception (a visit to the subject), not a delivery.
    """
    if not view.text_between(trigger.start, trigger.end).lower().startswith("receiv"):
        return False
    following = groups_after(view, trigger, 4)
    if not following:
        return False
    gap = view.text_between(trigger.end, following[0][0].mention.start).lower().split()
    if any(w not in ("the", "a", "visiting", "his", "her", "their", "its", "delegation", "of", "in", "audience")
           for w in gap):
        return False
    return any(u.mention.kind in _GUEST_KINDS or (u.official and "delegation" in gap) for u in following[0])


_RECEPTION_FLAGS = frozenset({"host_subject"})


def as_reception(view: SentenceView, trigger_hit: Hit, trigger: Trigger) -> Trigger:
    """``trigger`` as a visit hosted by its subject when it receives an official ("received Y's minister")."""
    if trigger.type == "ARMS_TRANSFER" and receives_guest(view, trigger_hit):
        return Trigger(trigger.phrase, "VISIT", trigger.stage, trigger.strength, _RECEPTION_FLAGS)
    return trigger


def _phrase_part(view: SentenceView, group: list[PartyMention]) -> list[PartyMention]:
    """The units of ``group`` before a comma that ends the phrase ("During his visit to Ankara, Pakistan's
    army chief ..."); a list with "and" ("to Ankara, Baku and Tbilisi") stays whole."""
    gaps = [view.text_between(a.mention.end, b.mention.start) for a, b in pairwise(group)]
    if any(" and " in f" {g} " or "&" in g for g in gaps):
        return group
    for index, gap in enumerate(gaps):
        if "," in gap:
            return group[: index + 1]
    return group


def _possessive_visit(view: SentenceView, trigger: Hit) -> bool:
    """Whether the visit is someone's named later ("his visit to Ankara")."""
    return [w.lower() for w in view.words_before(trigger.start, 1)] in (["his"], ["her"])


def _unrecognized_agent(view: SentenceView, trigger: Hit) -> bool:
    """Whether "by ..." follows the visit cue without naming a known party."""
    words = view.text_between(trigger.end, view.sentence.end).split(maxsplit=8)[:8]
    if "by" not in words:
        return False
    start = trigger.end + view.text_between(trigger.end, view.sentence.end).find(" by ")
    return not any(u.mention.start > start and view.distance(start, u.mention.start) <= 4 for u in view.units)


_HOSTED_EVENT = re.compile(
    r"\s*(?:the|a|an|this|its|their|last|year's|annual|joint|\w+-\w+|\d+\w*)?\s*(?:\w+\s+)?"
    r"(?:drills?|exercises?|manoeuvres|maneuvers|summit|talks|meetings?|conference|forum|games|war games)\b",
    re.IGNORECASE,
)


_WELCOMED_GOODS = re.compile(
    r"\s*(?:\S+\s+){0,6}?(?:batch|shipment|consignment|delivery|deliveries|arrival|aircraft|jets?|tanks?|ships?|"
    r"vessels?|boats?|helicopters?|drones?|vehicles?|systems?|weapons|equipment)\b",
    re.IGNORECASE,
)


FROM_WORDS = 3
ENVOY_REACH = 16  # characters after the caller's group: "from the French ambassador"


def visit_pairs(
    view: SentenceView, trigger: Hit, flags: frozenset[str], sides: Sides, topic: tuple[str, ...],
    onward_at: int | None = None, venue: str | None = None,
) -> list[tuple[str, str]]:
    """Visitor -> host pairs of a visit; empty when the host cannot be told.

    ``onward_at``: where a later stop's own (``onward``) trigger starts ("and was due to
    continue to Rome"): hosts named after it are that stop's, not this visit's. ``venue``:
    the state where the document placed the ceremony this sentence's visitors attend.
    """
    hosts: list[str] = []
    visitors: list[str] = []
    callers: list[str] = []  # "received a courtesy call from the Chinese defence minister"
    stop = onward_at if onward_at is not None and "onward" not in flags else view.sentence.end
    for index, group in enumerate(groups_after(view, trigger, 0 if "onward" in flags else MAX_HOST_TOKENS)):
        if group[0].mention.start >= stop:
            break  # "travelled to Paris and was due to continue to Rome": Rome is the next stop's visit
        group = _phrase_part(view, group)
        word = preposition(view, group[0])
        if word == "by":
            visitors.extend(codes_of(group))
        elif word == "from" and index == 0 and view.distance(trigger.end, group[0].mention.start) <= FROM_WORDS:
            caller = view.text_between(trigger.end, min(view.sentence.end, group[-1].mention.end + ENVOY_REACH))
            if _ENVOY.search(caller):
                return []  # "a courtesy call from the French ambassador": an envoy lives in the host's capital
            callers.extend(codes_of(group))
        elif word in ("to", "in", "at") or (index == 0 and view.distance(trigger.end, group[0].mention.start) == 0):
            hosts.extend(c for c in codes_of(group, with_cities=True) if c not in hosts)
    if callers:  # the caller's side first: "a visit from a Turkish delegation led by ..."
        hosts = hosts or [c for c in codes_of(sides.subject or sides.before, with_cities=True) if c not in callers]
        return [(v, h) for v in dict.fromkeys(callers) for h in dict.fromkeys(hosts) if v != h]
    if not hosts and venue and _CEREMONY.search(view.sentence.text):
        hosts = [venue]  # "A Vietnamese delegation attended the ceremony": where the document placed it
    following = groups_after(view, trigger, 1)
    if view.text_between(trigger.start, trigger.end).lower() == "visiting" and following:
        guest_codes = codes_of(following[0])  # "told visiting Japanese Defence Minister X": X is the visitor
        hosts = [c for c in codes_of(sides.subject or sides.before, with_cities=True) if c not in guest_codes]
        hosts = hosts or [c for c in topic if c not in guest_codes]
        return [(v, h) for v in guest_codes for h in hosts if v != h]
    if not visitors and _unrecognized_agent(view, trigger):
        return []  # "a visit to Taiwan by then-House Speaker Nancy Pelosi": the visitor is not known
    if "host_subject" in flags:
        if view.text_between(trigger.end, view.sentence.end).split(maxsplit=1)[:1] == ["by"]:
            return []  # "an exercise hosted by Egypt": no visit is stated
        if _HOSTED_EVENT.match(view.text_between(trigger.end, view.sentence.end)):
            return []  # "Kazakhstan hosted the drills": an exercise or meeting, not a visit
        if _WELCOMED_GOODS.match(view.text_between(trigger.end, view.sentence.end)):
            return []  # "the army welcomes the last batch of tanks": a delivery, not a visit
        hosts = codes_of(sides.subject or sides.before) or hosts
        delegation = "delegation" in view.text_between(trigger.end, trigger.end + 24).lower()
        guests = [u for u in sides.after if u.mention.kind in _GUEST_KINDS or (delegation and u.official)]
        visitors = [c for c in codes_of(guests) if c not in hosts]  # "X welcomed Y's defence minister"
    if not hosts and "needs_place" in flags:
        return []
    if "official_visitor" in flags:
        region = view.region_of(trigger.start)
        people = [u for u in view.units if u.region == region and u.mention.kind in ("person", "title")]
        people = [u for u in people if u.mention.end <= trigger.start]
        if not people and region >= ASIDE_BASE:  # "Shoigu, who is also in Delhi for the meeting"
            opening = view.region_start(region)
            antecedents = [g for g in view.groups if g[-1].mention.end <= opening and g[0].region < ASIDE_BASE]
            people = [u for u in (antecedents[-1] if antecedents else []) if u.mention.kind in ("person", "title")]
        if not people and _possessive_visit(view, trigger):  # "During his visit to Ankara, X met ..."
            people = [u for u in view.units if u.mention.kind in _GUEST_KINDS][:1]
        visitors = [c for c in codes_of(people) if c not in hosts]
        return [(v, h) for v in dict.fromkeys(visitors) for h in dict.fromkeys(hosts) if v != h]
    home_officials = False
    if not visitors:
        region = view.region_of(trigger.start)
        officials = [u for u in view.units if u.region == region and u.official and u.mention.role not in PLACE_ROLES]
        visitors = [c for c in codes_of(officials) if c not in hosts]
        home_officials = bool(officials) and not visitors and any(_known_person(u) for u in officials)
    if not visitors:
        visitors = [c for c in codes_of(sides.subject or sides.before) if c not in hosts]
    if home_officials and not visitors:
        return []  # "General X attended the ceremony in <his own capital>": no one came from abroad
    if not hosts and len(topic) == 2:
        hosts = [c for c in topic if c not in visitors and any(v in topic for v in visitors)]
    if not visitors and len(topic) == 2:
        visitors = [c for c in topic if c not in hosts and any(h in topic for h in hosts)]
    return [(v, h) for v in dict.fromkeys(visitors) for h in dict.fromkeys(hosts) if v != h]


KNOWN_SCORE = 1.0


def _known_person(unit: PartyMention) -> bool:
    """A person the knowledge base knows (not one whose state was only guessed from the context)."""
    return unit.mention.kind == "person" and unit.mention.score >= KNOWN_SCORE


def venue_visits(view: SentenceView, region: int) -> list[tuple[str, str]]:
    """Visitor -> host pairs implied by officials of one side acting "in"/"at" a place of another side.

    "Austin met Marcos at Malacañang", "the ministers signed the deal in Tokyo":
    an official of A on B's territory is a visit by A to B (annotation convention).
    """
    places = [
        u for u in view.units
        if u.region == region and u.mention.role == "city" and preposition(view, u, lookback=1) in ("in", "at")
    ]
    if not places:
        return []
    officials = [
        u for u in view.units
        if u.region == region and u.mention.kind in ("person", "title") and u.mention.role != "ambassador"
    ]  # an ambassador lives in the host's capital: no visit
    pairs: list[tuple[str, str]] = []
    for place in places:
        for host in place.codes:
            for visitor in codes_of(officials):
                if visitor != host and (visitor, host) not in pairs:
                    pairs.append((visitor, host))
    return pairs


def dateline_visits(view: SentenceView, region: int, home: str) -> list[tuple[str, str]]:
    """Visitor -> host pairs of officials of other states meeting in the dateline's state ("RIYADH - Korea's
    defence minister held talks with his Saudi counterpart")."""
    officials = [
        u for u in view.units
        if u.region == region and u.mention.kind in _GUEST_KINDS and u.mention.role != "ambassador"
    ]
    visitors = [c for c in codes_of(officials) if c != home]
    return [(v, home) for v in visitors]


_SIGNING_TYPES = frozenset({"AGREEMENT", "DIALOGUE"})
_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|embassy|embassies|charg[eé] d'affaires)\b", re.IGNORECASE)


def side_venue_visits(view: SentenceView, region: int, codes: list[str]) -> list[tuple[str, str]]:
    """Visitor -> host when two named sides sign or meet in a place of one of them ("Australia and Indonesia
    sign a defence agreement in Canberra": Indonesia's delegation came to Australia)."""
    places = [
        u for u in view.units
        if u.region == region and u.mention.role == "city" and preposition(view, u, lookback=1) == "in"
    ]
    named = {c for u in view.units if u.region == region and not u.is_place for c in u.codes}
    if _ENVOY.search(view.sentence.text):
        return []  # "signed in Tokyo by India's ambassador": an envoy lives in the host's capital
    pairs: list[tuple[str, str]] = []
    for place in places:
        for host in place.codes:
            guests = [c for c in codes if c != host and c in named and len(c) == 3]
            if host in codes and len(guests) == 1 and (guests[0], host) not in pairs:
                pairs.append((guests[0], host))
    return pairs


def implied_visits(view: SentenceView, region: int, anchor: Event, home: str | None) -> list[tuple[str, str]]:
    """Visits implied by ``anchor``: officials acting in a place of another side, else (for completed
    bilateral talks) officials of other states under a dateline of one side."""
    pairs = venue_visits(view, region)
    if not pairs and anchor.type in _SIGNING_TYPES and len(anchor.codes) == 2:
        pairs = side_venue_visits(view, region, anchor.codes)  # "A and B sign a defence pact in <A's capital>"
    bilateral_talks = anchor.type == "DIALOGUE" and anchor.stage == "COMPLETED" and len(anchor.codes) == 2
    if not pairs and home is not None and bilateral_talks and home in anchor.codes:
        pairs = dateline_visits(view, region, home)  # "RIYADH - Korea's minister held talks with ..."
    return pairs


def is_port_call(view: SentenceView, pairs: list[tuple[str, str]]) -> bool:
    """A visit whose visitor is a ship or unit (no official of the visiting side is named) at a port."""
    visitors = {v for v, _ in pairs}
    region = view.region_of(view.sentence.start)
    officials = [
        u for u in view.units
        if (u.mention.kind in _GUEST_KINDS or (u.mention.kind == "reference" and u.mention.role))
        and set(u.codes) & visitors and u.region == region
    ]  # "hosted his Australian counterpart ... for talks on submarines": an official came, not a ship
    text = view.sentence.text
    return not officials and bool(_NAVAL_VISIT.search(text) or _SHIP_PREFIX.search(text))


def own_ship_home(view: SentenceView, hit: Hit, pairs: list[tuple[str, str]]) -> bool:
    """Whether a ship of the host's own navy arrives home from abroad ("the Philippine Navy's newest frigate
    arrived at Subic after its voyage from South Korea, where it was built"): a delivery, not a port call."""
    if not pairs or not _ARRIVAL_VERB.match(view.text_between(hit.start, hit.end)):
        return False
    hosts = {h for _, h in pairs}
    before = view.text_between(view.region_start(view.region_of(hit.start)), hit.start)
    if not _VESSEL_ONLY.search(before) or not _BUILT_ABROAD.search(view.sentence.text):
        return False
    owners = {c for u in view.units if u.mention.end <= hit.start and u.mention.kind == "armed_force" for c in u.codes}
    return bool(owners) and owners <= hosts


_CARRIER = re.compile(r"\b(?:delivering|carrying|transporting|loaded with)\b", re.IGNORECASE)


_CEREMONY = re.compile(r"\b(?:ceremony|ceremonies|christening|commissioning|handover)\b", re.IGNORECASE)


def ceremony_venue(view: SentenceView) -> str | None:
    """The state where a sentence places a ceremony ("a handover ceremony at the La Spezia naval base, Italy",
    "at a ceremony in Jinhae, South Korea"), or None."""
    found = _CEREMONY.search(view.sentence.text)
    if found is None:
        return None
    at = view.sentence.start + found.end()
    places = [u for u in view.units if preposition(view, u, lookback=4) in ("in", "at") and len(u.codes) == 1
              and (u.mention.role in PLACE_ROLES or u.mention.kind == "state") and 0 <= u.mention.start - at < 80]
    return places[-1].codes[0] if places else None


_PARTITIVE = re.compile(
    r"\b(?:first|last|remaining|next|other|rest)\s+(?:[\w-]+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|batch|units?|of them)\b",
    re.IGNORECASE,
)


def cargo_pairs(
    view: SentenceView, hit: Hit, head: tuple[int, int], makers: list[str], topic: tuple[str, ...]
) -> list[tuple[str, str]]:
    """Maker -> receiver of equipment that arrives with no visitor named: the makers are the named systems'
    states or a group "from" a state before the verb ("K2 tanks from South Korea arrived"); the receiver is
    the place after the verb ("landed in Greece"), else the article's other side."""
    if _CARRIER.search(view.text_between(hit.end, view.sentence.end)):
        return []  # "transport aircraft landed in Belgrade, delivering the FK-3": the cargo is named after
    region = view.region_of(hit.start)
    before = [g for g in view.groups if g[0].region == region and head[0] <= g[0].mention.start < hit.start]
    makers = makers + [c for g in before if preposition(view, g[0]) == "from" for c in codes_of(g)]
    hosts = [c for g in groups_after(view, hit, MAX_HOST_TOKENS) if preposition(view, g[0]) in ("in", "at", "to")
             for c in codes_of(g, with_cities=True)]
    others = [c for c in topic if c not in makers]
    hosts = hosts or (others if len(others) == 1 else [])  # the article's one other side
    return [(m, h) for m in dict.fromkeys(makers) for h in dict.fromkeys(hosts) if m != h]


def is_cargo_arrival(view: SentenceView, hit: Hit, system_before: bool = False) -> bool:
    """Whether what arrives or lands is equipment being delivered, not a visitor.

    "The first tanks arrived at the port", "the first batch of Typhoon jets for the
    Qatari air force landed in Doha": a weapon noun before the verb and no official
    named. A ship arriving is a port call unless the words mark a delivery ("Two
    Turkish-built corvettes arrived in Karachi for the Pakistan Navy"). A named system
    before the verb (``system_before``) counts as a weapon noun.
    """
    if not _ARRIVAL_VERB.match(view.text_between(hit.start, hit.end)):
        return False
    before = view.text_between(view.region_start(view.region_of(hit.start)), hit.start)
    if _PARTITIVE.search(before) and MATERIEL_WORD.search(view.text_between(view.sentence.start, hit.start)):
        return True  # "bought 24 F-16s, with the first six to arrive in December": the jets arrive
    if any(u.mention.kind in _GUEST_KINDS for u in view.units) or _PEOPLE.search(before):
        return False
    if _VESSEL.search(before):
        after = view.text_between(hit.end, view.sentence.end)
        return bool(MATERIEL_WORD.search(before)) and bool(_DELIVERY_MARK.search(before) or _FOR_FORCE.search(after))
    return bool(MATERIEL_WORD.search(before)) or system_before  # "the first German Leopard arrives in Czechia"


_VESSEL_ONLY = re.compile(
    r"\b(?:warships?|frigates?|destroyers?|corvettes?|submarines?|vessels?|ships?|cutters?)\b", re.IGNORECASE
)
_BUILT_ABROAD = re.compile(r"\b(?:built|constructed|made)\s+(?:by|in|at)\b|\bfrom\s+the\s+(?:shipyard|builder)\b", re.I)
_ARRIVAL_VERB = re.compile(r"arriv|landed|lands\b|touched down", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:delegation|officials?|troops|soldiers|sailors|marines|crews?|minister|general)\b", re.I)
_DELIVERY_MARK = re.compile(
    r"\b(?:\w+-(?:built|made)|newly[ -]built|batch|consignment|shipment)\b",
    re.IGNORECASE,
)
_FOR_FORCE = re.compile(
    r"\bfor (?:the |its )?(?:[A-Z][\w'’-]*\s+){1,3}(?:Navy|Air Force|Army|Coast Guard|Armed Forces)\b"
)
