"""Properties every result of the recognizer has, on generated texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import Find

WORDS = (
    "India", "Japan", "the", "US", "us", "Turkish", "Tokyo", "Defence", "Minister", "Rajnath", "Singh", "said",
    "Indo-Pacific", "South", "China", "Sea", "both", "sides", "ambassador", "to", "of", "Baykar", "Micheal",
    "Fallon", "Jordan", "Michael", "roast", "Turkey", "Georgia", "Atlanta", "Korean", "Congo", "'s", ",", ".",
    "\n", "Gen", "Gen.", "Nakatani", "his", "counterpart", "NATO", "the two countries", "M/s", "Jupitor",
    "Corporation", "Sino-", "-", "Washington", "state", "Kawaski", "Ministry", "Defence", "Brazil", "Japanese",
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.sampled_from((" ", "", "  ")), max_size=40))
def test_mentions_are_sorted_disjoint_and_point_into_the_text(find: Find, words: list[str], gaps: list[str]) -> None:
    text = "".join(word + (gaps[i] if i < len(gaps) else " ") for i, word in enumerate(words))
    mentions = find(text)
    last_end = 0
    for mention in mentions:
        assert last_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface
        assert 0.0 < mention.score <= 1.0
        assert mention.kind in {"state", "alliance", "agency", "ministry", "armed_force", "company", "person",
                                "system", "title", "reference"}
        last_end = mention.end
