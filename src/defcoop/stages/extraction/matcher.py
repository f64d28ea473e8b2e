"""One pass of every lexicon phrase over a document (Aho-Corasick), on word boundaries.

Matching rules (the same for every table):

* a lowercase phrase matches any case; a phrase with a capital letter, or one
  written with a leading ``=``, matches only that exact case ("AI", "=may");
* a final ``*`` lets the last word continue ("co-develop*" matches "co-developed");
* a phrase must start and end on a word boundary unless it starts or ends with
  punctuation ("'s invasion");
* typographic apostrophes and hyphens are matched as plain ones.

Within each *group* of tables, overlapping hits are reduced to the longest
(earliest on ties); hits with the very same span are all kept, so one phrase can
state two events ("reciprocal access agreement" is AGREEMENT and ACCESS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from defcoop.lexicons import Lexicons

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u00a0": " "})

#: table name -> group in which overlapping hits compete.
GROUPS: dict[str, str] = {
    "triggers": "triggers",
    "stage_cues": "modifiers",
    "factuality_cues": "modifiers",
    "clause_cues": "clauses",
    "areas": "areas",
    "defense_cues": "defense",
    "cities": "cities",
}


_GROUP_NAMES = tuple(dict.fromkeys(GROUPS.values()))


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """A lexicon phrase found at ``start:end`` of the document text; ``index`` is its row in ``table``.

    Treated as immutable (hashable by value); not ``frozen`` only because a frozen
    dataclass is several times slower to build, and every scan builds thousands.
    """

    start: int
    end: int
    table: str
    index: int


@dataclass(frozen=True, slots=True)
class _Entry:
    table: str
    index: int
    prefix: bool
    exact: str | None
    check_left: bool
    check_right: bool


def fold(text: str) -> str:
    """Lowercase ``text`` keeping every offset (one character for one character)."""
    lowered = text.translate(_FOLD).lower()
    if len(lowered) == len(text):
        return lowered
    folded = text.translate(_FOLD)
    return "".join(c if len(c) == 1 else o for o, c in zip(folded, (ch.lower() for ch in text), strict=True))


def _phrases(lexicons: Lexicons) -> Iterable[tuple[str, int, str]]:
    tables: dict[str, Iterable[str]] = {
        "triggers": (t.phrase for t in lexicons.triggers),
        "stage_cues": (c.phrase for c in lexicons.stage_cues),
        "factuality_cues": (c.phrase for c in lexicons.factuality_cues),
        "clause_cues": (c.phrase for c in lexicons.clause_cues),
        "areas": (a.phrase for a in lexicons.areas),
        "defense_cues": (p for p, _ in lexicons.defense_cues),
        "cities": (p for p, _ in lexicons.cities),
    }
    for table, phrases in tables.items():
        for index, phrase in enumerate(phrases):
            yield table, index, phrase


def _entry(table: str, index: int, phrase: str) -> tuple[str, _Entry]:
    exact = phrase.startswith("=")
    body = phrase[1:] if exact else phrase
    prefix = body.endswith("*")
    body = body[:-1] if prefix else body
    body = body.translate(_FOLD)
    case_exact = body if (exact or body != body.lower()) else None
    entry = _Entry(
        table=table,
        index=index,
        prefix=prefix,
        exact=case_exact,
        check_left=body[:1].isalnum(),
        check_right=body[-1:].isalnum() and not prefix,
    )
    return body.lower(), entry


class Matcher:
    """Finds every lexicon phrase in a text in one pass."""

    def __init__(self, lexicons: Lexicons) -> None:
        automaton = ahocorasick.Automaton()
        entries: dict[str, list[_Entry]] = {}
        for table, index, phrase in _phrases(lexicons):
            key, entry = _entry(table, index, phrase)
            if key:
                entries.setdefault(key, []).append(entry)
        for key, items in entries.items():
            flat = tuple(
                (GROUPS[e.table], e.table, e.index, e.check_left, e.check_right, e.exact, e.prefix) for e in items
            )
            automaton.add_word(key, (len(key), flat))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, text: str) -> dict[str, list[Hit]]:
        """Every hit in ``text``, per table, sorted by start, overlaps reduced within each group."""
        translated = text.translate(_FOLD)
        folded = translated.lower()
        if len(folded) != len(text):
            folded = fold(text)
        raw: dict[str, list[_RawHit]] = {group: [] for group in _GROUP_NAMES}
        size = len(folded)
        for last, (length, items) in self._automaton.iter(folded):
            end = last + 1
            start = end - length
            glued_left = start > 0 and folded[start - 1].isalnum()
            glued_right = end < size and folded[end].isalnum()
            for group, table, index, check_left, check_right, exact, prefix in items:
                if (check_left and glued_left) or (check_right and glued_right):
                    continue
                if exact is not None and translated[start:end] != exact:
                    continue
                hit_end = _word_end(folded, end) if prefix else end
                raw[group].append((start, start - hit_end, table, index, hit_end))
        result: dict[str, list[Hit]] = {table: [] for table in GROUPS}
        for hits in raw.values():
            if not hits:
                continue
            for start, _, table, index, end in _longest(hits):
                result[table].append(Hit(start, end, table, index))
        return result


def _word_end(text: str, end: int) -> int:
    size = len(text)
    while end < size and (text[end].isalnum() or (text[end] == "-" and end + 1 < size and text[end + 1].isalnum())):
        end += 1
    return end


#: A hit before reduction: start, minus its length, table, row, end. Sorted as is, raw hits come by
#: start, longest first, then by table and row (no two hits share all four).
_RawHit = tuple[int, int, str, int, int]


def _longest(hits: list[_RawHit]) -> list[_RawHit]:
    """Greedy longest-first selection of non-overlapping hits (identical spans all kept)."""
    hits.sort()
    kept: list[_RawHit] = []
    last_start = last_end = -1
    for hit in hits:
        start, end = hit[0], hit[4]
        if kept and start < last_end:
            if start == last_start and end == last_end:
                kept.append(hit)
            continue
        kept.append(hit)
        last_start, last_end = start, end
    return kept


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,9})\)")
_ACRONYM_GAP_WORDS = 3


def with_acronyms(text: str, triggers: list[Hit]) -> list[Hit]:
    """Add the acronyms a document defines for its triggers ("Tailored Partnership Programme (ITPP)").

    An acronym in parentheses within a few words after a trigger phrase becomes
    a trigger of the same row wherever the document uses it again ("the ITPP").
    """
    defined: dict[str, Hit] = {}
    for match in _ACRONYM.finditer(text):
        before = [h for h in triggers if h.end <= match.start()]
        if not before:
            continue
        last = before[-1]
        if len(text[last.end : match.start()].split()) <= _ACRONYM_GAP_WORDS:
            defined.setdefault(match.group(1), last)
    if not defined:
        return triggers
    taken = [(h.start, h.end) for h in triggers]
    extra: list[Hit] = []
    for acronym, source in defined.items():
        for match in re.finditer(rf"(?<![\w(]){re.escape(acronym)}s?(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            extra.append(Hit(match.start(), match.end(), source.table, source.index))
    return sorted([*triggers, *extra], key=lambda h: (h.start, h.end))
