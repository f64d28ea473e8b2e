"""Earlier editions of a recurring exercise or round of talks, recalled without naming the sides."""

from __future__ import annotations

import pytest

from defcoop.stages.extraction.editions import past_edition

from .conftest import Analyze


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The previous edition of the exercise was held in Bandung in 2023.", True),
        ("The last edition was conducted in Alexandria in November 2022.", True),
        ("The 14th edition, which drew 2,000 troops, took place at Al Dhafra.", False),  # the comma clause is long
        ("The 14th edition of the drills took place at Al Dhafra in 2022.", True),
        ("The first round of the dialogue was hosted by Hanoi in May.", True),
        ("The next edition will be held in Muscat.", False),
        ("The previous edition is due to be reviewed.", False),
    ],
)
def test_past_edition_clause(text: str, found: bool) -> None:
    assert (past_edition(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "etype", "codes", "date"),
    [
        ("The navies of Egypt and Greece began the Medusa exercise off Crete on Sunday. "
         "The last edition was conducted in Alexandria in November 2022.", "EXERCISE", ("EGY", "GRC"), "2022-11"),
        ("Indonesian and Mongolian troops began joint drills in Ulaanbaatar on Monday. "
         "The previous edition of the exercise was held in Bandung in 2023.", "EXERCISE", ("IDN", "MNG"), "2023"),
        ("Vietnam and Japan will hold their annual defence policy dialogue in Tokyo next week. "
         "The previous round was held in Hanoi in 2023.", "DIALOGUE", ("JPN", "VNM"), "2023"),
    ],
)
def test_an_earlier_edition_is_a_completed_event_of_the_same_sides(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], date: str
) -> None:
    done = [e for e in analyze(text) if e.type == etype and tuple(e.codes) == codes and e.stage == "COMPLETED"]
    assert done and done[0].date == date


def test_no_edition_event_without_an_earlier_exercise_or_talks(analyze: Analyze) -> None:
    text = "Kenya bought six helicopters from Italy in 2021. The previous edition of the air show was held in 2019."
    assert not [e for e in analyze(text) if e.type in ("EXERCISE", "DIALOGUE")]
