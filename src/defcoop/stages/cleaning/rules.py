"""Boilerplate removal for plain text: named rules applied in a fixed order.

The cascade (:data:`RULE_ORDER`) looks at one line at a time; the first rule
that claims a line removes it (and may keep what it says as metadata: a
caption, an author, a site name, a publication date). A second pass
(:data:`TRAILING_RULES`) then looks at the kept lines from the end of the page
and drops the site furniture that trails the last sentence of the article.

Patterns live in ``data/boilerplate.tsv`` (``rule<TAB>match<TAB>pattern``);
users can add files with the same columns. Rules that need more than a
pattern (captions with credits, bylines, repeated lines, date lines) are code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.stages.cleaning import metadata
from defcoop.stages.cleaning.datafile import non_empty, one_of, package_data, read_rows
from defcoop.stages.cleaning.prefilter import LiteralScanner, required_literals

MATCH_KINDS = ("exact", "prefix", "contains", "regex")
DATA_RULES = (
    "image_placeholder", "caption", "credit_word", "agency", "teaser_link", "cookie_notice", "subscription",
    "share_prompt", "comment_widget", "language_switcher", "navigation", "copyright", "bio_role",
    "editorial_note", "contact",
)
#: Lines within this many non-empty lines of the top may be date lines and bylines.
TOP_LINES = 8
#: Lines with at least this many words are never taken for page furniture by exact or prefix patterns.
MAX_FURNITURE_WORDS = 25
#: Lines longer than this are never matched against the rules' regular expressions.
MAX_REGEX_WORDS = 120
#: The longest line any rule matches with exact, prefix or substring patterns (the largest ``max_words``).
MAX_SHORT_WORDS = 80
_BULLETS = " \t•·*►▶▪■□◦‣-–—>|»›"
#: Characters that open an item of a bulleted list.
_LIST_BULLETS = "•·*►▶▪■□◦‣-–—>»›"
_QUOTES = "\"\u201c\u201d"
#: Longest bulleted link of a related-links list, and longest unbulleted one.
MAX_LIST_ITEM_WORDS = 25
MAX_HEADLINE_WORDS = 16
#: Longest question line taken for a teaser.
MAX_QUESTION_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_CLOSERS = "\"'\u201d\u2019)]"
_STOPS = (".", "!", "?")
_CREDIT_TAIL = re.compile(r"[.!?]['\"\u201d\u2019]?\s+([^.!?]{2,60})$")


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
            return not (_SENTENCE_END.search(line) and len(line.split()) >= 8)
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
    key = " ".join(line.lower().split()).strip(_BULLETS)
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
        self.key = " ".join(parts).lower().strip(_BULLETS).rstrip(":|").strip()  # normalize_key, one split


@dataclass(slots=True)
class PageFindings:
    """What the cascade removed and what it learned on the way."""

    kept: list[Line] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    #: After a removed list header ("Related:", "Read more"): "header", then "bulleted" or "plain" while
    #: the links under it are removed; "" when no list is open.
    list_state: str = ""


Rule = Callable[[Line, PageFindings, BoilerplateData], bool]


def _pattern_rule(name: str, max_words: int = MAX_FURNITURE_WORDS) -> Rule:
    def rule(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
        matcher = data.matchers.get(name)
        return matcher is not None and matcher.matches(line, line.words <= max_words)

    rule.__name__ = name
    rule.__doc__ = f"Drop lines matching the {name!r} patterns."
    rule.data_only = True  # type: ignore[attr-defined]
    return rule


_IMAGE_PATTERNS = _pattern_rule("image_placeholder", 6)
_CAPTION_PATTERNS = _pattern_rule("caption", 70)


def image_placeholder(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop image and layout placeholders ("img", "Separator", "Advertisement", bare symbols)."""
    return line.words <= 6 and _IMAGE_PATTERNS(line, page, data)


def caption(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Move photo captions (a credit in brackets, "Photo: ...", a trailing agency credit) to metadata."""
    if line.words > 70:
        return False
    is_caption = (data.may_match(line) and _CAPTION_PATTERNS(line, page, data)) or _credit_tail(line.text, data)
    if is_caption and line.text not in page.captions:
        page.captions.append(line.text)
    return is_caption


def _credit_tail(text: str, data: BoilerplateData) -> bool:
    """A sentence followed by a short credit (``... in Manila on Feb. 2. PPA Pool``)."""
    # The credit follows the line's last sentence mark: the only place where the pattern can start.
    last = max(text.rfind("."), text.rfind("!"), text.rfind("?"))
    match = _CREDIT_TAIL.match(text, last) if last >= 0 and len(text) - last > 2 else None
    if not match:
        return False
    tail = match.group(1).strip()
    if len(tail.split()) > 6 or _SENTENCE_END.search(tail):
        return False
    credits = data.words("credit_word")
    pieces = [normalize_key(p) for p in re.split(r"[/|,;]", tail) if p.strip()]
    return any(piece in credits or piece.split()[-1] in credits for piece in pieces if piece)


def date_line(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Move a line near the top that holds only a publication date to metadata."""
    if line.position >= TOP_LINES:
        return False
    found = metadata.date_line(line.text)
    if found:
        page.date_texts.append(found)
    return found is not None


def byline(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Move a byline near the top ("By Jane Roe, Tokyo") or a wire credit line to metadata."""
    if metadata.reporting_credit(line.text):
        return True
    if line.position >= TOP_LINES or line.words > metadata.BYLINE_MAX_WORDS:
        return False
    name = metadata.byline(line.text)
    if name:
        page.authors.append(name)
        if metadata.parse_date(line.text):
            page.date_texts.append(line.text)
    return name is not None


def author_bio(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Move an author bio ("X is the Asia correspondent for Y.") to metadata."""
    if line.words > metadata.BIO_MAX_WORDS:
        return False
    name = metadata.author_bio(line.text, data.words("bio_role"))
    if name:
        page.authors.append(name)
    return name is not None


def related_list(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop the links listed under a removed "Related:"/"Read more" header.

    A listed link is a bulleted line of up to :data:`MAX_LIST_ITEM_WORDS` words,
    or, in a list without bullets, a short line that does not end like a statement
    (a headline, a question). The list ends at the first other line (or a line
    of the other style); bulleted lines elsewhere (fact boxes) stay.
    """
    if not page.list_state:
        return False
    bulleted = line.text[0] in _LIST_BULLETS
    if page.list_state != ("plain" if bulleted else "bulleted"):
        if bulleted and line.words <= MAX_LIST_ITEM_WORDS:
            page.list_state = "bulleted"
            return True
        if not bulleted and line.words <= MAX_HEADLINE_WORDS and (
                line.text.endswith("?") or not _SENTENCE_END.search(line.text)):
            page.list_state = "plain"
            return True
    return False


def question_teaser(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop a short question line below the headline: a teaser link or a widget ("Is this page useful? Yes No").

    Only a line of up to :data:`MAX_QUESTION_WORDS` words that ends in a question
    mark, or whose question is followed by a short clause without a full stop,
    and only below the article's first sentence (a headline asking a question stays).
    """
    if line.words > MAX_QUESTION_WORDS or "?" not in line.text:
        return False
    if any(mark in line.text for mark in _QUOTES) or not any(is_sentence(kept) for kept in page.kept):
        return False  # a quoted question is reported speech; a question above the article is its headline
    tail = line.text.rsplit("?", 1)[1].strip()
    return not tail or (len(tail.split()) <= 10 and not _SENTENCE_END.search(tail))


def is_list_header(line: Line) -> bool:
    """Whether a removed teaser line only announces a list ("Related:", "Related Stories", "Read more")."""
    return line.words <= 4 and not _SENTENCE_END.search(line.text.rstrip(":|"))


def repeated_line(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop the second and later copies of a line (a repeated headline, article or caption)."""
    if line.words < 4 and len(line.key) < 25:
        return False
    if line.key in page.seen:
        return True
    page.seen.add(line.key)
    return False


#: The per-line cascade, in order. The first rule that returns True removes the line.
RULE_ORDER: tuple[tuple[str, Rule], ...] = (
    ("related_list", related_list),
    ("image_placeholder", image_placeholder),
    ("caption", caption),
    ("date_line", date_line),
    ("byline", byline),
    ("author_bio", author_bio),
    ("teaser_link", _pattern_rule("teaser_link")),
    ("cookie_notice", _pattern_rule("cookie_notice", 80)),
    ("subscription", _pattern_rule("subscription", 40)),
    ("share_prompt", _pattern_rule("share_prompt", 12)),
    ("comment_widget", _pattern_rule("comment_widget", 12)),
    ("language_switcher", _pattern_rule("language_switcher", 8)),
    ("navigation", _pattern_rule("navigation", 12)),
    ("copyright", _pattern_rule("copyright", 40)),
    ("editorial_note", _pattern_rule("editorial_note", 45)),
    ("contact", _pattern_rule("contact", 8)),
    ("question_teaser", question_teaser),
    ("repeated_line", repeated_line),
)


def ends_sentence(line: Line) -> bool:
    """Whether a line ends with sentence punctuation (optionally followed by a quote or bracket)."""
    # The same test as ``_SENTENCE_END.search``, read from the end instead of scanning the line.
    return line.text.rstrip().rstrip(_CLOSERS)[-1:] in _STOPS


#: Rules that only match the patterns of the data files (skipped for a line that no pattern may match).
_DATA_ONLY_RULES = frozenset(
    name for name, rule in RULE_ORDER if name == "image_placeholder" or getattr(rule, "data_only", False)
)

#: The cascade without the data-only rules, for lines that no pattern may match.
_CODE_RULES = tuple((name, rule) for name, rule in RULE_ORDER if name not in _DATA_ONLY_RULES)

#: Rules whose verdict depends on the line alone (not on its position or on earlier lines).
_MEMO_RULES = frozenset(name for name, _ in RULE_ORDER) - {
    "date_line", "byline", "repeated_line", "related_list", "question_teaser"}


def is_sentence(line: Line) -> bool:
    """Whether a line reads as article prose: it ends like a sentence or is long."""
    return ends_sentence(line) or line.words >= 12


def site_signature(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Move a trailing line that is only a domain or a news agency's name to metadata."""
    domain = metadata.domain_line(line.text)
    if domain:
        page.sites.append(domain)
        return True
    if line.key in data.words("agency"):
        page.agencies.append(line.text.strip(_BULLETS))
        return True
    return False


def trailing_furniture(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop short lines without sentence punctuation after the article's last sentence."""
    return line.words <= 6 and not _SENTENCE_END.search(line.text)


#: Rules applied from the end of the page to the lines after the last sentence.
TRAILING_RULES: tuple[tuple[str, Rule], ...] = (
    ("site_signature", site_signature),
    ("trailing_furniture", trailing_furniture),
)


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their position among non-empty lines."""
    lines: list[Line] = []
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            lines.append(Line(index, stripped, len(lines)))
    return lines


def run_cascade(lines: Sequence[Line], data: BoilerplateData | None = None) -> PageFindings:
    """Apply :data:`RULE_ORDER` to every line, then :data:`TRAILING_RULES` to the page's tail."""
    rules = data or default_boilerplate()
    page = PageFindings()
    verdicts: dict[str, str] = {}
    for line in lines:
        earlier = verdicts.get(line.key)
        if earlier is not None:
            # A repeated line gets the verdict of its first copy; a kept line is now a repetition.
            name = earlier if earlier in _MEMO_RULES else "repeated_line"
            if earlier in _MEMO_RULES or line.words >= 4 or len(line.key) >= 25:
                if name == "caption" and line.text not in page.captions:
                    page.captions.append(line.text)
                page.removed.append((name, line.text))
                if name == "teaser_link" and is_list_header(line):
                    page.list_state = "header"
                elif name != "repeated_line":
                    page.list_state = ""
                continue
        name = _first_claim(line, page, rules)
        if name:
            page.removed.append((name, line.text))
        else:
            page.kept.append(line)
        verdicts[line.key] = name
        if name == "teaser_link" and is_list_header(line):
            page.list_state = "header"
        elif name != "related_list":
            page.list_state = ""
    _drop_trailing(page, rules)
    return page


def _first_claim(line: Line, page: PageFindings, rules: BoilerplateData) -> str:
    """The name of the first rule of :data:`RULE_ORDER` that removes ``line`` ("" when none does)."""
    for name, rule in RULE_ORDER if rules.may_match(line) else _CODE_RULES:
        if rule(line, page, rules):
            return name
    return ""


def _drop_trailing(page: PageFindings, data: BoilerplateData) -> None:
    last_sentence = max((i for i, line in enumerate(page.kept) if is_sentence(line)), default=-1)
    tail = page.kept[last_sentence + 1:]
    if not tail or last_sentence < 0:
        return
    kept_tail: list[Line] = []
    for line in tail:
        for name, rule in TRAILING_RULES:
            if rule(line, page, data):
                page.removed.append((name, line.text))
                break
        else:
            kept_tail.append(line)
    page.kept = page.kept[: last_sentence + 1] + kept_tail
