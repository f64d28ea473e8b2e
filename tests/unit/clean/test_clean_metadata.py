"""Publication date, site, author and title from the sources a page offers."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.cleaning import metadata

BODY = ("Indonesia and Turkey signed a contract for 48 fighter jets on Friday, the defence ministry in "
        "Jakarta said in a statement.\nDeliveries are planned over the next ten years, officials added.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-12", date(2024, 3, 12)),
        ("2024-03-12T08:15:00+05:30", date(2024, 3, 12)),
        ("12 March 2024", date(2024, 3, 12)),
        ("March 12, 2024", date(2024, 3, 12)),
        ("Mar. 12, 2024", date(2024, 3, 12)),
        ("12.03.2024", date(2024, 3, 12)),
        ("2024/03/12", date(2024, 3, 12)),
        ("on the 3rd of June 2021 the talks", date(2021, 6, 3)),
        ("February 30, 2024", None),
        ("no date here", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: date | None) -> None:
    assert metadata.parse_date(text) == expected


@pytest.mark.parametrize(
    "line",
    ["Published: 2024-03-12", "Updated on 13 Mar 2023, 10:25 AM IST", "March 3, 2023",
     "Posted on Tuesday, 5 September 2023 at 09:10", "Last updated: 14.02.2022 | 18:04"],
)
def test_date_lines(line: str) -> None:
    assert metadata.date_line(line) is not None


def test_sentence_with_a_date_is_not_a_date_line() -> None:
    assert metadata.date_line("Japan and Italy met on March 3, 2023 to discuss the fighter program.") is None


@pytest.mark.parametrize(
    ("line", "place", "date_text", "agency"),
    [
        ("MANILA, July 8 (Reuters) - The Philippines said", "MANILA", "July 8", "Reuters"),
        ("NEW DELHI, March 12 - India has", "NEW DELHI", "March 12", None),
        ("Nairobi, 4 October 2022 (Xinhua) -- Kenya will", "Nairobi", "4 October 2022", "Xinhua"),
        ("CANBERRA -- Australia will buy", "CANBERRA", None, None),
        ("HANOI (AFP) - Vietnam and", "HANOI", None, "AFP"),
    ],
)
def test_datelines(line: str, place: str, date_text: str | None, agency: str | None) -> None:
    found = metadata.find_dateline(line)
    assert found is not None
    assert (found.place, found.date_text, found.agency) == (place, date_text, agency)


@pytest.mark.parametrize("line", ["India and France signed a deal.", "Poland on Friday signed", "The US and"])
def test_ordinary_openings_are_not_datelines(line: str) -> None:
    assert metadata.find_dateline(line) is None


def test_date_and_site_from_url() -> None:
    assert metadata.date_from_url("https://www.example.com/world/2023/04/03/story-title/") == date(2023, 4, 3)
    assert metadata.date_from_url("https://news.example.org/articles/defence-20220917-x.html") == date(2022, 9, 17)
    assert metadata.date_from_url("https://example.com/2023/99/99/x") is None
    assert metadata.site_from_url("https://www.example.co.kr/a") == "example.co.kr"
    assert metadata.site_from_url(None) is None


def test_field_date_wins_over_text() -> None:
    doc = clean(RawDocument(source="a", text="Published: 2020-01-01\n" + BODY, published="2024-03-12"))
    assert doc.published == date(2024, 3, 12)
    assert doc.published_text == "2024-03-12"


def test_date_line_at_top_is_lifted_into_metadata() -> None:
    doc = clean(RawDocument(source="a", text="Updated on 13 Mar 2023, 10:25 AM IST\n" + BODY))
    assert doc.published == date(2023, 3, 13)
    assert "Updated on" not in doc.text
    assert doc.text.startswith("Indonesia and Turkey")


def test_scraper_date_marker_is_lifted_off_the_first_line() -> None:
    doc = clean(RawDocument(source="a", text=" date 2021-11-30 " + BODY))
    assert doc.published == date(2021, 11, 30)
    assert doc.text.startswith("Indonesia and Turkey signed")


def test_date_from_url_when_nothing_else() -> None:
    doc = clean(RawDocument(source="a", text=BODY, url="https://www.example.com/2022/10/05/jets"))
    assert doc.published == date(2022, 10, 5)
    assert doc.site == "example.com"


def test_dateline_with_year_gives_date_and_agency_site() -> None:
    doc = clean(RawDocument(source="a", text="ANKARA, 7 June 2022 (Anadolu) - " + BODY))
    assert doc.published == date(2022, 6, 7)
    assert doc.site == "Anadolu"
    assert doc.text.startswith("ANKARA, 7 June 2022")


def test_dateline_without_year_keeps_text_but_no_date() -> None:
    doc = clean(RawDocument(source="a", text="SEOUL, Jan 9 (Yonhap) -- " + BODY))
    assert doc.published is None
    assert doc.published_text == "Jan 9"


def test_title_from_short_first_line() -> None:
    doc = clean(RawDocument(source="a", text="Indonesia buys Turkish fighters\n" + BODY))
    assert doc.title == "Indonesia buys Turkish fighters"
    assert doc.text.startswith("Indonesia buys Turkish fighters")


def test_no_title_when_article_starts_with_a_sentence() -> None:
    assert clean(RawDocument(source="a", text=BODY)).title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("July 8", (7, 8)), ("Feb. 24", (2, 24)), ("8 July", (7, 8)), ("Sept 25", (9, 25)),
     ("2024-05-31", (5, 31)), ("April 2025", None), ("Feb 30", None), (None, None)],
)
def test_month_day(text: str | None, expected: tuple[int, int] | None) -> None:
    assert metadata.month_day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("16/04/2024", date(2024, 4, 16)), ("05/08/2025", date(2025, 8, 5)), ("12/31/2024", date(2024, 12, 31))],
)
def test_slashed_day_first_dates(text: str, expected: date) -> None:
    assert metadata.parse_date(text) == expected


@pytest.mark.parametrize(
    "line",
    ["Posted by newsdesk on 05/08/2025", "Buenos Aires, 16/04/2024", "Nairobi, Monday, September 25, 2023",
     "New Delhi, February 2, 2024"],
)
def test_place_and_label_date_lines(line: str) -> None:
    assert metadata.date_line(line) is not None


def test_dateline_on_its_own_line_gives_the_day() -> None:
    doc = clean(RawDocument(source="a", text="Talks in Lima\nLIMA, March 4 (Wire) -\n\n" + BODY))
    assert doc.published is None
    assert doc.published_text == "March 4"
    assert doc.site == "Wire"
    assert "LIMA, March 4 (Wire) -" in doc.text


def test_warc_crawl_date_comes_after_the_page_own_date() -> None:
    page_dated = clean(RawDocument(source="w", text="Published: 2021-05-02\n" + BODY, published="2024-01-09",
                                   fmt="warc"))
    assert page_dated.published == date(2021, 5, 2)
    undated = clean(RawDocument(source="w", text=BODY, published="2024-01-09", fmt="warc"))
    assert undated.published == date(2024, 1, 9)


def test_dateline_below_a_long_headline_is_found() -> None:
    headline = "Indonesia orders forty-eight Turkish fighter jets as Jakarta looks to replace its ageing fleet"
    document = clean(RawDocument(source="p.txt", text=f"{headline}\n\nJAKARTA, June 11 (Wire) -\n\n{BODY}"))
    assert document.published_text == "June 11"


def test_a_first_paragraph_ending_in_a_full_stop_ends_the_dateline_search() -> None:
    text = f"{BODY}\n\nJAKARTA, June 11 (Wire) - A later paragraph that happens to look like a dateline."
    assert clean(RawDocument(source="p.txt", text=text)).published_text is None
