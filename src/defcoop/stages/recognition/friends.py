"""False friends: state names that are also ordinary words or personal names.

Rules come from ``false_friends.tsv``: a "context" rule drops the state when a
cue word ("roast", "Thanksgiving") occurs within a few hundred characters and
no keep word ("Ankara", "defence") does; a "person" rule drops it when it stands
next to a personal name ("Michael Jordan", "Chad Smith", "George Washington").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from defcoop.kb import FalseFriend, KnowledgeBase
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import Candidate

WINDOW = 300

#: Capitalized words that start sentences or name dates, never a given name or surname.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "A", "An", "The", "In", "On", "At", "Of", "For", "From", "To", "By", "With", "And", "But", "Or", "As",
        "After", "Before", "While", "When", "Since", "Both", "Meanwhile", "However", "Also", "Now", "Then",
        "Neighbouring", "Neighboring", "Neighbour", "Neighbor", "Unlike", "Like", "Under", "Over", "Into",
        "Including", "Between", "Among", "Against", "Across", "Near", "Via", "Per", "Than", "That", "This",
        "These", "Those", "Its", "It", "His", "Her", "Their", "Our", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "North", "South", "East", "West", "Central",
        "Northern", "Southern", "Eastern", "Western", "Said", "Says", "If", "Why", "How", "What", "Who",
        "Where", "Only", "Even", "Yet", "So", "Whereas", "Although", "Though", "Until", "Amid", "Despite",
        "Without", "Within", "Beyond", "Toward", "Towards", "Reuters", "AFP", "AP", "Xinhua", "Kyodo", "PTI",
        "ANI", "Yonhap"
    }
)

_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")
_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: FalseFriend
    cues: re.Pattern[str] | None
    keep: re.Pattern[str] | None


def _words(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


class FalseFriends:
    """The compiled false-friend rules of a knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._rules: dict[str, list[_Compiled]] = {}
        for rule in kb.false_friends:
            self._rules.setdefault(rule.name, []).append(_Compiled(rule, _words(rule.cues), _words(rule.keep)))
        self._codes = frozenset(rule.code for rule in kb.false_friends)

    def filter(self, text: str, candidates: list[Candidate], sentences: Sequence[Sentence]) -> list[Candidate]:
        """The candidates that survive every false-friend rule."""
        codes, rules_of = self._codes, self._rules
        suspects = [
            (cand, rules) for cand in candidates
            if cand.code in codes and (rules := rules_of.get(text[cand.start : cand.end]))
        ]
        if not suspects:
            return candidates
        covered = {c.start for c in candidates} | {c.end for c in candidates}
        headings = [(s.start, s.end) for s in sentences if s.is_heading]
        dropped = {
            id(cand) for cand, rules in suspects
            if any(self._drops(text, cand, r, covered, headings) for r in rules if r.rule.code == cand.code)
        }
        return [cand for cand in candidates if id(cand) not in dropped] if dropped else candidates

    def _drops(
        self, text: str, cand: Candidate, rule: _Compiled, covered: set[int], headings: list[tuple[int, int]]
    ) -> bool:
        if rule.rule.rule == "context":
            window = text[max(0, cand.start - WINDOW) : cand.end + WINDOW]
            if rule.cues is None or rule.cues.search(window) is None:
                return False
            return rule.keep is None or rule.keep.search(window) is None
        if any(start <= cand.start < end for start, end in headings):
            return False
        return next_to_name(text, cand.start, cand.end, covered)


def next_to_name(text: str, start: int, end: int, covered: set[int]) -> bool:
    """Whether the span stands right after or before a capitalized word that looks like a personal name."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.end() == start:
        word = before.group(1)
        if word not in NOT_NAMES and not word.endswith(("ing", "ed")) and before.start(1) not in covered:
            return True
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        if word not in NOT_NAMES and after.start(1) not in covered and not word.isupper():
            return True
    return False

