"""Which mentions are the parties of a trigger, and who supplies or visits whom.

A trigger's parties are taken from its own clause region only:

* the **subject group**: the first group of the region when it precedes the trigger;
* the **nearest group before** the trigger;
* the **nearest group after** the trigger (within ``MAX_AFTER_TOKENS`` words).

Mentions further away in the region ("Turkey, a NATO member eager to broaden its
links outside Europe, is the destination of Nakatani's visit") are not linked.

Directions use the words just before a group ("from Korea", "to Ukraine", "by US
Defense Secretary Austin", "in Gliwice") and the origin of the systems named
("Turkish-made drones", a system whose maker is Israeli).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.kb import KnowledgeBase
from defcoop.records import Mention
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import ASIDE_BASE, PartyMention, SentenceView

MAX_AFTER_TOKENS = 25
MAX_FROM_TOKENS = 45
_DEAL_VERB = re.compile(r"\b(?:buy|purchas|acquir|order|procur|import|sell|sold|suppl|deliver|export)\w*", re.I)
PLACE_ROLES = ("city", "in_state")
_PLACE_OR_VENUE = frozenset((*PLACE_ROLES, "venue"))
MAX_HOST_TOKENS = 14
_SUBORDINATOR = re.compile(r"\b(?:before|after|while|when|instead\s+of|since|by)\s*$", re.IGNORECASE)
_PREPOSITIONS = ("from", "to", "for", "by", "with", "in", "at", "of", "between", "into", "visit", "visited", "visiting")
_ORIGIN_WORDS = (
    "made", "built", "designed", "manufactured", "produced", "developed", "-made", "-built", "-origin", "-designed",
)
_TRANSFER_VERBS = frozenset({
    "acquire", "buy", "purchase", "procure", "sell", "supply", "deliver", "export", "order", "lease", "receive",
    "import", "field", "operate", "induct", "donate", "provide", "build", "develop", "produce",
})
_PASSIVE = ("be", "been", "being", "is", "are", "was", "were", "get", "got")


@dataclass(slots=True)
class Sides:
    """The groups linked to one trigger."""

    subject: list[PartyMention]
    before: list[PartyMention]
    after: list[PartyMention]
    cached: list[PartyMention] | None = None

    def units(self) -> list[PartyMention]:
        """Every linked unit, in text order, without repeats."""
        if self.cached is None:
            seen: dict[int, PartyMention] = {}
            for unit in (*self.subject, *self.before, *self.after):
                seen.setdefault(unit.mention.start, unit)
            self.cached = [seen[k] for k in sorted(seen)]
        return self.cached

    def codes(self, with_cities: bool = False) -> list[str]:
        """Distinct codes of the linked units in text order (places only ``with_cities``)."""
        return codes_of(self.units(), with_cities)


_MAKER_SUFFIX = ("-made", "-built", "-designed", "-origin", "-manufactured", "-produced", "-developed")


def other_makers(view: SentenceView, sides: Sides) -> set[str]:
    """Codes linked only as the maker of some equipment ("a Chinese-made engine"): never a recipient.

    A maker inside the trigger's own scope is its supplier (see :func:`origin_codes`);
    one outside it made another item of the sentence ("would buy a Chinese-made engine
    after Germany refused to export ...": China is not Germany's customer).
    """
    makers: set[str] = set()
    named: set[str] = set()
    for unit in sides.units():
        following = view.text_between(unit.mention.end, min(view.sentence.end, unit.mention.end + 16)).lower()
        if unit.adjectival and following.startswith(_MAKER_SUFFIX):
            makers.update(unit.codes)
        else:
            named.update(unit.codes)
    return makers - named


def codes_of(units: list[PartyMention], with_cities: bool = False) -> list[str]:
    """Distinct codes of ``units`` in order."""
    out: list[str] = []
    for unit in units:
        if unit.mention.role == "venue" or (unit.mention.role in PLACE_ROLES and not with_cities):
            continue
        for code in unit.codes:
            if code not in out:
                out.append(code)
    return out


def _after_attribution(view: SentenceView, groups: list[list[PartyMention]], trigger: Hit) -> list[list[PartyMention]]:
    """Drop the sources of a reported clause ("A and B say C has supplied D"): the groups before the verb.

    Only when a group follows the reporting verb before the trigger, so "Japan said it will buy"
    keeps Japan.
    """
    verbs = [end for end in view.reporting if end <= trigger.start]
    if not verbs:
        return groups
    cut = verbs[-1]
    if not any(cut <= g[0].mention.start < trigger.start for g in groups):
        return groups
    return [g for g in groups if g[0].mention.start >= cut]


def _own_source(view: SentenceView, groups: list[list[PartyMention]], kept: list[list[PartyMention]],
                trigger: Hit) -> list[PartyMention]:
    """The dropped source of a report when the reported clause names its own forces ("Pakistan's army said
    China delivered jets to its air force": Pakistan receives)."""
    dropped = [g for g in groups if g not in kept and g[-1].mention.end <= trigger.start]
    if not dropped or not _OWN_FORCE.search(view.text_between(trigger.end, view.sentence.end)):
        return []
    return list(dropped[0])


_OWN_FORCE = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?"
    r"(?:air force|navy|army|military|armed forces|troops|forces|fleet|inventory|arsenal)\b"
)


_REACTION = re.compile(
    r"\b(?:expressed|voiced|raised) (?:\w+ )?concerns? (?:over|about|at)|\b(?:criticised|criticized|condemned|"
    r"denounced|protested|slammed|opposed|warned against|objected to)\b",
    re.IGNORECASE,
)
#: A word part of each :data:`_REACTION` phrase: a cheap test before the search.
_REACTION_PARTS = (
    "concern", "critici", "condemned", "denounced", "protested", "slammed", "opposed", "warned against", "objected to"
)


def _after_reaction(view: SentenceView, groups: list[list[PartyMention]], trigger: Hit) -> list[list[PartyMention]]:
    """Drop the groups that only react to the event ("South Korea and Japan expressed concern over the treaty")."""
    if not view.may_hold(_REACTION_PARTS):
        return groups
    text = view.text_between(view.sentence.start, trigger.start)
    reactions = [m.end() for m in _REACTION.finditer(text)]
    if not reactions:
        return groups
    cut = view.sentence.start + reactions[-1]
    return [g for g in groups if g[0].mention.start >= cut]


def _is_place_group(group: list[PartyMention]) -> bool:
    """Whether every unit of ``group`` is a place ("in Doha", "the Vilnius summit")."""
    return all(u.mention.role in _PLACE_OR_VENUE for u in group)


def _nearest_actor_group(before: list[list[PartyMention]]) -> list[PartyMention]:
    """The nearest group before a trigger, passing over a place right before it.

    "X received Y's defence minister in Doha for talks": the talks are Y's, not Doha's;
    the place stays the venue (a host is read from it when no actor is found).
    """
    if not before:
        return []
    if _is_place_group(before[-1]) and len(before) > 1 and not _is_place_group(before[-2]):
        return [*before[-2], *before[-1]]
    return before[-1]


_OWN_PAIR = re.compile(r"^\s+(?:of|between|among|amongst)\s+(?:the\s+)?$", re.IGNORECASE)


def link_sides(view: SentenceView, trigger: Hit) -> Sides:
    """The subject group, nearest group before and nearest group after ``trigger`` in its region."""
    region = view.region_of(trigger.start)
    groups = [g for g in view.groups if g[0].region == region and region >= 0]
    groups = _after_reaction(view, groups, trigger)
    kept = _after_attribution(view, groups, trigger)
    own = _own_source(view, groups, kept, trigger) if len(kept) < len(groups) else []
    groups = kept
    before = [g for g in groups if g[-1].mention.end <= trigger.start]
    after = [
        g for g in groups
        if g[0].mention.start >= trigger.end and view.distance(trigger.end, g[0].mention.start) <= MAX_AFTER_TOKENS
    ]
    inside = [g for g in groups if g[0].mention.start < trigger.end and g[-1].mention.end > trigger.start]
    subject = before[0] if before and groups and before[0] is groups[0] else []
    if region >= ASIDE_BASE:
        opening = view.region_start(region)
        antecedents = [g for g in view.groups if g[-1].mention.end <= opening and g[0].region < ASIDE_BASE]
        subject = antecedents[-1] if antecedents else subject
    nearest_before = list(_nearest_actor_group(before))
    if after and subject and preposition(view, after[0][0]) in ("with", "between"):
        nearest_before = []  # "X already has agreements with Y": Y is X's counterpart, not the groups between
    sides = Sides(
        subject=list(subject),
        before=nearest_before,
        after=list(after[0]) if after else (list(inside[0]) if inside else []),
    )
    if own and not sides.after:
        sides = Sides(sides.subject, sides.before, own)
    if after and _OWN_PAIR.match(view.text_between(trigger.end, after[0][0].mention.start)) \
            and len(codes_of(after[0])) > 1:
        return Sides([], [], list(after[0]))  # "ordered a missile made by a joint venture of A and B": A and B
    for group in after[1:]:  # "with the Indian Navy hosting ships from the Australian, ... navies";
        if len(sides.codes()) >= 2 or _NEW_CLAUSE.search(view.text_between(trigger.end, group[0].mention.start)):
            break  # "ordered from the French shipbuilder Naval Group by Belgium": past a second group of one side
        sides = Sides(sides.subject, sides.before, [*sides.after, *group])
    return sides


def preposition(view: SentenceView, unit: PartyMention, lookback: int = 3) -> str | None:
    """The nearest preposition among the ``lookback`` words before ``unit`` (skipping adjectives)."""
    words = view.words_before(unit.mention.start, lookback)
    passed_verb = False
    for word in reversed(words):
        clean = word.strip(",.;:()\"'").lower()
        if clean in _PREPOSITIONS:
            return None if clean == "to" and passed_verb else clean  # "to acquire Boeing P-8s": an infinitive
        passed_verb = passed_verb or clean in _TRANSFER_VERBS
    return None


def groups_after(view: SentenceView, trigger: Hit, limit: int) -> list[list[PartyMention]]:
    """Groups of the trigger's region that start within ``limit`` words after it."""
    region = view.region_of(trigger.start)
    return [
        g for g in view.groups
        if g[0].region == region and g[0].mention.start >= trigger.end
        and view.distance(trigger.end, g[0].mention.start) <= limit
    ]


def is_passive(view: SentenceView, trigger: Hit) -> bool:
    """Whether the trigger verb is passive ("will be supplied"; not "is acquiring")."""
    if view.text_between(trigger.start, trigger.end).lower().endswith("ing"):
        return False
    words = view.words_before(trigger.start, 2)
    return any(w.lower() in _PASSIVE for w in words)


def origin_codes(view: SentenceView, kb: KnowledgeBase, scope: tuple[int, int], weapon_hits: list[Hit]) -> list[str]:
    """States that make the systems named in ``scope``: system entries, "Turkish-made", "Israeli drones"."""
    out: list[str] = []
    start, end = scope
    for unit in view.units:
        mention = unit.mention
        if not (start <= mention.start < end) or not unit.adjectival:
            continue
        last = view.group_of(unit)[-1].mention  # "Chinese-Pakistani JF-17 jets": both are makers
        following = view.text_between(last.end, last.end + 24).lower()
        if following.startswith(_ORIGIN_WORDS) or any(
            h.start >= last.end and view.distance(last.end, h.start) <= 2 for h in weapon_hits
        ):
            out.extend(c for c in unit.codes if c not in out)
    for group in groups_in(view, scope):
        first = group[0]
        before = view.text_between(max(view.sentence.start, first.mention.start - 24), first.mention.start).lower()
        if before.rstrip().endswith(("made in", "built in", "manufactured in", "produced in", "built by", "made by")):
            out.extend(c for c in codes_of(group) if c not in out)
    return out


def groups_in(view: SentenceView, scope: tuple[int, int]) -> list[list[PartyMention]]:
    """Groups that start inside ``scope``."""
    return [g for g in view.groups if scope[0] <= g[0].mention.start < scope[1]]


def system_origins(systems: list[Mention], kb: KnowledgeBase) -> list[str]:
    """The code of each named system or of its maker, when the knowledge base knows it."""
    out: list[str] = []
    for mention in systems:
        code = mention.code
        if code is None:
            entity = kb.get(mention.entity_id)
            maker = entity.attrs.get("maker") if entity is not None else None
            if maker:
                maker_entity = kb.get(maker) or kb.get(f"company:{maker}")
                code = maker_entity.code if maker_entity is not None else None
        if code and code not in out:
            out.append(code)
    return out


_NEW_CLAUSE = re.compile(r"[,;]\s+(?!including\b|according\b)\w+ing\b")  # ", attracting attention from NATO"


def explicit_suppliers(
    view: SentenceView, trigger: Hit, until: int | None = None, flags: frozenset[str] = frozenset()
) -> list[str]:
    """Codes of the groups introduced by "from" (or a passive "by") after a transfer trigger (before ``until``).

    With a buyer-subject trigger the partner right after it is the seller too ("a contract with Kongsberg").
    """
    out: list[str] = []
    passive = view.text_between(trigger.start, trigger.end).lower().endswith("ed")
    for group in groups_after(view, trigger, MAX_AFTER_TOKENS):
        if until is not None and group[0].mention.start >= until:
            break
        word = preposition(view, group[0])
        if word == "from" or (word == "by" and passive) or seller_partner(view, trigger, group, flags):
            out.extend(c for c in codes_of(group) if c not in out)
    return out


def subject_supplies(view: SentenceView, trigger: Hit, flags: frozenset[str], sides: Sides) -> bool:
    """Whether a named subject hands the equipment over ("India has delivered a Kilo-class submarine").

    The supplier is then stated; the maker the knowledge base knows for the system
    (Russia for a Kilo) is no party of this transfer.
    """
    if "supplier_subject" not in flags or is_passive(view, trigger):
        return False
    if both_sides_subject(view, trigger, sides):
        return False  # "Morocco and Israel signed a deal for the supply of ...": neither side is the supplier
    return any(not u.adjectival and not u.is_place for u in sides.subject)


def both_sides_subject(view: SentenceView, trigger: Hit, sides: Sides) -> bool:
    """Whether the subject names two or more sides and the transfer word is a noun ("A and B signed a deal for
    the supply of drones"): the subject does not say who supplies."""
    named = {c for u in sides.subject if not u.adjectival and not u.is_place for c in u.codes}
    return len(named) > 1 and _noun_use(view, trigger)


SELLER_PARTNER_WORDS = 2
_PARTNER_TO_SUPPLY = re.compile(
    r"^[^,;.]{0,50}?\bto\s+(?:supply|sell|deliver|build|provide|export|manufacture|produce|transfer)\b", re.IGNORECASE
)


def seller_partner(view: SentenceView, trigger: Hit, group: list[PartyMention], flags: frozenset[str]) -> bool:
    """Whether ``group`` is the partner of a buyer's contract ("Peru signed a contract with Hanwha"): the seller."""
    if "recipient_subject" not in flags or view.distance(trigger.end, group[0].mention.start) > SELLER_PARTNER_WORDS:
        return False
    if _PARTNER_TO_SUPPLY.match(view.text_between(trigger.end, view.sentence.end)):
        return False  # "a deal with Pakistan to build corvettes": the subject supplies
    return preposition(view, group[0]) == "with"


def losing_codes(view: SentenceView, trigger: Hit, until: int | None) -> list[str]:
    """Codes named after where the losing bids start ("selected X over competing offers from A and B": A, B)."""
    if until is None:
        return []
    groups = groups_after(view, trigger, MAX_AFTER_TOKENS)
    return [c for g in groups if g[0].mention.start >= until for c in codes_of(g)]


def explicit_recipients(view: SentenceView, trigger: Hit, until: int | None = None) -> list[str]:
    """Codes of the groups introduced by "to" or "for" after a transfer trigger (before ``until``)."""
    out: list[str] = []
    for group in groups_after(view, trigger, MAX_AFTER_TOKENS):
        if until is not None and group[0].mention.start >= until:
            break
        if preposition(view, group[0]) in ("to", "for"):
            out.extend(c for c in codes_of(group) if c not in out)
    return out


_DETERMINERS = frozenset({
    "the", "a", "an", "possible", "potential", "planned", "proposed", "its", "their", "first", "defence", "defense",
    "arms", "military", "weapons", "ever", "largest", "biggest", "new", "latest", "major", "second", "third",
    "initial", "further", "additional", "another",
})


def _possessor(view: SentenceView, sides: Sides, trigger: Hit) -> list[PartyMention]:
    """The group whose possessive directly precedes the trigger ("Korea's delivery")."""
    if not sides.before:
        return []
    gap = view.text_between(sides.before[-1].mention.end, trigger.start).strip().lower()
    return sides.before if gap in ("'s", "’s", "'s latest", "'s first", "'s planned", "'s") else []


def _noun_use(view: SentenceView, trigger: Hit) -> bool:
    """Whether a transfer word is used as a noun ("the possible supply of drones"), not a verb."""
    before = view.words_before(trigger.start, 1)
    after = view.text_between(trigger.end, view.sentence.end).split(maxsplit=1)[:1]
    if after and after[0].lower() == "of":
        return True
    return bool(before) and (before[0].lower() in _DETERMINERS or before[0].lower().endswith(("'s", "’s")))


_MADE_BY = re.compile(
    r"\b(?:(?:built|made|manufactured|produced|supplied)\s+by|(?:made|manufactured)\s+in)\s+(?:the\s+)?$", re.I
)
_TO_SUPPLY = re.compile(
    r"\s*(?:(?!with\b)\w+\s+){0,2}?to\s+(?:supply|sell|deliver|build|provide|export|manufacture|produce|transfer|"
    r"equip|upgrade)\b",
    re.IGNORECASE,
)


def transfer_pairs(
    view: SentenceView,
    trigger: Hit,
    flags: frozenset[str],
    sides: Sides,
    codes: list[str],
    origins: list[str],
    until: int | None = None,
) -> list[tuple[str, str]]:
    """Supplier -> recipient pairs of an arms transfer among ``codes`` (groups after ``until`` are not read)."""
    if "recipient_subject" in flags and _TO_SUPPLY.match(view.text_between(trigger.end, view.sentence.end)):
        flags = (flags - {"recipient_subject"}) | {"supplier_subject"}  # "Turkey signed a deal to build corvettes"
    suppliers: list[str] = []
    recipients: list[str] = []
    explicit: list[str] = []
    passive = is_passive(view, trigger) or view.text_between(trigger.start, trigger.end).lower().endswith("ed")
    for group in groups_after(view, trigger, MAX_FROM_TOKENS):
        if until is not None and group[0].mention.start >= until:
            break
        word = preposition(view, group[0])
        far = view.distance(trigger.end, group[0].mention.start) > MAX_AFTER_TOKENS
        if far and (word != "from" or _DEAL_VERB.search(view.text_between(trigger.end, group[0].mention.start))):
            continue  # a far "from" still names a seller in a long list ("and two frigates from Turkey")
        if word and view.text_between(trigger.start, trigger.end).lower().endswith(" " + word) \
                and view.distance(trigger.end, group[0].mention.start) <= 2:
            word = None  # "decided to go for Swedish jets": the trigger's own preposition, not "for <recipient>"
        if word == "from" or (word == "by" and passive and "supplier_subject" in flags) or seller_partner(
            view, trigger, group, flags
        ) or _MADE_BY.search(view.text_between(max(trigger.end, group[0].mention.start - 24), group[0].mention.start)):
            suppliers.extend(codes_of(group))  # "bought from France", "a howitzer supplied by Germany"
            explicit.extend(c for c in codes_of(group) if c not in explicit)
        elif word in ("to", "for") or (word == "by" and passive and "candidate" in flags):
            recipients.extend(codes_of(group))  # "the Gripen is under evaluation by the Peruvian Air Force"
    near = sides.before and view.distance(sides.before[-1].mention.end, trigger.start) <= 3
    agent = sides.before if near and preposition(view, sides.before[0], lookback=1) is None else []  # not "in talks
    gap = view.text_between(sides.before[-1].mention.end, trigger.start) if near else ""  # with China to buy"
    if near and _SUBORDINATOR.search(gap):  # "X evaluated the JF-17 before opting for the F-16": X opts
        agent = sides.subject
    possessor = _possessor(view, sides, trigger)
    if possessor:
        agent = possessor  # "North Korea's supply of shells to Russia"
    subject = codes_of(agent or sides.subject or sides.before)  # "with Iran delivering drones to Russia"
    passive = is_passive(view, trigger)
    if suppliers and subject and suppliers[0] in subject:
        subject = []
    subject_supplies = ("supplier_subject" in flags) != passive
    verb_subject = subject if subject_supplies and (possessor or not _noun_use(view, trigger)) else []
    foreign_makers = [c for c in origins if c in codes and c not in verb_subject]
    if verb_subject and not suppliers and not recipients and foreign_makers:
        recipients, verb_subject = verb_subject, []  # "X chose jets built by Y under a contract to supply 18"
    if not suppliers and verb_subject:
        suppliers = [c for c in verb_subject if c not in recipients][:1]  # "Denmark will donate F-16s"
    suppliers += [c for c in origins if c in codes and c not in suppliers]
    if suppliers and not recipients and not subject_supplies and (agent or possessor):
        recipients = [c for c in subject if c not in suppliers]  # "..., Chile decided to go for Swedish jets"
    if not suppliers:
        if subject_supplies and subject:
            suppliers = [c for c in subject if c not in recipients][:1] or subject[:1]
        elif not subject_supplies and subject:
            recipients = recipients or subject
            suppliers = [c for c in codes if c not in recipients][:1]
    if not suppliers and recipients:
        suppliers = [c for c in codes if c not in recipients][:1]
    if not suppliers:
        return []
    named_origins = [c for c in origins if c in codes]
    if len(named_origins) > 1 and subject and not subject_supplies:
        return [(o, r) for o in named_origins for r in subject if o != r]  # "operates US F-16s and French Rafales"
    if len(named_origins) > 1 and "candidate" in flags and recipients and not set(recipients) & set(named_origins):
        return [(o, r) for o in named_origins for r in dict.fromkeys(recipients)]  # each candidate system's state
    supplier = suppliers[0]
    if not recipients and explicit and subject and not set(subject) & set(explicit):
        recipients = subject  # "Norway chose a German design over offers from France and Spain"
    if not recipients or all(r == supplier for r in recipients):
        makers = set(named_origins) - {supplier}  # "support for Malaysia's Russian-origin fleet": a maker, not a buyer
        makers |= set(co_developers(view))  # "India's first export of the missile, developed with Russia"
        excluded = {supplier, *explicit[:1]}
        recipients = [c for c in codes if c not in excluded and c not in makers]
        recipients = recipients or [c for c in codes if c != supplier and c not in makers]
    sources = explicit if len(explicit) > 1 else [supplier]  # "aid from Russia and China": each supplies
    if len(explicit) < 2 and "candidate" in flags and verb_subject and supplier in verb_subject:
        sources = [c for c in verb_subject if c not in recipients]  # "TKMS and Hanwha have been shortlisted"
    elif len(explicit) < 2 and "candidate" in flags and supplier in codes_of(sides.after):
        named = [c for c in codes_of(sides.after) if c not in recipients]
        sources = named or sources  # "Canada shortlisted Germany and South Korea": each named bidder
    return [(s, r) for s in sources for r in dict.fromkeys(recipients) if r not in sources and r in codes]


_CO_DEVELOPED = re.compile(
    r"\b(?:(?:co-)?developed|built|designed|produced|made|manufactured|venture|partnership)\s+(?:jointly\s+)?"
    r"(?:with|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def co_developers(view: SentenceView) -> list[str]:
    """Codes named as partners in making a system ("developed with Russia", "a venture between A and B")."""
    out: list[str] = []
    for group in view.groups:
        before = view.text_between(max(view.sentence.start, group[0].mention.start - 40), group[0].mention.start)
        if _CO_DEVELOPED.search(before):
            out.extend(c for c in codes_of(group) if c not in out)
    return out
