"""Document-level references resolved to the codes they stand for in context.

* "the two countries", "both sides", "the two regional powers"... (type pair,
  or group of N): the N states most mentioned in the sentence of the reference
  and the three sentences before it; if fewer are found there, in the document
  before the reference, then in the whole document. Words that do not say
  "country" ("sides", "partners", "leaders") also count alliances such as the EU.
* "the ministry" (type ministry): the nearest ministry, official or state
  mentioned before it; a defence or foreign ministry named without its state ("The
  Ministry of National Defence announces ...") resolves the same way.
* "the alliance", "the bloc" (type alliance): the nearest alliance before it.
* "the Navy", "the Air Force" (type force): the nearest armed force of that service
  named before it ("the Philippine Navy ... for the Navy"), else the home state.
* "the Secretary", "the Minister" (type official): the nearest person or title named
  before it whose role names that office; unresolved otherwise.
* groupings that are not party codes ("IP4", "Five Eyes"): their member states.

A resolved reference keeps ``kind="reference"``; ``refers_to`` holds the codes
and ``code`` is set when it resolves to exactly one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from defcoop.kb import KnowledgeBase
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import BY_START, Candidate

WINDOW_SENTENCES = 3
#: Pair words that may name an organization as one side ("the two sides": the EU and Azerbaijan).
_SIDES = re.compile(r"\b(?:sides|partners|parties|leaders|delegations)\b")
_PRODUCT_GAP = re.compile(r"(?:'s|’s)? (?:state-owned |state-run |defen[cs]e (?:firm|company|group) |firm |company )?")
_OFFICIAL_KINDS = frozenset({"person", "title", "agency"})
#: Offices that do not speak for a ministry: a president named last does not make "the ministry" theirs.
_HEAD_ROLES = frozenset({"president", "prime_minister", "head_of_state", "counterpart"})
_NOT_PARTY_ROLES = frozenset({"place", "capital", "seat", "city"})
#: Words around a state that make it the target or author of a war, not the report's subject.
_HOSTILE_AFTER = re.compile(
    r"(?:'s|’s) (?:full-scale |ongoing |illegal |unprovoked )?(?:invasion|war|attack|aggression)"
)
_HOSTILE_BEFORE = re.compile(
    r"(?:invasion of|invaded|war (?:in|on|with|against)|attacks? (?:on|by)|aggression against) $"
)


def resolve_references(
    text: str,
    candidates: list[Candidate],
    sentences: Sequence[Sentence],
    kb: KnowledgeBase,
    dateline: str | None = None,
) -> list[Candidate]:
    """``candidates`` with every reference's ``refers_to`` (and ``code``) filled in.

    ``dateline`` is the state the report is filed from, if its dateline says so.
    """
    ordered = sorted(candidates, key=BY_START)
    references = [c for c in ordered if c.kind == "reference" and not c.refers_to]
    bare = [c for c in ordered if c.kind == "ministry" and not c.code]  # "The Ministry of National Defence announces"
    if not references and not bare:
        return ordered
    starts = [s.start for s in sentences]
    states = kb.state_codes
    coded = [c for c in ordered if c.code in states and c.kind != "reference"]
    coded_starts = [c.start for c in coded]
    parties: list[Candidate] | None = None
    home: list[str | None] = []  # the home state, computed once when first needed (resolving leaves states as they are)
    for cand in references:
        kind = cand.entity.attrs.get("type")
        if kind == "grouping":
            cand.refers_to = cand.entity.attr_list("members")
        elif kind in {"pair", "group"}:
            size = int(cand.entity.attrs.get("size", "2"))
            if _SIDES.search(cand.canonical) is None:
                cand.refers_to = _top_states(cand, coded, coded_starts, starts, sentences, size)
                continue
            if parties is None:
                parties = [c for c in ordered if c.kind != "reference" and (c.code in states or c.kind == "alliance")]
            cand.refers_to = _top_states(cand, parties, [c.start for c in parties], starts, sentences, size)
        elif kind == "ministry":
            _resolve_ministry(cand, ordered, text, dateline, home)
        elif kind == "alliance":
            _resolve_single(cand, ordered, frozenset({"alliance"}))
        elif kind == "force":
            _resolve_force(cand, ordered, text, dateline)
        elif kind == "official":
            _resolve_official(cand, ordered)
    for cand in bare:
        _resolve_ministry(cand, ordered, text, dateline, home)
        cand.refers_to = ()  # a ministry, not a reference: its code is enough
    return [c for c in ordered if c.refers_to or c.kind != "reference" or c.entity.attrs.get("type") != "official"]


_OFFICE_ROLES = {"premier": "prime_minister", "chancellor": "head_of"}  # the role names these offices carry


def _resolve_official(cand: Candidate, ordered: Sequence[Candidate]) -> None:
    """Resolve "the Secretary" to the nearest person or title before it whose role names that office."""
    office = cand.canonical.lower().removeprefix("the ").replace("defence", "defense").replace(" ", "_")
    office = _OFFICE_ROLES.get(office, office)
    before = ordered[: bisect.bisect_left(ordered, cand.start, key=BY_START)]
    code = next(
        (o.code for o in reversed(before)
         if o.kind in ("person", "title") and o.code and o.end <= cand.start and office in (o.role or "")),
        None,
    )
    if code:
        cand.code = code
        cand.refers_to = (code,)


def _top_states(
    cand: Candidate,
    coded: Sequence[Candidate],
    coded_starts: Sequence[int],
    starts: Sequence[int],
    sentences: Sequence[Sentence],
    size: int,
) -> tuple[str, ...]:
    here = max(0, bisect.bisect_right(starts, cand.start) - 1)
    window_start = sentences[max(0, here - WINDOW_SENTENCES)].start if sentences else 0
    low = bisect.bisect_left(coded_starts, window_start)
    before = bisect.bisect_left(coded_starts, cand.start)
    for scope in (coded[low:before], coded[:before], coded):
        counts = _count_codes(scope)
        if len(counts) >= size:
            return _most_common(counts, size)
    return _most_common(_count_codes(coded), size)


def _count_codes(scope: Sequence[Candidate]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for cand in scope:
        code = cand.code or ""
        counts[code] = counts.get(code, 0) + 1
    return counts


def _most_common(counts: dict[str, int], size: int) -> tuple[str, ...]:
    """The ``size`` most frequent codes, the first seen first among equals (as ``Counter.most_common``)."""
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True)[:size])


def _qualifies_product(text: str, state: Candidate, nxt: Candidate) -> bool:
    """Whether ``state`` directly qualifies the company or system after it ("Norway's Kongsberg")."""
    return nxt.kind in {"company", "system"} and _PRODUCT_GAP.fullmatch(text, state.end, nxt.start) is not None


def _resolve_ministry(
    cand: Candidate, ordered: Sequence[Candidate], text: str, dateline: str | None, home: list[str | None]
) -> None:
    """Resolve "the ministry" to the ministry or official named last, else the document's home state.

    The home state is the dateline's, else the state the document names most
    (the first among equals), leaving out states only named as invaded or
    invading ("Russia's invasion of Ukraine"): a ministry never speaks for
    whichever state happened to be named last. ``home`` holds the home state once computed.
    """
    before = ordered[: bisect.bisect_left(ordered, cand.start, key=BY_START)]
    code = _nearest_code(before, cand.start, frozenset({"ministry"}))
    code = code or _nearest_code(before, cand.start, _OFFICIAL_KINDS)
    if not code and not dateline and not home:
        home.append(_home_state(text, ordered))
    code = code or dateline or home[0]
    if code:
        cand.code = code
        cand.refers_to = (code,)


def _resolve_force(cand: Candidate, ordered: Sequence[Candidate], text: str, dateline: str | None) -> None:
    """Resolve "the Navy" to the nearest armed force of that service named before, else the home state."""
    service = cand.canonical.lower().removeprefix("the ").strip()
    before = ordered[: bisect.bisect_left(ordered, cand.start, key=BY_START)]
    code = next(
        (o.code for o in reversed(before)
         if o.kind == "armed_force" and o.code and o.end <= cand.start and service in o.canonical.lower()),
        None,
    )
    code = code or dateline or _home_state(text, ordered)
    if code:
        cand.code = code
        cand.refers_to = (code,)


def _nearest_code(before: Sequence[Candidate], position: int, kinds: frozenset[str]) -> str | None:
    """The code of the nearest mention of ``kinds`` before ``position`` (heads of state left out)."""
    for other in reversed(before):
        if other.end <= position and other.kind in kinds and other.code and other.role not in _HEAD_ROLES:
            return other.code
    return None


def _home_state(text: str, ordered: Sequence[Candidate]) -> str | None:
    """The state a document names most outside places and war phrases, the first named among equals."""
    counts: dict[str, int] = {}
    for cand in ordered:
        if cand.kind != "state" or not cand.code or cand.role in _NOT_PARTY_ROLES or cand.is_place:
            continue
        if _HOSTILE_AFTER.match(text, cand.end) or _HOSTILE_BEFORE.search(text, max(0, cand.start - 24), cand.start):
            continue
        counts[cand.code] = counts.get(cand.code, 0) + 1
    return _most_common(counts, 1)[0] if counts else None


def _resolve_single(
    cand: Candidate, ordered: Sequence[Candidate], kinds: frozenset[str], text: str = ""
) -> None:
    """Give ``cand`` the code of the nearest coded mention of ``kinds`` before it.

    A state that only names the home of a firm or weapon right after it
    ("Norway's Kongsberg", "Israeli Heron") is no ministry's state.
    """
    before = ordered[: bisect.bisect_left(ordered, cand.start, key=BY_START)]
    for index in range(len(before) - 1, -1, -1):
        other = before[index]
        if other.end > cand.start:
            continue
        if other.kind == "state" and index + 1 < len(before) and _qualifies_product(text, other, before[index + 1]):
            continue
        if other.kind in kinds and other.code:
            cand.code = other.code
            cand.refers_to = (other.code,)
            return
