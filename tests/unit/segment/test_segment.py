"""The segment stage: sentence spans, abbreviations, headings."""

from __future__ import annotations

from defcoop.stages.segment import segment


def test_spans_index_the_text() -> None:
    text = "Brazil and Sweden signed a deal. The Gripen jets arrive in 2026!\n\nA second paragraph here."
    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Brazil and Sweden signed a deal.", "The Gripen jets arrive in 2026!", "A second paragraph here.",
    ]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Gen. Mark Milley met S. Jaishankar on Jan. 8 in the U.S. capital. They talked."
    sentences = segment(text)
    assert len(sentences) == 2
    assert sentences[0].text.endswith("capital.")


def test_short_line_without_period_is_a_heading() -> None:
    text = "Navies of Chile and Peru drill together\nThe navies of Chile and Peru held drills."
    first, second = segment(text)
    assert first.is_heading and not second.is_heading


def test_quotes_close_sentences() -> None:
    text = 'He said: "We will buy the tanks." Poland agreed.'
    assert [s.text for s in segment(text)] == ['He said: "We will buy the tanks."', "Poland agreed."]
