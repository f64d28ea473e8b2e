"""Case-aware modal "may" and civil craft: which words near a transfer make it no defence event."""

from __future__ import annotations

from .conftest import Analyze, find, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


def test_the_capitalised_month_is_not_the_modal(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Romania in May signed a contract for South Korean K9 howitzers.")
    assert find(events, "ARMS_TRANSFER", ("KOR", "ROU")).stage == "AGREED"
    events = analyze(_CONTEXT + "May 9 saw Morocco order Turkish Bayraktar drones.")
    assert (("MAR", "TUR"), "ARMS_TRANSFER") in keys(events)


def test_the_lowercase_modal_still_speculates(analyze: Analyze) -> None:
    assert not analyze(_CONTEXT + "Peru may buy Korean FA-50 fighter jets next year.")
    assert not analyze(_CONTEXT + "In May, officials said Thailand may purchase Swedish Gripen fighters.")


def test_military_craft_bought_or_ordered_are_transfers(analyze: Analyze) -> None:
    events = analyze(_CONTEXT + "Egypt ordered more Rafale jets from France.")
    assert find(events, "ARMS_TRANSFER", ("EGY", "FRA")).direction == ("FRA", "EGY")
    events = analyze(_CONTEXT + "Bangladesh bought patrol boats from China.")
    assert (("BGD", "CHN"), "ARMS_TRANSFER") in keys(events)
    events = analyze(_CONTEXT + "Nigeria ordered two training aircraft from Italy.")
    assert (("ITA", "NGA"), "ARMS_TRANSFER") in keys(events)


def test_a_trigger_word_naming_a_craft_type_is_no_event(analyze: Analyze) -> None:
    assert not analyze(_CONTEXT + "Kenya and Britain share training aircraft.")
    assert not [e for e in analyze(_CONTEXT + "Chile and Peru operate supply ships.") if e.type == "ARMS_TRANSFER"]


def test_airliners_and_merchant_ships_are_not_defence_transfers(analyze: Analyze) -> None:
    assert not analyze(_CONTEXT + "Turkish Airlines ordered Airbus jets from France.")
    assert not analyze(_CONTEXT + "Vietnam bought ten passenger jets from the United States.")
    assert not analyze(_CONTEXT + "Greece ordered four container ships from South Korea.")
