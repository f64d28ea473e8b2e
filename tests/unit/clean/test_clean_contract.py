"""The clean() contract: purity, offsets, content hash and robustness on odd input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.normalize import comparable, content_hash

ARTICLE = ("Kenya and the United Kingdom renewed their defence cooperation agreement on Wednesday in Nairobi.\n"
           "The new pact covers training of Kenyan troops by British instructors at a base near Nanyuki.\n"
           "It runs for five years and can be extended, the two governments said in a joint statement.")


def test_clean_is_pure_and_deterministic() -> None:
    raw = RawDocument(source="a.txt", text="Menu\n" + ARTICLE + "\nShare")
    first, second = clean(raw), clean(raw)
    assert first == second
    assert raw.text == "Menu\n" + ARTICLE + "\nShare"


def test_same_article_with_different_furniture_gets_the_same_hash() -> None:
    site_one = "Home\nWorld\n" + ARTICLE.replace("Wednesday", "Wednesday") + "\nRead more: Army news\nExampleOne.com"
    site_two = ("img\nSeparator\n" + ARTICLE.replace("\n", "\n\n").replace("\u2019", "'")
                + "\nWe use cookies to improve your experience on our site.\nFollow us on X")
    assert clean(RawDocument(source="1", text=site_one)).content_hash == \
        clean(RawDocument(source="2", text=site_two)).content_hash


def test_hash_ignores_case_quotes_dashes_and_spaces() -> None:
    assert content_hash("The \u201cdeal\u201d \u2014 signed.") == content_hash("the \"deal\" - signed")
    assert content_hash("a b") != content_hash("a c")
    assert comparable("Rafale-M  jets\u00a0(26)") == "rafale m jets 26"


def test_windows_line_endings_and_invisible_characters() -> None:
    doc = clean(RawDocument(source="a", text=ARTICLE.replace("\n", "\r\n").replace("Kenya", "Ke\u200bnya")))
    assert "\r" not in doc.text
    assert "Kenya and the United Kingdom" in doc.text


def test_jsonl_fields_are_used() -> None:
    doc = clean(RawDocument(source="x.jsonl#3", text=ARTICLE, url="https://example.org/a", title="Kenya pact",
                            published="2023-10-04", site="Example Post", fmt="jsonl"))
    assert (doc.title, doc.site, doc.url, str(doc.published)) == \
        ("Kenya pact", "Example Post", "https://example.org/a", "2023-10-04")


def test_text_is_kept_lines_joined_with_blank_lines() -> None:
    doc = clean(RawDocument(source="a", text=ARTICLE))
    assert doc.text == ARTICLE.replace("\n", "\n\n")


def test_neither_text_nor_html_gives_empty_document() -> None:
    doc = clean(RawDocument(source="nothing"))
    assert doc.text == ""
    assert doc.language == "und"


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_cleaned_without_error(text: str) -> None:
    doc = clean(RawDocument(source="fuzz", text=text))
    assert len(doc.content_hash) == 64
    for line in doc.text.split("\n\n"):
        assert line == "" or line in doc.text
