"""The boilerplate cascade on page-like texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.boilerplate import load_boilerplate
from defcoop.stages.cleaning.rules import RULE_ORDER, run_cascade, split_lines

ARTICLE = [
    "Brazil and Sweden agree to build Gripen fighters together",
    "BRASILIA, May 14 (Reuters) - Brazil and Sweden signed a memorandum on Tuesday to assemble more "
    "Gripen fighter jets at a plant near Sao Paulo, the Brazilian air force said.",
    "\"This is a long-term partnership for our industry,\" the air force commander told reporters "
    "in the capital.",
    "The first locally assembled aircraft is due to fly in 2026, according to the plan published "
    "by the ministry.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def removed_rules(text: str) -> dict[str, list[str]]:
    found = run_cascade(split_lines(text))
    rules: dict[str, list[str]] = {}
    for rule, line in found.removed:
        rules.setdefault(rule, []).append(line)
    return rules


def test_rule_order_is_one_named_list() -> None:
    names = [name for name, _ in RULE_ORDER]
    assert names[:2] == ["related_list", "image_placeholder"]
    assert names.index("caption") < names.index("repeated_line")
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("furniture", "rule"),
    [
        ("Read more: Ten things to know about the budget", "teaser_link"),
        ("ALSO READ | Navy commissions third frigate", "teaser_link"),
        ("Related: Argentina eyes second-hand jets", "teaser_link"),
        ("More from Asia", "teaser_link"),
        ("You may also like", "teaser_link"),
        ("We use cookies to improve your experience on this site.", "cookie_notice"),
        ("Accept all", "cookie_notice"),
        ("Subscribe to our daily newsletter", "subscription"),
        ("Already a subscriber? Log in", "subscription"),
        ("Share on Facebook", "share_prompt"),
        ("Follow us on Google News", "share_prompt"),
        ("Leave a comment", "comment_widget"),
        ("12 Comments", "comment_widget"),
        ("Français", "language_switcher"),
        ("EN | FR | AR", "language_switcher"),
        ("Skip to main content", "navigation"),
        ("Home > World > Asia", "navigation"),
        ("Tags: Brazil, Sweden, Gripen", "navigation"),
        ("© 2024 Example Media Group. All rights reserved.", "copyright"),
        ("Advertisement", "image_placeholder"),
        ("img", "image_placeholder"),
        ("Separator", "image_placeholder"),
    ],
)
def test_furniture_line_is_removed_by_its_rule(furniture: str, rule: str) -> None:
    rules = removed_rules(page(ARTICLE[0], furniture, *ARTICLE[1:]))
    assert rules.get(rule) == [furniture]


def test_article_lines_survive() -> None:
    text = page(*ARTICLE, "Share this article", "Most Read")
    cleaned = clean(RawDocument(source="a.txt", text=text)).text
    for line in ARTICLE:
        assert line in cleaned
    assert "Share this article" not in cleaned


def test_sentence_mentioning_reading_is_kept() -> None:
    line = "Related talks on submarine maintenance will continue in Jakarta next month, officials said."
    cleaned = clean(RawDocument(source="a.txt", text=page(ARTICLE[0], line, *ARTICLE[1:]))).text
    assert line in cleaned


def test_captions_with_credits_move_to_metadata() -> None:
    captions = [
        "Soldiers unload a howitzer at the port of Gdansk on March 3, 2024. [Jan Nowak/Reuters]",
        "A frigate sails off the coast of Bahrain. (Photo: Royal Navy)",
        "The president greets the visiting minister in Hanoi on Friday. VNA Pool",
        "Photo credit: Ministry of Defence",
    ]
    doc = clean(RawDocument(source="a.txt", text=page(captions[0], *ARTICLE, *captions[1:])))
    assert doc.captions == captions
    for caption in captions:
        assert caption not in doc.text
    assert ARTICLE[1] in doc.text


def test_sentence_ending_with_agency_credit_is_not_a_caption() -> None:
    line = "The tour also includes stops in Kenya and Djibouti before the minister returns home. [AFP]"
    doc = clean(RawDocument(source="a.txt", text=page(*ARTICLE, line)))
    assert line in doc.text
    assert doc.captions == []


def test_caption_repeated_four_times_is_kept_once_as_metadata() -> None:
    caption = "Marines train on a beach near Darwin, Australia. Photo: Department of Defence"
    doc = clean(RawDocument(source="a.txt", text=page(*([caption] * 4), *ARTICLE)))
    assert doc.captions == [caption]
    assert caption not in doc.text
    assert sum(1 for entry in doc.removed if caption in entry) == 4


def test_article_repeated_twice_in_one_file_is_kept_once() -> None:
    doc = clean(RawDocument(source="a.txt", text=page(*ARTICLE, "", *ARTICLE)))
    for line in ARTICLE[1:]:
        assert doc.text.count(line) == 1


def test_trailing_site_furniture_is_removed() -> None:
    doc = clean(RawDocument(source="a.txt", text=page(*ARTICLE, "Latest Issue", "Defence Weekly Online",
                                                     "DefenceWeekly.co.uk")))
    assert doc.text.rstrip().endswith(ARTICLE[-1])
    assert doc.site == "DefenceWeekly.co.uk"


def test_all_boilerplate_page_gives_empty_text_without_error() -> None:
    text = page("Home", "Menu", "Subscribe", "We use cookies to give you the best experience.", "Accept all",
                "Share", "© 2025 Example News")
    doc = clean(RawDocument(source="empty.txt", text=text))
    assert doc.text == ""
    assert len(doc.removed) == 7
    assert doc.language == "und"
    assert len(doc.content_hash) == 64


def test_two_different_empty_pages_get_different_hashes() -> None:
    first = clean(RawDocument(source="a.txt", text="Home\nMenu"))
    second = clean(RawDocument(source="b.txt", text="Menu\nSearch\nLogin"))
    assert first.content_hash != second.content_hash


def test_bylines_and_bios_become_the_author() -> None:
    doc = clean(RawDocument(source="a.txt", text=page("By Maria Santos, Manila", *ARTICLE,
                                                     "Maria Santos is a defence reporter for Example News.")))
    assert doc.author == "Maria Santos"
    assert "By Maria Santos" not in doc.text
    assert "defence reporter" not in doc.text


def test_wire_credit_line_is_removed() -> None:
    doc = clean(RawDocument(source="a.txt", text=page(*ARTICLE, "(Reporting by Ana Lima; Editing by Tom Hill)")))
    assert "Reporting by" not in doc.text


def test_user_boilerplate_file_adds_patterns(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# holds: a test pattern\n# sources: this test\nrule\tmatch\tpattern\n"
                     "teaser_link\tprefix\tdon't stop here\n", encoding="utf-8")
    rules = load_boilerplate([extra])
    text = page(*ARTICLE, "Don't stop here: five more stories")
    assert "five more stories" not in clean(RawDocument(source="a.txt", text=text), rules).text


def test_malformed_boilerplate_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# holds: x\n# sources: y\nrule\tmatch\tpattern\nteaser_link\tfuzzy\tabc\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_boilerplate([bad])
    assert info.value.line == 4
    assert "fuzzy" in str(info.value)


def test_bad_regex_in_boilerplate_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# holds: x\n# sources: y\nrule\tmatch\tpattern\ncaption\tregex\t([a-z\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="regular expression"):
        load_boilerplate([bad])


@pytest.mark.parametrize(
    "note",
    [
        "(With inputs from agencies)",
        "This story has been published from a wire agency feed without modifications to the text.",
        "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
        "Disclaimer: The views expressed are those of the author.",
        "Edited By: Priya Nair",
        "(END)",
        "Catch all the latest news and updates on our website.",
    ],
)
def test_editorial_and_syndication_notes_are_removed(note: str) -> None:
    doc = clean(RawDocument(source="a.txt", text=page(*ARTICLE, note)))
    assert note not in doc.text
    assert ARTICLE[-1] in doc.text


def test_blog_style_page() -> None:
    text = page("Home » News » Defence", "Turkey and Indonesia sign fighter jet deal",
                "Posted on February 11, 2025 by Defence Desk",
                "JAKARTA – Indonesia has signed a contract to buy 48 fighter jets from Turkish Aerospace, the "
                "Indonesian defence ministry announced on Tuesday.",
                "Share this:", "Click to share on Twitter (Opens in new window)", "Like this:", "Like Loading...",
                "Related")
    doc = clean(RawDocument(source="blog.txt", text=text))
    assert doc.text.split("\n\n") == [
        "Turkey and Indonesia sign fighter jet deal",
        "JAKARTA – Indonesia has signed a contract to buy 48 fighter jets from Turkish Aerospace, the "
        "Indonesian defence ministry announced on Tuesday.",
    ]
    assert str(doc.published) == "2025-02-11"


def test_wire_style_page_with_byline_email_and_keywords() -> None:
    text = page("(LEAD) Chile, Spain agree on patrol ships", "By Lee Min-ji",
                "SANTIAGO, Aug. 1 (Yonhap) -- Chile and Spain signed a contract on Friday for two patrol ships, "
                "the navy said.", "leemj@example.co.kr", "(END)", "Keywords", "#Chile #Spain #navy")
    doc = clean(RawDocument(source="wire.txt", text=text))
    assert doc.text.count("\n\n") == 1
    assert doc.author == "Lee Min-ji"
    assert doc.site == "Yonhap"
    assert doc.published_text == "Aug. 1"


def test_byline_with_date_gives_author_and_date() -> None:
    doc = clean(RawDocument(source="a.txt", text=page(ARTICLE[0], "Written by Ana Souza | Published 14 May 2024, "
                                                     "09:00 BRT", *ARTICLE[1:])))
    assert doc.author == "Ana Souza"
    assert str(doc.published) == "2024-05-14"
