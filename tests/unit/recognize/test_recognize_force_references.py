""""The Navy", "the Air Force": the armed force of that service named before, else the document's home state."""

from __future__ import annotations

from .conftest import Find


def _codes(find: Find, text: str, surface: str) -> list[str | None]:
    return [m.code for m in find(text) if m.surface.lower() == surface]


def test_the_navy_is_the_navy_named_before(find: Find) -> None:
    text = (
        "The Indonesian Navy received a new frigate from Turkey on Monday. Turkish yards are also building two "
        "submarines for the Navy."
    )
    assert _codes(find, text, "the navy") == ["IDN"]


def test_the_service_word_picks_the_matching_force(find: Find) -> None:
    text = (
        "The Royal Thai Air Force and the Indian Navy met in Bangkok. Later the Air Force said it would buy "
        "more jets."
    )
    assert _codes(find, text, "the air force") == ["THA"]


def test_without_any_force_named_the_home_state_is_taken(find: Find) -> None:
    text = "Kenya expects new patrol boats from France. The navy will receive them next year, Kenyan officials said."
    assert _codes(find, text, "the navy") == ["KEN"]
