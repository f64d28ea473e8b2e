"""Literal prefilters for regular expressions: skip a search when its words are absent.

Most boilerplate patterns need a literal word somewhere (``paywall``, ``cookie``,
``all rights reserved``). :func:`required_literals` reads that from the parsed
pattern: a set of lower-case strings of which every match contains at least one.
:class:`LiteralScanner` finds all such strings in a line in one Aho-Corasick pass,
so a line of prose is searched only by the few patterns whose words it holds.
The prefilter never changes a verdict: a pattern is skipped only when it cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

#: A literal shorter than this is too common to filter by (``:``, ``/``).
MIN_LITERAL = 3

_Literals = frozenset[str]


def required_literals(pattern: str, min_length: int = MIN_LITERAL) -> _Literals | None:
    """Lower-case strings one of which occurs in every match of ``pattern`` (None if unknown).

    Only literal runs that every match must pass through are used: runs at the top
    level of the pattern, inside groups, inside repeats with a minimum of one, and
    inside alternations whose every branch has a run of its own.
    """
    try:
        parsed = sre_parse.parse(pattern, re.I)
    except re.error:
        return None
    return _best(_sequence_options(list(parsed), min_length))


def _best(options: list[_Literals]) -> _Literals | None:
    """The option whose shortest literal is longest (fewest chance hits), then the smallest set."""
    if not options:
        return None
    return max(options, key=lambda option: (min(len(text) for text in option), -len(option)))


def _sequence_options(items: list[tuple[Any, Any]], min_length: int) -> list[_Literals]:
    """Alternative literal sets of a sequence, any one of which is required."""
    options: list[_Literals] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= min_length:
            options.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        close_run()
        if op is sre_constants.SUBPATTERN:
            options.extend(_sequence_options(list(value[-1]), min_length))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            options.extend(_sequence_options(list(value[2]), min_length))
        elif op is sre_constants.BRANCH:
            branch = _branch_option(value[1], min_length)
            if branch is not None:
                options.append(branch)
    close_run()
    return options


def _branch_option(alternatives: Iterable[Any], min_length: int) -> _Literals | None:
    """The union of each alternative's best literal set, or None if one alternative has none."""
    union: set[str] = set()
    for alternative in alternatives:
        best = _best(_sequence_options(list(alternative), min_length))
        if best is None:
            return None
        union |= best
    return frozenset(union)


class LiteralScanner:
    """All the literals of a set of patterns, found in a text in one pass."""

    def __init__(self, literals: Iterable[str]) -> None:
        """Build the automaton over ``literals`` (lower-case strings)."""
        self._automaton: Any = None
        words = sorted(set(literals))
        if words:
            automaton = ahocorasick.Automaton()
            for word in words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton

    def found(self, text: str) -> frozenset[str]:
        """The literals that occur in ``text`` (compared in lower case)."""
        if self._automaton is None:
            return frozenset()
        return frozenset(word for _, word in self._automaton.iter(text.lower()))
