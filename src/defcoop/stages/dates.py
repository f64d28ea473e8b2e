"""Dates in news text: absolute ("Jan. 8", "August 17–22", "3 to 14 March", "mid-2013") and relative ("on Tuesday").

:func:`find_dates` lists the date expressions of a text; :func:`resolve` turns
one into an ISO 8601 value as precise as the words allow (``2024-08-20``,
``2024-08``, ``2016``) given the article's publication date (or, when that is
unknown, a year inferred from the article's own absolute dates). Expressions
that need a reference date that is unknown stay unresolved (``None``); their
words are still reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
#: A month named alone ("in November", "by the end of June"): full names only ("by Jan Novak" is a name).
_FULL_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_CONTEXT = (
    r"\b(?i:in|by|until|till|from|since|during|through|before|after|early|late|mid-?|"
    r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|first\s+week|last\s+week)\s+of)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY_RANGE_END = r"\s*(?:[-–—]|to|until|till)\s*[0-3]?\d"  # "August 17-22", "3 to 14 March": the first day dates it
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:{_DAY_RANGE_END})?(?:,?\s+{_YEAR})?\b")),
    ("day_month", re.compile(rf"\b{_DAY}(?:{_DAY_RANGE_END}(?:st|nd|rd|th)?)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("month_year", re.compile(rf"\b(?:in\s+|of\s+)?{_MONTH}\s+{_YEAR}\b")),
    ("part_year", re.compile(rf"\b(?P<part>mid|early|late)[- ]{_YEAR}\b", re.IGNORECASE)),
    ("in_year", re.compile(rf"\b(?:in|since|by|from|until|of)\s+{_YEAR}\b")),
    ("relative_month", re.compile(rf"\b(?P<rel>last|next|this)\s+{_MONTH}\b")),
    ("bare_month", re.compile(rf"{_MONTH_CONTEXT}\s+{_FULL_MONTH}\b(?![\s,-]*\d)")),
    (
        "relative_period",
        re.compile(
            r"\b(?:(?P<part>early|late|later|earlier)\s+)?(?P<rel>last|next|this)\s+(?P<unit>year|month|week)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:on\s+|last\s+|next\s+|this\s+)?"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("deictic", re.compile(r"\b(?P<deictic>yesterday|today|tomorrow)\b", re.IGNORECASE)),
)
#: The patterns that need a digit (a day or a year): skipped for a text without one.
_DIGIT_KINDS = frozenset({"month_day", "day_month", "month_year", "part_year", "in_year"})
#: Words one of which a pattern needs: as written for a pattern that minds case (a month or weekday name), in
#: lowercase for one that ignores it. A cheap test that skips the pattern's search when it cannot match.
_MONTH_PARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDS_CASED: dict[str, tuple[str, ...]] = {
    "month_day": _MONTH_PARTS, "day_month": _MONTH_PARTS, "month_year": _MONTH_PARTS, "relative_month": _MONTH_PARTS,
    "bare_month": _MONTH_PARTS,
    "weekday": ("day",),
}
_NEEDS_LOWER: dict[str, tuple[str, ...]] = {
    "part_year": ("mid", "early", "late"),
    "relative_period": ("year", "month", "week"),
    "deictic": ("yesterday", "today", "tomorrow"),
}
_DIGIT = re.compile(r"\d")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HINT = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|"
    r"\b(?:last|next|this|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``start:end`` of a text, with its kind and matched fields."""

    start: int
    end: int
    text: str
    kind: str
    fields: tuple[tuple[str, str], ...]

    def field(self, name: str) -> str | None:
        """The matched text of ``name`` (``None`` when absent)."""
        for key, value in self.fields:
            if key == name:
                return value
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every date expression of ``text``, sorted by position, without overlaps (the first pattern wins)."""
    digits = _DIGIT.search(text) is not None
    if not digits and not _HINT.search(text):  # a digit is a hint: the slower hint search only without one
        return []
    lowered = text.lower() if text.isascii() else None  # outside ASCII, case folding may pair other letters
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        if not digits and kind in _DIGIT_KINDS:
            continue  # no number in the text: a day or a year cannot match
        if not _may_match(kind, text, lowered):
            continue
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            fields = tuple((k, v) for k, v in match.groupdict().items() if v)
            if kind == "month_day" and _bad_day(match.groupdict().get("day")):
                continue
            taken.append(span)
            found.append(DateMention(span[0], span[1], match.group(0), kind, fields))
    return sorted(found, key=lambda d: d.start)


def _may_match(kind: str, text: str, lowered: str | None) -> bool:
    """Whether the pattern of ``kind`` may match ``text`` (``lowered``: its lowercase when ASCII, else ``None``)."""
    cased = _NEEDS_CASED.get(kind)
    if cased is not None:
        return any(part in text for part in cased)
    parts = _NEEDS_LOWER.get(kind)
    return parts is None or lowered is None or any(part in lowered for part in parts)


def _bad_day(day: str | None) -> bool:
    return day is None or not 1 <= int(day) <= 31


def infer_year(text: str) -> int | None:
    """The most frequent explicit year of ``text`` (latest on ties), for articles without a date."""
    counts: dict[int, int] = {}
    for match in _ANY_YEAR.finditer(text):
        year = int(match.group(0))
        counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _month(value: str | None) -> int | None:
    return MONTHS.get(value.lower().rstrip(".")) if value else None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def resolve(mention: DateMention, published: date | None, year_hint: int | None, future: bool = False) -> str | None:
    """The ISO value of ``mention``; ``future`` picks the next rather than the last weekday or month."""
    kind = mention.kind
    year_text = mention.field("year")
    year = int(year_text) if year_text else None
    month = _month(mention.field("month"))
    if kind in ("month_day", "day_month"):
        day = int(mention.field("day") or 0)
        return _iso(year or _year_for(month, published, year_hint, future), month, day)
    if kind == "month_year":
        return _iso(year, month)
    if kind == "bare_month":
        return _iso(_year_for(month, published, year_hint, future), month)
    if kind in ("part_year", "in_year"):
        return _iso(year)
    if published is None:
        return None
    if kind == "relative_month":
        return _relative_month(mention.field("rel") or "", month or 1, published)
    if kind == "relative_period":
        return _relative_period(mention.field("rel") or "", mention.field("unit") or "", published)
    if kind == "weekday":
        weekday = WEEKDAYS[(mention.field("weekday") or "monday").lower()]
        return _weekday(mention.text.lower(), weekday, published, future)
    if kind == "deictic":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[(mention.field("deictic") or "today").lower()]
        return (published + timedelta(days=shift)).isoformat()
    return None


def _year_for(month: int | None, published: date | None, hint: int | None, future: bool) -> int | None:
    """The year of a month named without one: the publication year, shifted when the month is far off."""
    if published is None:
        return hint
    if month is None:
        return published.year
    if not future and month > published.month + 1:
        return published.year - 1
    if future and month < published.month - 1:
        return published.year + 1
    return published.year


def _relative_month(rel: str, month: int, published: date) -> str | None:
    if rel == "last":
        year = published.year if month < published.month else published.year - 1
    elif rel == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
    return _iso(year, month)


def _relative_period(rel: str, unit: str, published: date) -> str | None:
    step = {"last": -1, "next": 1, "this": 0}[rel.lower()]
    unit = unit.lower()
    if unit == "year":
        return _iso(published.year + step)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return _iso(index // 12, index % 12 + 1)
    shifted = published + timedelta(days=7 * step)
    return _iso(shifted.year, shifted.month)


def _weekday(words: str, weekday: int, published: date, future: bool) -> str:
    if words.startswith("next"):
        future = True
    elif words.startswith("last"):
        future = False
    delta = (weekday - published.weekday()) % 7
    if future:
        return (published + timedelta(days=delta)).isoformat()
    return (published - timedelta(days=(published.weekday() - weekday) % 7)).isoformat()
