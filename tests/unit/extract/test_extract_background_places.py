"""States named only as a place or as the object of a dispute are no parties of the event."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Niger and Chad agreed to share intelligence on militants operating along the Nigerian border.", "NGA"),
        ("Vietnam and India agreed to share intelligence on ships sailing in Chinese waters.", "CHN"),
    ],
)
def test_a_states_adjective_on_its_land_or_sea_is_a_place(analyze: Analyze, text: str, place: str) -> None:
    found = keys(analyze(_CONTEXT + text))
    assert found
    assert not any(place in codes for codes, _ in found)


def test_the_object_of_a_past_crisis_is_no_party(analyze: Analyze) -> None:
    text = (
        "The pact ends years of mistrust between Serbia and Croatia since the crisis over Kosovo and the suspension "
        "of military cooperation in 2015."
    )
    found = keys(analyze(_CONTEXT + text))
    assert not any("XKX" in codes or "KOS" in codes for codes, _ in found)


def test_a_training_base_is_a_place_not_training(analyze: Analyze) -> None:
    text = "The first Leopard tanks Norway ordered from Germany have arrived and were taken to a training base."
    found = keys(analyze(_CONTEXT + text))
    assert (("DEU", "NOR"), "ARMS_TRANSFER") in found
    assert (("DEU", "NOR"), "PERSONNEL") not in found


def test_training_material_is_no_training_event(analyze: Analyze) -> None:
    text = "Kuala Lumpur suspended military cooperation in 2019 over training materials found at a Singaporean camp."
    found = keys(analyze(_CONTEXT + text))
    assert not any(etype == "PERSONNEL" for _, etype in found)
