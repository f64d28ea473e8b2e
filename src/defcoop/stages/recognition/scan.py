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
from types import MappingProxyType

import ahocorasick

from defcoop.kb import Entity, KnowledgeBase, slugify
from defcoop.stages.recognition.candidates import Candidate
from defcoop.stages.recognition.patterns import Pattern

_SUFFIX = re.compile(
    r"(?:,? (?:Co\.,? Ltd\.?|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|"
    r"AG|SA|S\.A\.|SE|GmbH|AB|ASA|NV|N\.V\.|Group|Holdings|Industries|Pvt\.? Ltd\.?|Private Limited|"
    r"K\.K\.|A\.S\.|A\.Ş\.))+"
)
_OF_STATE = re.compile(r" of (?:the )?")
_HEAD_WORD = re.compile(r" ([A-Za-zé]+)\b")
_BARE_CONGO = frozenset({"Congo", "CONGO", "Congolese"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)? ")


def scan(text: str, automaton: ahocorasick.Automaton) -> list[Candidate]:
    """Every hit of the automaton that lies on word boundaries, left to right.

    A name glued to "$" is a currency ("US$", "AU$"), not an actor. When the
    longest hit at a position fails its boundary check ("the Quad" in
    "the Quadrilateral Security Dialogue") the pass restarts at the next word
    inside that hit, so that a name starting there is not lost.
    """
    found: list[Candidate] = []
    position: int | None = 0 if text else None
    while position is not None:
        position = _scan_from(text, automaton, position, found)
    return found


def _scan_from(text: str, automaton: ahocorasick.Automaton, position: int, found: list[Candidate]) -> int | None:
    size = len(text)
    for last, (length, patterns) in automaton.iter_long(text, position):
        start = last - length + 1
        end = last + 1
        if (start > 0 and text[start - 1].isalnum()) or (end < size and text[end] == "$"):
            continue
        pattern: Pattern = patterns[0]
        if pattern.combining:
            if end >= size or not text[end].isalpha():
                continue
        elif (end < size and (text[end].isalnum() or (text[end] == "-" and _joins_word(text, end)))) or (
            pattern.kind == "reference" and text.startswith(" of ", end)
        ):
            restart = _next_word(text, start, end)
            if restart is not None:
                return restart
            continue
        found.append(
            Candidate(start, end, pattern.entity, role=pattern.role, adjectival=pattern.adjectival,
                      ambiguous=pattern.ambiguous)
        )
    return None


def _next_word(text: str, start: int, end: int) -> int | None:
    """The start of the first word after ``start`` and before ``end``, if any."""
    for index in range(start + 1, end):
        if text[index].isalnum() and not text[index - 1].isalnum():
            return index
    return None


def _joins_word(text: str, index: int) -> bool:
    """Whether the hyphen at ``index`` glues a lowercase word that makes a new noun ("Korea-bashing" no).

    Hyphenated pairs ("India-Japan", "Turkish-made", "US-led") keep the state;
    only a hyphen followed by a digit ("F-35" style names) is treated as part of a word.
    """
    return index + 1 < len(text) and text[index + 1].isdigit()


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
    counts = Counter(
        c.code for c in candidates
        if not c.ambiguous and c.code and not c.is_place and text[c.start : c.end] not in _BARE_CONGO
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
    out: list[Candidate] = []
    index = 0
    while index < len(candidates):
        cand = candidates[index]
        nxt = candidates[index + 1] if index + 1 < len(candidates) else None
        if nxt is not None and nxt.is_generic and _state_like(cand) and _adjacent_possessive(text, cand.end, nxt.start):
            out.append(_merged(cand, nxt, cand.start, nxt.end, kb))
            index += 2
            continue
        if (cand.is_generic or _is_ministry_reference(cand)) and nxt is not None and _state_like(nxt) \
                and not nxt.adjectival:
            gap = _OF_STATE.fullmatch(text, cand.end, nxt.start)
            if gap is not None:
                out.append(_merged(nxt, cand, cand.start, nxt.end, kb))
                index += 2
                continue
        if cand.is_generic:
            if cand.kind == "ministry" and cand.entity.attrs.get("generic") in {"defense_ministry", "foreign_ministry"}:
                cand.score = 0.7
                out.append(cand)
            index += 1
            continue
        out.append(cand)
        index += 1
    return out


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
    """A capital or state name followed by a name head ("Warsaw Pact", "Kyiv Post") becomes a place, not the state."""
    if not kb.name_heads:
        return candidates
    out: list[Candidate] = []
    for cand in candidates:
        if cand.kind == "state" and not cand.adjectival and cand.role in {None, "capital"}:
            head = _HEAD_WORD.match(text, cand.end)
            word = head.group(1) if head is not None else ""
            after_capital = cand.role == "capital" and (cand.start == 0 or text[cand.start - 1] != "-")
            if head is not None and (word in kb.name_heads or (after_capital and "capital:" + word in kb.name_heads)):
                out.append(_as_place(text, cand, head.end()))
                continue
            if head is not None and text.startswith(" Stock Exchange", cand.end):
                out.append(_as_place(text, cand, cand.end + len(" Stock Exchange")))
                continue
        out.append(cand)
    return out


def _as_place(text: str, cand: Candidate, end: int) -> Candidate:
    name = text[cand.start : end]
    entity = Entity(f"place:{slugify(name)}", "reference", name, None, (), MappingProxyType({"type": "place"}))
    return Candidate(cand.start, end, entity, role="place")
