"""Related-link lists, question teasers and social share lines on page-like texts written for these tests."""

from __future__ import annotations

import pytest

from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.rules import run_cascade, split_lines

HEADLINE = "Ghana and Norway agree on coast guard training"
BODY = [
    "ACCRA, Oct 2 - Ghana and Norway signed an agreement on Thursday under which Norwegian instructors "
    "will train Ghanaian coast guard crews at Sekondi for three years.",
    "The first course for forty sailors begins in January, the Ghanaian defence ministry said in a statement.",
]
CLOSING = ("Officials said a second phase covering patrol boat maintenance could be agreed next year, "
           "subject to funding from both governments.")


def cleaned(*lines: str) -> tuple[str, list[str]]:
    document = clean(RawDocument(source="page.txt", text="\n\n".join(lines)))
    return document.text, document.removed


@pytest.mark.parametrize("header", ["Related:", "RELATED STORIES", "Read more:", "Related coverage", "See also"])
def test_bulleted_links_under_a_related_header_go(header: str) -> None:
    text, removed = cleaned(HEADLINE, *BODY, header, "- Navy chief opens new base in Takoradi",
                            "• Will the fishing ban hold? Officials disagree",
                            "- Parliament approves supplementary defence budget", CLOSING)
    assert "Takoradi" not in text and "fishing ban" not in text and "supplementary" not in text
    assert CLOSING in text and all(sentence in text for sentence in BODY)
    assert sum(entry.startswith("[related_list]") for entry in removed) == 3


def test_unbulleted_headlines_under_a_header_go_until_the_article_resumes() -> None:
    text, _ = cleaned(HEADLINE, *BODY, "More stories", "Mexico receives second patrol aircraft from Spain",
                      "Chile and Peru hold naval talks in Lima", CLOSING)
    assert "Mexico receives" not in text and "Chile and Peru" not in text
    assert CLOSING in text


def test_a_fact_box_of_bullets_without_a_header_stays() -> None:
    facts = ["- Partner: Norway", "- Duration: three years", "- Trainees: 40 sailors a year"]
    text, _ = cleaned(HEADLINE, *BODY, "Key facts", *facts, CLOSING)
    assert all(fact in text for fact in facts)


def test_a_list_ends_at_a_line_of_the_other_style() -> None:
    found = run_cascade(split_lines("\n".join([
        HEADLINE, *BODY, "Related:", "- Navy chief opens new base", "Key dates of the programme", CLOSING])))
    kept = [line.text for line in found.kept]
    assert "Key dates of the programme" in kept and "- Navy chief opens new base" not in kept


@pytest.mark.parametrize(
    "teaser",
    [
        "Is this page useful? Yes No",
        "Could Accra buy Norwegian patrol boats? Read our analysis",
        "What does the deal mean for the Gulf of Guinea?",
    ],
)
def test_short_question_lines_in_the_body_go(teaser: str) -> None:
    text, removed = cleaned(HEADLINE, *BODY, teaser, CLOSING)
    assert teaser not in text and f"[question_teaser] {teaser}" in removed


def test_questions_that_are_content_stay() -> None:
    headline = "Will Ghana's deal with Norway change coast guard training? Officials think so"
    quoted = "\u201cWhy would we wait?\u201d the minister asked."
    long_question = ("Will the agreement survive a change of government in Accra, given that the opposition "
                     "has criticised the cost of foreign training programmes?")
    text, _ = cleaned(headline, *BODY, quoted, long_question, CLOSING)
    assert headline in text and quoted in text and long_question in text


@pytest.mark.parametrize(
    "line",
    [
        "Share: [Facebook] [X] [Email]",
        "Share this story: LinkedIn | WhatsApp | Telegram",
        "Facebook / Twitter / Email / Print",
        "Follow Coast-Watch updates on WhatsApp",
        "The following links open in a new tab",
        "Share on LinkedIn (opens in new tab)",
        "Ads by Google",
        "Share this article | Related: Ghana buys two drones",
    ],
)
def test_share_lines_and_widgets_go(line: str) -> None:
    text, _ = cleaned(HEADLINE, line, *BODY, CLOSING)
    assert line not in text


def test_a_date_line_with_a_desk_label_is_metadata() -> None:
    document = clean(RawDocument(source="p.txt", text="\n\n".join(
        [HEADLINE, "WEST AFRICA DESK | 2 October 2025 | 4 min read", *BODY])))
    assert document.published is not None and document.published.isoformat() == "2025-10-02"
    assert "DESK" not in document.text
