"""Rules that look beyond one trigger: pronoun subjects, deal terms, deal training, one direction, questions.

* ``with_pronoun_subject``: a sentence-initial "it"/"the country" is the previous sentence's subject;
* ``last_maker``: "the gun" bought with no system named is the last system named before;
* ``also_partner``: "A and B have also signed pacts" are each the partner of the side of the last such event;
* ``deal_terms_agreed``: future supply under a deal the article already reports signed is AGREED;
* ``deal_training``: "the package includes training for pilots" is PERSONNEL of the latest transfer;
* ``one_direction``: one sentence never states a transfer both ways;
* ``is_question``: a question (a headline ending in "?") states no event;
* ``warring_pairs`` / ``only_hostile``: states put at war ("X's invasion of Y") never cooperate, and a
  state named only as an adversary is no party of a reference ("the ministry").
"""

from __future__ import annotations

import re
from itertools import pairwise

from defcoop.kb import KnowledgeBase
from defcoop.records import Event, Evidence, Mention, Sentence
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.order_parts import remainder_clause
from defcoop.stages.extraction.parties import origin_codes, preposition, system_origins
from defcoop.stages.extraction.sentence import SentenceView
from defcoop.stages.extraction.tense import states_intention

_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:In|On|By|Last|Earlier|Later)\b[^,.]{0,30}?,?\s+)?"
    r"(?P<ref>[Ii]t|[Tt]he country|[Tt]he (?:kingdom|emirate|sultanate|island nation|island state|Gulf state|"
    r"(?:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)? )?(?:country|nation)|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)? state)|"
    r"[Ii]ts (?=(?:navy|army|air force|armed forces|"
    r"military|defen[cs]e ministry|government)\b))"
    r"(?:\s*(?:navy|army|air force|armed forces|military|defen[cs]e ministry|government))?\s+"
    r"(?!is\b|was\b|'s\b|would be\b|will be\b|remains\b|seems\b|appears\b|said\b|says\b|added\b)\w+"
)
_ANTECEDENT_KINDS = frozenset({"state", "armed_force", "ministry"})


def with_pronoun_subject(sentence: Sentence, mentions: list[Mention], previous: list[Mention]) -> list[Mention]:
    """Resolve a subject "it", "its navy", "the country", "the kingdom", "the Gulf state", "the West African
    nation" at the start of a sentence to the previous sentence's subject.

    "Indonesia is a major buyer. In 2021 it signed a contract with France ...": "it" is
    Indonesia. The antecedent is the first state, armed force or ministry named (not as an
    adjective) in the previous sentence.
    """
    match = _PRONOUN_SUBJECT.match(sentence.text)
    if match is None:
        return mentions
    antecedent = next(
        (m for m in previous if m.kind in _ANTECEDENT_KINDS and m.code and not m.adjectival and m.role is None), None
    )
    if antecedent is None:
        return mentions
    offset = match.start("ref")
    reference = match.group("ref").rstrip()
    start = sentence.start + offset
    end = start + len(reference)
    if any(m.start < end and start < m.end for m in mentions):
        return mentions
    resolved = Mention(start, end, reference, antecedent.entity_id,
                       antecedent.canonical, antecedent.kind, antecedent.code, antecedent.score, None, False, ())
    return sorted([*mentions, resolved], key=lambda m: m.start)


LOOKBACK_MENTIONS = 40


def last_maker(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The state of the last system among ``mentions`` (those before a sentence: "the K9 ... bought the gun")."""
    for mention in reversed(mentions):
        if mention.kind == "system":
            origins = system_origins([mention], kb)
            if origins:
                return origins[0]
    return None


NEAR_CHARS = 600
_ALSO = re.compile(r"\b(?:also|too|as well|likewise|similarly)\b", re.IGNORECASE)
_ALSO_PARTS = ("also", "too", "as well", "likewise", "similarly")  # a cheap test before the search
_RECIPROCAL = re.compile(
    r"\b(?:each other|one another|jointly|together|between|bilateral|mutual|with)\b", re.IGNORECASE
)


def also_partner(
    view: SentenceView, codes: list[str], event_type: str, earlier: list[Event], subject_buys: bool = False
) -> str | None:
    """The partner each of a coordinated subject has when the sentence says "also" ("France and India have
    also signed cooperation pacts", after "Britain signed a pact with Japan": each with Japan).

    Only with no reciprocal word ("with", "each other", "jointly"). For a transfer, the partner is the seller
    of the last sale when the subjects buy ("which have also ordered the jet"), else its buyer. Otherwise the
    partner is the party of the last earlier event of the type, outside the coordination, that the document's
    earlier events name most (among equals, the one named last in that event's sentence: the object, not the
    subject).
    """
    text = view.sentence.text
    if len(codes) < 2 or not view.may_hold(_ALSO_PARTS) or not _ALSO.search(text) or _RECIPROCAL.search(text):
        return None
    latest = next((e for e in reversed(earlier) if e.type == event_type), None)
    recent = earlier[-1] if earlier and earlier[-1].evidence else None
    near = recent is not None and view.sentence.start - recent.evidence[0].start <= NEAR_CHARS
    if latest is None and recent is not None and near and event_type != "GENERAL":  # cooperation is between the two
        latest = recent  # "signed a framework and an information security agreement ... also signed pacts"
    if latest is None:
        return None
    if event_type == "ARMS_TRANSFER" and latest.direction is not None:  # "which have also ordered the jet": the
        side = 0 if subject_buys else 1  # seller (or buyer) the story's sales name most, the first among equals
        sides = [e.direction[side] for e in earlier if e.type == event_type and e.direction is not None]
        sides = [c for c in dict.fromkeys(sides) if c not in codes]
        return max(sides, key=lambda c: sum(c in e.codes for e in earlier)) if sides else None
    outside = [c for c in latest.codes if c not in codes]
    counts = {c: sum(c in e.codes for e in earlier) for c in outside}
    said = latest.evidence[0].text if latest.evidence else ""
    place = {p.code: said.find(p.name) for p in latest.parties}  # the object, named last, is the one shared
    ranked = sorted(outside, key=lambda c: (-counts[c], -place.get(c, -1)))
    if not ranked or (len(ranked) > 1 and place.get(ranked[0], -1) < 0):
        return None
    return ranked[0]


_DEAL_TYPES = frozenset({"ARMS_TRANSFER", "AGREEMENT"})
_TERM_TYPES = frozenset({"ARMS_TRANSFER"})


def deal_terms_agreed(events: list[Event]) -> None:
    """Future terms of a deal the article already reports as signed are AGREED.

    "Norway signed a contract for two submarines ... Kongsberg will supply the combat
    system": the supply is part of the signed deal, not a separate plan. A party's
    stated intention stays PLANNED ("Under the deal, the US intends to sell ...").
    """
    signed: set[tuple[str, ...]] = set()
    for event in events:
        codes = tuple(sorted(event.codes))
        if event.type in _TERM_TYPES and event.stage == "PLANNED" and codes in signed and not _still_to_come(event):
            event.stage = "AGREED"
        if event.type in _DEAL_TYPES and event.stage == "AGREED" and not event.referential:
            signed.add(codes)


def _still_to_come(event: Event) -> bool:
    """Whether a planned term stays planned: a party's intention, or the rest of an order still to come
    ("a second batch is expected in May")."""
    if _intended(event):
        return True
    evidence = event.evidence[0].text if event.evidence else ""
    return event.type == "ARMS_TRANSFER" and remainder_clause(evidence) is not None


def _intended(event: Event) -> bool:
    """Whether the event's first evidence sentence states it as a party's intention before its trigger."""
    if not event.evidence or not event.trigger:
        return False
    text = event.evidence[0].text
    at = text.find(event.trigger)
    return at > 0 and states_intention(text[:at])


_TRAINEES = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:operators?|crews?|pilots?|technicians?|personnel|military|troops|soldiers|sailors|"
    r"engineers|maintainers|mechanics|maintenance)\b",
    re.IGNORECASE,
)
_PACKAGE = re.compile(r"\b(?:package|deal|contract|includes?|including|covers?|agreement|purchase|order)\b", re.I)
_TRAINING_WORDS = ("train",)
_TRAINING_TAKEN = re.compile(
    r"\b(?:underwent|undergone|undergo|undergoes|undergoing|received|receive|completed)\s+(?:\w+\s+)?training$",
    re.IGNORECASE,
)
_INCLUDED = re.compile(r"\b(?:includes?|including|covers?|comprises?)\s+(?:also\s+)?$", re.IGNORECASE)
_NON_EQUIPMENT_AREAS = frozenset({  # support, industry and the missions a sale serves: not what crews operate
    "LOGISTICS", "ADVANCED_MANUFACTURING", "COUNTERTERRORISM", "MARITIME_SECURITY", "PEACEKEEPING", "HADR",
    "HYBRID_THREATS", "CLIMATE_SECURITY",
})
_TRAINED_ALREADY = re.compile(r"\b(?:have|has|had|were|was) (?:been )?trained\b", re.IGNORECASE)


def deal_training(hit: Hit, view: SentenceView, earlier: list[Event]) -> list[Event]:
    """Training that comes with the deal just reported ("the package includes training for pilots and crews").

    The supplier of the document's latest transfer trains the buyer's people (PERSONNEL) to
    use what it bought (the transfer's equipment areas): PLANNED under a signed deal,
    COMPLETED when the sentence says they "have been trained".
    Only when the sentence names no other party.
    """
    if not view.text_between(hit.start, hit.end).lower().startswith(_TRAINING_WORDS):
        return []
    following = view.text_between(hit.end, view.sentence.end)
    before = view.text_between(view.sentence.start, hit.start)
    trained = _TRAINEES.match(following) or re.search(r"\b(?:operators?|crews?|pilots?|soldiers|troops)\b", before)
    trained = trained or _INCLUDED.search(before)  # "the contract includes training, logistics support and munitions"
    taken = _TRAINING_TAKEN.search(before + view.text_between(hit.start, hit.end))  # "its crew underwent training"
    if trained is None or not (_PACKAGE.search(view.sentence.text) or "trained" in before + following or taken):
        return []
    deal = next((e for e in reversed(earlier) if e.type == "ARMS_TRANSFER" and e.direction), None)
    if deal is None or deal.direction is None:
        return []
    named = {c for unit in view.units for c in unit.codes}
    if named - set(deal.codes):
        return []
    stage = "PLANNED" if deal.stage == "AGREED" else deal.stage  # the training of a signed deal is to come
    if _TRAINED_ALREADY.search(view.sentence.text):
        stage = "COMPLETED"
    return [
        Event(
            type="PERSONNEL",
            stage=stage,
            parties=list(deal.parties),
            evidence=[Evidence(deal.evidence[0].doc_id, view.sentence.start, view.sentence.end, view.sentence.text)],
            direction=None,
            areas=[a for a in deal.areas if a not in _NON_EQUIPMENT_AREAS],  # trained to operate what was bought
            confidence=round(deal.confidence * 0.8, 3),
            trigger=view.text_between(hit.start, hit.end),
            doc_ids=list(deal.doc_ids),
        )
    ]


def one_direction(events: list[Event], view: SentenceView) -> list[Event]:
    """Keep one direction when a sentence gives a transfer both ways ("Egypt signed a deal to buy K9s from Korea").

    The supplier is the side named after "from" (or the side that is not after "to"); failing
    that, the first event's direction stands.
    """
    transfers = [e for e in events if e.type == "ARMS_TRANSFER" and e.direction]
    if len(transfers) < 2:
        return events
    introduced: dict[str, str] = {}
    for unit in view.units:
        word = preposition(view, unit, lookback=2)
        if word in ("from", "to"):
            for code in unit.codes:
                introduced.setdefault(code, word)
    dropped: set[int] = set()
    for first in transfers:
        for second in transfers:
            if id(first) in dropped or id(second) in dropped or first is second or first.direction is None:
                continue
            if second.direction != (first.direction[1], first.direction[0]):
                continue
            supplier, recipient = first.direction
            wrong = introduced.get(supplier) == "to" or introduced.get(recipient) == "from"
            dropped.add(id(first) if wrong else id(second))
    return [e for e in events if id(e) not in dropped]


def is_question(text: str) -> bool:
    """Whether a sentence or headline is a question (ends with "?", outside a closing quote)."""
    return text.rstrip().endswith("?")


_INVASION = re.compile(r"^['’]s invasion of$")  # the clause cue between invader and invaded


def warring_pairs(mentions: list[Mention], clause_hits: list[Hit], text: str) -> list[set[str]]:
    """State pairs the document puts at war ("Russia's invasion of Ukraine"): conflict, never cooperation."""
    states = [m for m in mentions if m.kind == "state" and m.code]
    pairs: list[set[str]] = []
    for hit in clause_hits:
        if not _INVASION.match(text[hit.start : hit.end]):
            continue
        before = next((m for m in states if m.end == hit.start), None)
        after = next((m for m in states if hit.end < m.start <= hit.end + 5), None)
        if before and after and before.code != after.code:
            pair = {str(before.code), str(after.code)}
            if pair not in pairs:
                pairs.append(pair)
    sides = [m for m in mentions if m.kind in ("state", "armed_force") and m.code]
    for pair in _fighting_pairs(sides, text):
        if pair not in pairs:
            pairs.append(pair)
    return pairs


_FIGHTING_BETWEEN = re.compile(
    r"\b(?:fighting|clashes|clashed|skirmishes|hostilities|war|conflict|battles?|exchanges?\s+of\s+fire|firefights?|"
    r"shelling)\s+(?:[\w'’-]+\s+){0,3}?between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SIDE_AND_SIDE = re.compile(r"^\s+(?:troops\s+|forces\s+|soldiers\s+|armies\s+)?and\s+(?:the\s+)?$", re.IGNORECASE)
FIGHT_REACH = 60


def _fighting_pairs(states: list[Mention], text: str) -> list[set[str]]:
    """State pairs named as the sides of fighting ("fighting broke out between Thai and Cambodian troops",
    "the war between Armenia and Azerbaijan")."""
    pairs: list[set[str]] = []
    for first, second in pairwise(states):
        if first.code == second.code or not _SIDE_AND_SIDE.match(text[first.end : second.start]):
            continue
        if _FIGHTING_BETWEEN.search(text[max(0, first.start - FIGHT_REACH) : first.start]):
            pairs.append({str(first.code), str(second.code)})
    return pairs


def only_hostile(mentions: list[Mention], hostile: set[int]) -> frozenset[str]:
    """Codes the document names only as adversaries or topics ("after Russia's invasion of Ukraine")."""
    named: dict[str, bool] = {}
    for mention in mentions:
        if mention.kind == "reference" or mention.code is None:
            continue
        named[mention.code] = named.get(mention.code, True) and mention.start in hostile
    return frozenset(code for code, only in named.items() if only)


_WITH_EACH = re.compile(r"^\s*with\b[^.;]{1,80}?\band (?:then |also )?with\b")
#: Words that point at two sides acting together ("the two", "both", "jointly").
PAIR_WORDS = ("they ", "the two ", "both ", "each other", "jointly", "bilateral", "mutual", "joint ")
_COUNTERPART_WORDS = (*PAIR_WORDS, "counterpart", "visiting", "delegation", "envoy")


def separate_partners(view: SentenceView, hit: Hit) -> bool:
    """Whether the trigger is held with each partner apart ("bilateral meetings with A and with B")."""
    lowered = view.lowered()
    if " with " not in lowered:
        return False
    following = view.text_between(hit.end, view.sentence.end).lower()
    plural = view.text_between(hit.start, hit.end).lower().endswith(("agreements", "accords", "pacts", "treaties"))
    if plural and following.lstrip().startswith("with "):
        return True  # "has visiting forces agreements with the US and Australia"
    if "bilateral" not in lowered and " and with " not in lowered:
        return False
    before = [w.lower() for w in view.words_before(hit.start, 2)]
    return "bilateral" in before or bool(_WITH_EACH.search(following))


def names_counterpart(view: SentenceView) -> bool:
    """Whether the sentence points at another side ("counterpart", "the two", "bilateral", "both")."""
    lowered = view.lowered()
    return any(word in lowered for word in _COUNTERPART_WORDS)


_TWO_OFFICIALS = re.compile(
    r"\b(?:(?:defen[cs]e|foreign|prime|army|navy|air force)\s+)?(?:ministers|chiefs|secretaries|counterparts|"
    r"commanders|leaders)\s*,?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
    r",?\s+(?:\w+\s+){0,2}$"
)


def both_officials_sign(view: SentenceView, hit: Hit) -> bool:
    """Whether the subject of the trigger is a pair of named officials ("Defence ministers A and B signed a
    roadmap"): the story's two sides act, even through a vague word."""
    return _TWO_OFFICIALS.search(view.text_between(view.sentence.start, hit.start)) is not None


_BEATEN_END = re.compile(r"[,;.]|\b(?:which|that|because|after|as|and said)\b")
_WINNER_AFTER = ("in favour of", "in favor of")  # "dropped the F-16 in favour of the Gripen": the winner follows
_BID_WORDS = re.compile(r"\b(?:offers?|bids?|proposals?|designs?|candidates?|contenders?|rivals?|jets?|aircraft|"
                        r"fighters?|tanks?|ships?|submarines?|frigates?|helicopters?|drones?|systems?)\b", re.I)


def beaten_bids(
    view: SentenceView, kb: KnowledgeBase, mentions: list[Mention], contrast: tuple[int, str],
    pairs: list[tuple[str, str]],
) -> list[tuple[str, str]]:
    """Losing bids named after a choice: "Thailand picked the Gripen over the F-16", "chose a German design
    instead of offers from France": each maker's state (system, maker, origin adjective or state named) -> the
    buyer of ``pairs``. ``contrast``: where the words after "over"/"instead of" start, and the phrase itself.
    """
    start, phrase = contrast
    if phrase.lower() in _WINNER_AFTER:
        return []
    text = view.text_between(start, view.sentence.end)
    stop = _BEATEN_END.search(text)
    end = start + (stop.start() if stop else len(text))
    systems = [m for m in mentions if m.kind == "system" and start <= m.start < end]
    hits = [h for h in view.hits.get("areas", []) if start <= h.start < end]
    if not (systems or hits or _BID_WORDS.search(text[: end - start])):
        return []  # "amid concern over Russia's invasion": no rival bid is named
    losers = origin_codes(view, kb, (start, end), hits + [Hit(m.start, m.end, "systems", 0) for m in systems])
    losers += system_origins(systems, kb)
    losers += [m.code for m in mentions if m.code and m.kind in ("state", "company") and start <= m.start < end]
    winners = {s for s, _ in pairs}
    buyers = list(dict.fromkeys(r for _, r in pairs))
    return [(c, r) for c in dict.fromkeys(losers) if c not in winners for r in buyers if c != r]


_CONTRAST = re.compile(
    r"\b(?:instead of|rather than|ahead of|in favou?r of|beating|beat out|outbidding|"
    r"over(?-i:(?= (?:the |a )?[A-Z]))|"  # "over the F-16", "over Saab's Gripen"
    r"over(?= (?:[\w-]+ ){0,2}?(?:bids?|offers?|proposals?|rivals?|competitors?|contenders?)\b)|"  # "over rival bids"
    r"(?:after|in|following) an? (?:[\w-]+ ){0,2}?(?:competition|contest|tender|evaluation) "
    r"(?:with|against|involving|that included))\b",  # "after a competition with bids from A and B"
    re.IGNORECASE,
)
#: A word part of each :data:`_CONTRAST` phrase: a cheap test before the search.
_CONTRAST_PARTS = ("tead", "ather", "head", "favo", "over", "beat", "outbid", "compet", "contest", "tender", "evaluat")


def find_contrast(text: str) -> re.Match[str] | None:
    """The first contrast phrase of ``text`` ("instead of", "over the F-16"), after a cheap word test."""
    lowered = text.lower()
    if not any(part in lowered for part in _CONTRAST_PARTS):
        return None
    return _CONTRAST.search(text)


_REPLACED = re.compile(
    r"\b(?:to replace|replacing|which (?:will|would) replace|that (?:will|would) replace|to succeed|in place of|"
    r"as (?:a )?replacements? for|to take over from)\b",
    re.IGNORECASE,
)


def scope_cut(text: str, offset: int) -> int | None:
    """Where the words after a transfer trigger (``text``, at ``offset`` in the document) stop being about it, or
    None: at what a purchase replaces ("to replace its ageing F-5 fleet": the buyer's own past, whose maker sells
    nothing in the new deal), or at a coordinated clause with a subject of its own ("bought from Portugal, and
    it is taking delivery of more from Norway")."""
    found = _REPLACED.search(text) if "repla" in text or "succe" in text or "take over" in text else None
    clause = _OWN_CLAUSE.search(text) if " and " in text or " but " in text else None
    cuts = [m.start() for m in (found, clause) if m is not None]
    return offset + min(cuts) if cuts else None


_OWN_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:it|they|he|she|we|the \w+|its \w+|their \w+)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|also|still)\b"
)
