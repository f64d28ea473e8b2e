"""HTML pages: main text and metadata with trafilatura, fallbacks for broken markup."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.html import _with_lxml, _with_regex, extract_html

PARAGRAPHS = [
    "Greece and France signed a contract on Thursday for three frigates to be built at a yard in Lorient, "
    "the Greek defence ministry said.",
    "The first ship is due to join the Hellenic Navy in 2025 after sea trials off the coast of Brittany.",
    "Officials in Athens said the deal also covers training of crews and support for ten years.",
]

PAGE = f"""<!DOCTYPE html><html><head>
<title>Greece orders frigates | Example Defence</title>
<meta property="og:site_name" content="Example Defence">
<meta property="og:title" content="Greece orders three frigates from France">
<meta name="author" content="Eleni Papadaki">
<meta property="article:published_time" content="2022-03-24T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Greece orders three frigates from France</h1>
<figure><img src="f.jpg"><figcaption>A frigate at sea off Lorient. <em>Photo: Naval Group</em></figcaption></figure>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
<p>Also Read: Five things about naval procurement</p>
</article>
<footer>© 2022 Example Defence. All rights reserved.</footer>
<script>var tracking = "do not index";</script>
</body></html>"""


def test_html_page_gives_text_and_metadata() -> None:
    doc = clean(RawDocument(source="p.html", html=PAGE, fmt="html"))
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    assert "Also Read" not in doc.text
    assert "tracking" not in doc.text
    assert "Subscribe" not in doc.text
    assert doc.published == date(2022, 3, 24)
    assert doc.site == "Example Defence"
    assert doc.author == "Eleni Papadaki"
    assert doc.title and "frigates" in doc.title
    assert doc.raw_text and "Greece and France signed" in doc.raw_text
    assert doc.captions == ["A frigate at sea off Lorient. Photo: Naval Group"]
    assert "Lorient. Photo" not in doc.text


def test_html_without_article_markup_falls_back() -> None:
    page = "<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<div>Share</div>"
    doc = clean(RawDocument(source="p.html", html=page, fmt="html"))
    assert PARAGRAPHS[0] in doc.text


def test_lxml_and_regex_fallbacks_strip_tags_and_scripts() -> None:
    page = "<html><head><title>T &amp; C</title><style>p{}</style></head><body><p>One</p><p>Two &amp; three" \
           "</p><script>x()</script></body></html>"
    lxml_found = _with_lxml(page)
    assert lxml_found is not None
    assert lxml_found.text.split("\n") == ["One", "Two & three"]
    assert lxml_found.title == "T & C"
    regex_found = _with_regex(page)
    assert regex_found.text.split("\n") == ["One", "Two & three"]
    assert regex_found.title == "T & C"


def test_broken_markup_does_not_crash() -> None:
    for page in ["", "<", "<html><body><p>Unclosed <b>bold", "<<<>>>", "\x00\x01<p>x</p>", "<p>" * 5000]:
        doc = clean(RawDocument(source="bad.html", html=page, fmt="html"))
        assert isinstance(doc.text, str)
        assert len(doc.content_hash) == 64


def test_extract_html_never_returns_none() -> None:
    assert extract_html("").text == ""


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*"<>/pdiv a=\"'&;#x\né", "<p>", "</p>", "<script>", "<!--", "]]>"]),
                max_size=120))
def test_arbitrary_markup_never_raises(pieces: list[str]) -> None:
    doc = clean(RawDocument(source="fuzz.html", html="".join(pieces), fmt="html"))
    assert len(doc.content_hash) == 64
