"""The single multi-pattern pass over the text and the word-level rules applied to its hits.

``scan`` runs the Aho-Corasick automaton once (leftmost-longest, so "South China
Sea" beats "China" and "Japan Maritime Self-Defense Force" beats "Japan") and
keeps the hits that start and end on word boundaries. The other functions refine
the hits: company suffixes, institutions attached to a state ("Indian Navy",
"Ministry of Defence of Japan"), ambiguous names (Korea, Congo).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import ahocorasick

from defcoop.kb import Entity, KnowledgeBase, slugify
from defcoop.stages.recognition.candidates import Candidate

_SUFFIX = re.compile(
    r"(?:,? (?:Co\.,? Ltd\.?|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|"
    r"AG|SA|S\.A\.|SE|GmbH|AB|ASA|NV|N\.V\.|Group|Holdings|Industries|Pvt\.? Ltd\.?|Private Limited|"
    r"K\.K\.|A\.S\.|A\.Ş\.))+"
)
_OF_STATE = re.compile(r" of (?:the )?")
_HEAD_WORD = re.compile(r" ([A-Za-zé]+)\b")
_OPERATION_BEFORE = re.compile(r"\b(?:Exercise|Operation|Exercises|Operations) (?:[A-Z][\w-]* )?$")
_BARE_CONGO = frozenset({"Congo", "CONGO", "Congolese"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)? ")


def scan(text: str, automaton: ahocorasick.Automaton) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Every hit of the automaton that lies on word boundaries, left to right, and the legal suffixes.

    Legal suffixes ("Ltd", "Corporation") come back apart as spans, for
    :func:`~defcoop.stages.recognition.companies.find_unknown_companies`.

    Hyphenated pairs ("India-Japan", "Turkish-made", "US-led") keep the state;
    only a hyphen followed by a digit ("F-35" style names) glues a name to a word.

    A name glued to "$" is a currency ("US$", "AU$"), not an actor. When the
    longest hit at a position fails its boundary check ("the Quad" in
    "the Quadrilateral Security Dialogue") the pass restarts at the next word
    inside that hit, so that a name starting there is not lost.
    """
    found: list[Candidate] = []
    suffixes: list[tuple[int, int]] = []
    position: int | None = 0 if text else None
    while position is not None:
        position = _scan_from(text, automaton, position, found, suffixes)
    return found, suffixes


def _scan_from(
    text: str, automaton: ahocorasick.Automaton, position: int, found: list[Candidate],
    suffixes: list[tuple[int, int]],
) -> int | None:
    for last, value in automaton.iter_long(text, position):
        start = last - value[0] + 1
        end = last + 1
        if start and text[start - 1].isalnum():
            continue
        verdict = _ends_well(text, end, value)
        if verdict is None:
            continue
        if not verdict:  # "KAAN fighter jets": the longest key fails, a shorter one at the same start may not
            shorter = _shorter_at(text, automaton, start, end)
            if shorter is not None:
                _keep(shorter[0], shorter[1], shorter[2], found, suffixes)
                return shorter[1]
            restart = _next_word(text, start, end)
            if restart is not None:
                return restart
            continue
        _keep(start, end, value, found, suffixes)
    return None


_Value = tuple[int, bool, bool, Any]  # (key length, combining, is_reference, Candidate fields or None)


def _ends_well(text: str, end: int, value: _Value) -> bool | None:
    """Whether a hit ending at ``end`` ends on a word boundary (None: skip it without looking for a shorter one)."""
    _, combining, is_reference, _ = value
    following = text[end : end + 1]
    if following == "$":
        return None
    if combining:
        return True if following.isalpha() else None
    return not (following and (
        following.isalnum()
        or (following == "-" and text[end + 1 : end + 2].isdigit())
        or (is_reference and text.startswith(" of ", end))
    ))


def _shorter_at(
    text: str, automaton: ahocorasick.Automaton, start: int, end: int
) -> tuple[int, int, _Value] | None:
    """The longest key that starts at ``start``, ends before ``end`` and on a word boundary."""
    limit = end - 1
    while limit > start:
        first = next(automaton.iter_long(text, start, limit), None)
        if first is None:
            return None
        last, value = first
        hit_start, hit_end = last - value[0] + 1, last + 1
        if hit_start != start:
            return None
        if _ends_well(text, hit_end, value):
            return start, hit_end, value
        limit = hit_end - 1
    return None


def _keep(start: int, end: int, value: _Value, found: list[Candidate], suffixes: list[tuple[int, int]]) -> None:
    """Record a hit: a legal suffix as a span, anything else as a candidate."""
    fields = value[3]
    if fields is None:
        suffixes.append((start, end))
    else:
        found.append(Candidate(start, end, *fields))


def _next_word(text: str, start: int, end: int) -> int | None:
    """The start of the first word after ``start`` and before ``end``, if any."""
    for index in range(start + 1, end):
        if text[index].isalnum() and not text[index - 1].isalnum():
            return index
    return None


def extend_company_suffixes(text: str, candidates: list[Candidate]) -> None:
    """Grow company hits over a following corporate suffix ("Toshiba" + " Corporation")."""
    for index, cand in enumerate(candidates):
        if cand.kind != "company":
            continue
        match = _SUFFIX.match(text, cand.end)
        if match is None or match.end() == cand.end:
            continue
        limit = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        if match.end() <= limit:
            cand.end = match.end()


def resolve_ambiguous(text: str, candidates: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """Decide bare "Korea"/"Korean" and "Congo"/"Congolese" from the document's other mentions.

    Rules: "Korea"/"Korean" is South Korea when the document names South Korea
    (or a South Korean actor) at least as often as North Korea, and is dropped
    otherwise ("Korean Peninsula" is a place and never reaches this rule).
    "Congo"/"Congolese" is the Republic of the Congo when the document names it
    (Brazzaville, "Republic of the Congo") and not the DR Congo; else the DR Congo.
    """
    if not any([c.ambiguous or c.code == "COD" for c in candidates]):
        return candidates
    counts = Counter(
        c.code for c in candidates
        if not c.ambiguous and c.code and not c.is_place
        and (c.code != "COD" or text[c.start : c.end] not in _BARE_CONGO)
    )
    kept: list[Candidate] = []
    for cand in candidates:
        bare_congo = cand.code == "COD" and text[cand.start : cand.end] in _BARE_CONGO
        if bare_congo and counts["COG"] > 0 and counts["COD"] == 0:
            _retarget(cand, kb, "COG")
        if cand.ambiguous and cand.code == "KOR":
            if counts["KOR"] == 0 or counts["PRK"] > counts["KOR"]:
                continue
            cand.score = 0.8
        kept.append(cand)
    return kept


def _retarget(cand: Candidate, kb: KnowledgeBase, code: str) -> None:
    state = kb.state(code)
    if state is not None:
        cand.entity, cand.entity_id, cand.canonical, cand.code = state, state.entity_id, state.canonical, code


def attach_institutions(text: str, candidates: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """Merge a state with the institution word next to it.

    "Indian Navy", "Japan's defence ministry", "the Japanese government" and
    "Ministry of Defence of Japan" become one mention of the state's institution
    (or of the state itself, role "government", for government words). Bare
    defence or foreign ministries stay, without code; other bare institution
    words ("army", "forces") are dropped.
    """
    marks = [
        index for index, cand in enumerate(candidates)
        if cand.is_generic or (cand.kind == "reference" and _is_ministry_reference(cand))
    ]
    if not marks:
        return candidates
    out: list[Candidate] = []
    index = 0
    for mark in sorted(set(marks) | {mark - 1 for mark in marks if mark > 0}):
        if mark < index:
            continue
        out.extend(candidates[index:mark])
        index = _attach_at(text, candidates, mark, out, kb)
    out.extend(candidates[index:])
    return out


def _attach_at(text: str, candidates: list[Candidate], index: int, out: list[Candidate], kb: KnowledgeBase) -> int:
    """Apply the institution rules at ``index`` (appending to ``out``); the index to go on from."""
    cand = candidates[index]
    nxt = candidates[index + 1] if index + 1 < len(candidates) else None
    if nxt is not None and nxt.is_generic and _state_like(cand) and _adjacent_possessive(text, cand.end, nxt.start):
        out.append(_merged(cand, nxt, cand.start, nxt.end, kb))
        return index + 2
    if (cand.is_generic or _is_ministry_reference(cand)) and nxt is not None and _state_like(nxt) \
            and not nxt.adjectival:
        gap = _OF_STATE.fullmatch(text, cand.end, nxt.start)
        if gap is not None:
            out.append(_merged(nxt, cand, cand.start, nxt.end, kb))
            return index + 2
    if cand.is_generic:
        if cand.kind == "ministry" and cand.entity.attrs.get("generic") in {"defense_ministry", "foreign_ministry"}:
            cand.score = 0.7
            out.append(cand)
        return index + 1
    out.append(cand)
    return index + 1


def _is_ministry_reference(cand: Candidate) -> bool:
    return cand.kind == "reference" and cand.entity.attrs.get("type") == "ministry"


def _state_like(cand: Candidate) -> bool:
    return cand.kind == "state" and cand.code is not None and cand.role not in {"capital", "seat"}


def _adjacent_possessive(text: str, end: int, start: int) -> bool:
    return _POSSESSIVE.fullmatch(text, end, start) is not None


def _merged(state: Candidate, generic: Candidate, start: int, end: int, kb: KnowledgeBase) -> Candidate:
    key = generic.entity.attrs.get("generic", "defense_ministry")
    code = state.code or ""
    if generic.kind == "state":
        return Candidate(start, end, state.entity, role=key or "government", score=state.score)
    body = kb.body(code, key)
    if body is None:
        return Candidate(start, end, state.entity, role=key, score=state.score)
    return Candidate(start, end, body, score=min(state.score, 1.0))


def mark_proper_names(text: str, candidates: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """Names that only contain an actor's name become places, not the actor.

    A capital or state name followed by a name head ("Warsaw Pact", "Kyiv
    Post"), and any name right after "Exercise" or "Operation" ("Exercise
    INDRA", "Operation Atalanta", "Exercise Cope India").
    """
    if "Exercise " in text or "Operation " in text:
        _mark_operation_names(text, candidates)
    heads = kb.name_heads
    if not heads:
        return candidates
    initials = _initials(heads)
    followed = [
        index for index, cand in enumerate(candidates)
        if cand.kind == "state" and text[cand.end + 1 : cand.end + 2] in initials
    ]
    for index in followed:
        cand = candidates[index]
        if cand.adjectival or cand.role not in {None, "capital"}:
            continue
        head = _HEAD_WORD.match(text, cand.end)
        if head is None:
            continue
        word = head.group(1)
        after_capital = cand.role == "capital" and (cand.start == 0 or text[cand.start - 1] != "-")
        if word in heads or (after_capital and "capital:" + word in heads):
            candidates[index] = _as_place(text, cand, head.end())
        elif text.startswith(" Stock Exchange", cand.end):
            candidates[index] = _as_place(text, cand, cand.end + len(" Stock Exchange"))
    return candidates


@lru_cache(maxsize=8)
def _initials(heads: frozenset[str]) -> frozenset[str]:
    """The first letters of the name heads (and of "Stock Exchange"): a cheap test before the regex."""
    return frozenset(head.removeprefix("capital:")[:1] for head in heads) | {"S"}


def _mark_operation_names(text: str, candidates: list[Candidate]) -> None:
    """Names of exercises and operations ("Exercise INDRA", "Operation Atalanta"), in place."""
    for index, cand in enumerate(candidates):
        before = _OPERATION_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        if before is None or cand.kind in {"title", "reference"}:
            continue
        candidates[index] = _as_place(text, cand, cand.end, before.start())


def _as_place(text: str, cand: Candidate, end: int, start: int | None = None) -> Candidate:
    start = cand.start if start is None else start
    name = text[start:end]
    entity = Entity(f"place:{slugify(name)}", "reference", name, None, (), MappingProxyType({"type": "place"}))
    return Candidate(start, end, entity, role="place")
