"""Rules that span sentences or clauses: topic dyad, references, asides, participants, carried areas."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find, keys


def test_two_sides_resolve_to_the_topic_dyad(analyze: Analyze) -> None:
    text = (
        "Chile and Spain held defence talks in Santiago on Monday.\n"
        "Spanish and Chilean officials said the talks went well.\n"
        "The two sides also agreed to hold joint naval exercises next year."
    )
    exercise = find(analyze(text), "EXERCISE", ("CHL", "ESP"))
    assert exercise.stage == "PLANNED"


def test_sentence_naming_one_side_is_completed_from_the_topic(analyze: Analyze) -> None:
    text = (
        "Norway and Poland signed a defence cooperation agreement in Oslo.\n"
        "Norwegian and Polish ministers praised the deal.\n"
        "Poland also wants to expand personnel exchanges, the Polish minister said."
    )
    assert (("NOR", "POL"), "PERSONNEL") in keys(analyze(text))


def test_purchase_naming_one_side_is_not_completed(analyze: Analyze) -> None:
    text = (
        "Norway and Poland signed a defence cooperation agreement in Oslo.\n"
        "Norwegian and Polish ministers praised the deal.\n"
        "Poland is also buying new tanks for its army."
    )
    assert (("NOR", "POL"), "ARMS_TRANSFER") not in keys(analyze(text))


def test_relative_clause_is_an_aside_with_its_own_subject(analyze: Analyze) -> None:
    text = (
        "Egypt, which also operates American F-16s and French Rafales, said the exercise with China "
        "strengthened ties between the two air forces."
    )
    events = analyze(text)
    pairs = {tuple(e.codes) for e in events if e.type == "ARMS_TRANSFER"}
    assert {("EGY", "USA"), ("EGY", "FRA")} <= pairs
    assert all(set(e.codes) != {"CHN", "USA"} for e in events)


def test_participant_list_joins_the_exercise(analyze: Analyze) -> None:
    text = (
        "Exercise Cope Tiger began on Monday at Korat air base in Thailand, hosted by the Royal Thai Air Force "
        "with the US Air Force.\n"
        "Contingents from Singapore and Malaysia also fly in the drills, officials said."
    )
    found = keys(analyze(text))
    assert (("MYS", "SGP", "THA", "USA"), "EXERCISE") in found or (("MYS", "SGP", "USA"), "EXERCISE") in found


def test_areas_of_a_sentence_that_refers_back_join_the_event(analyze: Analyze) -> None:
    text = (
        "Jordan and the United States held a joint exercise near Aqaba this week.\n"
        "The exercise focused on counterterrorism and border security, a spokesman said."
    )
    exercise = find(analyze(text), "EXERCISE", ("JOR", "USA"))
    assert "COUNTERTERRORISM" in exercise.areas


def test_explicit_supplier_beats_the_makers_country(analyze: Analyze) -> None:
    text = "Nigeria's air force inducted twelve Gripen fighter jets bought from the United States on Tuesday."
    transfer = find(analyze(text), "ARMS_TRANSFER", ("NGA", "USA"))
    assert transfer.direction == ("USA", "NGA")


def test_summit_of_many_states_is_not_a_dyadic_event(analyze: Analyze) -> None:
    text = (
        "Leaders of Canada, France, Germany, Italy, Japan, Britain and the United States held talks on "
        "defence spending at the summit in Rome."
    )
    assert all(len(e.codes) <= 4 for e in analyze(text) if e.type == "DIALOGUE")


def test_trigger_inside_a_name_is_ignored(analyze: Analyze) -> None:
    text = (
        "Japan's Acquisition, Technology & Logistics Agency and India's DRDO have collaborated on "
        "underwater drones and robotics, officials said."
    )
    assert all(e.type != "ARMS_TRANSFER" for e in analyze(text))


def test_acronym_defined_for_a_trigger_is_a_trigger(analyze: Analyze) -> None:
    text = (
        "NATO and Mongolia agreed an Individually Tailored Partnership Programme (ITPP) in Brussels.\n"
        "NATO has also concluded an ITPP with Colombia, officials said."
    )
    assert (("COL", "NATO"), "AGREEMENT") in keys(analyze(text))


def test_grouping_named_in_passing_is_not_a_party(analyze: Analyze) -> None:
    text = (
        "Japan and Britain signed a reciprocal access agreement in London on Wednesday.\n"
        "Kishida, who was in London on a tour of Group of Seven capitals, discussed the fighter programme with Sunak."
    )
    assert all(len(e.codes) <= 3 for e in analyze(text))


def test_customer_of_a_system_named_before_gets_its_supplier(analyze: Analyze) -> None:
    text = (
        "Kuwait has signed a contract for Turkish-made Bayraktar TB2 armed drones, the maker said.\n"
        "Qatar was its first foreign customer in 2018, and Ukraine and Poland are among those that have "
        "since received it."
    )
    events = analyze(text)
    directions = {e.direction for e in events if e.type == "ARMS_TRANSFER"}
    assert {("TUR", "KWT"), ("TUR", "QAT"), ("TUR", "UKR"), ("TUR", "POL")} <= directions


def test_provisions_of_a_signed_deal_are_agreed(analyze: Analyze) -> None:
    text = (
        "Brazil and Sweden signed a contract on Monday for 36 Gripen fighter jets.\n"
        "The contract also provides for a production facility in Brazil and training for Brazilian pilots."
    )
    events = analyze(text)
    assert find(events, "JOINT_DEVELOPMENT", ("BRA", "SWE")).stage == "AGREED"


def test_grouping_named_as_a_project_is_an_agreement_of_its_named_members(analyze: Analyze) -> None:
    text = (
        "In a joint statement, US President Joe Biden, Australian Prime Minister Anthony Albanese and British "
        "Prime Minister Rishi Sunak endorsed plans for the AUKUS project in San Diego."
    )
    agreement = find(analyze(text), "AGREEMENT", ("AUS", "GBR", "USA"))
    assert agreement.stage == "AGREED"


def test_visit_without_a_cue_follows_the_planned_talks(analyze: Analyze) -> None:
    text = (
        "Italy's defence minister will hold talks in Cairo on Tuesday on naval cooperation.\n"
        "The minister's visit to Egypt is part of a regional tour that includes a stop in Oman."
    )
    events = analyze(text)
    assert find(events, "VISIT", ("EGY", "ITA")).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Poland and South Korea signed the contract for 180 K2 tanks in Warsaw on Friday.", "ARMS_TRANSFER",
         ("KOR", "POL")),
        ("Kenya and Turkey signed the defence cooperation agreement in Nairobi on Monday, the ministry said.",
         "AGREEMENT", ("KEN", "TUR")),
    ],
)
def test_a_definite_first_mention_in_the_lead_is_a_new_event(analyze: Analyze, text: str, etype: str,
                                                             codes: tuple[str, ...]) -> None:
    assert find(analyze(text), etype, codes).stage == "AGREED"


def test_a_definite_mention_after_an_event_still_refers_back(analyze: Analyze) -> None:
    text = ("Japan and South Korea restored their military intelligence-sharing pact on Friday. "
            "Officials in Seoul and Tokyo said the agreement would cover missile launch data.")
    assert not [e for e in analyze(text) if e.type == "AGREEMENT" and set(e.codes) == {"JPN", "KOR"}
                and e.stage != "AGREED"]


def test_two_named_officials_signing_a_vague_document_are_the_storys_sides(analyze: Analyze) -> None:
    text = ("Canada will double its troop presence in Latvia, the Canadian prime minister said in Riga, "
            "where he met his Latvian counterpart. Defence ministers Anita Anand and Inara Murniece signed a "
            "roadmap setting out the steps.")
    assert find(analyze(text), "AGREEMENT", ("CAN", "LVA")).stage == "AGREED"


def test_one_minister_signing_a_vague_document_is_no_pact(analyze: Analyze) -> None:
    text = ("Canada will double its troop presence in Latvia, the Canadian prime minister said in Riga, "
            "where he met his Latvian counterpart. Defence minister Anita Anand signed a roadmap for the budget.")
    assert not [e for e in analyze(text) if e.type == "AGREEMENT"]


def test_a_later_the_memorandum_names_the_document_already_reported(analyze: Analyze) -> None:
    text = ("Bolivia and Iran signed a defence memorandum in Tehran on Friday. "
            "Argentina asked the Bolivian ambassador for details of the memorandum.")
    assert keys(analyze(text)) & {(("ARG", "BOL"), "AGREEMENT")} == set()
    assert find(analyze(text), "AGREEMENT", ("BOL", "IRN"))


def test_a_new_document_with_its_own_partner_after_another_is_still_new(analyze: Analyze) -> None:
    text = ("Bolivia and Iran signed a defence memorandum in Tehran on Friday. "
            "Bolivia also signed the memorandum with Venezuela on border security.")
    assert find(analyze(text), "AGREEMENT", ("BOL", "VEN"))
