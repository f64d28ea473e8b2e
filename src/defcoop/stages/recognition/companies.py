"""Companies that the knowledge base does not know, found by their legal form.

A run of one to four capitalized words followed by a legal suffix
("Corporation", "Corp.", "Inc.", "Ltd", "Limited", "GmbH", "AG", "plc",
"S.A.", "Co., Ltd.", "LLC", "Pvt Ltd"...) that no known name covers is a
company. Its state comes from what the text attaches to it: "<name> of
<state>" or "<name>, <state>" right after it, or a state adjective or
possessive right before it ("Japanese firm Kestrel Corp.", "India's Orion
Ltd"); otherwise it has no code. The score is 0.7.
"""

from __future__ import annotations

import re

from defcoop.kb import Entity, slugify
from defcoop.stages.recognition.candidates import Candidate, SpanIndex
from defcoop.stages.recognition.friends import NOT_NAMES

SCORE = 0.7
_NAME_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][\w&'’-]*\.? ){1,4})$")
_AFTER_STATE = re.compile(r"(?: of (?:the )?|, )")
_BEFORE_STATE = re.compile(r"(?:'s|’s)? (?:(?:[a-z-]+ ){0,2})?$")


def find_unknown_companies(
    text: str, candidates: list[Candidate], suffixes: list[tuple[int, int]]
) -> list[Candidate]:
    """``candidates`` plus companies named with a legal suffix that no known name covers.

    ``suffixes`` are the spans of legal forms found by the scan.
    """
    if not suffixes:
        return candidates
    taken = SpanIndex(candidates)
    by_start: dict[int, Candidate] = {}
    by_end: dict[int, Candidate] = {}
    added: list[Candidate] = []
    for suffix_start, suffix_end in suffixes:
        if text[suffix_start - 1 : suffix_start] != " ":
            continue
        match = _NAME_BEFORE.search(text, max(0, suffix_start - 80), suffix_start)
        if match is None:
            continue
        start, end, name_end = match.start(1), suffix_end, match.end(1)
        while start < name_end and (taken.overlaps(start, start + 1) or _first_word(text, start) in NOT_NAMES):
            space = text.find(" ", start, name_end)
            if space < 0:
                start = name_end
                break
            start = space + 1
        if start >= name_end or taken.overlaps(start, end):
            continue
        name = text[start:end]
        if not by_start:
            by_start = {c.start: c for c in candidates}
            by_end = {c.end: c for c in candidates}
        code = _state_after(text, end, by_start) or _state_before(text, start, by_end)
        entity = Entity(f"company:{slugify(name)}", "company", name, code)
        added.append(Candidate(start, end, entity, code=code, score=SCORE))
    return candidates + added if added else candidates


def _first_word(text: str, start: int) -> str:
    space = text.find(" ", start)
    return text[start : space if space > 0 else len(text)]


def _state_after(text: str, end: int, by_start: dict[int, Candidate]) -> str | None:
    gap = _AFTER_STATE.match(text, end)
    if gap is None:
        return None
    state = by_start.get(gap.end())
    if state is not None and state.kind == "state" and not state.adjectival and state.role is None:
        return state.code
    return None


def _state_before(text: str, start: int, by_end: dict[int, Candidate]) -> str | None:
    gap = _BEFORE_STATE.search(text, max(0, start - 30), start)
    if gap is None:
        return None
    state = by_end.get(gap.start())
    if state is not None and state.kind == "state" and state.role is None:
        return state.code
    return None
