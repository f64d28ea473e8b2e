"""Trigger words read in their sense: the words right after them decide whether, and which, event they state."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


def _types(found: set[tuple[tuple[str, ...], str]], codes: tuple[str, ...]) -> set[str]:
    return {etype for pair, etype in found if pair == codes}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Spanish marines are based in Lithuania and train regularly with the Lithuanian Armed Forces.",
         ("ESP", "LTU")),
        ("French troops deployed to Romania trained with the Romanian army last month.", ("FRA", "ROU")),
    ],
)
def test_forces_that_train_with_another_force_exercise(analyze: Analyze, text: str, codes: tuple[str, str]) -> None:
    types = _types(keys(analyze(_CONTEXT + text)), codes)
    assert "EXERCISE" in types
    assert "PERSONNEL" not in types


def test_pilots_trained_with_another_air_force_were_taught(analyze: Analyze) -> None:
    found = keys(analyze(_CONTEXT + "Kenyan pilots trained with the Italian Air Force before the jets arrived."))
    assert "PERSONNEL" in _types(found, ("ITA", "KEN"))
    assert "EXERCISE" not in _types(found, ("ITA", "KEN"))


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said it was ready to meet all of Baku's requests in the defence field.",
        "Officials said Chile's new frigates meet NATO standards for air defence.",
    ],
)
def test_meet_a_need_is_no_meeting(analyze: Analyze, text: str) -> None:
    assert not any(etype == "DIALOGUE" for _, etype in keys(analyze(_CONTEXT + text)))


def test_meet_with_a_counterpart_is_still_a_meeting(analyze: Analyze) -> None:
    found = keys(analyze(_CONTEXT + "Turkey's defence minister will meet with his Azerbaijani counterpart in Baku."))
    assert "DIALOGUE" in _types(found, ("AZE", "TUR"))


def test_a_trigger_before_an_office_noun_is_a_body_name(analyze: Analyze) -> None:
    text = (
        "Poland signed the howitzer deal with South Korea through the Korean defence cooperation directorate, "
        "which handles exports."
    )
    found = keys(analyze(_CONTEXT + text))
    assert "ARMS_TRANSFER" in _types(found, ("KOR", "POL"))
    assert "GENERAL" not in _types(found, ("KOR", "POL"))


def test_a_dry_dock_is_no_port_call(analyze: Analyze) -> None:
    text = "The dry dock at Sattahip was paid for by Chinese loans and opened by the Thai navy chief."
    assert not any(etype in ("VISIT", "ACCESS") for _, etype in keys(analyze(_CONTEXT + text)))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia sent drones to strike Eritrean positions near the border, the army said.",
        "Armenia dispatched helicopters to attack Azerbaijani units on Sunday.",
    ],
)
def test_forces_sent_to_strike_are_no_transfer(analyze: Analyze, text: str) -> None:
    assert not any(etype == "ARMS_TRANSFER" for _, etype in keys(analyze(_CONTEXT + text)))


def test_weapons_sent_to_a_state_are_still_a_transfer(analyze: Analyze) -> None:
    found = keys(analyze(_CONTEXT + "Norway sent air defence systems to Ukraine to protect its cities."))
    assert "ARMS_TRANSFER" in _types(found, ("NOR", "UKR"))


def test_helping_others_operate_a_system_is_training(analyze: Analyze) -> None:
    text = (
        "Japan has handed over a patrol ship to Vietnam. Japanese officials said the coast guard would also help "
        "Vietnam's crews maintain and operate the ship."
    )
    found = keys(analyze(text))
    assert "PERSONNEL" in _types(found, ("JPN", "VNM"))


def test_a_state_that_operates_a_system_still_bought_it(analyze: Analyze) -> None:
    found = keys(analyze(_CONTEXT + "Nigeria operates Chinese-made fighter jets."))
    assert "ARMS_TRANSFER" in _types(found, ("CHN", "NGA"))


@pytest.mark.parametrize(
    "text",
    [
        "In port, Omani and British sailors held deck-plate exchanges on damage control.",
        "The harbour phase included professional exchanges between personnel of the Thai and Japanese navies.",
        "Kenyan and American medics held a subject matter expert exchange on battlefield care in Nairobi.",
    ],
)
def test_exchanges_between_personnel_are_personnel(analyze: Analyze, text: str) -> None:
    assert any(etype == "PERSONNEL" for _, etype in keys(analyze(_CONTEXT + text)))


def test_an_exercise_aimed_at_sharing_expertise_is_no_personnel_event(analyze: Analyze) -> None:
    text = "The drills with Egypt aim to foster the exchange of expertise between the Saudi and Egyptian navies."
    assert not any(etype == "PERSONNEL" for _, etype in keys(analyze(_CONTEXT + text)))


@pytest.mark.parametrize(
    ("text", "codes", "etype"),
    [
        ("India's envoy said New Delhi valued its defence partnership with Guyana and would share radar data.",
         ("GUY", "IND"), "GENERAL"),
        ("The handover reflects the growing defence partnership between Japan and the Philippines.",
         ("JPN", "PHL"), "GENERAL"),
        ("The EU and Moldova signed their first security and defence partnership in Brussels on Tuesday.",
         ("EU", "MDA"), "AGREEMENT"),
    ],
)
def test_a_partnership_named_as_a_bond_is_the_relationship(
    analyze: Analyze, text: str, codes: tuple[str, ...], etype: str
) -> None:
    assert (codes, etype) in keys(analyze(text))


@pytest.mark.parametrize(
    ("text", "codes", "etype"),
    [
        ("The Peruvian and Chilean air forces will conduct combined search-and-rescue training near Arica in June.",
         ("CHL", "PER"), "EXERCISE"),
        ("Indian and Omani soldiers held joint desert warfare training in Rajasthan.", ("IND", "OMN"), "EXERCISE"),
        ("Portugal has provided bilateral training to Mozambican marines and commandos since 2019.",
         ("MOZ", "PRT"), "PERSONNEL"),
    ],
)
def test_joint_or_combined_training_is_an_exercise(
    analyze: Analyze, text: str, codes: tuple[str, ...], etype: str
) -> None:
    assert (codes, etype) in keys(analyze(text))
