"""Clean stage: raw page -> cleaned text with publication metadata and language.

Steps: HTML pages go through :mod:`~defcoop.stages.cleaning.html` (trafilatura,
then lxml or regex fallbacks); the text is normalized; a scraper's date marker
is lifted off the first line; the boilerplate cascade of
:mod:`~defcoop.stages.cleaning.rules` (patterns matched by
:mod:`~defcoop.stages.cleaning.boilerplate`) removes page furniture and keeps
captions, bylines, dates and site names as metadata; the language is detected
and, in an English page, lines in another language are dropped and counted;
publication date, site, author and title are chosen from the best available
source; the content hash is taken over a normalized form of the cleaned text.

:func:`clean` is pure and never raises for content problems: a page that is
all boilerplate gives a Document with empty text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from defcoop.records import Document, RawDocument
from defcoop.stages.cleaning import metadata
from defcoop.stages.cleaning.boilerplate import BoilerplateData, Line
from defcoop.stages.cleaning.html import HtmlExtract, extract_html
from defcoop.stages.cleaning.language import (
    UNDETERMINED,
    detect_language,
    is_foreign_line,
    looks_english,
    script_counts,
)
from defcoop.stages.cleaning.normalize import content_hash, normalize_layout
from defcoop.stages.cleaning.rules import (
    PageFindings,
    ends_sentence,
    is_sentence,
    run_cascade,
    split_lines,
)

_TITLE_MAX_WORDS = 25
_MIN_LINE_WORDS_FOR_LANGUAGE = 3
_DATELINE_LINES = 4


@dataclass(slots=True)
class _Dates:
    marker: str | None = None


def clean(raw: RawDocument, rules: BoilerplateData | None = None) -> Document:
    """Clean one raw document (plain text or HTML) into a :class:`Document`."""
    extracted = extract_html(raw.html, raw.url) if raw.html is not None else None
    raw_text = extracted.text if extracted is not None else (raw.text or "")
    lines = split_lines(normalize_layout(raw_text))
    dates = _Dates()
    lines = _lift_date_marker(lines, dates)
    page = run_cascade(lines, rules)
    if dates.marker:
        page.removed.insert(0, ("date_marker", f"date {dates.marker}"))
    if extracted is not None:
        page.captions.extend(c for c in extracted.captions if c not in page.captions)
    language = _document_language(page.kept)
    skipped = _drop_foreign_lines(page, language) if language == "en" else 0
    text = "\n\n".join(line.text for line in page.kept)
    published, published_text = _publication_date(raw, extracted, page, dates)
    return Document(
        source=raw.source,
        raw_text=raw_text,
        text=text,
        content_hash=content_hash(text, fallback=raw_text or raw.source),
        title=_title(raw, extracted, page),
        url=raw.url or (extracted.url if extracted else None),
        published=published,
        published_text=published_text,
        site=_site(raw, extracted, page),
        author=(extracted.author if extracted and extracted.author else None) or _first(page.authors),
        language=language,
        captions=list(page.captions),
        removed=[f"[{rule}] {line}" for rule, line in page.removed],
        skipped_lines=skipped,
    )


def _lift_date_marker(lines: list[Line], dates: _Dates) -> list[Line]:
    """Remove a scraper's ``date YYYY-MM-DD`` prefix from the first line."""
    if not lines:
        return lines
    found = metadata.date_marker(lines[0].text)
    if found is None:
        return lines
    dates.marker, start = found
    rest = lines[0].text[start:].strip()
    first = [Line(lines[0].index, rest, 0)] if rest else []
    return first + lines[1:]


def _document_language(kept: list[Line]) -> str:
    """The page's language; a short Latin-script text without clear evidence counts as English."""
    text = "\n".join(line.text for line in kept)
    if not text.strip():
        return UNDETERMINED
    if looks_english(text):
        return "en"
    guess = detect_language(text).language
    if guess == UNDETERMINED:
        scripts = script_counts(text)
        if scripts and scripts.most_common(1)[0][0] == "LATIN":
            return "en"
    return guess


def _drop_foreign_lines(page: PageFindings, language: str) -> int:
    kept: list[Line] = []
    dropped = 0
    for line in page.kept:
        if line.words >= _MIN_LINE_WORDS_FOR_LANGUAGE and is_foreign_line(line.text, language):
            page.removed.append(("non_english_line", line.text))
            dropped += 1
        else:
            kept.append(line)
    page.kept = kept
    return dropped


def _publication_date(
    raw: RawDocument, extracted: HtmlExtract | None, page: PageFindings, dates: _Dates
) -> tuple[date | None, str | None]:
    """The publication date from the best source: field, HTML, marker, date line, URL, dateline.

    A WARC record's date is when the page was crawled, so it comes last there.
    """
    field_date = raw.published if raw.fmt != "warc" else None
    candidates: list[str | None] = [field_date, extracted.published if extracted else None, dates.marker,
                                    *page.date_texts]
    for text in candidates:
        parsed = metadata.parse_date(text)
        if parsed is not None and text is not None:
            return parsed, text
    from_url = metadata.date_from_url(raw.url or (extracted.url if extracted else None))
    if from_url is not None:
        return from_url, from_url.isoformat()
    dateline = _dateline(page)
    if dateline is not None and dateline.date_text:
        return metadata.parse_date(dateline.date_text), dateline.date_text
    crawled = metadata.parse_date(raw.published) if raw.fmt == "warc" else None
    if crawled is not None:
        return crawled, raw.published
    fallback = next((t for t in candidates if t), None)
    return None, fallback


def _dateline(page: PageFindings) -> metadata.Dateline | None:
    """The dateline opening the first paragraph, or standing on its own line just before it.

    A long first line without a full stop is a headline, not the first paragraph.
    """
    for number, line in enumerate(page.kept[:_DATELINE_LINES]):
        found = metadata.find_dateline(line.text)
        if found is not None:
            return found
        if ends_sentence(line) or (number > 0 and is_sentence(line)):
            break
    return None


def _title(raw: RawDocument, extracted: HtmlExtract | None, page: PageFindings) -> str | None:
    if raw.title:
        return raw.title.strip()
    if extracted is not None and extracted.title:
        return extracted.title
    first = page.kept[0] if page.kept else None
    if first is None or len(page.kept) < 2:
        return None
    if not ends_sentence(first) and first.words <= _TITLE_MAX_WORDS:
        return first.text
    return None


def _site(raw: RawDocument, extracted: HtmlExtract | None, page: PageFindings) -> str | None:
    dateline = _dateline(page)
    for candidate in (
        raw.site,
        extracted.site if extracted else None,
        metadata.site_from_url(raw.url),
        _first(page.sites),
        _first(page.agencies),
        dateline.agency if dateline else None,
    ):
        if candidate:
            return candidate.strip()
    return None


def _first(values: list[str]) -> str | None:
    return values[0] if values else None
