"""RSS and Atom feeds: one raw document per item.

An item gives its title and its body (``content:encoded`` or Atom ``content``
when the feed carries the full article, else ``description`` / ``summary``),
with HTML reduced to paragraphs of text, its link as URL and source, and its
date (RSS ``pubDate``, Dublin Core ``dc:date``, Atom ``published`` or
``updated``) as the publication date. The channel's title is the site.

The XML is parsed without resolving entities or touching the network. A feed
that cannot be parsed, or an XML file that is no feed, is one failure; an item
without text is a failure of its own, and the other items are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from lxml import etree
from lxml import html as lxml_html

from defcoop.records import RawDocument, ReadFailure

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def looks_like_feed(data: bytes) -> bool:
    """Whether the start of an XML file names an RSS, RDF or Atom root."""
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def records_from_feed(source: str, data: bytes) -> Iterator[RawDocument | ReadFailure]:
    """Yield one raw document per item of the feed in ``data`` (failures for what cannot be read)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        yield ReadFailure(source, f"not a readable RSS or Atom feed (XML error: {exc.msg})")
        return
    tag = etree.QName(root).localname.lower()
    if tag == "rss":
        channel = root.find("channel")
        items = channel.findall("item") if channel is not None else []
        site = _text(channel.find("title")) if channel is not None else None
    elif tag == "feed":
        items, site = root.findall(f"{ATOM}entry"), _text(root.find(f"{ATOM}title"))
    elif tag == "rdf":
        items = root.findall(f"{RSS1}item")
        channel = root.find(f"{RSS1}channel")
        site = _text(channel.find(f"{RSS1}title")) if channel is not None else None
    else:
        yield ReadFailure(source, f"XML file whose root is <{tag}>, not an RSS or Atom feed")
        return
    if not items:
        yield ReadFailure(source, "feed has no items")
        return
    for number, item in enumerate(items, 1):
        yield _item_document(source, number, item, site)


def _item_document(source: str, number: int, item: etree._Element, site: str | None) -> RawDocument | ReadFailure:
    title = _first_text(item, ("title", f"{ATOM}title", f"{RSS1}title"))
    body_html = _first_text(
        item, (f"{CONTENT}encoded", f"{ATOM}content", "description", f"{ATOM}summary", f"{RSS1}description")
    )
    link = _link(item)
    where = link or f"{source}#{number}"
    body = _html_to_text(body_html) if body_html else ""
    if not (title or body).strip():
        return ReadFailure(f"{source}#{number}", f"item {number} has neither a title nor any text")
    text = "\n\n".join(part for part in (title, body) if part)
    return RawDocument(
        source=where, text=text + "\n", url=link, title=title, published=_item_date(item), site=site, fmt="feed"
    )


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None


def _first_text(item: etree._Element, tags: tuple[str, ...]) -> str | None:
    for tag in tags:
        value = _text(item.find(tag))
        if value:
            return value
    return None


def _link(item: etree._Element) -> str | None:
    plain = _text(item.find("link")) or _text(item.find(f"{RSS1}link"))
    if plain:
        return plain
    for element in item.findall(f"{ATOM}link"):
        if element.get("rel", "alternate") == "alternate" and element.get("href"):
            return str(element.get("href"))
    about = item.get(f"{RDF}about")
    return str(about) if about else None


def _item_date(item: etree._Element) -> str | None:
    """The item's date as ISO ``YYYY-MM-DD`` (``None`` when absent or unreadable)."""
    rfc822 = _text(item.find("pubDate"))
    if rfc822:
        try:
            return parsedate_to_datetime(rfc822).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    iso = _first_text(item, (f"{DC}date", f"{ATOM}published", f"{ATOM}updated"))
    return iso[:10] if iso and len(iso) >= 10 and iso[4] == "-" else None


def _html_to_text(markup: str) -> str:
    """Paragraph text of an HTML fragment (plain text passes through)."""
    if "<" not in markup:
        return markup.strip()
    try:
        fragment = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup.strip()
    for element in list(fragment.iter("script", "style")):
        element.drop_tree()
    for element in fragment.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    lines = [" ".join(line.split()) for line in fragment.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)
