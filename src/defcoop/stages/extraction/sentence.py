"""A sentence prepared for event extraction: word positions, clause regions, party mentions, groups.

* **Regions.** The main clause is region 0. A *block* cue ("at a time when",
  "while", "amid") opens a background region that runs to the next block cue or
  the sentence end; an *attribution* ("according to X", or a short trailing
  ", the ministry said") is region -1 and never yields parties. Parties and
  triggers are only linked within one region, so a third country mentioned in
  passing ("at a time when China has upped the ante on Taiwan") is not a party.
  An *aside* (", which operates American F-16s,") is a region up to the next
  comma whose subject is the group just before it.
* **Party mentions.** Mentions of states, alliances, agencies, ministries, armed
  forces, companies and people that resolve to a code, and references ("the two
  sides") with the codes they refer to. Places ("South China Sea") and mentions
  made hostile by a cue ("invasion of Ukraine", "China's growing assertiveness")
  are left out.
* **Groups.** Consecutive party mentions joined only by "and", commas, titles
  and names ("Nakatani and his Turkish counterpart, Yasar Guler") form a group:
  one coordinated side or set of sides of a clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from defcoop.lexicons import Lexicons
from defcoop.records import Mention, Sentence
from defcoop.stages.extraction.matcher import Hit

_TOKEN = re.compile(r"\w[\w'’\-.]*|[^\w\s]")
_REPORTING = re.compile(r"\b(said|says|told|added|stated|reported|announced|quoted)\b", re.IGNORECASE)
_JOINER_WORDS = frozenset(
    {"and", "or", "&", "the", "of", "his", "her", "its", "their", "counterpart", "counterparts", "as", "well",
     "along", "together", "with", "plus", "both", "-", "–", "/", ",", "(", ")", "'s", "’s", "mr", "ms", "dr"}
)
_PARTY_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company", "person", "title"})
_OFFICIAL_KINDS = frozenset({"person", "title", "ministry", "armed_force", "agency"})
MAX_GAP_TOKENS = 6
ASIDE_BASE = 100
CLAUSE_BASE = 50  # coordinated clauses with their own subject: regions 50, 51, ...
MAX_REFERENCE_CODES = 3
HOSTILE_BEFORE_TOKENS = 2


@dataclass(slots=True, unsafe_hash=True)
class PartyMention:
    """A mention that can be a party: its codes, region and kind of actor.

    Treated as immutable (hashable by value); not ``frozen`` only because a frozen
    dataclass is several times slower to build.
    """

    mention: Mention
    codes: tuple[str, ...]
    region: int
    official: bool
    is_place: bool
    adjectival: bool


@dataclass(slots=True)
class SentenceView:
    """Everything the extractor needs to know about one sentence."""

    sentence: Sentence
    token_starts: list[int]
    regions: list[tuple[int, int, int]]
    units: list[PartyMention]
    groups: list[list[PartyMention]]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    memo: dict[tuple[str, int, int], object] = field(default_factory=dict)  # per-sentence results computed once
    reporting: list[int] = field(default_factory=list)  # where each verb of saying ends ("say", "claimed that")
    lowered_text: str | None = None  # the sentence text lowercased, computed once (see :meth:`lowered`)
    held: dict[tuple[str, ...], bool] = field(default_factory=dict)  # answers of :meth:`may_hold`

    def lowered(self) -> str:
        """The sentence text in lowercase (computed once per sentence)."""
        if self.lowered_text is None:
            self.lowered_text = self.sentence.text.lower()
        return self.lowered_text

    def may_hold(self, parts: tuple[str, ...]) -> bool:
        """Whether a case-insensitive pattern that needs one of the lowercase ``parts`` may match the sentence.

        A cheap test before a regex search: ``False`` only for an ASCII sentence holding none of
        them (outside ASCII, case folding may pair other letters, so the search decides).
        """
        found = self.held.get(parts)
        if found is None:
            found = True
            if self.sentence.text.isascii():
                lowered = self.lowered()
                found = False
                for part in parts:
                    if part in lowered:
                        found = True
                        break
            self.held[parts] = found
        return found

    def token(self, offset: int) -> int:
        """Index of the word that contains or precedes ``offset``."""
        index = bisect_right(self.token_starts, offset) - 1
        return index if index > 0 else 0

    def distance(self, a_end: int, b_start: int) -> int:
        """Number of words between a span ending at ``a_end`` and one starting at ``b_start``."""
        count = bisect_left(self.token_starts, b_start) - bisect_left(self.token_starts, a_end)
        return count if count > 0 else 0

    def region_start(self, region: int) -> int:
        """Where region ``region`` starts (the sentence start for the main clause)."""
        for start, _, number in self.regions:
            if number == region:
                return start
        return self.sentence.start

    def region_of(self, offset: int) -> int:
        """The region id of a position: 0 main clause, 1.. background blocks, -1 attribution."""
        for start, end, region in self.regions:
            if start <= offset < end:
                return region
        return 0

    def words_before(self, offset: int, count: int) -> list[str]:
        """The last ``count`` words of the sentence before ``offset``."""
        end = offset - self.sentence.start
        if end <= 0:
            return []
        text = self.sentence.text
        start = end - 24 * count
        if start > 0:  # a window of the last words is enough when it holds more than ``count`` of them
            words = text[start:end].split()
            if len(words) > count:
                return words[-count:]
        return text[:end].split()[-count:]

    def text_between(self, start: int, end: int) -> str:
        """The sentence text between two absolute offsets."""
        base = self.sentence.start
        start -= base
        end -= base
        return self.sentence.text[start if start > 0 else 0 : end if end > 0 else 0]

    def group_of(self, unit: PartyMention) -> list[PartyMention]:
        """The group that holds ``unit``."""
        for group in self.groups:
            if unit in group:
                return group
        return [unit]


def _regions(
    sentence: Sentence, clause_hits: list[Hit], trigger_hits: list[Hit], lexicons: Lexicons, mentions: list[Mention]
) -> list[tuple[int, int, int]]:
    regions: list[tuple[int, int, int]] = []
    blocks = [h for h in clause_hits if lexicons.clause_cues[h.index].effect == "block"]
    for number, hit in enumerate(blocks, 1):
        end = blocks[number].start if number < len(blocks) else sentence.end
        regions.append((hit.start, end, number))
    asides = [h for h in clause_hits if lexicons.clause_cues[h.index].effect == "aside"]
    for number, hit in enumerate(asides):
        comma = sentence.text.find(",", hit.end - sentence.start)
        regions.insert(0, (hit.start, sentence.start + comma if comma >= 0 else sentence.end, ASIDE_BASE + number))
    for hit in clause_hits:
        if lexicons.clause_cues[hit.index].effect != "attribution":
            continue
        comma = sentence.text.find(",", hit.end - sentence.start)
        regions.insert(0, (hit.start, sentence.start + comma if comma >= 0 else sentence.end, -1))
    tail = _trailing_attribution(sentence)
    if tail is not None and not any(h.start >= tail for h in trigger_hits):
        regions.insert(0, (tail, sentence.end, -1))
    starts = _clause_starts(sentence, mentions, trigger_hits)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else sentence.end
        regions.append((start, end, CLAUSE_BASE + number))
    return regions


#: ", and", " but", "; while", ";" with the space after it and an article. Written to open on one character class
#: (the comma, semicolon or space the join starts with) so that the search skips every other position quickly;
#: it matches what ``(?:[,;]?\s+(?:and|but|while|whereas)|;)\s+(?:(?:the|its|their|a|an)\s+)?`` matches.
_CLAUSE_JOIN = re.compile(
    r"[,;\s](?:(?<=[,;])\s+(?:and|but|while|whereas)|(?<=\s)\s*(?:and|but|while|whereas)|(?<=;))"
    r"\s+(?:(?:the|its|their|a|an)\s+)?"
)
_PAIRING = re.compile(r"\b(?:between|among|amongst|both)\b", re.IGNORECASE)  # "talks between A and B will ..."
_FINITE = frozenset({  # singular or tenseless: "A, B and C have ..." is one subject, not a new clause
    "has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must",
    "should", "plans", "wants", "said", "says", "agreed", "signed",
})
_ADVERBS = frozenset({"also", "itself", "now", "too", "then", "later", "recently", "already", "in", "turn"})


def _clause_starts(sentence: Sentence, mentions: list[Mention], trigger_hits: list[Hit]) -> list[int]:
    """Where a coordinated clause with its own subject begins (", and Australia has sold ...", "; Chile will ...").

    The party after the conjunction is the subject of a new clause when a finite verb follows
    it; the clauses are then separate regions ("Japan delivered radars to the Philippines, and
    Australia sold boats to Vanuatu": Australia is no party of Japan's delivery).
    """
    out: list[int] = []
    base = sentence.start
    party_starts = {m.start for m in mentions if m.kind in _PARTY_KINDS and m.code}
    if not party_starts:
        return out  # no party can open a clause
    for match in _CLAUSE_JOIN.finditer(sentence.text):
        if base + match.end() not in party_starts:
            continue  # no party right after the conjunction
        following = [m for m in mentions if m.start >= base + match.end() and m.kind in _PARTY_KINDS and m.code]
        if following[0].start != base + match.end():
            continue
        last = following[0]
        for mention in following[1:]:
            if not _joinable(sentence.text[last.end - base : mention.start - base]):
                break
            last = mention
        words = [w.strip(",").lower() for w in sentence.text[last.end - base :].split(maxsplit=4)[:4]]
        words = [w for w in words if w not in _ADVERBS]
        verb = words[0] if words else ""
        opened = out[-1] if out else base
        stated = [h for h in trigger_hits if opened <= h.start < base + match.start()]
        if not stated:
            continue  # nothing stated before the conjunction: no clause to keep apart
        bare = not sentence.text[match.start() : match.end()].lstrip().startswith((",", ";"))
        if bare and (
            _PAIRING.search(sentence.text[stated[0].start - base : match.start()])
            or any(m.end == base + match.start() for m in mentions)  # "Australia and Britain revealed": one list
        ):
            continue
        if verb in _FINITE or (verb.endswith("ed") and verb.isalpha()):
            out.append(base + match.start())
    return out


def _trailing_attribution(sentence: Sentence) -> int | None:
    """Start of a short trailing ", the ministry said." piece, if any."""
    comma = sentence.text.rfind(",")
    if comma < 0:
        return None
    tail = sentence.text[comma + 1 :]
    words = tail.split(maxsplit=13)  # enough words to tell more than 12
    if not words or len(words) > 12 or len(sentence.text[:comma].split(maxsplit=4)) < 4:
        return None
    if not _REPORTING.search(tail) or '"' in tail or "“" in tail:
        return None
    return sentence.start + comma


_HOSTILE_EFFECTS = frozenset({"hostile_before", "hostile_after"})  # the only cues :func:`_is_hostile` reads


def _is_hostile(mention: Mention, view_text: str, base: int, clause_hits: list[Hit], lexicons: Lexicons) -> bool:
    for hit in clause_hits:
        effect = lexicons.clause_cues[hit.index].effect
        if effect == "hostile_before" and hit.end <= mention.start:
            gap = view_text[hit.end - base : mention.start - base].split(maxsplit=HOSTILE_BEFORE_TOKENS)
            if len(gap) <= HOSTILE_BEFORE_TOKENS - 1 or (len(gap) <= HOSTILE_BEFORE_TOKENS and gap[0] == "the"):
                return True
        if (
            effect == "hostile_after"
            and hit.start >= mention.end
            and not view_text[mention.end - base : hit.start - base].strip()
        ):
            return True
    return False


def token_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Start offsets of every word and punctuation mark of ``text`` (those starting in ``start:end``).

    The words are those of a scan of the whole text when ``start`` is 0 or follows a space
    (no word spans a space, so that scan reaches ``start`` as this one does).
    """
    return list(map(re.Match.start, _TOKEN.finditer(text, start, len(text) if end is None else end)))


def scan_aligned(text: str, start: int) -> bool:
    """Whether :func:`token_starts` from ``start`` finds the words a scan of the whole text finds there."""
    return start == 0 or text[start - 1].isspace()


def hostile_starts(mentions: list[Mention], clause_hits: list[Hit], text: str, lexicons: Lexicons) -> set[int]:
    """Start offsets of the mentions a hostile cue qualifies (document-wide; for the topic dyad)."""
    hostile_hits = [h for h in clause_hits if lexicons.clause_cues[h.index].effect.startswith("hostile")]
    if not hostile_hits:
        return set()
    out: set[int] = set()
    for mention in mentions:
        near = [h for h in hostile_hits if h.end <= mention.start + 40 and h.start >= mention.start - 40]
        if near and _is_hostile(mention, text, 0, near, lexicons):
            out.add(mention.start)
    return out


def _party_codes(mention: Mention, topic: tuple[str, ...], adversaries: frozenset[str]) -> tuple[str, ...]:
    if mention.kind == "reference":
        if mention.refers_to and set(mention.refers_to) <= adversaries:
            return ()  # "the ministry" resolved to a state named only as the invaded or the invader
        if len(mention.refers_to) == 2 and len(topic) == 2 and set(mention.refers_to) != set(topic):
            return topic
        if len(mention.refers_to) > MAX_REFERENCE_CODES:
            return ()  # a grouping named in passing ("a tour of Group of Seven capitals")
        return tuple(mention.refers_to)
    if mention.kind == "title" and " " not in mention.surface and mention.surface.islower():
        return ()  # a bare lowercase title ("general", "president") is too ambiguous to be a party
    if mention.role == "place" or mention.kind not in _PARTY_KINDS or mention.code is None:
        return ()
    return (mention.code,)


_POSSESSIVE = re.compile(r"^['’]s\b")


def _joinable(gap: str) -> bool:
    if gap[:1] in ("'", "’"):
        gap = _POSSESSIVE.sub("", gap)  # "Germany's TKMS": the possessive joins its owner
    tokens = _TOKEN.findall(gap)
    if len(tokens) > MAX_GAP_TOKENS:
        return False
    lowered = [t.lower() for t in tokens]
    if "as" in lowered and "well" not in lowered:
        return False  # "Setback for HAL as Malaysia chooses ...": a conjunction, not "as well as"
    return all(word in _JOINER_WORDS or token[:1].isupper() for token, word in zip(tokens, lowered, strict=True))


def _groups(units: list[PartyMention], view: SentenceView) -> list[list[PartyMention]]:
    groups: list[list[PartyMention]] = []
    for unit in units:
        if groups:
            last = groups[-1][-1]
            if last.region == unit.region and _joinable(view.text_between(last.mention.end, unit.mention.start)):
                groups[-1].append(unit)
                continue
        groups.append([unit])
    return groups


def build_view(
    sentence: Sentence,
    mentions: list[Mention],
    hits: dict[str, list[Hit]],
    lexicons: Lexicons,
    topic: tuple[str, ...] = (),
    token_starts: list[int] | None = None,
    adversaries: frozenset[str] = frozenset(),
) -> SentenceView:
    """Prepare ``sentence`` (its mentions and lexicon hits already selected) for extraction.

    A two-party reference ("the two governments") resolves to the document's topic
    dyad when there is one.
    """
    if token_starts is None:
        token_starts = [sentence.start + m.start() for m in _TOKEN.finditer(sentence.text)]
    hits = _without_modifier_triggers(sentence, hits)
    clause_hits = hits.get("clause_cues", [])
    regions = _regions(sentence, clause_hits, hits.get("triggers", []), lexicons, mentions)
    view = SentenceView(sentence, token_starts, regions, [], [], hits)
    view.reporting = [h.end for h in clause_hits if lexicons.clause_cues[h.index].effect == "reporting"]
    hostile_hits = [h for h in clause_hits if lexicons.clause_cues[h.index].effect in _HOSTILE_EFFECTS]
    for mention in mentions:
        codes = _party_codes(mention, topic, adversaries)
        if not codes or (hostile_hits and _is_hostile(mention, sentence.text, sentence.start, hostile_hits, lexicons)):
            continue
        if sentence.text[mention.end - sentence.start : mention.end - sentence.start + 1] == "$":
            continue  # a currency ("US$6.5 billion"), not the state
        if mention.kind == "alliance" and _is_membership_label(sentence, mention):
            continue  # "NATO member Turkey", "Greece, a fellow EU member,": a label of the state, not a party
        view.units.append(
            PartyMention(
                mention=mention,
                codes=codes,
                region=view.region_of(mention.start),
                official=mention.kind in _OFFICIAL_KINDS or mention.role not in (None, "capital", "place"),
                is_place=mention.role in ("capital", "city"),
                adjectival=mention.adjectival,
            )
        )
    view.units = [_place_role(unit, view) for unit in view.units]
    view.groups = _groups(view.units, view)
    return view


_MODIFIED_HEADS = frozenset({
    "ambitions", "ambition", "market", "markets", "industry", "revenue", "revenues", "earnings", "figures",
    "policy", "policies", "strategy", "potential", "drive", "push", "hub", "target", "targets", "promotion",
    "record", "records", "volume", "volumes", "statistics", "value", "growth", "boom", "council", "agency",
})
_MODIFIERS = frozenset({"export", "exports", "arms export", "defence export", "defense export", "sales", "import"})


def _is_modifier(sentence: Sentence, hit: Hit) -> bool:
    """Whether a transfer word only modifies another noun ("India's defence export ambitions")."""
    word = sentence.text[hit.start - sentence.start : hit.end - sentence.start].lower()
    if word not in _MODIFIERS:
        return False
    following = sentence.text[hit.end - sentence.start :].split(maxsplit=1)[:1]
    return bool(following) and following[0].strip(",.;:").lower() in _MODIFIED_HEADS


def _without_modifier_triggers(sentence: Sentence, hits: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
    """``hits`` without the transfer words that only modify a noun ("India's defence export ambitions")."""
    out = dict(hits)
    if "triggers" in out:
        out["triggers"] = [h for h in out["triggers"] if not _is_modifier(sentence, h)]
    return out


_MEMBER_AFTER = re.compile(r"^\s+(?:member|ally|partner)(?:\s+(?:state|country|nation))?\b(?!s)", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:a|an|fellow|another|non-)\s*$", re.IGNORECASE)


def _is_membership_label(sentence: Sentence, mention: Mention) -> bool:
    """Whether an alliance only labels a state as its member ("NATO member Turkey", "a fellow EU member")."""
    base = sentence.start
    if not _MEMBER_AFTER.match(sentence.text[mention.end - base :]):
        return False
    before = sentence.text[max(0, mention.start - base - 12) : mention.start - base]
    after = sentence.text[mention.end - base :].split()
    named_next = len(after) > 1 and after[1][:1].isupper()  # "NATO member Turkey"
    return named_next or bool(_LABEL_BEFORE.search(before))


_LOCATIVE = frozenset({"in", "at", "near", "outside", "from"})
_GEO_NOUN = re.compile(r"\s+(?:border|borders|frontier|coast|coastline|waters|airspace|soil|shores?|mainland)\b")


def _place_role(unit: PartyMention, view: SentenceView) -> PartyMention:
    """A capital used as a place ("talks in Ankara", "the Vilnius summit"), a ministry named as where people
    meet ("talks at the Pentagon") or a state's adjective on its land or sea ("along the Somali border",
    "in Chinese waters") becomes a place unit.

    Place units (role ``"city"``) are only hosts of visits and venues of talks,
    never parties of other events.
    """
    mention = unit.mention
    land = mention.adjectival and _GEO_NOUN.match(view.text_between(mention.end, mention.end + 30))
    if mention.kind == "state" and land:
        return PartyMention(_as_role(mention, "in_state"), unit.codes, unit.region, False, True, unit.adjectival)
    if mention.kind == "state" and mention.role is None and not mention.adjectival:
        before = view.words_before(mention.start, 1)
        if before and before[0].lower() in ("in", "at"):  # "talks in Singapore": a venue unless needed
            return PartyMention(_as_role(mention, "in_state"), unit.codes, unit.region, False, True, False)
        return unit
    if mention.kind == "ministry":  # "met at the Pentagon": a place of its state
        words = [w.lower() for w in view.words_before(mention.start, 2)]
        if words and words[-1] == "the":
            words = words[:-1]
        if words and words[-1] in _LOCATIVE:
            return PartyMention(_as_role(mention, "city"), unit.codes, unit.region, False, True, False)
        return unit
    if mention.role != "capital":
        return unit
    attributive = any(h.start >= mention.end and view.distance(mention.end, h.start) == 0
                      for h in view.hits.get("triggers", []))
    if attributive:
        return PartyMention(_as_role(mention, "venue"), unit.codes, unit.region, False, True, False)
    before = view.words_before(mention.start, 1)
    if before and before[0].lower() in _LOCATIVE:
        return PartyMention(_as_role(mention, "city"), unit.codes, unit.region, False, True, False)
    return unit


def _as_role(mention: Mention, role: str) -> Mention:
    return Mention(mention.start, mention.end, mention.surface, mention.entity_id, mention.canonical, mention.kind,
                   mention.code, mention.score, role, mention.adjectival, mention.refers_to)
