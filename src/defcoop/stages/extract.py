"""Extract stage: the defense-cooperation events each sentence states.

For every sentence (see :mod:`defcoop.stages.extraction` for each step):

1. find the triggers of the ``triggers`` lexicon (and groupings named as a
   project: "the AUKUS pact"); drop generic ones without a defense cue in the
   sentence (or the one before), weak ones that only refer back ("the deal") or
   that a strong trigger of the sentence, which gave an event, covers
   (:mod:`.extraction.candidates`);
2. drop triggers that a negation, speculation or non-defense cue governs;
3. link parties: the subject group, the nearest groups before and after the
   trigger in its clause region (the sources of a reported claim, "A and B say
   C supplied D", are left out); complete a lone side with the document's topic
   dyad; code members instead of their alliance; pair non-members with it; a
   coordination ("A, B and C have bought the gun") is one side, never pairs
   within itself; each supplier of "from A and B" supplies; the losing bids of
   a competition go to the buyer as REJECTED;
4. set the stage from the nearest cue (a rejection outranks all), the trigger's
   own stage or the type's default, then the clause frames ("since 2016 ... has",
   "during a visit", progressive verbs, headline infinitives); directions for
   transfers (supplier -> recipient; "from X" decides) and visits (visitor ->
   host); areas and systems from the trigger's scope (not the threat's words).

Across sentences: acronyms a document defines for a trigger ("(ITPP)") become
triggers; a participant list ("contingents from X, Y and Z") joins the latest
exercise; a sentence that only refers back ("the exercise focused on ...")
adds its areas to the latest event of that type, as do "the exercise", "the
package includes" and "Under the deal" (:mod:`.extraction.areas`); the provisions
of a signed deal referred back to ("the pact provides for ...") are AGREED; officials
of one side acting in a place of the other imply a visit; a visit or meeting with
no stage cue follows the dyad's last stated happening ("will hold talks ... the
visit is part of a tour") (these three: :mod:`.extraction.followups`); a
sentence-initial "it" is the previous subject; future supply under a deal reported
signed is AGREED; training in a purchase package is PERSONNEL of that transfer (see
:mod:`.extraction.discourse`); "the pact would give ..." keeps the stage of the pact
referred to (see :mod:`.extraction.stage_links`).

A question ("Which jet will Manila choose?") states no event. A document
without defense focus (a trade deal, a climate statement) yields no event.
:meth:`Extractor.extract` is pure: the same inputs give the same events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from defcoop.kb import KnowledgeBase
from defcoop.lexicons import Lexicons, Trigger
from defcoop.records import Document, Event, Mention, Sentence
from defcoop.stages.extraction.area_links import carry_areas, package_areas, provision_areas, restates_latest
from defcoop.stages.extraction.candidates import Candidate, intent_only, merge_adjacent, shared_codes, uncovered
from defcoop.stages.extraction.discourse import (
    LOOKBACK_MENTIONS,
    deal_terms_agreed,
    deal_training,
    is_question,
    last_maker,
    one_direction,
    only_hostile,
    warring_pairs,
    with_pronoun_subject,
)
from defcoop.stages.extraction.document import (
    city_mentions,
    civil_document,
    defense_score,
    defense_threshold,
    home_state,
    topic_codes,
    with_home_state,
)
from defcoop.stages.extraction.event_builder import EventBuilder
from defcoop.stages.extraction.factuality import factuality
from defcoop.stages.extraction.followups import (
    agree_provisions,
    follow_story_tense,
    is_provision,
    signed_deal_visits,
    similar_kinds,
    venue_visits,
)
from defcoop.stages.extraction.matcher import Hit, Matcher, with_acronyms
from defcoop.stages.extraction.materiel import lists_customers
from defcoop.stages.extraction.parties import link_sides
from defcoop.stages.extraction.production import without_imports
from defcoop.stages.extraction.referential import follow_ons, may_follow_on
from defcoop.stages.extraction.senses import trigger_sense
from defcoop.stages.extraction.sentence import (
    SentenceView,
    build_view,
    hostile_starts,
    scan_aligned,
    token_starts,
)
from defcoop.stages.extraction.stage_links import (
    follow_documents,
    sign_referent,
    states_an_effect,
    take_referent_stage,
)
from defcoop.stages.extraction.visits import ceremony_venue, receives_guest

_ANAPHORIC = frozenset({"the", "this", "that", "its", "their", "such", "these", "those"})
_NORMS = frozenset({"standards", "standard", "procedures", "doctrine", "guidelines", "norms", "rules"})


def _names_a_norm(view: SentenceView, end: int) -> bool:
    """Whether a party name only qualifies a norm ("in line with United Nations standards"), not a party."""
    following = view.text_between(end, view.sentence.end).split()[:1]
    return bool(following) and following[0].strip(",.;").lower() in _NORMS


_DEFINITE = frozenset({"the", "this", "that", "such", "these", "those"})
_BETWEEN_SIDES = re.compile(r"\s+between\s+(?:the\s+)?\w")


def _names_its_sides(view: SentenceView, hit: Hit, trigger: Trigger) -> bool:
    """Whether a tie named with "the" says between whom it is ("the strategic partnership between Chile and
    Peru"): it states the relationship, it does not refer back to one reported before."""
    return trigger.type == "GENERAL" and _BETWEEN_SIDES.match(view.text_between(hit.end, view.sentence.end)) is not None
_MATERIEL = re.compile(
    r"\b(weapon\w*|arms|armaments?|equipment|munitions?|ammunition|hardware|materiel|jets?|aircraft|vessels?|ships?|"
    r"systems?|platforms?|vehicles?|guns?|rifles?|boats?)\b",
    re.IGNORECASE,
)
_NOT_A_PLACE = re.compile(
    r"\s*(?:\w+\s+){0,4}?(?:equipment|technolog\w*|weapons?|arms|training|markets?|financing|funds?|funding|"
    r"information|intelligence|data|credit|loans?|spare parts)\b",
    re.IGNORECASE,
)
_NOT_STATED = frozenset({"negate", "speculate", "nondefense"})  # factuality effects that drop a trigger
OFFICIAL_OBJECT_WORDS = 5
NAME_WORDS = 5  # "the Maritime Security Belt 2024 exercise": a named item referred to by the determiner
_APPEAL = re.compile(  # "called on Chancellor Olaf Scholz to send ...": an appeal (names and an apposition skipped)
    r"(?:\s+[A-Z][\w.'’-]*)*\s*(?:,[^,]{0,80},\s*)?to\s+(?!the\b|his\b|her\b|discuss|review|exchange|brief)[a-z]+"
)
_NAME_NEXT = re.compile(r"\s*(?:the\s+)?[A-Z]")
_PRONOUN = re.compile(r"\b(it|its|them)\b")
_PROJECT_NOUN = re.compile(r"\s+(project|pact|deal|agreement|partnership|programme|program|plan|framework)\b")
_GROUPING_PROJECT = Trigger("<grouping> project", "AGREEMENT", None, 0.6, frozenset({"weak"}))
STRONG_FOCUS_SCORE = 6.0
_DEFENSE_ACTOR_KINDS = frozenset({"ministry", "armed_force", "system", "alliance"})


@dataclass(slots=True)
class _DocState:
    document: Document
    mentions: list[Mention]
    starts: list[int]
    hits: dict[str, list[Hit]]
    hit_starts: dict[str, list[int]]
    topic: tuple[str, ...]
    adversaries: frozenset[str] = frozenset()
    doc_id: str = ""
    focused: bool = False
    tokens: list[int] | None = None
    context_start: int = 0
    sentence_mentions: dict[int, list[Mention]] = field(default_factory=dict)  # by sentence start; read-only lists
    home: str | None = None  # the dateline's state
    venue: str | None = None  # the state of the latest ceremony placed ("at a ceremony in Jinhae, South Korea")


class Extractor:
    """Turns a segmented, recognized document into cooperation events."""

    def __init__(self, kb: KnowledgeBase, lexicons: Lexicons) -> None:
        self._kb = kb
        self._lexicons = lexicons
        self._matcher = Matcher(lexicons)
        self._loser_rows = frozenset(i for i, t in enumerate(lexicons.triggers) if "losers" in t.flags)

    def extract(self, document: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Event]:
        """Every cooperation event stated in ``document``, one per trigger and party pair set."""
        hits = self._matcher.scan(document.text)
        hits["triggers"] = with_acronyms(document.text, hits["triggers"])
        hits["areas"] = [h for h in hits["areas"] if self._lexicons.areas[h.index].areas]  # "maritime space": none
        all_mentions = sorted(
            [*mentions, *city_mentions(hits["cities"], mentions, document.text, self._lexicons)],
            key=lambda m: m.start,
        )
        all_mentions = with_home_state(all_mentions, document.text)  # "NAIROBI - The Ministry of Defence ..."
        focus = defense_score(hits, mentions, self._lexicons)
        if focus < defense_threshold(document.text) or civil_document(document.text, mentions):
            return []  # no defense focus, or an airline's order
        state = _DocState(
            document=document,
            mentions=all_mentions,
            starts=[m.start for m in all_mentions],
            hits=hits,
            hit_starts={table: [h.start for h in found] for table, found in hits.items()},
            topic=(),
            focused=focus >= STRONG_FOCUS_SCORE,
        )
        hostile = hostile_starts(all_mentions, hits["clause_cues"], document.text, self._lexicons)
        state.home = home_state(all_mentions, document.text)
        state.topic = topic_codes(sentences, [m for m in all_mentions if m.role != "city"], hostile)
        state.adversaries = only_hostile(all_mentions, hostile)
        state.doc_id = document.doc_id
        trigger_starts = state.hit_starts["triggers"]
        events: list[Event] = []
        for number, sentence in enumerate(sentences):
            first = bisect_left(trigger_starts, sentence.start)
            if first == len(trigger_starts) or trigger_starts[first] >= sentence.end:
                if events and may_follow_on(sentence.text):
                    view = self._view(state, sentence)  # "The remaining four will follow", "The last edition was held"
                    events.extend(follow_ons(view, [], events))
                continue  # no trigger: no other event, no need to analyse the sentence
            if is_question(sentence.text):
                continue  # "Which jet will Manila choose?": asks, states nothing
            state.context_start = sentences[number - 1].start if number else sentence.start
            previous = sentences[number - 1] if number else None
            events.extend(self._sentence_events(state, self._view(state, sentence, previous), events))
        deal_terms_agreed(events)
        warring = warring_pairs(all_mentions, hits["clause_cues"], document.text)
        if warring:
            events = [e for e in events if not any(pair <= set(e.codes) for pair in warring)]
        return events

    def _view(self, state: _DocState, sentence: Sentence, previous: Sentence | None = None) -> SentenceView:
        mentions = self._mentions_in(state, sentence)
        if previous is not None:
            mentions = with_pronoun_subject(sentence, mentions, self._mentions_in(state, previous))
        hits = {}
        for table, found in state.hits.items():
            starts = state.hit_starts[table]
            hits[table] = found[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        text = state.document.text
        if scan_aligned(text, sentence.start):  # the sentence's words alone (most sentences follow a space)
            tokens = token_starts(text, sentence.start, sentence.end)
        else:
            if state.tokens is None:
                state.tokens = token_starts(text)
            tokens = state.tokens[bisect_left(state.tokens, sentence.start) : bisect_left(state.tokens, sentence.end)]
        return build_view(sentence, mentions, hits, self._lexicons, state.topic, tokens, state.adversaries)

    def _mentions_in(self, state: _DocState, sentence: Sentence) -> list[Mention]:
        found = state.sentence_mentions.get(sentence.start)
        if found is None:
            lo = bisect_left(state.starts, sentence.start)
            hi = bisect_left(state.starts, sentence.end)
            found = state.sentence_mentions[sentence.start] = state.mentions[lo:hi]
        return found

    def _has_defense_context(self, view: SentenceView, state: _DocState) -> bool:
        """A defense cue or actor in the sentence or the one before, or a document strongly about defense."""
        if state.focused or view.hits.get("defense_cues"):
            return True
        cues = state.hit_starts["defense_cues"]
        if bisect_left(cues, state.context_start) < bisect_left(cues, view.sentence.start):
            return True  # "... Bayraktar TB2 armed drones. Qatar was its first customer."
        lo = bisect_left(state.starts, state.context_start)  # this sentence and the one before
        mentions = state.mentions[lo : bisect_left(state.starts, view.sentence.end)]
        return any(m.kind in _DEFENSE_ACTOR_KINDS or (m.role or "").startswith("defen") for m in mentions)

    def _candidates(self, view: SentenceView, state: _DocState) -> tuple[list[Candidate], list[Candidate]]:
        """The triggers of the sentence that pass the filters, and the weak ones that only refer back ("the deal").

        Weak triggers are kept only when no strong trigger that yields an event covers them
        (see :func:`.extraction.candidates.uncovered`).
        """
        defense = self._has_defense_context(view, state)
        found: list[Candidate] = []
        anaphors: list[Candidate] = []
        names = [(m.start, m.end) for m in self._mentions_in(state, view.sentence) if m.kind != "reference"]
        for hit in view.hits.get("triggers", []):
            trigger = self._lexicons.triggers[hit.index]
            if any(start <= hit.start and hit.end <= end for start, end in names):
                continue  # part of a name ("Acquisition, Technology & Logistics Agency")
            sense = trigger_sense(view, hit, trigger, self._mentions_in(state, view.sentence))
            if sense is None:
                continue  # "ready to meet Sudan's requests": the word has no event sense here
            trigger = sense  # "a letter of intent to acquire jets": a purchase; "train with X": an exercise
            if "generic" in trigger.flags and not defense:
                continue
            if "onward" in trigger.flags and not _NAME_NEXT.match(view.text_between(hit.end, view.sentence.end)):
                continue  # "will continue to cooperate": not a tour's next stop
            if "official_object" in trigger.flags and not self._official_follows(state, view, hit):
                continue  # "Kyiv called on Berlin to send ...": an appeal, not a courtesy call
            refers_back = "weak" in trigger.flags or (
                trigger.type in ("VISIT", "ARMS_TRANSFER") and not self._has_complement(view, hit)
            )
            determiners = _DEFINITE if trigger.type == "GENERAL" else _ANAPHORIC  # "its cooperation with X" is new
            if refers_back and self._is_anaphoric(view, hit, determiners) and not _names_its_sides(view, hit, trigger):
                anaphors.append(Candidate(hit, trigger))
                continue
            if trigger.phrase == "access to" and _NOT_A_PLACE.match(view.text_between(hit.end, view.sentence.end)):
                continue  # "access to American military equipment": not access to a base or port
            generic_transfer = trigger.type == "ARMS_TRANSFER" and "generic" in trigger.flags
            if generic_transfer and not self._names_materiel(view, hit, state) and not receives_guest(view, hit):
                continue
            if factuality(view, hit, trigger, self._lexicons) in _NOT_STATED:
                continue
            found.append(Candidate(hit, trigger))
        found.extend(self._grouping_projects(view, state, found))
        found.sort(key=lambda c: c.hit.start)
        return found, anaphors

    def _grouping_projects(self, view: SentenceView, state: _DocState, found: list[Candidate]) -> list[Candidate]:
        """A grouping named as a project or pact ("the AUKUS project", "the Quad plan") is an agreement."""
        out: list[Candidate] = []
        taken: set[int] | None = None
        for mention in self._mentions_in(state, view.sentence):
            if mention.kind != "alliance":
                continue
            following = view.text_between(mention.end, view.sentence.end)
            match = _PROJECT_NOUN.match(following)
            if match is None:
                continue
            start = mention.start
            end = mention.end + match.end()
            if taken is None:
                taken = {c.hit.start for c in found}
            if start not in taken:
                out.append(Candidate(Hit(start, end, "triggers", -1), _GROUPING_PROJECT))
        return out

    def _names_materiel(self, view: SentenceView, hit: Hit, state: _DocState) -> bool:
        """Whether an arms transfer names what is transferred (a weapon word, area term or system)."""
        if any(h.start >= view.sentence.start for h in view.hits.get("areas", [])):
            return True
        if _MATERIEL.search(view.sentence.text):
            return True
        if any(m.kind == "system" for m in self._mentions_in(state, view.sentence)):
            return True
        if _PRONOUN.search(view.sentence.text) or lists_customers(view.sentence.text):  # "received it"
            areas = state.hit_starts["areas"]
            if bisect_left(areas, state.context_start) < bisect_left(areas, view.sentence.start):
                return True
            lo = bisect_left(state.starts, state.context_start)
            return any(m.kind == "system" for m in state.mentions[lo : bisect_left(state.starts, view.sentence.start)])
        return False

    def _restates_document(self, view: SentenceView, cand: Candidate) -> bool:
        """Whether a document trigger only names the document reported before ("details of the memorandum")."""
        return (self._is_anaphoric(view, cand.hit, _DEFINITE) and not self._has_complement(view, cand.hit)
                and " " not in cand.trigger.phrase)

    def _stated(self, view: SentenceView, cand: Candidate) -> bool:
        """Whether a referring trigger is stated as real and not only named as a frame ("under the deal")."""
        before = [w.lower() for w in view.words_before(cand.hit.start, 2)]
        if before[:1] in (["under"], ["per"]) or before == ["part", "of"]:
            return False
        return factuality(view, cand.hit, cand.trigger, self._lexicons) not in _NOT_STATED

    def _names_sides(self, state: _DocState, view: SentenceView, cand: Candidate) -> bool:
        """Whether the clause of a referring trigger names two actors of different codes ("A and B signed the deal")."""
        region = view.region_of(cand.hit.start)
        codes = {
            m.code for m in self._mentions_in(state, view.sentence)
            if m.code and m.role not in ("city", "place") and view.region_of(m.start) == region
        }
        return len(codes) >= 2

    def _official_follows(self, state: _DocState, view: SentenceView, hit: Hit) -> bool:
        """Whether the first name after the trigger, within a few words, is an official ("called on the Emir")."""
        following = [m for m in self._mentions_in(state, view.sentence) if m.start >= hit.end]
        while len(following) > 1 and following[0].adjectival:
            following = following[1:]  # "the Ghanaian chief of defence staff"
        if not following or view.distance(hit.end, following[0].start) > OFFICIAL_OBJECT_WORDS:
            return False
        official = following[0]
        return official.kind in ("person", "title") and not _APPEAL.match(view.text_between(official.end,
                                                                                             view.sentence.end))

    @staticmethod
    def _has_complement(view: SentenceView, hit: Hit) -> bool:
        """Whether the trigger is followed by its arguments ("the visit of a delegation", "the trip to Oslo")."""
        following = view.text_between(hit.end, view.sentence.end).split(maxsplit=1)[:1]
        return bool(following) and following[0].lower() in ("of", "by", "to", "in", "for", "from", "with")

    @staticmethod
    def _is_anaphoric(
        view: SentenceView, hit: Hit, determiners: frozenset[str] = frozenset(), named: bool = False
    ) -> bool:
        """Whether the trigger follows a determiner that refers back ("the deal", "this agreement"); with
        ``named``, also over a name ("the Maritime Security Belt 2024 exercise")."""
        words = view.words_before(hit.start, 1 + NAME_WORDS * named)
        while named and len(words) > 1 and (words[-1][:1].isupper() or words[-1].isdigit()):
            words = words[:-1]
        return bool(words) and words[-1].lower() in (determiners or _ANAPHORIC)

    def _sentence_events(self, state: _DocState, view: SentenceView, earlier: list[Event]) -> list[Event]:
        found, anaphors = self._candidates(view, state)
        if anaphors and not earlier:  # "Poland and Korea signed the contract ...": nothing before it to refer to
            fresh = [c for c in anaphors if self._names_sides(state, view, c) and self._stated(view, c)]
            if fresh:
                anaphors = [c for c in anaphors if c not in fresh]
                found = sorted([*found, *fresh], key=lambda c: c.hit.start)
        if any(e.type == "AGREEMENT" for e in earlier):  # "asked for details of the memorandum": the one reported
            back = [c for c in found if c.trigger.type == "AGREEMENT" and self._restates_document(view, c)]
            if back:
                found = [c for c in found if c not in back]
                anaphors = [*anaphors, *back]
        builder = EventBuilder(
            self._kb, self._lexicons, state.document, view, state.topic, self._mentions_in(state, view.sentence),
            state.doc_id,
        )
        last_transfer = next((e for e in reversed(earlier) if e.type == "ARMS_TRANSFER" and e.direction), None)
        if last_transfer is not None and last_transfer.direction is not None:
            builder.last_supplier, builder.last_recipient = last_transfer.direction
        lo = bisect_left(state.starts, view.sentence.start)
        builder.earlier = earlier
        builder.venue = state.venue = ceremony_venue(view) or state.venue
        if any(c.trigger.type == "ARMS_TRANSFER" for c in found):  # only a transfer reads the last maker
            builder.last_maker = last_maker(state.mentions[max(0, lo - LOOKBACK_MENTIONS) : lo], self._kb)
        all_hits = [c.hit for c in found]
        for cand in anaphors:
            carry_areas(earlier, builder.scope_areas(cand.hit, cand.trigger, all_hits), (cand.trigger.type,))
            sign_referent(view, cand.hit, earlier)  # "The deal, signed in Seoul by ...": the sale is agreed
        builder.earlier_mentions = state.mentions[: bisect_left(state.starts, view.sentence.start)]
        contents = package_areas(view, self._lexicons, self._kb, self._mentions_in(state, view.sentence))
        carry_areas(earlier, contents, ("ARMS_TRANSFER",))  # "the package includes logistics support"
        if not found:  # "The agreement was signed in Oslo by ...": where a deal stated before was signed
            visits = signed_deal_visits(self._kb, view, earlier, state.home) if anaphors else []
            return follow_ons(view, [], earlier) + visits
        strong = merge_adjacent([c for c in found if "weak" not in c.trigger.flags], view)
        events: list[Event] = []
        productive = self._build_all(strong, view, builder, earlier, anaphors, events)
        weak = uncovered(found, productive, view)
        intents = intent_only(weak, found, view)
        self._build_all(merge_adjacent([c for c in weak if c not in intents], view), view, builder, earlier, anaphors,
                        events)
        ties = [e for e in self._build_all_into(intents, view, builder, earlier, anaphors)
                if not any(x.type == "GENERAL" and x.codes == e.codes for x in earlier + events)]
        events.extend(ties)  # "talks to discuss ways to deepen cooperation": a tie unless one was reported before
        mentions = self._mentions_in(state, view.sentence)
        events = one_direction(without_imports(view, mentions, found, events, builder.last_supplier), view)
        follow_documents(events)
        events += similar_kinds(view, events, earlier)  # "a similar accord with Australia": also an access deal
        carry_areas(earlier, provision_areas(view, events), ("AGREEMENT",))  # "Under the deal, X will sell ..."
        implied = venue_visits(self._kb, view, events, state.home)
        if not events and not implied:  # "The signing took place in Tunis, the first stop of the Secretary's tour"
            implied = signed_deal_visits(self._kb, view, earlier, state.home)
        return events + implied + follow_ons(view, events, earlier)

    def _build_all_into(
        self, cands: list[Candidate], view: SentenceView, builder: EventBuilder, earlier: list[Event],
        anaphors: list[Candidate],
    ) -> list[Event]:
        """The events of ``cands`` alone (see :meth:`_build_all`)."""
        built: list[Event] = []
        if cands:
            self._build_all(merge_adjacent(cands, view), view, builder, earlier, anaphors, built)
        return built

    def _build_all(
        self,
        candidates: list[Candidate],
        view: SentenceView,
        builder: EventBuilder,
        earlier: list[Event],
        anaphors: list[Candidate],
        events: list[Event],
    ) -> list[Candidate]:
        """Build the events of ``candidates`` into ``events``; return the candidates that gave an event."""
        linked = [(cand, link_sides(view, cand.hit)) for cand in candidates]
        shared = shared_codes(linked, view)
        others = [c.hit for c in candidates]
        if self._loser_rows:
            others += [h for h in view.hits.get("triggers", []) if h.index in self._loser_rows and h not in others]
        productive: list[Candidate] = []
        for cand, sides in linked:
            codes = shared.get((cand.trigger.type, view.region_of(cand.hit.start)), None)
            rest = [h for h in others if h is not cand.hit]
            if "participants" in cand.trigger.flags:
                built = builder.participants(cand.hit, cand.trigger, earlier + events, rest)
            else:
                built = builder.build(cand.hit, cand.trigger, sides, codes, rest)
            if not built and cand.trigger.type == "PERSONNEL":
                built = deal_training(cand.hit, view, earlier + events)
            if not built and all(_names_a_norm(view, u.mention.end) for u in sides.units()):
                areas = builder.scope_areas(cand.hit, cand.trigger, rest, whole=True)
                carry_areas(earlier + events, areas, (cand.trigger.type,))
            elif self._is_anaphoric(view, cand.hit, _DEFINITE, named=not built) and restates_latest(
                [e.codes for e in built] or [sides.codes()], earlier + events, cand.trigger.type, self._kb
            ):  # "the exercise ... is aimed at enhancing interoperability"
                carry_areas(earlier + events, builder.scope_areas(cand.hit, cand.trigger, rest), (cand.trigger.type,))
            if is_provision(cand.trigger.type, cand.hit, [a.hit for a in anaphors], earlier):
                agree_provisions(built, view, cand.hit, frozenset(builder.defaulted))  # "The pact provides for ..."
            if built and states_an_effect(view, cand.hit, self._lexicons):
                take_referent_stage(built, earlier)  # "the pact would give ...": the effect is ahead, not the pact
            if built:
                productive.append(cand)
            for event in built:
                if id(event) in builder.defaulted:
                    follow_story_tense(event, earlier + events)
            events.extend(built)
        return productive
