"""The story index: which stored document reports the same story as a new one.

Each document is represented by its hashed story terms (:mod:`.features`).
Candidates come from an inverted index over the non-generic terms (rare terms
first, very frequent terms skipped), limited to documents published within the
story window when both dates are known. Candidates are scored by the cosine of
IDF-weighted term sets; the best one at or above the threshold gives the story.
Code pairs (the countries of the lead, the parties of the events) steer the
decision: documents whose pairs are all different never share a story, and
documents that share a pair need a lower score, provided both or neither have
events (an article with cooperation events and one without report different
news). For documents that share no name or figure, the shared code pairs do
not count toward the score: they are common to every story of the dyad, and
the event types and other words must then carry the match alone.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from defcoop.stages.clustering.features import (
    CLASS_WEIGHT,
    FIGURE,
    GENERIC,
    NAME,
    is_event_code,
    is_pair_code,
    term_class,
)

#: Cosine at or above which two documents report the same story when nothing else is known.
STORY_THRESHOLD = 0.2
#: Lower cosine that suffices when both documents name the same code pair (lead dyad or event pair)
#: and both or neither have events.
SHARED_PAIR_THRESHOLD = 0.06
#: At most this many candidates (most shared terms first) are scored.
MAX_CANDIDATES = 40
#: Postings longer than this (and longer than 2% of the documents) are not used to find candidates.
MAX_POSTINGS = 500
#: IDF smoothing: weights stay sensible while only a few documents are stored.
PRIOR_DOCUMENTS = 10
#: Extra days allowed when a date written in a lead stands in for a publication date.
LEAD_DATE_SLACK = 45
#: At most this many postings are read to find the candidates of one document.
MAX_POSTINGS_READ = 20_000
#: Candidates share at least this many terms with a document (unless it has very few terms).
MIN_SHARED_TERMS = 2


@dataclass(frozen=True, slots=True)
class StoryMatch:
    """The best stored document for a new one, and its score."""

    number: int
    score: float


@dataclass(slots=True)
class StoryIndex:
    """Story terms of every stored document, with an inverted index and document frequencies."""

    window_days: int
    threshold: float = STORY_THRESHOLD
    terms: list[array[int]] = field(default_factory=list)
    days: array[int] = field(default_factory=lambda: array("i"))
    yeardays: array[int] = field(default_factory=lambda: array("H"))
    lead_days: array[int] = field(default_factory=lambda: array("i"))
    postings: dict[int, int | array[int]] = field(default_factory=dict)
    frequency: Counter[int] = field(default_factory=Counter)
    norms: array[float] = field(default_factory=lambda: array("d"))
    norm_basis: array[int] = field(default_factory=lambda: array("I"))

    def add(self, terms: Sequence[int], published: date | None, day_of_year: int = 0, lead_day: int = 0) -> int:
        """Store a document's terms and dates (published, day of year of a dateline, date in the lead)."""
        number = len(self.terms)
        stored = array("I", terms)
        self.terms.append(stored)
        self.days.append(published.toordinal() if published else 0)
        self.yeardays.append(day_of_year)
        self.lead_days.append(lead_day)
        self.norms.append(0.0)
        self.norm_basis.append(0)
        for code in set(stored):
            self.frequency[code] += 1
            if term_class(code) != GENERIC:
                held = self.postings.get(code)
                if held is None:
                    self.postings[code] = number
                elif isinstance(held, int):
                    self.postings[code] = array("I", (held, number))
                else:
                    held.append(number)
        return number

    def weight(self, code: int) -> float:
        """IDF weight of a term code times the weight of its class."""
        documents = len(self.terms)
        idf = math.log((documents + PRIOR_DOCUMENTS) / (self.frequency.get(code, 0) + 1))
        return CLASS_WEIGHT[term_class(code)] * max(idf, 0.05)

    def best(self, terms: Sequence[int], published: date | None, exclude: set[int] | None = None,
             day_of_year: int = 0, lead_day: int = 0) -> StoryMatch | None:
        """The stored document most similar to ``terms`` above the threshold, or ``None``."""
        if not terms or not self.terms:
            return None
        query = set(terms)
        weights = {code: self.weight(code) for code in query}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        day = published.toordinal() if published else 0
        best: StoryMatch | None = None
        query_events = _has_events(query)
        for number in self._candidates(query, (day, day_of_year, lead_day), exclude or set()):
            other = set(self.terms[number])
            if _pairs_conflict(query, other):
                continue
            shared = query & other
            if not any(_specific(code) for code in shared):
                # Without a shared name or figure the dyad itself is no evidence: every story of it has it.
                shared = {code for code in shared if not is_pair_code(code)}
            dot = sum(weights[code] ** 2 for code in shared)
            other_norm = self._norm(number)
            if not dot or not other_norm:
                continue
            score = dot / (norm * other_norm)
            same_pair = (
                any(is_pair_code(code) for code in shared)
                and any(_specific(code) for code in shared)
                and query_events == _has_events(other)
                and not self._loose_day_match(number, day, day_of_year, lead_day)
            )
            needed = min(self.threshold, SHARED_PAIR_THRESHOLD) if same_pair else self.threshold
            if score >= needed and (best is None or score > best.score):
                best = StoryMatch(number, round(score, 4))
        return best

    def _norm(self, number: int) -> float:
        """The weighted norm of a stored document, recomputed when the collection has grown by a quarter."""
        size = len(self.terms)
        if not self.norm_basis[number] or size > self.norm_basis[number] * 1.25:
            self.norms[number] = math.sqrt(sum(self.weight(code) ** 2 for code in set(self.terms[number])))
            self.norm_basis[number] = size
        return self.norms[number]

    def _posting(self, code: int) -> Sequence[int]:
        """The documents that have the term ``code``."""
        held = self.postings[code]
        return (held,) if isinstance(held, int) else held

    def compatible_dates(self, number: int, day: int, day_of_year: int, lead_day: int = 0) -> bool:
        """Whether a stored document may report the same story given both dates.

        Publication dates must be within the window. A date written in the lead
        of an undated document stands in for its publication date, with
        :data:`LEAD_DATE_SLACK` more days (the lead may name an earlier step).
        Otherwise days of the year (from datelines such as ``MANILA, July 8 -``)
        must be within the window, counted around the turn of the year.
        """
        other_day = self.days[number]
        if day and other_day:
            return abs(day - other_day) <= self.window_days
        mine, theirs = day or lead_day, other_day or self.lead_days[number]
        if mine and theirs:
            return abs(mine - theirs) <= self.window_days + LEAD_DATE_SLACK
        other_yearday = self.yeardays[number]
        if day_of_year and other_yearday:
            gap = abs(day_of_year - other_yearday)
            return min(gap, 365 - gap) <= self.window_days
        return True

    def _loose_day_match(self, number: int, day: int, day_of_year: int, lead_day: int) -> bool:
        """Only days of the year (no years) relate the two dates, and they differ by more than a day.

        Then the dates may be years apart (the same week of another year), so the
        lower threshold for documents sharing a code pair does not apply.
        """
        if (day or lead_day) and (self.days[number] or self.lead_days[number]):
            return False
        other_yearday = self.yeardays[number]
        if not (day_of_year and other_yearday):
            return False
        gap = abs(day_of_year - other_yearday)
        return min(gap, 365 - gap) > 1

    def _candidates(self, query: set[int], dates: tuple[int, int, int], exclude: set[int]) -> list[int]:
        limit = max(MAX_POSTINGS, len(self.terms) // 50)
        counts: Counter[int] = Counter()
        postings = {code: self._posting(code) for code in query if code in self.postings}
        rare_first = sorted(postings, key=lambda code: len(postings[code]))
        read = 0
        for code in rare_first:
            posting = postings[code]
            if len(posting) > limit or read + len(posting) > MAX_POSTINGS_READ:
                break
            read += len(posting)
            counts.update(posting)
        least = MIN_SHARED_TERMS if len(query) >= 3 * MIN_SHARED_TERMS else 1
        chosen: list[int] = []
        for number, count in counts.most_common():
            if count < least:
                break
            if number in exclude or not self.compatible_dates(number, *dates):
                continue
            chosen.append(number)
            if len(chosen) >= MAX_CANDIDATES:
                break
        return chosen


def _has_events(codes: set[int]) -> bool:
    """Whether a document's terms include keys of extracted events."""
    return any(is_event_code(code) for code in codes)


def _pairs_conflict(first: set[int], second: Iterable[int]) -> bool:
    """The documents name different code pairs.

    The countries named in the leads decide when both documents name two: no
    shared pair vetoes the story, a shared pair allows it (extracted events
    may miss or misread a party). Otherwise the pairs of the extracted events
    decide, when both documents have events.
    """
    theirs = {code for code in second if is_pair_code(code)}
    mine = {code for code in first if is_pair_code(code)}
    lead_mine = {code for code in mine if not is_event_code(code)}
    lead_theirs = {code for code in theirs if not is_event_code(code)}
    if lead_mine and lead_theirs:
        return not lead_mine & lead_theirs
    events_mine, events_theirs = mine - lead_mine, theirs - lead_theirs
    return bool(events_mine and events_theirs and not events_mine & events_theirs)


def _specific(code: int) -> bool:
    """A shared name or figure (not a generic word, not an event key)."""
    return term_class(code) in (NAME, FIGURE)
