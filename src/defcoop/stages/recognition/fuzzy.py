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

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from defcoop.kb import Entity, KnowledgeBase
from defcoop.stages.recognition.candidates import Candidate, SpanIndex
from defcoop.stages.recognition.friends import NOT_NAMES
from defcoop.stages.recognition.patterns import is_acronym

MIN_LENGTH = 6
MULTI_WORD_CUTOFF = 88.0
SINGLE_WORD_CUTOFF = 88.0
MAX_LENGTH_GAP = 2
CACHE_LIMIT = 200_000
_KINDS = frozenset({"state", "company", "agency", "system", "person", "alliance"})
_WORD = re.compile(r"[^ -]+")
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
        self._clean: set[str] = set()
        self._dirty: set[str] = set()
        self._matches: dict[tuple[str, tuple[bool, ...]], tuple[int, int, _Target, float] | None] = {}
        self._scores: dict[str, float] = {}
        self._choices: dict[tuple[str, int], tuple[list[_Target], list[str]]] = {}
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
        """``candidates`` (sorted by start) plus fuzzy matches of unknown capitalized spans.

        Distinct runs of capitalized words are first checked once (cached) for
        any sub-run that is a typo of a known name; only runs that have one are
        then located and matched around the exact candidates.
        """
        runs = set(_SPAN.findall(text))
        runs -= self._clean
        if runs and not runs <= self._dirty:
            runs = {run for run in runs if self._has_typo(run)}
        if not runs:
            return candidates
        taken = SpanIndex(candidates, presorted=True)
        added: list[Candidate] = []
        for run in runs:
            bounds = _word_bounds(run)
            for start in _word_positions(text, run):
                end = start + len(run)
                covered: tuple[bool, ...] = ()
                if taken.overlaps(start, end):
                    covered = tuple(taken.overlaps(start + s, start + e) for s, e in bounds)
                found = self._cached_match(run, bounds, covered)
                if found is not None:
                    offset, length, target, score = found
                    added.append(
                        Candidate(start + offset, start + offset + length, target.entity, role=target.role,
                                  score=round(score * 0.95, 3))
                    )
        return candidates + added if added else candidates

    def _has_typo(self, run: str) -> bool:
        """Whether some sub-run of ``run`` is a typo of a known name (cached per run)."""
        if run in self._dirty:
            return True
        if len(self._clean) > CACHE_LIMIT:
            self._clean.clear()
        if len(self._dirty) > CACHE_LIMIT:
            self._dirty.clear()
        if len(run) >= MIN_LENGTH and self._any_typo(run):
            self._dirty.add(run)
            return True
        self._clean.add(run)
        return False

    def _any_typo(self, run: str) -> bool:
        """Whether any sub-run of ``run`` is a typo of a known name (what :meth:`_match_run` finds, in any order)."""
        cache = self._cache
        words = _word_bounds(run)
        for index, (start, _) in enumerate(words):
            for _, end in words[index:]:
                if end - start < MIN_LENGTH:
                    continue
                span = run[start:end]
                target = cache[span] if span in cache else self._lookup(span)[0]
                if target is not None:
                    return True
        return False

    def _cached_match(
        self, run: str, words: list[tuple[int, int]], covered: tuple[bool, ...]
    ) -> tuple[int, int, _Target, float] | None:
        key = (run, covered)
        if key not in self._matches:
            if len(self._matches) > CACHE_LIMIT:
                self._matches.clear()
            self._matches[key] = self._match_run(run, words, covered)
        return self._matches[key]

    def _match_run(
        self, run: str, words: list[tuple[int, int]], covered: tuple[bool, ...]
    ) -> tuple[int, int, _Target, float] | None:
        """The longest sub-run of uncovered words that is a typo of a known name."""
        spans = [
            (words[i][0], words[j][1])
            for i in range(len(words))
            for j in range(i, len(words))
            if not covered or not any(covered[i : j + 1])
        ]
        spans.sort(key=lambda span: span[0] - span[1])
        for start, end in spans:
            if end - start < MIN_LENGTH:
                continue
            target, score = self._lookup(run[start:end])
            if target is not None:
                return start, end - start, target, score
        return None

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
        choices, names = self._choices_for(span[0], len(span))
        if not choices:
            return None, 0.0
        best = process.extractOne(span, names, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None, 0.0
        target = choices[best[2]]
        known = target.name
        if known.lower() == span.lower() or known.startswith(span) or span.startswith(known):
            return None, 0.0
        return target, best[1] / 100.0

    def _choices_for(self, initial: str, length: int) -> tuple[list[_Target], list[str]]:
        """The known names starting with ``initial`` within ``MAX_LENGTH_GAP`` of ``length`` (built once)."""
        key = (initial, length)
        found = self._choices.get(key)
        if found is None:
            choices: list[_Target] = []
            for size in range(length - MAX_LENGTH_GAP, length + MAX_LENGTH_GAP + 1):
                choices.extend(self._buckets.get((initial, size), ()))
            found = self._choices[key] = (choices, [t.name for t in choices])
        return found


def _word_bounds(run: str) -> list[tuple[int, int]]:
    """Start and end of each word of a run of capitalized words."""
    return [(m.start(), m.end()) for m in _WORD.finditer(run)]


def _word_positions(text: str, run: str) -> list[int]:
    """Where ``run`` occurs in ``text`` not glued to a letter or digit on either side."""
    positions: list[int] = []
    start = text.find(run)
    while start >= 0:
        end = start + len(run)
        if (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            positions.append(start)
        start = text.find(run, end)
    return positions
