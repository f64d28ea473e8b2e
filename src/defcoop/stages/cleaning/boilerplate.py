"""Boilerplate patterns from data files, grouped for fast matching against page lines.

``data/boilerplate.tsv`` (``rule<TAB>match<TAB>pattern``) and any user files with
the same columns hold each data rule's patterns: exact lines, prefixes,
substrings and regular expressions. :class:`BoilerplateData` loads them and
groups each rule's patterns in a :class:`Matcher`; a shared :class:`RegexGate`
lets a line that no regular expression can match skip them all. :class:`Line`
is the page line they are matched against (with the per-line caches the
matchers fill). The cascade that applies the rules is in
:mod:`~defcoop.stages.cleaning.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.stages.cleaning.datafile import non_empty, one_of, package_data, read_rows
from defcoop.stages.cleaning.prefilter import LiteralScanner, required_literals

MATCH_KINDS = ("exact", "prefix", "contains", "regex")
DATA_RULES = (
    "image_placeholder", "caption", "credit_word", "agency", "teaser_link", "cookie_notice", "subscription",
    "share_prompt", "comment_widget", "language_switcher", "navigation", "copyright", "bio_role",
    "editorial_note", "contact",
)
#: Lines longer than this are never matched against the rules' regular expressions.
MAX_REGEX_WORDS = 120
#: The longest line any rule matches with exact, prefix or substring patterns (the largest ``max_words``).
MAX_SHORT_WORDS = 80
#: Characters stripped from both ends of a line's key (bullets, separators, spaces).
BULLETS = " \t•·*►▶▪■□◦‣-–—>|»›"
#: The end of a sentence: a stop, then any closing quotes or brackets, at the end of the text.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern of a data-driven rule."""

    match: str
    text: str
    regex: re.Pattern[str] | None = None

    def matches(self, key: str, line: str) -> bool:
        """Whether the pattern matches; ``key`` is the normalized line, ``line`` the stripped one."""
        if self.match == "exact":
            return key == self.text
        if self.match == "prefix":
            size = len(self.text)
            if not key.startswith(self.text) or (len(key) > size and key[size].isalpha()):
                return False
            # A prose sentence that merely starts with a short prefix ("Related talks will ...") is kept;
            # prefixes of three words or more, or ending in ':' or '|', are specific enough.
            if self.text[-1] in ":|" or len(self.text.split()) >= 3:
                return True
            return not (SENTENCE_END.search(line) and len(line.split()) >= 8)
        if self.match == "contains":
            return self.text in key
        assert self.regex is not None
        return self.regex.search(line) is not None


def _combined(regexes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of a rule's regular expressions (each was compiled alone when loaded)."""
    return re.compile("|".join(f"(?:{text})" for text in regexes), re.I) if regexes else None


_LEADING_WORD = re.compile(r"[^\W\d_]+|.")


def _first_word(text: str) -> str:
    """The leading letters of a normalized line or prefix (or its first character)."""
    match = _LEADING_WORD.match(text)
    return match.group(0) if match else ""


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one rule, grouped for fast matching."""

    exact: frozenset[str]
    prefixes: dict[str, tuple[Pattern, ...]]
    contains: tuple[str, ...]
    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None
    #: Unanchored regexes with the literals one of which each needs (searched only when one is in the line).
    filtered: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = ()
    gate: RegexGate | None = None

    @classmethod
    def of(cls, patterns: Sequence[Pattern], gate: RegexGate | None = None) -> Matcher:
        """Group ``patterns`` by kind; prefixes by their first word, regexes by whether they are anchored.

        With a ``gate`` (built over the regexes of every rule), a line no regex can match
        skips them all, and unanchored regexes that need a literal word are searched only
        in lines that hold one.
        """
        prefixes: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            if pattern.match == "prefix":
                prefixes.setdefault(_first_word(pattern.text), []).append(pattern)
        regexes = [p for p in patterns if p.regex is not None]
        filtered: list[tuple[frozenset[str], re.Pattern[str]]] = []
        unfiltered: list[str] = []
        for pattern in regexes:
            if pattern.text.startswith("^"):
                continue
            literals = required_literals(pattern.text) if gate is not None else None
            if literals and pattern.regex is not None:
                filtered.append((literals, pattern.regex))
            else:
                unfiltered.append(pattern.text)
        return cls(
            frozenset(p.text for p in patterns if p.match == "exact"),
            {word: tuple(group) for word, group in prefixes.items()},
            tuple(p.text for p in patterns if p.match == "contains"),
            _combined(tuple(p.text for p in regexes if p.text.startswith("^"))),
            _combined(tuple(unfiltered)),
            tuple(filtered),
            gate,
        )

    def matches(self, line: Line, short: bool) -> bool:
        """Whether a line matches; exact, prefix and substring patterns only apply to ``short`` lines.

        Regular expressions apply to lines of up to :data:`MAX_REGEX_WORDS` words: page
        furniture is short, and long lines are article prose.
        """
        if short:
            if line.key in self.exact or any(text in line.key for text in self.contains):
                return True
            candidates = self.prefixes.get(_first_word(line.key), ())
            if any(p.matches(line.key, line.text) for p in candidates):
                return True
        if line.words > MAX_REGEX_WORDS or (self.gate is not None and not self.gate.open(line)):
            return False
        if self.anchored is not None and self.anchored.match(line.text):
            return True
        if self.floating is not None and self.floating.search(line.text) is not None:
            return True
        if not self.filtered or self.gate is None:
            return False
        present = self.gate.literals(line)
        return any(
            regex.search(line.text) is not None for needed, regex in self.filtered if not needed.isdisjoint(present)
        )


@dataclass(frozen=True, slots=True)
class BoilerplateData:
    """The loaded patterns, by rule name."""

    patterns: dict[str, tuple[Pattern, ...]]
    matchers: dict[str, Matcher] = field(default_factory=dict)
    word_sets: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Every rule's exact patterns, first words of prefixes and substrings, for :meth:`may_match`.
    any_exact: set[str] = field(default_factory=set)
    any_prefix_word: set[str] = field(default_factory=set)
    any_contains: list[str] = field(default_factory=list)
    gates: list[RegexGate] = field(default_factory=list)

    def __post_init__(self) -> None:
        gate = RegexGate.of([p for group in self.patterns.values() for p in group])
        self.gates.append(gate)
        for rule, patterns in self.patterns.items():
            self.matchers[rule] = Matcher.of(patterns, gate)
            self.word_sets[rule] = frozenset(p.text for p in patterns if p.match == "exact")
            self.any_exact.update(self.word_sets[rule])
            self.any_prefix_word.update(_first_word(p.text) for p in patterns if p.match == "prefix")
            self.any_contains.extend(p.text for p in patterns if p.match == "contains")

    def may_match(self, line: Line) -> bool:
        """Whether any pattern of any rule may match ``line`` (False lets the cascade skip the data rules)."""
        if line.may_match is None:
            short = line.words <= MAX_SHORT_WORDS and (
                line.key in self.any_exact
                or _first_word(line.key) in self.any_prefix_word
                or any(text in line.key for text in self.any_contains)
            )
            line.may_match = short or (line.words <= MAX_REGEX_WORDS and self.gates[0].open(line))
        return line.may_match

    def words(self, rule: str) -> frozenset[str]:
        """The exact patterns of ``rule`` as a set (credit words, agencies, roles)."""
        return self.word_sets.get(rule, frozenset())


@dataclass(frozen=True, slots=True)
class RegexGate:
    """One look at a line that tells whether any rule's regular expression may match it.

    The look is cached on the line: the literals of the unanchored regexes found in
    it (one Aho-Corasick pass), and whether any anchored regex, or any unanchored one
    without a literal, matches. A line of prose usually opens no gate and skips all
    of the rules' regular expressions.
    """

    scanner: LiteralScanner
    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    @classmethod
    def of(cls, patterns: Sequence[Pattern]) -> RegexGate:
        """The gate over the regular expressions among ``patterns`` (of all rules)."""
        regexes = [p.text for p in patterns if p.regex is not None]
        literals: set[str] = set()
        unfiltered: list[str] = []
        for text in regexes:
            if text.startswith("^"):
                continue
            needed = required_literals(text)
            if needed:
                literals |= needed
            else:
                unfiltered.append(text)
        return cls(
            LiteralScanner(literals),
            _combined(tuple(text for text in regexes if text.startswith("^"))),
            _combined(tuple(unfiltered)),
        )

    def literals(self, line: Line) -> frozenset[str]:
        """The regex literals that occur in ``line``."""
        if line.literals is None:
            line.literals = self.scanner.found(line.text)
        return line.literals

    def open(self, line: Line) -> bool:
        """Whether some rule's regular expression may match ``line``."""
        if line.gate is None:
            line.gate = bool(
                self.literals(line)
                or (self.anchored is not None and self.anchored.match(line.text))
                or (self.floating is not None and self.floating.search(line.text))
            )
        return line.gate


def load_boilerplate(extra: Iterable[Path] = ()) -> BoilerplateData:
    """Read the package's ``boilerplate.tsv`` and any ``extra`` files with the same columns."""
    grouped: dict[str, list[Pattern]] = {rule: [] for rule in DATA_RULES}
    for path in (package_data("boilerplate.tsv"), *extra):
        checks = (one_of(DATA_RULES), one_of(MATCH_KINDS), non_empty)
        rows = read_rows(path, ("rule", "match", "pattern"), checks)
        for number, (rule, match, text) in rows:
            regex = None
            if match == "regex":
                try:
                    regex = re.compile(text, re.I)
                except re.error as exc:
                    raise DataFileError(str(path), number, f"bad regular expression: {exc}") from None
            grouped[rule].append(Pattern(match, _pattern_text(match, text), regex))
    return BoilerplateData({rule: tuple(patterns) for rule, patterns in grouped.items()})


def _pattern_text(match: str, text: str) -> str:
    """Exact patterns compare with the normalized line; prefixes keep their final ``:`` or ``|``."""
    if match == "regex":
        return text
    if match == "exact":
        return normalize_key(text)
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def default_boilerplate() -> BoilerplateData:
    """The package's boilerplate patterns, loaded once."""
    return load_boilerplate()


def normalize_key(line: str) -> str:
    """Lower-cased line without bullets, surrounding spaces and a trailing ``:`` or ``|``."""
    key = " ".join(line.lower().split()).strip(BULLETS)
    return key.rstrip(":|").strip()


@dataclass(slots=True)
class Line:
    """One non-empty line of the page and where it stands."""

    index: int
    text: str
    position: int
    key: str = ""
    words: int = 0
    #: Regex literals found in the line (filled on first need by a rule's matcher).
    literals: frozenset[str] | None = None
    #: Whether any rule's regular expression may match the line (see :class:`RegexGate`).
    gate: bool | None = None
    #: Whether any data rule may match the line (see :meth:`BoilerplateData.may_match`).
    may_match: bool | None = None

    def __post_init__(self) -> None:
        parts = self.text.split()
        self.words = len(parts)
        self.key = " ".join(parts).lower().strip(BULLETS).rstrip(":|").strip()  # normalize_key, one split
