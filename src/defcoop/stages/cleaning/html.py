"""Main text and metadata of an HTML page.

trafilatura (offline) finds the article body, title, date, site name and
author. When it fails or finds nothing, the page falls back to lxml (scripts,
styles and navigation dropped, block elements as lines), and when even lxml
cannot parse it, to regular-expression tag stripping. Nothing here raises for
a malformed page.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, replace
from typing import Any

_SKIPPED_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe")
_BLOCK_TAGS = re.compile(
    r"<\s*/?\s*(?:p|div|br|h[1-6]|li|tr|article|section|blockquote|figcaption|title)\b[^>]*>", re.I
)
_SKIPPED_BLOCKS = re.compile(r"<\s*(script|style|noscript|svg)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.I | re.S)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """The text of a page and the metadata found in its markup."""

    text: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    author: str | None = None
    url: str | None = None
    method: str = "trafilatura"
    captions: tuple[str, ...] = ()


def extract_html(page: str, url: str | None = None) -> HtmlExtract:
    """Extract the article text and metadata of ``page`` (never raises for bad markup)."""
    found = _with_trafilatura(page, url)
    captions = figure_captions(page)
    if found is not None and found.text.strip():
        return replace(found, captions=captions)
    fallback = _with_lxml(page) or _with_regex(page)
    if found is not None:
        return HtmlExtract(fallback.text, found.title or fallback.title, found.published, found.site,
                           found.author, found.url, fallback.method, captions)
    return replace(fallback, captions=captions)


def figure_captions(page: str) -> tuple[str, ...]:
    """The distinct texts of the page's ``<figcaption>`` elements, in order."""
    found: list[str] = []
    for match in _FIGCAPTION.finditer(page):
        text = " ".join(html_lib.unescape(_TAG.sub(" ", match.group(1))).split())
        if text and text not in found:
            found.append(text)
    return tuple(found)


def _opt(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _with_trafilatura(page: str, url: str | None) -> HtmlExtract | None:
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # third-party parser on untrusted markup; fall back below
        return None
    if result is None:
        return None
    data = result if isinstance(result, dict) else result.as_dict()
    return HtmlExtract(
        text=_opt(data.get("text")) or "",
        title=_opt(data.get("title")),
        published=_opt(data.get("date")),
        site=_opt(data.get("sitename")) or _opt(data.get("hostname")),
        author=_opt(data.get("author")),
        url=_opt(data.get("url")),
    )


def _with_lxml(page: str) -> HtmlExtract | None:
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.fromstring(page)
        for element in root.iter(*_SKIPPED_TAGS):
            element.drop_tree()
        title_element = root.find(".//title")
        title = _opt(title_element.text_content()) if title_element is not None else None
        if title_element is not None:
            title_element.drop_tree()
        markup = etree.tostring(root, encoding="unicode", method="html")
    except Exception:  # lxml raises many kinds of errors on broken markup
        return None
    text = _strip_tags(markup)
    return HtmlExtract(text, title=title, method="lxml")


def _with_regex(page: str) -> HtmlExtract:
    match = _TITLE.search(page)
    title = _opt(html_lib.unescape(_TAG.sub(" ", match.group(1)))) if match else None
    body = _TITLE.sub(" ", page)
    return HtmlExtract(_strip_tags(body), title=title, method="regex")


def _strip_tags(markup: str) -> str:
    markup = _SKIPPED_BLOCKS.sub(" ", markup)
    markup = _BLOCK_TAGS.sub("\n", markup)
    text = html_lib.unescape(_TAG.sub(" ", markup))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
