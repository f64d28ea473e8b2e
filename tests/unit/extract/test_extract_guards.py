"""Cheap tests that skip a slow regular expression must never skip a text it would match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defcoop.stages.extraction.discourse import _CONTRAST, find_contrast

CONTRASTS = [
    "the navy picked the Korean frigate instead of the Spanish design",
    "Chile will lease the tankers RATHER THAN buy them outright",
    "ahead of the Norwegian bid, the Finnish offer was chosen",
    "the council voted in favour of the Brazilian howitzer",
    "ministers came out In Favor Of a joint patrol with Ghana",
]


@pytest.mark.parametrize("text", CONTRASTS)
def test_contrast_guard_lets_every_contrast_through(text: str) -> None:
    assert _CONTRAST.search(text) is not None
    assert find_contrast(text) is not None


def test_contrast_guard_skips_text_without_a_contrast_word() -> None:
    assert find_contrast(" patrol vessels to Kenya under a deal signed last year") is None


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("insteadofrathrnfvouINSTEADOFRATHERNV ,.'-")), max_size=40))
def test_contrast_guard_never_hides_a_match(text: str) -> None:
    plain = _CONTRAST.search(text)
    fast = find_contrast(text)
    assert (plain and plain.span()) == (fast and fast.span())
