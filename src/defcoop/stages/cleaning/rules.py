"""Boilerplate removal for plain text: named rules applied in a fixed order.

The cascade (:data:`RULE_ORDER`) looks at one line at a time; the first rule
that claims a line removes it (and may keep what it says as metadata: a
caption, an author, a site name, a publication date). A second pass
(:data:`TRAILING_RULES`) then looks at the kept lines from the end of the page
and drops the site furniture that trails the last sentence of the article.

Patterns live in ``data/boilerplate.tsv`` (``rule<TAB>match<TAB>pattern``),
loaded and matched by :mod:`~defcoop.stages.cleaning.boilerplate`; users can
add files with the same columns. Rules that need more than a pattern
(captions with credits, bylines, repeated lines, date lines) are code, here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from defcoop.stages.cleaning import metadata
from defcoop.stages.cleaning.boilerplate import (
    BULLETS,
    SENTENCE_END,
    BoilerplateData,
    Line,
    default_boilerplate,
    normalize_key,
)

#: Lines within this many non-empty lines of the top may be date lines and bylines.
TOP_LINES = 8
#: Lines with at least this many words are never taken for page furniture by exact or prefix patterns.
MAX_FURNITURE_WORDS = 25
#: Characters that open an item of a bulleted list.
_LIST_BULLETS = "•·*►▶▪■□◦‣-–—>»›"
_QUOTES = "\"\u201c\u201d"
#: Longest bulleted link of a related-links list, and longest unbulleted one.
MAX_LIST_ITEM_WORDS = 25
MAX_HEADLINE_WORDS = 16
#: Longest question line taken for a teaser.
MAX_QUESTION_WORDS = 12
_CLOSERS = "\"'\u201d\u2019)]"
_STOPS = (".", "!", "?")
_CREDIT_TAIL = re.compile(r"[.!?]['\"\u201d\u2019]?\s+([^.!?]{2,60})$")


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
    if len(tail.split()) > 6 or SENTENCE_END.search(tail):
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
                line.text.endswith("?") or not SENTENCE_END.search(line.text)):
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
    return not tail or (len(tail.split()) <= 10 and not SENTENCE_END.search(tail))


def is_list_header(line: Line) -> bool:
    """Whether a removed teaser line only announces a list ("Related:", "Related Stories", "Read more")."""
    return line.words <= 4 and not SENTENCE_END.search(line.text.rstrip(":|"))


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
    # The same test as ``SENTENCE_END.search``, read from the end instead of scanning the line.
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
        page.agencies.append(line.text.strip(BULLETS))
        return True
    return False


def trailing_furniture(line: Line, page: PageFindings, data: BoilerplateData) -> bool:
    """Drop short lines without sentence punctuation after the article's last sentence."""
    return line.words <= 6 and not SENTENCE_END.search(line.text)


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
