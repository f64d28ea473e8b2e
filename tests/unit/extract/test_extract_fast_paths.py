"""The fast forms of searches match what their plain forms match (speed without a change of result)."""

from __future__ import annotations

import re

import pytest

from defcoop.records import Sentence
from defcoop.stages.extraction.sentence import _CLAUSE_JOIN, SentenceView, scan_aligned, token_starts

_PLAIN_CLAUSE_JOIN = re.compile(r"(?:[,;]?\s+(?:and|but|while|whereas)|;)\s+(?:(?:the|its|their|a|an)\s+)?")

SENTENCES = [
    "Ghana bought two patrol boats from Turkey, and Senegal has ordered three more.",
    "Peru signed the deal; the Chilean navy will train its crews while Brazil supplies the engines.",
    "Oman and India held talks but no agreement was reached, whereas Qatar  and   Kuwait signed one.",
    "Norway;Sweden ; and their partners,and the others, but  its army;  an exercise",
    "Vietnam\tand\u00a0Laos agreed ,   while Cambodia;;  and Thailand watched",
    "",
    ";",
    " and ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_clause_join_matches_its_plain_form(text: str) -> None:
    fast = [(m.start(), m.end()) for m in _CLAUSE_JOIN.finditer(text)]
    assert fast == [(m.start(), m.end()) for m in _PLAIN_CLAUSE_JOIN.finditer(text)]


def test_the_clause_join_finds_a_coordinated_clause() -> None:
    text = "Japan delivered radars to the Philippines, and Australia sold boats to Vanuatu."
    assert [text[m.start() : m.end()] for m in _CLAUSE_JOIN.finditer(text)] == [", and "]


def _view(text: str) -> SentenceView:
    return SentenceView(Sentence(0, len(text), text), [], [], [], [])


def test_may_hold_rules_out_only_an_ascii_sentence_without_the_parts() -> None:
    assert not _view("Kenya bought radars from Israel.").may_hold(("critici", "condemned"))
    assert _view("Egypt CRITICISED the sale.").may_hold(("critici", "condemned"))
    assert _view("Der Kauf wurde kritisiert, sagte Österreich.").may_hold(("critici",))  # not ASCII: search decides


DOCUMENT = (
    "Chile's navy signed a deal with Spain's Navantia.  It covers two frigates,U.S.-made radars and "
    "training.\nThe ministry said: \"more will follow\"...\tIndia's DRDO test-fired a missile."
)


def test_words_of_a_span_after_a_space_are_those_of_the_whole_text() -> None:
    whole = token_starts(DOCUMENT)
    for start in range(len(DOCUMENT) + 1):
        if not scan_aligned(DOCUMENT, start):
            continue
        for end in (start, start + 7, start + 40, len(DOCUMENT)):
            end = min(end, len(DOCUMENT))
            assert token_starts(DOCUMENT, start, end) == [s for s in whole if start <= s < end]


def test_a_span_inside_a_word_is_not_aligned() -> None:
    assert not scan_aligned(DOCUMENT, DOCUMENT.index("avy"))
    assert scan_aligned(DOCUMENT, DOCUMENT.index("navy"))
    assert scan_aligned(DOCUMENT, 0)
