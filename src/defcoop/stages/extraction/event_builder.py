"""Turn one kept trigger with its linked sides into :class:`~defcoop.records.Event` records.

Party completion (in this order):

* an arms transfer adds the origin of the systems named ("Turkish-made", a
  system whose knowledge-base entry or maker belongs to a state);
* a lone side that belongs to the document's topic dyad gets the other side;
* no side at all takes the topic dyad when the trigger implies two sides
  ("joint exercises", "they", "the two", "both");
* alliances: when the named states are all members, the states are coded and the
  alliance dropped; otherwise each non-member state is paired with the alliance.

The base confidence (0..1) is computed here from what the extractor saw:
``0.35 * trigger strength + party evidence (0.35 both sides named, 0.2 one side
completed from the topic, 0.1 both from the topic) + stage evidence (0.2 a cue
or the trigger's own stage, 0.05 the type's default) + 0.1 for a defense cue in
the sentence``; :func:`defcoop.stages.resolve.resolve_events` refines it.
"""

from __future__ import annotations

import re

from defcoop.kb import KnowledgeBase
from defcoop.lexicons import Lexicons, Trigger
from defcoop.records import ALLIANCE_CODES, Document, Event, Evidence, Mention, Party
from defcoop.stages.extraction.area_links import latest_system_areas, referred_areas
from defcoop.stages.extraction.areas import (
    CONTAINER_TYPES,
    areas_in,
    event_areas,
    systems_in,
    trigger_scope,
)
from defcoop.stages.extraction.candidates import cross_groups
from defcoop.stages.extraction.discourse import (
    PAIR_WORDS,
    also_partner,
    beaten_bids,
    both_officials_sign,
    find_contrast,
    names_counterpart,
    scope_cut,
    separate_partners,
)
from defcoop.stages.extraction.factuality import factuality
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.materiel import (
    co_makers,
    definite_materiel,
    definite_subject,
    materiel_words,
    refers_to_materiel,
)
from defcoop.stages.extraction.parties import (
    MAX_AFTER_TOKENS,
    Sides,
    both_sides_subject,
    co_developers,
    codes_of,
    explicit_recipients,
    explicit_suppliers,
    groups_after,
    is_passive,
    losing_codes,
    origin_codes,
    other_makers,
    subject_supplies,
    system_origins,
    transfer_pairs,
)
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.stage import choose_stage
from defcoop.stages.extraction.tense import fit_to_type, partial_delivery
from defcoop.stages.extraction.visits import (
    as_reception,
    cargo_pairs,
    is_cargo_arrival,
    is_port_call,
    own_ship_home,
    visit_pairs,
)

_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom|after|before|because|while|when|whereas|although|since)\b")
_NO_REFERRED_AREAS = CONTAINER_TYPES | {"PERSONNEL"}  # "the crew training for the aircraft" names people
_TOPIC_TYPES = frozenset({"INFO_SHARING"})
_ABOUT = (["on"], ["about"], ["regarding"], ["concerning"])
MULTILATERAL_CAPPED = frozenset({"DIALOGUE", "VISIT", "GENERAL"})
MAX_GATHERING_CODES = 4
MISSION_BODIES = frozenset({"UN", "AU"})  # near-universal bodies: a member state acts with them, not as them
class EventBuilder:
    """Builds the events of one sentence."""

    def __init__(
        self,
        kb: KnowledgeBase,
        lexicons: Lexicons,
        document: Document,
        view: SentenceView,
        topic: tuple[str, ...],
        mentions: list[Mention],
        doc_id: str | None = None,
    ) -> None:
        self._kb = kb
        self._lexicons = lexicons
        self._document = document
        self._doc_id = doc_id if doc_id is not None else document.doc_id  # a hash: computed once
        self._view = view
        self._topic = topic
        self._mentions = mentions
        self.last_supplier: str | None = None
        self.last_maker: str | None = None  # the state of the last system the document named before this sentence
        self.earlier: list[Event] = []  # the document's events before this sentence
        self.last_recipient: str | None = None
        self.defaulted: set[int] = set()  # ids of events whose stage is only the type's default
        self._held: list[Event] = []  # those events, kept alive so that no other object takes one of their ids
        self.earlier_mentions: list[Mention] = []  # the document's mentions before the sentence
        self.venue: str | None = None  # the state of the latest ceremony the document placed

    def build(
        self, hit: Hit, trigger: Trigger, sides: Sides, shared: list[str] | None, others: list[Hit]
    ) -> list[Event]:
        """The events stated by ``hit`` (none when fewer than two parties can be linked). A transfer is completed
        from the topic only for a bid or offer ("a contender for Britain's requirement"): a purchase naming one
        side is often domestic."""
        view = self._view
        if "losers" in trigger.flags:
            return self._losing_bids(hit, trigger, sides, others)
        trigger = as_reception(view, hit, trigger)  # "X received Y's minister": X hosts Y's visit
        if shared is not None and separate_partners(view, hit):
            shared = None  # "agreements with the US and Australia": one per partner, not one among all
        stage, cued = choose_stage(view, hit, trigger, self._lexicons)
        if factuality(view, hit, trigger, self._lexicons) == "reject":
            stage = "REJECTED"
        stage = fit_to_type(trigger.type, stage, view.text_between(view.sentence.start, hit.start))
        scope = trigger_scope(view, hit, trigger.type, others)
        in_scope = view.text_between(hit.end, scope[1])
        contrast = find_contrast(in_scope)
        if contrast is not None:  # "buy Swedish jets instead of the F-16s offered by ...": the loser is not bought
            scope = (scope[0], hit.end + contrast.start())
        replaced = scope_cut(in_scope, hit.end)  # "to replace its F-5s": the buyer's old fleet is no part
        scope = (scope[0], min(scope[1], replaced or scope[1]))
        region = view.region_of(hit.start)
        systems = systems_in(view, scope, self._mentions)
        areas = self._areas(hit, scope, region)
        if not areas and trigger.type == "ARMS_TRANSFER":
            # "MiG-29 fighters, including jets donated by Russia": the weapon heads the clause before a comma,
            # after any other trigger there ("to buy howitzers from France ... after years of buying from Russia")
            after = [h.end for h in view.hits.get("triggers", []) if view.sentence.start <= h.end <= scope[0]]
            head = (max([view.region_start(region), *after]), scope[0])
            if not _CLAUSE_OPENER.search(view.text_between(*head)):
                systems = systems or systems_in(view, head, self._mentions)
                areas = areas_in(view, head, region, self._lexicons, systems_in(view, head, self._mentions), self._kb)
        if not areas and trigger.type not in _NO_REFERRED_AREAS:
            areas = referred_areas(view, self.earlier_mentions, self._kb)  # "the jets will hold joint training"
        if not areas and trigger.type == "ARMS_TRANSFER" and refers_to_materiel(view, trigger):
            areas = latest_system_areas(self.earlier_mentions, self._kb)  # "Qatar was its first customer"
        codes = list(shared) if shared else sides.codes(with_cities=trigger.type == "ACCESS")  # the host's soil
        if len(codes) < 2 and not shared:
            codes = sides.codes(with_cities=True)  # "the meetings in Ankara": the venue is the host side
        if trigger.type in _TOPIC_TYPES:  # "share radar data on Chinese ships": what the data is about, not a party
            topics = {c for g in groups_after(view, hit, MAX_AFTER_TOKENS)
                      if [w.lower() for w in view.words_before(g[0].mention.start, 1)] in _ABOUT for c in codes_of(g)}
            subjects = codes_of(sides.subject)
            codes = [c for c in codes if c not in topics or c in subjects]
        named = len(codes)
        if trigger.type == "ARMS_TRANSFER":
            weapon_hits = [h for h in view.hits.get("areas", []) if scope[0] <= h.start < scope[1]]
            weapon_hits += [Hit(m.start, m.end, "systems", 0) for m in systems]
            origins = origin_codes(view, self._kb, scope, weapon_hits + materiel_words(view, scope, hit))
            if not subject_supplies(view, hit, trigger.flags, sides):  # "India delivered a Kilo": not Russia
                made = system_origins(systems, self._kb)
                if both_sides_subject(view, hit, sides):  # "A and B signed a deal for the supply of <system>":
                    made = [c for c in made if c in codes]  # the maker picks the supplier among the two sides
                origins += made
            if "candidate" in trigger.flags and is_passive(view, hit):  # "the Gripen, the F-16 and the Rafale are
                subject = systems_in(view, (view.region_start(region), hit.start), self._mentions)  # under evaluation"
                origins += [c for c in system_origins(subject, self._kb) if c not in origins]
            until = self._losers_after(hit, others, scope[1] if contrast else None)  # "instead of X from Y"
            if replaced is not None:
                until = replaced if until is None else min(until, replaced)
            codes = [c for c in codes if c in origins or c not in losing_codes(view, hit, until)]  # losers: own events
            makers = other_makers(view, sides)
            codes = [c for c in codes if c in origins or c not in makers]
            if explicit_suppliers(view, hit, until, trigger.flags):
                origins = []  # "bought from the United States" beats the maker's country
            elif not origins and self.last_maker and definite_materiel(view, hit, self._mentions):
                origins = [self.last_maker]  # "Finland and Norway have also bought the gun": the K9 named before
            elif not origins and not weapon_hits and self.last_supplier and refers_to_materiel(view, trigger):
                origins = [self.last_supplier]  # "Qatar was its first customer": the system named before
            codes += [c for c in origins if c not in codes]
            following = [o.start for o in others if o.start >= hit.end]
            stop = min([*following, *([until] if until is not None else [])], default=None)
            codes += [c for c in explicit_recipients(view, hit, stop) if c not in codes]  # "offered by X for Y"
            if codes == [self.last_supplier] and self.last_recipient and definite_subject(view.sentence.text):
                codes.append(self.last_recipient)  # "The jets were delivered under a contract signed with Moscow"
        else:
            origins = []
        if trigger.type == "JOINT_DEVELOPMENT" and len(codes) < 2:  # "the K2 will be built under licence in Poland"
            codes += [c for c in system_origins(systems, self._kb) if c not in codes]
        if trigger.type != "VISIT" and (trigger.type != "ARMS_TRANSFER" or "candidate" in trigger.flags):
            codes = self._complete(codes, trigger, hit)
        buyer = self.last_recipient
        lone_candidate = "candidate" in trigger.flags and len(codes) == 1
        if lone_candidate and buyer is not None and buyer not in codes:
            codes.append(buyer)  # "Saab has also offered its Gripen": to the document's buyer
        bidders = "candidate" in trigger.flags and buyer is not None and buyer not in codes and not sides.before
        if bidders and len(codes) > 1 and trigger.type == "ARMS_TRANSFER":
            pairs = [(c, str(buyer)) for c in codes]  # "X beat two finalists: A's tank and B's": each bid to the buyer
            return self._bids(hit, trigger, stage, areas, systems, pairs, sides)
        only_makers = all(u.adjectival for u in sides.units())
        if origins and only_makers and set(codes) <= set(origins):
            return []  # "an offer of Chinese-Pakistani JF-17 jets": only the makers are named
        base = self._confidence(trigger, named, len(codes), cued)
        template = Event(
            type=trigger.type,
            stage=stage,
            parties=[],
            evidence=[Evidence(self._doc_id, view.sentence.start, view.sentence.end, view.sentence.text)],
            areas=areas,
            systems=list(dict.fromkeys(m.canonical for m in systems)),
            confidence=base,
            trigger=view.text_between(hit.start, hit.end),
            doc_ids=[self._doc_id],
        )
        if not cued:
            self._mark_defaulted(template)
        if trigger.type == "VISIT":
            triggers = self._lexicons.triggers
            onward_at = next((h.start for h in view.hits.get("triggers", []) if h.start >= hit.end
                              and "onward" in triggers[h.index].flags), None)
            pairs = visit_pairs(view, hit, trigger.flags, sides, self._topic, onward_at, self.venue)
            head = (view.region_start(region), hit.start)  # "the first tanks arrived at the port": delivered
            named = bool(systems_in(view, head, self._mentions))
            if is_cargo_arrival(view, hit, named) or own_ship_home(view, hit, pairs):
                return self._arrivals(template, pairs, head, sides, hit)
            if pairs and is_port_call(view, pairs):
                template.type = "ACCESS"  # a warship's visit is a port call, not an official's visit
                template.areas = list(dict.fromkeys([*template.areas, "NAVAL_VESSELS"]))
                return [self._event(template, [v, h], None, sides) for v, h in pairs]
            return [self._event(template, [v, h], (v, h), sides) for v, h in pairs]
        events: list[Event] = []
        if trigger.type == "ARMS_TRANSFER" and len(codes) >= 2:
            pairs = self._transfer_pairs(hit, trigger, sides, codes, origins, until)
            if "candidate" in trigger.flags and buyer is not None:
                pairs = self._bid_to_buyer(pairs, sides, str(buyer))
            if pairs:  # supplier -> each recipient, whatever groupings are named ("over the F-16": a lost bid)
                where = (hit.end + contrast.end(), contrast.group(0)) if contrast else None
                lost = beaten_bids(view, self._kb, self._mentions, where, pairs) if where else []
                bids = [self._event(template, [s, r], (s, r), sides) for s, r in pairs + lost]
                for bid in bids[len(pairs):]:
                    bid.stage = "REJECTED"
                return bids
        coordinated = self._one_coordination(codes, sides)
        buys = "recipient_subject" in trigger.flags
        partner = also_partner(view, codes, trigger.type, self.earlier, buys) if coordinated else None
        if partner is not None:  # "France and India have also signed pacts": each with the side named before
            sale = trigger.type == "ARMS_TRANSFER"  # the seller of the last sale supplies buyers that "also ordered"
            return [self._event(template, [c, partner], ((partner, c) if buys else (c, partner)) if sale else None,
                                sides) for c in codes if c != partner]
        split = self._alliance_split(codes)
        keep_shared = shared is not None and not separate_partners(view, hit)
        whole = trigger.type in ("ARMS_TRANSFER", "EXERCISE")  # an exercise's participants all take part together
        groups = split if whole else cross_groups(split, sides, keep_shared)
        for group in groups:
            if len(group) < 2 or (trigger.type in MULTILATERAL_CAPPED and len(group) > MAX_GATHERING_CODES):
                continue  # a summit or tour of many states is not a dyadic cooperation event
            if trigger.type == "ARMS_TRANSFER":
                pairs = self._transfer_pairs(hit, trigger, sides, group, origins, until)
                if pairs:
                    events.extend(self._event(template, [s, r], (s, r), sides) for s, r in pairs)
                    continue
                if self._one_coordination(group, sides) or set(group) & set(co_developers(view)):
                    continue  # "Peru and Colombia have also ordered the guns", "export of the missile developed with X"
            events.append(self._event(template, group, None, sides))
        return events

    def _bids(
        self, hit: Hit, trigger: Trigger, stage: str, areas: list[str], systems: list[Mention],
        pairs: list[tuple[str, str]], sides: Sides,
    ) -> list[Event]:
        """One transfer event per bidder -> buyer pair (bidders are never paired with one another)."""
        view = self._view
        template = Event(
            type=trigger.type, stage=stage, parties=[],
            evidence=[Evidence(self._doc_id, view.sentence.start, view.sentence.end, view.sentence.text)],
            areas=areas, systems=list(dict.fromkeys(m.canonical for m in systems)),
            confidence=self._confidence(trigger, len(pairs), 2, True),
            trigger=view.text_between(hit.start, hit.end), doc_ids=[self._doc_id],
        )
        return [self._event(template, [s, r], (s, r), sides) for s, r in pairs]

    def _bid_to_buyer(self, pairs: list[tuple[str, str]], sides: Sides, buyer: str) -> list[tuple[str, str]]:
        """Bids go to the document's buyer, not to a firm named as another bidder ("the Leopard of Germany's
        Rheinmetall and the Abrams offered by General Dynamics")."""
        firm_groups = [g for g in self._view.groups if any(u.mention.kind == "company" for u in g)]
        firms = {c for g in firm_groups for u in g for c in u.codes}
        firms -= {c for u in sides.units() if not any(u in g for g in firm_groups) for c in u.codes}
        out = [(s, buyer if r in firms else r) for s, r in pairs]
        return list(dict.fromkeys(p for p in out if p[0] != p[1]))

    def _losers_after(self, hit: Hit, others: list[Hit], contrast: int | None = None) -> int | None:
        """Where the losing bids of a competition start after ``hit`` ("chose X over rival offers from Y",
        "bought X instead of more tanks from Y": ``contrast``)."""
        triggers = self._lexicons.triggers
        starts = [
            o.start for o in others
            if o.start >= hit.end and 0 <= o.index < len(triggers) and "losers" in triggers[o.index].flags
        ]
        return min([*starts, *([contrast] if contrast is not None else [])], default=None)

    def _one_coordination(self, codes: list[str], sides: Sides) -> bool:
        """Whether every code comes from one coordinated group of the sentence ("A, B and C")."""
        wanted = set(codes)
        units = [u for u in sides.units() if not wanted.isdisjoint(u.codes)]
        if not units:
            return False
        group = self._view.group_of(units[0])
        covered = {c for u in group for c in u.codes}
        return wanted <= covered and all(u in group for u in units)

    def _losing_bids(self, hit: Hit, trigger: Trigger, sides: Sides, others: list[Hit]) -> list[Event]:
        """The losers of a competition ("chosen over competing bids from X and Y"): X -> buyer, Y -> buyer, REJECTED.

        The buyer is the subject of the choice when it is not a maker ("Norway chose ... over
        rival offers from ..."), else the recipient of the document's last transfer. Losers are
        never paired with the winner or with one another.
        """
        view = self._view
        losers = [c for g in groups_after(view, hit, MAX_AFTER_TOKENS) for c in codes_of(g)]
        buyers = [c for c in codes_of([u for u in sides.subject if not u.adjectival]) if c not in losers]
        if not buyers and self.last_recipient and self.last_recipient not in losers:
            buyers = [self.last_recipient]
        if not losers or not buyers:
            return []
        scope = trigger_scope(view, hit, trigger.type, others)
        systems = systems_in(view, scope, self._mentions)
        template = Event(
            type=trigger.type,
            stage="REJECTED",
            parties=[],
            evidence=[Evidence(self._doc_id, view.sentence.start, view.sentence.end, view.sentence.text)],
            areas=self._areas(hit, scope, view.region_of(hit.start)),
            systems=list(dict.fromkeys(m.canonical for m in systems)),
            confidence=self._confidence(trigger, 2, 2, True),
            trigger=view.text_between(hit.start, hit.end),
            doc_ids=[self._doc_id],
        )
        buyer = buyers[0]
        return [self._event(template, [loser, buyer], (loser, buyer), sides) for loser in dict.fromkeys(losers)]

    def participants(self, hit: Hit, trigger: Trigger, earlier: list[Event], others: list[Hit]) -> list[Event]:
        """An exercise's participant list ("contingents include aircraft from India, Japan and France").

        The states named in the clause join the parties of the latest exercise of the
        document (one multilateral event, every pair a party pair).
        """
        view = self._view
        region = view.region_of(hit.start)
        codes = codes_of([u for u in view.units if u.region == region])
        latest = next((e for e in reversed(earlier) if e.type == trigger.type), None)
        if latest is not None:
            codes = [*latest.codes, *(c for c in codes if c not in latest.codes)]
        if len(codes) < 2:
            return []
        stage = latest.stage if latest is not None else choose_stage(view, hit, trigger, self._lexicons)[0]
        event = Event(
            type=trigger.type,
            stage=stage,
            parties=[],
            evidence=[Evidence(self._doc_id, view.sentence.start, view.sentence.end, view.sentence.text)],
            areas=list(dict.fromkeys([*(latest.areas if latest else []), *self.scope_areas(hit, trigger, others)])),
            confidence=self._confidence(trigger, len(codes), len(codes), latest is not None),
            trigger=view.text_between(hit.start, hit.end),
            doc_ids=[self._doc_id],
        )
        return [self._event(event, codes, None, Sides([], [], []))]

    def scope_areas(self, hit: Hit, trigger: Trigger, others: list[Hit], whole: bool = False) -> list[str]:
        """The areas named in the scope of a trigger, or in its whole sentence when ``whole``."""
        sentence = self._view.sentence
        region = self._view.region_of(hit.start)
        if not whole:
            return self._areas(hit, trigger_scope(self._view, hit, trigger.type, others), region)
        scope = (sentence.start, sentence.end)
        systems = systems_in(self._view, scope, self._mentions)
        return areas_in(self._view, scope, region, self._lexicons, systems, self._kb)

    def _areas(self, hit: Hit, scope: tuple[int, int], region: int) -> list[str]:
        """The areas named in ``scope`` up to the next trigger that states an event of its own."""
        return event_areas(self._view, hit, scope, region, (self._lexicons, self._kb, self._mentions))

    def _complete(self, codes: list[str], trigger: Trigger, hit: Hit | None = None) -> list[str]:
        topic = self._topic
        vague = {"weak", "generic"} <= trigger.flags
        if len(topic) != 2 or (vague and not (hit and both_officials_sign(self._view, hit))):
            return codes  # a vague word ("technology") naming one side is not a cooperation
        if len(codes) == 1 and codes[0] in topic:
            refers_back = hit is not None and [w.lower() for w in self._view.words_before(hit.start, 1)] == ["the"]
            lone_meeting = trigger.type == "DIALOGUE" and "generic" in trigger.flags
            if lone_meeting and not (refers_back or names_counterpart(self._view)):
                return codes  # "the minister held a review meeting with the service chiefs": domestic
            return [codes[0], *(c for c in topic if c != codes[0])]
        if not codes:
            lowered = self._view.lowered()
            specific = not trigger.flags & {"generic", "weak"}
            if specific or "joint" in trigger.flags or any(word in lowered for word in PAIR_WORDS):
                return list(topic)
        return codes

    def _alliance_split(self, codes: list[str]) -> list[list[str]]:
        alliances = [c for c in codes if c in ALLIANCE_CODES]
        states = [c for c in codes if c not in ALLIANCE_CODES]
        if not alliances or not states:
            return [codes]
        groups: list[list[str]] = []
        for alliance in alliances:
            members = set(self._kb.members(alliance))
            outsiders = [s for s in states if s not in members]
            if not outsiders and len(states) == 1 and alliance in MISSION_BODIES:
                groups.append([alliance, states[0]])  # "Senegal contributes troops to the UN force"
            elif not outsiders:
                groups.append(states)
            elif len(outsiders) == 1 and len(states) == 1:
                groups.append([alliance, outsiders[0]])
            else:
                groups.extend([alliance, s] for s in outsiders)
        unique: list[list[str]] = []
        for group in groups:
            if group not in unique:
                unique.append(group)
        return unique

    def _confidence(self, trigger: Trigger, named: int, total: int, cued: bool) -> float:
        if named >= 2:
            party = 0.35
        elif named == 1 and total >= 2:
            party = 0.2
        else:
            party = 0.1
        stage = 0.2 if cued else 0.05
        defense = 0.1 if self._view.hits.get("defense_cues") else 0.0
        return round(min(1.0, 0.35 * trigger.strength + party + stage + defense), 3)

    def _arrivals(
        self, template: Event, pairs: list[tuple[str, str]], head: tuple[int, int], sides: Sides, hit: Hit
    ) -> list[Event]:
        """Deliveries stated as equipment arriving (``head``: the words before the verb): maker's side -> host."""
        view = self._view
        systems = systems_in(view, head, self._mentions)
        if not pairs:  # "Two more Rafale jets have landed in Greece": no visitor named, the maker delivers
            pairs = cargo_pairs(view, hit, head, system_origins(systems, self._kb), self._topic)
        template.type = "ARMS_TRANSFER"
        rest = view.text_between(hit.end, view.sentence.end)
        if template.stage == "COMPLETED" and partial_delivery(view.text_between(*head), rest):
            template.stage = "ONGOING"  # "the first of four aircraft arrived": the delivery goes on
        template.areas = areas_in(view, head, view.region_of(head[0]), self._lexicons, systems, self._kb)
        template.systems = list(dict.fromkeys(m.canonical for m in systems))
        return [self._event(template, [s, r], (s, r), sides) for s, r in pairs]

    def _transfer_pairs(
        self, hit: Hit, trigger: Trigger, sides: Sides, codes: list[str], origins: list[str], until: int | None
    ) -> list[tuple[str, str]]:
        """:func:`transfer_pairs`, without pairs of a weapon's co-makers ("the India-Russia BrahMos missile")."""
        pairs = transfer_pairs(self._view, hit, trigger.flags, sides, codes, origins, until)
        makers = co_makers(self._view, self._mentions) if len(pairs) else set()
        return [(s, r) for s, r in pairs if not {s, r} <= makers]

    def _event(self, template: Event, codes: list[str], direction: tuple[str, str] | None, sides: Sides) -> Event:
        event = Event(
            type=template.type,
            stage=template.stage,
            parties=[self._party(code, sides) for code in dict.fromkeys(codes)],
            evidence=list(template.evidence),
            direction=direction,
            areas=list(template.areas),
            systems=list(template.systems),
            confidence=template.confidence,
            trigger=template.trigger,
            doc_ids=list(template.doc_ids),
        )
        if id(template) in self.defaulted:
            self._mark_defaulted(event)
        return event

    def _mark_defaulted(self, event: Event) -> None:
        self.defaulted.add(id(event))
        self._held.append(event)

    def _party(self, code: str, sides: Sides) -> Party:
        for unit in sides.units():  # the first named unit: adjectives and references are no party name
            if code in unit.codes and unit.mention.kind != "reference" and not unit.adjectival:
                return Party(unit.mention.canonical, unit.mention.kind, code)
        entity = self._kb.state(code)
        if entity is not None:
            return Party(entity.canonical, entity.kind, code)
        kind = "alliance" if code in ALLIANCE_CODES else "state"
        return Party(code, kind, code)
