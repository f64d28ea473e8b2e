"""Typo tolerance: an unknown capitalized name close to a known name resolves to it.

Runs of up to four capitalized words are split into their word sub-runs
(longest first); a sub-run that no exact pattern covers is compared with known
names (states, capitals, companies, agencies, systems, people) of six characters
or more that start with the same letter and differ in length by at most two. A
match needs a rapidfuzz ratio of at least 88 and must not be the known name plus
or minus a suffix ("Indiana" is not "Indian"). The surface keeps the original words; the score
is below 1.0. Results are cached per distinct span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from defcoop.kb import Entity, KnowledgeBase
from defcoop.stages.recognition.candidates import Candidate
from defcoop.stages.recognition.friends import NOT_NAMES
from defcoop.stages.recognition.patterns import is_acronym

MIN_LENGTH = 6
MULTI_WORD_CUTOFF = 88.0
SINGLE_WORD_CUTOFF = 88.0
MAX_LENGTH_GAP = 2
CACHE_LIMIT = 200_000
_KINDS = frozenset({"state", "company", "agency", "system", "person", "alliance"})
_SPAN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}")


@dataclass(frozen=True, slots=True)
class _Target:
    name: str
    entity: Entity
    role: str | None


class FuzzyMatcher:
    """Known names bucketed by first letter and length, with a cache of decisions."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._buckets: dict[tuple[str, int], list[_Target]] = {}
        self._cache: dict[str, _Target | None] = {}
        self._scores: dict[str, float] = {}
        for entity in kb.entities():
            if entity.kind not in _KINDS or entity.attrs.get("type") == "generic":
                continue
            for name in entity.aliases:
                self._add(name, entity, None)
            for capital in entity.attr_list("capitals") if entity.kind == "state" else ():
                self._add(capital, entity, "capital")

    def _add(self, name: str, entity: Entity, role: str | None) -> None:
        if len(name) < MIN_LENGTH or is_acronym(name) or not name[0].isupper():
            return
        self._buckets.setdefault((name[0], len(name)), []).append(_Target(name, entity, role))

    def add_typos(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` plus fuzzy matches of unknown capitalized spans."""
        taken = sorted((c.start, c.end) for c in candidates)
        added: list[Candidate] = []
        for match in _SPAN.finditer(text):
            start, end = match.span()
            if end - start < MIN_LENGTH or (start > 0 and text[start - 1].isalnum()):
                continue
            for sub_start, sub_end in _sub_spans(text, start, end):
                if _overlaps(taken, sub_start, sub_end):
                    continue
                target, score = self._lookup(text[sub_start:sub_end])
                if target is not None:
                    added.append(
                        Candidate(sub_start, sub_end, target.entity, role=target.role, score=round(score * 0.95, 3))
                    )
                    break
        return candidates + added if added else candidates

    def _lookup(self, span: str) -> tuple[_Target | None, float]:
        if span in self._cache:
            return self._cache[span], self._scores.get(span, 0.0)
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._scores.clear()
        target, score = self._best(span)
        self._cache[span] = target
        if target is not None:
            self._scores[span] = score
        return target, score

    def _best(self, span: str) -> tuple[_Target | None, float]:
        words = span.replace("-", " ").split()
        if all(word in NOT_NAMES for word in words):
            return None, 0.0
        single = len(words) == 1
        cutoff = SINGLE_WORD_CUTOFF if single else MULTI_WORD_CUTOFF
        choices: list[_Target] = []
        for length in range(len(span) - MAX_LENGTH_GAP, len(span) + MAX_LENGTH_GAP + 1):
            choices.extend(self._buckets.get((span[0], length), ()))
        if not choices:
            return None, 0.0
        best = process.extractOne(span, [t.name for t in choices], scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None, 0.0
        target = choices[best[2]]
        known = target.name
        if known.lower() == span.lower() or known.startswith(span) or span.startswith(known):
            return None, 0.0
        return target, best[1] / 100.0


def _sub_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every run of whole words inside the span, longest first."""
    bounds = [start] + [m.end() for m in re.finditer(r"[ -]", text[start:end])]
    bounds = [start] + [start + b for b in bounds[1:]]
    ends = [b - 1 for b in bounds[1:]] + [end]
    spans = [(bounds[i], ends[j]) for i in range(len(bounds)) for j in range(i, len(ends))]
    spans.sort(key=lambda span: span[0] - span[1])
    return [(s, e) for s, e in spans if e - s >= MIN_LENGTH]


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(taken, (start, start))
    for probe in (index - 1, index):
        if 0 <= probe < len(taken) and taken[probe][0] < end and taken[probe][1] > start:
            return True
    return False
