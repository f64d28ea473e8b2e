"""Publication metadata from the sources a page offers: explicit fields, a date
line at the top, a dateline, the URL.

Every function is pure and tolerant: what cannot be parsed gives ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?"
_TIME = (
    r"(?:[,\s|-]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*)?)?"
)

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASHED_YMD = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+(\d{{4}})(?!\d)", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_DOTTED_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
#: ``05/08/2025``: day first unless only the month-first reading is valid (``12/31/2024``).
_SLASHED_DMY = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})", re.I
)

#: A line at the top of a page that holds only a (labelled) publication date.
DATE_LINE = re.compile(
    r"^\s*(?:(?:published|updated|posted|last updated|first published|date|dated|modified|created)"
    r"(?:\s+by\s+[\w .'-]{1,40}?)?(?:\s+(?:on|at))?\s*[:|-]?\s*)?"
    r"(?:[a-z][\w.'-]*(?:\s[a-z][\w.'-]*){0,3}\s*[,|]\s*)?" + _WEEKDAY +
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.+-]+Z?)?|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    + _TIME + r"\s*(?:by\s+[\w .'-]{1,40})?\s*(?:\|.{0,40})?$",
    re.I,
)

#: A scraper's marker prefixed to the first line, e.g. ``" date 2025-04-28 New Delhi, ..."``.
DATE_MARKER = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\s+")

#: A dateline opening the first paragraph: ``MANILA, July 8 (Reuters) -``, ``New Delhi, Apr 28 (PTI)``,
#: ``TOKYO --``, ``New Delhi:``, ``DUESSELDORF (dpa-AFX) -``.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\u2019-]+(?:[ -][A-Z][A-Za-z.'\u2019-]+){0,3})"
    rf"(?:,\s*(?i:{_WEEKDAY})?(?P<date>(?i:{_MONTH})\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?i:{_MONTH})(?:\s+\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\))?"
    r"\s*(?P<sep>--|-|–|—|:)?\s+",
)

_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_URL_COMPACT_DATE = re.compile(r"[/_-](20\d{2})(\d{2})(\d{2})(?:[/_.-]|$)")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens an article."""

    place: str
    date_text: str | None
    agency: str | None
    end: int


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """The first full calendar date written in ``text`` (ISO, ``12 March 2024``, ``March 12, 2024``, ...)."""
    if not text:
        return None
    candidates: list[tuple[int, date]] = []
    slashed = _SLASHED_DMY.search(text)
    if slashed:
        left, right, year = (int(g) for g in slashed.groups())
        day, month = (right, left) if left <= 12 < right else (left, right)
        parsed_slashed = _safe_date(year, month, day)
        if parsed_slashed:
            candidates.append((slashed.start(), parsed_slashed))
    for pattern, order in ((_ISO, "ymd"), (_SLASHED_YMD, "ymd"), (_DOTTED_DMY, "dmy")):
        match = pattern.search(text)
        if match:
            parts = [int(g) for g in match.groups()]
            year, month, day = parts if order == "ymd" else (parts[2], parts[1], parts[0])
            parsed = _safe_date(year, month, day)
            if parsed:
                candidates.append((match.start(), parsed))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.search(text)
        if match:
            head, middle, year_text = match.groups()
            day_text, month_name = (head, middle) if order == "dmy" else (middle, head)
            parsed = _safe_date(int(year_text), MONTHS[month_name.lower().rstrip(".")], int(day_text))
            if parsed:
                candidates.append((match.start(), parsed))
    return min(candidates)[1] if candidates else None


def month_day(text: str | None) -> tuple[int, int] | None:
    """Month and day written in ``text`` without a year (``July 8``, ``8 July``, ``Feb. 24``)."""
    if not text:
        return None
    full = parse_date(text)
    if full is not None:
        return full.month, full.day
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    month_name = match.group(1) or match.group(4)
    day = int(match.group(2) or match.group(3))
    month = MONTHS[month_name.lower().rstrip(".")]
    return (month, day) if _safe_date(2000, month, day) else None


def date_line(line: str) -> str | None:
    """The date text when ``line`` is nothing but a (labelled) publication date."""
    if len(line) > 120:
        return None
    match = DATE_LINE.match(line)
    return match.group("date") if match and parse_date(match.group("date")) else None


def date_marker(line: str) -> tuple[str, int] | None:
    """A scraper's ``date YYYY-MM-DD`` prefix: its date text and where the article text starts."""
    match = DATE_MARKER.match(line)
    if match and parse_date(match.group(1)):
        return match.group(1), match.end()
    return None


def find_dateline(first_line: str) -> Dateline | None:
    """The dateline at the start of the first paragraph, if it has a date, an agency or a dash.

    A line that holds nothing but a dateline (``MANILA, July 8 (Wire) -``) counts too.
    """
    alone = DATELINE.match(first_line.rstrip() + " ")
    if alone and alone.end() >= len(first_line.rstrip()) and alone.group("date"):
        first_line = first_line.rstrip() + " "
    match = DATELINE.match(first_line)
    if not match:
        return None
    place, date_text, agency, sep = (match.group(k) for k in ("place", "date", "agency", "sep"))
    has_caps_place = place.isupper() and len(place) > 2
    if not (date_text or agency or (sep and (has_caps_place or sep != "-"))):
        return None
    if sep is None and not (date_text and agency):
        return None
    return Dateline(place.strip(), date_text, agency, match.end())


def date_from_url(url: str | None) -> date | None:
    """A date written in a URL path: ``/2023/04/03/`` or ``-20230403-``."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in (_URL_DATE, _URL_COMPACT_DATE):
        match = pattern.search(path)
        if match:
            parsed = _safe_date(*(int(g) for g in match.groups()))
            if parsed:
                return parsed
    return None


def site_from_url(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, or ``None``."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host or "." not in host:
        return None
    return host[4:] if host.startswith("www.") else host


_DOMAIN_LINE = re.compile(r"^\s*(?:www\.)?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\s*$", re.I)


def domain_line(line: str) -> str | None:
    """The domain when ``line`` is only a site's domain (``AloJapan.com``)."""
    match = _DOMAIN_LINE.match(line)
    return match.group(1) if match else None


#: Longest byline and author bio, in words.
BYLINE_MAX_WORDS = 14
BIO_MAX_WORDS = 40
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|author|words by|story by|reporting by|posted by)\s*:?\s+"
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+(?:[A-Z][\w.'\u2019-]+|van|von|de|da|del|bin|al|el|and|&)){0,5})"
    r"\s*(?:[,|/–—-]\s*.{0,60})?$"
)
_BIO = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s+(?:is|was|has been|writes as)\s+"
    r"(?:a|an|the|our)\s+(?P<role>[^.]{0,80}?)\s+(?:for|at|with|of|based in|covering)\b[^.]{0,120}\.?\s*$"
)
_REPORTING = re.compile(r"^\s*\(?\s*(?:reporting|writing|editing|additional reporting)\s+by\b.{0,200}$", re.I)


def byline(line: str) -> str | None:
    """The author's name when ``line`` is a byline (``By Jane Roe, Tokyo``)."""
    if len(line.split()) > BYLINE_MAX_WORDS:
        return None
    match = _BYLINE.match(line)
    return match.group("name").strip() if match else None


def author_bio(line: str, roles: frozenset[str]) -> str | None:
    """The author's name when ``line`` is an author bio (``X is the Asia correspondent for Y.``)."""
    if len(line.split()) > BIO_MAX_WORDS:
        return None
    match = _BIO.match(line)
    if not match:
        return None
    role = match.group("role").lower()
    return match.group("name") if any(word in role for word in roles) else None


def reporting_credit(line: str) -> bool:
    """Whether ``line`` is a wire credit such as ``(Reporting by X; Editing by Y)``."""
    return bool(_REPORTING.match(line))
