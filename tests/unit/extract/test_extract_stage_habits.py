"""Stage from governing cues and aspect: offers to talk, pledges, habits, continuations, perfects."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Seoul was ready to consider transferring more patrol ships to Indonesia.", "ARMS_TRANSFER",
         ("IDN", "KOR")),
        ("Japan is willing to discuss the supply of coastal radars to Vietnam.", "ARMS_TRANSFER", ("JPN", "VNM")),
    ],
)
def test_an_offer_to_talk_is_an_offer(analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), etype, codes).stage == "PROPOSED"


def test_an_agreement_to_explore_stays_a_discussion(analyze: Analyze) -> None:
    text = "The ministers agreed to explore co-production of armoured vehicles between Egypt and Serbia."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("EGY", "SRB")).stage == "DISCUSSION"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The presidents of Ghana and Togo pledged to strengthen defence cooperation.", ("GHA", "TGO")),
        ("Chile and Argentina pledge to deepen their security cooperation.", ("ARG", "CHL")),
    ],
)
def test_a_pledge_to_deepen_ties_is_a_plan(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "GENERAL", codes).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("The Kenyan navy and the Indian navy regularly conduct joint patrols in the Indian Ocean.", "EXERCISE",
         ("IND", "KEN")),
        ("Norway hosts the annual Cold Response exercise with British and Dutch forces.", "EXERCISE",
         ("GBR", "NLD", "NOR")),
        ("Thousands of Dutch soldiers exercise every year alongside Norwegian units.", "EXERCISE", ("NLD", "NOR")),
        ("Norway hosts the annual Cold Response exercise, the largest NATO-led military drill in Europe, with "
         "American, Norwegian and other partner forces.", "EXERCISE", ("NOR", "USA")),
        ("The defence ministries of Ghana and Nigeria signed a memorandum in 2012 and hold an annual defence "
         "policy dialogue.", "DIALOGUE", ("GHA", "NGA")),
    ],
)
def test_a_habit_in_the_present_is_ongoing(analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), etype, codes).stage == "ONGOING"


@pytest.mark.parametrize(
    "text",
    [
        "Jordan and Egypt regularly conducted joint drills in the 1990s.",
        "Jordan and Egypt will hold their annual joint drills in the spring.",
    ],
)
def test_a_past_or_future_habit_is_not_ongoing(analyze: Analyze, text: str) -> None:
    assert find(analyze(text), "EXERCISE", ("EGY", "JOR")).stage != "ONGOING"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Ecuadorian soldiers have been trained to operate the Spanish radars.", "PERSONNEL", ("ECU", "ESP")),
        ("Two Greek frigates, which had made a port call in Alexandria, sailed with Egyptian navy vessels.",
         "ACCESS", ("EGY", "GRC")),
    ],
)
def test_a_passive_training_or_a_past_perfect_is_over(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), etype, codes).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("Vietnamese crews are trained to operate the Indian patrol boats.", "PERSONNEL", ("IND", "VNM")),
        ("Two Greek frigates will make a port call in Alexandria.", "ACCESS", ("EGY", "GRC")),
    ],
)
def test_a_present_training_or_a_future_call_is_not_over(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), etype, codes).stage != "COMPLETED"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Before the handover, a crew of 60 Ghanaian sailors spent two months in Kiel learning to operate the "
         "vessel with the help of German naval instructors.", ("DEU", "GHA"), "COMPLETED"),
        ("Peruvian pilots spent most of the year training with Brazilian Air Force instructors in Anapolis.",
         ("BRA", "PER"), "COMPLETED"),
        ("Peruvian pilots will spend six months training with Brazilian Air Force instructors in Anapolis.",
         ("BRA", "PER"), "PLANNED"),
    ],
)
def test_training_after_a_past_spent_time_is_over(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "PERSONNEL", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("In a joint statement, Chile and Peru reaffirmed their commitment to maritime security cooperation.",
         ("CHL", "PER")),
        ("Spain reaffirmed its commitment to defence cooperation with Morocco.", ("ESP", "MAR")),
    ],
)
def test_a_reaffirmed_commitment_runs_on(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "GENERAL", codes).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Ghana and Togo agreed in 2019 to deepen defence cooperation.", ("GHA", "TGO"), "AGREED"),
        ("Chile and Peru last year also agreed to step up cooperation in the defence industry, the ministry said.",
         ("CHL", "PER"), "AGREED"),
        ("Kenya and Rwanda agreed to strengthen defence cooperation.", ("KEN", "RWA"), "PLANNED"),
    ],
)
def test_ties_agreed_at_an_earlier_date_to_deepen_are_a_standing_agreement(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "GENERAL", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("The Netherlands gave up its howitzers in the mid-2000s, selling them to Chile, and had been without heavy "
         "artillery since.", ("CHL", "NLD"), "COMPLETED"),
        ("In 2019 Norway retired its old frigates, selling them to Chile.", ("CHL", "NOR"), "COMPLETED"),
        ("Norway will retire its frigates in 2027, selling them to Chile.", ("CHL", "NOR"), "PLANNED"),
    ],
)
def test_a_sale_in_a_participle_after_a_dated_past_clause_happened(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The memorandum brings together existing activities such as joint military exercises and training courses "
         "for Ghanaian officers in Nigeria.", ("GHA", "NGA")),
        ("The pact covers existing joint exercises of the Colombian and Peruvian navies.", ("COL", "PER")),
    ],
)
def test_existing_activities_are_ongoing(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "EXERCISE", codes).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("At the first Peru-Chile defence industry dialogue, the official stated that the two state shipyards are in "
         "discussion on a joint patrol vessel.", ("CHL", "PER")),
        ("At the annual Ghana-Togo defence dialogue, the minister said the two armies are negotiating a training "
         "pact.", ("GHA", "TGO")),
    ],
)
def test_a_cue_in_a_reported_clause_is_not_the_meetings(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "DIALOGUE", codes).stage == "COMPLETED"


def test_an_aside_of_attribution_keeps_the_cue(analyze: Analyze) -> None:
    text = "The exercise of Ghana and Togo, the army said, ended on Friday."
    assert find(analyze(text), "EXERCISE", ("GHA", "TGO")).stage == "COMPLETED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Turkish delegation held talks with Nigerian officials on local production of armoured vehicles.",
         ("NGA", "TUR")),
        ("Indonesian and Indian defence officials held talks on joint production of BrahMos missiles.",
         ("IDN", "IND")),
    ],
)
def test_the_topic_of_talks_is_under_discussion(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "JOINT_DEVELOPMENT", codes).stage == "DISCUSSION"


def test_a_deal_on_a_topic_is_not_a_discussion(analyze: Analyze) -> None:
    text = "Indonesian and Indian defence officials signed a deal on joint production of BrahMos missiles."
    assert find(analyze(text), "JOINT_DEVELOPMENT", ("IDN", "IND")).stage == "AGREED"


def test_an_exercise_in_an_apposition_before_a_present_progressive_is_ongoing(analyze: Analyze) -> None:
    text = ("The fourth edition of Lamitye, the annual joint exercise between the Ghanaian Army and the Togolese "
            "Army, is being conducted at the Bundase Training Camp in Ghana until March 9.")
    assert find(analyze(text), "EXERCISE", ("GHA", "TGO")).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Chile and Peru would continue to cooperate closely, noting that Peruvian patrol ships regularly call at "
         "Chilean ports under a 2015 defence cooperation agreement.", ("CHL", "PER"), "AGREED"),
        ("Ghana and Togo will sign a 2025 defence cooperation agreement next week.", ("GHA", "TGO"), "PLANNED"),
    ],
)
def test_a_dated_document_something_happens_under_was_concluded(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "AGREEMENT", codes).stage == stage


def test_what_a_signed_deal_continues_is_its_term(analyze: Analyze) -> None:
    text = ("Ghana and the United Kingdom have signed a defence cooperation agreement. Under the deal, British troops "
            "will continue to use training areas in northern Ghana. Under the agreement, Britain will continue to "
            "provide training for Ghanaian officers.")
    events = analyze(text)
    assert find(events, "ACCESS", ("GBR", "GHA")).stage == "AGREED"
    assert find(events, "PERSONNEL", ("GBR", "GHA")).stage == "AGREED"


def test_what_a_signed_deal_plans_anew_stays_planned(analyze: Analyze) -> None:
    text = ("Ghana and Iran have signed a defence memorandum. Under the memorandum, Iran is to provide training to "
            "Ghanaian personnel.")
    assert find(analyze(text), "PERSONNEL", ("GHA", "IRN")).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("The Defence Ministry has handed over the letter of acceptance for the purchase of three patrol ships for the "
         "Kenyan Navy to the Turkish shipbuilder Dearsan.", "AGREED"),
        ("Turkey handed over three patrol ships to Kenya on Monday.", "COMPLETED"),
    ],
)
def test_a_handed_over_deal_document_is_a_signing(analyze: Analyze, text: str, stage: str) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", ("KEN", "TUR")).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Tunisia was designated a major non-NATO ally of the United States in 2015.", ("TUN", "USA")),
        ("Kenya was designated a major non-NATO ally of the United States in 2024.", ("KEN", "USA")),
    ],
)
def test_a_designated_status_is_agreed(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "GENERAL", codes).stage == "AGREED"


def test_a_fusion_centre_is_a_standing_arrangement(analyze: Analyze) -> None:
    text = "The Singapore Navy's Information Fusion Centre tracks shipping with officers from Thailand and Vietnam."
    assert find(analyze(text), "INFO_SHARING", ("SGP", "THA")).stage == "ONGOING"


def test_a_fusion_centre_to_be_opened_is_planned(analyze: Analyze) -> None:
    text = "The navies of Kenya and Tanzania will open a joint information fusion centre in Mombasa next year."
    assert find(analyze(text), "INFO_SHARING", ("KEN", "TZA")).stage == "PLANNED"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("The Danish prime minister noted that Denmark remains one of the largest donors of military aid to Ukraine, "
         "having provided CV90 infantry fighting vehicles, Caesar artillery systems and other equipment.",
         "COMPLETED"),
        ("Denmark remains one of the largest donors of military aid to Ukraine.", "ONGOING"),
    ],
)
def test_a_perfect_participle_after_an_aid_programme_states_what_was_delivered(
    analyze: Analyze, text: str, stage: str
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", ("DNK", "UKR")).stage == stage


def test_an_amount_of_aid_delivered_since_a_year_is_counted_as_delivered(analyze: Analyze) -> None:
    text = ("Since 2012, the United States has provided more than $800 million in military assistance to Kenya, "
            "including patrol boats, light attack aircraft and border surveillance systems.")
    assert find(analyze(text), "ARMS_TRANSFER", ("KEN", "USA")).stage == "COMPLETED"


def test_training_given_since_a_year_goes_on(analyze: Analyze) -> None:
    text = "Since 2015 Japan has trained Philippine coast guard crews."
    assert find(analyze(text), "PERSONNEL", ("JPN", "PHL")).stage == "ONGOING"
