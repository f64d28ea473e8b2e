"""RSS and Atom feeds: one raw document per item, dates and links kept, bad feeds reported."""

from __future__ import annotations

from pathlib import Path

from defcoop.records import RawDocument, ReadFailure
from defcoop.stages.read import read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Andes Defence Wire</title><link>https://wire.example/</link>
<item><title>Chile and Peru hold joint naval drills</title><link>https://wire.example/a1</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description><![CDATA[<p>The navies of Chile and Peru began a joint exercise off Arica.</p><p>It ends Friday.</p>
<script>track()</script>]]></description></item>
<item><title>Brazil buys Swedish howitzers</title><link>https://wire.example/a2</link>
<pubDate>Wed, 05 Mar 2025 09:30:00 +0100</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Brazil signed a contract for 36 Archer howitzers from Sweden.</p>]]>
</content:encoded></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Security Review</title>
<entry><title>Qatar and Turkey sign training deal</title>
<link rel="alternate" href="https://gulf.example/qatar-turkey"/>
<published>2024-11-20T08:00:00Z</published>
<summary type="html">&lt;p&gt;Qatar and Turkey signed a military training agreement in Doha.&lt;/p&gt;</summary>
</entry></feed>
"""


def _read(path: Path) -> list[RawDocument | ReadFailure]:
    return list(read_inputs([str(path)]))


def test_rss_items_are_articles_with_link_date_and_site(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.source == first.url == "https://wire.example/a1"
    assert first.published == "2025-03-04" and first.site == "Andes Defence Wire"
    assert first.text is not None
    assert first.text.startswith("Chile and Peru hold joint naval drills\n\nThe navies of Chile and Peru")
    assert "It ends Friday." in first.text and "track()" not in first.text
    assert second.text is not None and "36 Archer howitzers" in second.text  # the full content wins over a teaser
    assert "Short teaser" not in second.text


def test_atom_entries_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "gulf.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry] = _read(path)
    assert isinstance(entry, RawDocument)
    assert entry.url == "https://gulf.example/qatar-turkey"
    assert entry.published == "2024-11-20"
    expected = "Qatar and Turkey sign training deal\n\nQatar and Turkey signed a military training agreement in Doha.\n"
    assert entry.text == expected


def test_broken_or_foreign_xml_is_one_clear_failure(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item><title>Half", encoding="utf-8")
    other = tmp_path / "config.xml"
    other.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8")
    [bad] = _read(broken)
    [foreign] = _read(other)
    assert isinstance(bad, ReadFailure) and "not a readable RSS or Atom feed" in bad.message
    assert isinstance(foreign, ReadFailure) and "not an RSS or Atom feed" in foreign.message


def test_an_empty_item_fails_alone_and_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><title>T</title>"
        "<item><title></title><description></description></item>"
        "<item><title>Ghana and Togo patrol the coast &x;</title></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    empty, titled = _read(path)
    assert isinstance(empty, ReadFailure) and "neither a title nor any text" in empty.message
    assert isinstance(titled, RawDocument) and titled.text is not None
    assert "TOP SECRET" not in titled.text and titled.text.startswith("Ghana and Togo patrol the coast")
