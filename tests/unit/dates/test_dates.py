"""Absolute and relative date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop.stages.dates import find_dates, infer_year, resolve

PUBLISHED = date(2024, 3, 14)  # a Thursday


def only(text: str, published: date | None = PUBLISHED, hint: int | None = None, future: bool = False) -> str | None:
    found = find_dates(text)
    assert len(found) == 1, found
    return resolve(found[0], published, hint, future)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ministers met on Jan. 8", "2024-01-08"),
        ("talks on September 8, 2022 in Tokyo", "2022-09-08"),
        ("a regional tour from August 17–22", "2023-08-17"),
        ("signed on 12 March 2019", "2019-03-12"),
        ("the deal of April 9, 2025", "2025-04-09"),
        ("signed in mid-2013", "2013"),
        ("a pact agreed in 2016", "2016"),
        ("held in November 2019 in Jeddah", "2019-11"),
        ("the drills ran from 3 to 14 February", "2024-02-03"),
        ("drills held on 3-5 February 2023 off Rio", "2023-02-03"),
        ("talks from February 3 to 14 in Lima", "2024-02-03"),
    ],
)
def test_absolute_dates(text: str, expected: str) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("the minister said on Tuesday", False, "2024-03-12"),
        ("talks will open on Monday", True, "2024-03-18"),
        ("the summit next week", True, "2024-03"),
        ("exercises later this year", True, "2024"),
        ("the review of last November", False, "2023-11"),
        ("a meeting in London early last year", False, "2023"),
        ("a visit next month", True, "2024-04"),
        ("the deal signed yesterday", False, "2024-03-13"),
    ],
)
def test_relative_dates(text: str, future: bool, expected: str) -> None:
    assert only(text, future=future) == expected


def test_month_without_year_after_publication_month_is_last_year_for_past_events() -> None:
    assert only("the drills held on October 13", published=date(2025, 1, 20)) == "2024-10-13"


def test_relative_date_without_publication_date_is_unresolved() -> None:
    assert only("talks on Tuesday", published=None) is None


def test_year_inferred_from_the_article_when_unpublished() -> None:
    text = "The 2022 exercise was the largest. In 2022 the navies also met. The next one follows on March 3."
    hint = infer_year(text)
    assert hint == 2022
    found = [d for d in find_dates(text) if d.kind == "month_day"]
    assert resolve(found[0], None, hint) == "2022-03-03"


def test_may_as_a_modal_is_not_a_date() -> None:
    assert find_dates("the two sides may sign a deal") == []


def test_no_date_in_plain_text() -> None:
    assert find_dates("The two navies trained together.") == []


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("the drills will be held in the second half of April", True, "2024-04"),
        ("the ministers will meet in November on the sidelines", True, "2024-11"),
        ("the frigate was handed over in September", False, "2023-09"),
        ("In February, the two navies trained together", False, "2024-02"),
        ("deliveries are due to start by the end of January", True, "2025-01"),
    ],
)
def test_a_month_named_alone(text: str, future: bool, expected: str) -> None:
    assert only(text, future=future) == expected


@pytest.mark.parametrize("text", ["the pact was signed by Jan Lipavsky", "the deal may be signed", "Will June sign?"])
def test_words_that_only_look_like_a_lone_month(text: str) -> None:
    assert not [d for d in find_dates(text) if d.kind == "bare_month"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ghana's army chief arrived YESTERDAY in Accra", "deictic"),
        ("Drills off Oman are planned for Late 2026", "part_year"),
        ("Peru will sign the deal NEXT Month, officials said", "relative_period"),
        ("The frigate sails for Izmir on Tuesday", "weekday"),
        ("Kenya bought the radars last March", "relative_month"),
        ("Talks in São Paulo resume next week", "relative_period"),  # not ASCII: the search decides
    ],
)
def test_a_pattern_is_searched_whenever_its_words_are_there_in_any_case(text: str, kind: str) -> None:
    assert [d.kind for d in find_dates(text)] == [kind]


def test_a_sentence_without_date_words_has_no_date() -> None:
    assert find_dates("Chile and Brazil held naval drills off Valparaiso.") == []
