"""Stage decisions: which cue governs the trigger (modal scope, modifiers, delivery, endings, documents)."""

from __future__ import annotations

import pytest

from .conftest import Analyze, find


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Egypt will sign a defence pact with Greece next month.", "AGREEMENT", ("EGY", "GRC"), "PLANNED"),
        ("Chile could sign a defence cooperation agreement with Peru.", "AGREEMENT", ("CHL", "PER"), "PROPOSED"),
        ("Egypt and Greece sign defence cooperation agreement", "AGREEMENT", ("EGY", "GRC"), "AGREED"),
        ("Kenya, Uganda ink defence cooperation pact", "AGREEMENT", ("KEN", "UGA"), "AGREED"),
        ("Vietnam and India seal a defence cooperation agreement.", "AGREEMENT", ("IND", "VNM"), "AGREED"),
    ],
)
def test_a_modal_before_a_signing_verb_governs_it(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "The exercise, organised by the Egyptian army, opened on Sunday near Alexandria with troops from Egypt and "
        "Greece.",
        "Cobra Gold, the annual drill hosted by Thailand for troops from Thailand and the United States, kicked off "
        "on Tuesday.",
    ],
)
def test_the_verb_after_a_modifier_gives_an_exercise_its_stage(analyze: Analyze, text: str) -> None:
    events = [e for e in analyze(text) if e.type == "EXERCISE"]
    assert events and all(e.stage == "ONGOING" for e in events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Defence ministers of Brazil and Argentina ended two days of talks on military ties.", ("ARG", "BRA")),
        ("Troops from Oman and Britain ended a three-week joint exercise in the desert.", ("GBR", "OMN")),
    ],
)
def test_an_activity_that_ended_is_completed_not_rejected(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    events = [e for e in analyze(text) if tuple(e.codes) == codes and e.type in ("DIALOGUE", "EXERCISE")]
    assert events and all(e.stage == "COMPLETED" for e in events)


def test_ending_an_agreement_is_rejected(analyze: Analyze) -> None:
    text = "Niger said it is ending its defence cooperation agreement with the United States, a move set to last."
    assert find(analyze(text), "AGREEMENT", ("NER", "USA")).stage == "REJECTED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Peruvian Navy has taken delivery of two Spanish-built warships.", ("ESP", "PER")),
        ("Hungary diversified its arms suppliers, taking delivery of Turkish army trucks in 2023.", ("HUN", "TUR")),
        ("Ghana formally handed over its new patrol boats bought from China to the navy on Monday.", ("CHN", "GHA")),
    ],
)
def test_a_delivery_is_completed(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "COMPLETED"


def test_an_access_agreement_in_force_is_agreed(analyze: Analyze) -> None:
    text = "Singapore already has visiting forces agreements with Australia and New Zealand."
    events = analyze(text)
    assert find(events, "ACCESS", ("AUS", "SGP")).stage == "AGREED"
    assert find(events, "ACCESS", ("NZL", "SGP")).stage == "AGREED"


def test_talks_in_the_middle_of_are_ongoing(analyze: Analyze) -> None:
    text = (
        "Malaysia signed a similar defence pact with Indonesia last year, and is in the middle of talks with Brunei on "
        "closer military ties."
    )
    assert find(analyze(text), "DIALOGUE", ("BRN", "MYS")).stage == "ONGOING"


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        (
            "Poland and Lithuania signed a defence cooperation agreement on Tuesday. The agreement would give both "
            "armies a framework for closer military cooperation, officials said.",
            "AGREEMENT",
            ("LTU", "POL"),
            "AGREED",
        ),
        (
            "Troops from Morocco and Senegal are taking part in a joint military exercise near Dakar. Officials said "
            "the exercise would help the two armies work together.",
            "EXERCISE",
            ("MAR", "SEN"),
            "ONGOING",
        ),
    ],
)
def test_what_an_item_will_bring_about_keeps_the_item_stage(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    events = [e for e in analyze(text) if e.type == etype and tuple(e.codes) == codes]
    assert events and {e.stage for e in events} == {stage}


def test_a_new_exercise_referred_to_with_will_is_still_planned(analyze: Analyze) -> None:
    text = (
        "Troops from Morocco and Senegal held a joint military exercise near Dakar in March. A second joint exercise "
        "will be held in Morocco next year."
    )
    stages = {e.stage for e in analyze(text) if e.type == "EXERCISE"}
    assert "PLANNED" in stages


def test_what_a_signed_deal_lets_parties_do_has_the_deal_stage(analyze: Analyze) -> None:
    text = (
        "Ghanaian and Nigerian troops will be able to deploy to each other's territory under a reciprocal access "
        "agreement signed in Abuja on Monday."
    )
    access = [e for e in analyze(text) if e.type == "ACCESS"]
    assert access and {e.stage for e in access} == {"AGREED"}


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Bolivia and Iran agreed to deepen defence cooperation.", "GENERAL", ("BOL", "IRN"), "PLANNED"),
        ("Egypt wants to deepen defence cooperation with Greece.", "GENERAL", ("EGY", "GRC"), "PROPOSED"),
        ("Qatar and Turkey deepen defence ties with new naval drills", "EXERCISE", ("QAT", "TUR"), "ONGOING"),
        ("Indonesia and Australia begin joint naval drills off Darwin", "EXERCISE", ("AUS", "IDN"), "ONGOING"),
    ],
)
def test_finite_and_infinitive_wish_verbs(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


def test_a_modal_far_from_the_trigger_still_governs_its_verb(analyze: Analyze) -> None:
    text = (
        "The defence ministers of Austria and Switzerland are expected to discuss ways to widen cooperation on air "
        "policing and to exchange views on regional security."
    )
    dialogue = [e for e in analyze(text) if e.type == "DIALOGUE"]
    assert dialogue and {e.stage for e in dialogue} == {"PLANNED"}


def test_implementing_an_agreement_in_force_is_agreed(analyze: Analyze) -> None:
    text = (
        "Japan and Australia announced plans to speed up the full implementation of their Reciprocal Access "
        "Agreement."
    )
    assert find(analyze(text), "AGREEMENT", ("AUS", "JPN")).stage == "AGREED"


def test_a_signed_document_restated_with_will_is_one_agreed_document(analyze: Analyze) -> None:
    text = (
        "Kenya and Tanzania signed a defence cooperation agreement in Nairobi on Monday. Kenyan officials said Kenya "
        "and Tanzania will use the defence cooperation agreement to expand joint training."
    )
    agreements = [e for e in analyze(text) if e.type == "AGREEMENT"]
    assert [e.stage for e in agreements] == ["AGREED"]
    assert len(agreements[0].evidence) == 2


def test_a_planned_exercise_is_kept_beside_a_past_one(analyze: Analyze) -> None:
    text = (
        "Kenya and Tanzania signed a defence cooperation agreement on Monday. Kenyan and Tanzanian troops held a "
        "joint exercise in March and will hold another joint exercise in Tanzania next year."
    )
    stages = {e.stage for e in analyze(text) if e.type == "EXERCISE"}
    assert {"COMPLETED", "PLANNED"} <= stages


def test_a_participle_restates_the_decision_of_its_clause(analyze: Analyze) -> None:
    text = (
        "The Peruvian government had decided to acquire the Swedish jets after comparing price, financing and the "
        "industrial package offered by Stockholm."
    )
    transfers = [e for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == ("PER", "SWE")]
    assert transfers and {e.stage for e in transfers} == {"AGREED"}


def test_an_offer_passed_over_is_not_the_decision(analyze: Analyze) -> None:
    text = "Malaysia chose the FA-50 instead of the Tejas jets offered by India."
    assert find(analyze(text), "ARMS_TRANSFER", ("IND", "MYS")).stage == "REJECTED"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Austin is the first US defence secretary to visit Vietnam since 2018.", ("USA", "VNM")),
        ("Marles became the second Australian defence minister to visit Fiji this year.", ("AUS", "FJI")),
    ],
)
def test_the_first_official_to_visit_has_visited(analyze: Analyze, text: str, codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "VISIT", codes).stage == "COMPLETED"


def test_since_a_year_with_a_present_perfect_is_ongoing(analyze: Analyze) -> None:
    text = "Since 2012, France has kept a naval unit in the UAE to train Emirati sailors and conduct joint exercises."
    assert find(analyze(text), "EXERCISE", ("ARE", "FRA")).stage == "ONGOING"


def test_a_modal_governs_coordinated_verbs(analyze: Analyze) -> None:
    text = "The minister said the pact would raise Estonia's security and deepen its defence cooperation with Latvia."
    assert find(analyze(text), "GENERAL", ("EST", "LVA")).stage == "PLANNED"


def test_military_aid_without_a_cue_is_a_running_programme(analyze: Analyze) -> None:
    text = "Officials said Lebanon, a large recipient of French military assistance, relies on it to equip its army."
    assert find(analyze(text), "ARMS_TRANSFER", ("FRA", "LBN")).stage == "ONGOING"


def test_military_aid_with_a_past_cue_keeps_it(analyze: Analyze) -> None:
    text = "Japan delivered military aid to the Philippines last year."
    assert find(analyze(text), "ARMS_TRANSFER", ("JPN", "PHL")).stage == "COMPLETED"


@pytest.mark.parametrize(
    "text",
    [
        "The summit of Kenya and Rwanda ended with a commitment to work together more closely on defence and security.",
        "Leaders of Kenya and Rwanda ended a two-day summit in Kigali with a commitment to deepen defence cooperation.",
    ],
)
def test_a_commitment_at_the_end_of_a_summit_is_agreed(analyze: Analyze, text: str) -> None:
    events = analyze(text)
    assert find(events, "GENERAL", ("KEN", "RWA")).stage == "AGREED"
    assert find(events, "DIALOGUE", ("KEN", "RWA")).stage == "COMPLETED"


def test_a_possible_sale_raised_in_talks_is_under_discussion(analyze: Analyze) -> None:
    text = (
        "Brazil's defence minister will hold talks in Stockholm on Monday on industrial cooperation, including the "
        "possible supply of Swedish-made radars."
    )
    assert find(analyze(text), "ARMS_TRANSFER", ("BRA", "SWE")).stage == "DISCUSSION"


def test_a_possible_sale_without_talks_is_proposed(analyze: Analyze) -> None:
    text = "Sweden has offered Brazil the possible supply of more Gripen fighter jets."
    assert find(analyze(text), "ARMS_TRANSFER", ("BRA", "SWE")).stage == "PROPOSED"


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        (
            "Egyptian and Saudi troops have been conducting joint patrols along the Red Sea since 2019.",
            "EXERCISE",
            ("EGY", "SAU"),
            "ONGOING",
        ),
        ("Deliveries of the Korean K2 tanks to Poland began in December.", "ARMS_TRANSFER", ("KOR", "POL"), "ONGOING"),
        ("Serbia shelved plans to buy Chinese fighter jets.", "ARMS_TRANSFER", ("CHN", "SRB"), "REJECTED"),
        ("Greece put the purchase of Israeli missiles on hold.", "ARMS_TRANSFER", ("GRC", "ISR"), "REJECTED"),
    ],
)
def test_main_verbs_after_a_complement_and_perfect_progressives(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("Philippines receives BrahMos missiles from India", "ARMS_TRANSFER", ("IND", "PHL"), "COMPLETED"),
        ("Nigerian Army inducts Chinese-made VT-4 tanks", "ARMS_TRANSFER", ("CHN", "NGA"), "COMPLETED"),
        ("Vietnam mulls buying American F-16 fighter jets", "ARMS_TRANSFER", ("USA", "VNM"), "DISCUSSION"),
        ("Turkey, Pakistan vow to boost defence cooperation", "GENERAL", ("PAK", "TUR"), "PLANNED"),
        ("Egypt, Greece kick off joint naval exercise Medusa", "EXERCISE", ("EGY", "GRC"), "ONGOING"),
        ("India and Japan conclude joint military exercise in Rajasthan", "EXERCISE", ("IND", "JPN"), "COMPLETED"),
    ],
)
def test_present_tense_headline_verbs(
    analyze: Analyze, text: str, etype: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "The joint exercise of India and Oman, which runs till Friday, covers counter-piracy drills.",
        "The drills between Egypt and Sudan are concentrated around training sites in the north.",
    ],
)
def test_an_exercise_described_in_the_present_is_ongoing(analyze: Analyze, text: str) -> None:
    events = [e for e in analyze(text) if e.type == "EXERCISE"]
    assert events and {e.stage for e in events} == {"ONGOING"}


def test_a_purpose_statement_gives_no_tense(analyze: Analyze) -> None:
    text = "Jordanian and Iraqi troops held a joint exercise in March. The exercise is aimed at better border control."
    assert {e.stage for e in analyze(text) if e.type == "EXERCISE"} == {"COMPLETED"}


def test_an_offer_the_article_reports_lost_is_one_rejected_bid(analyze: Analyze) -> None:
    text = (
        "Brazil chose Swedish Gripen fighter jets instead of the Rafale jets offered by France. Earlier, France "
        "offered to supply Brazil with Rafale fighter jets."
    )
    bids = [e for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == ("BRA", "FRA")]
    assert [e.stage for e in bids] == ["REJECTED"]
    assert len(bids[0].evidence) == 2


def test_an_offer_without_a_lost_bid_stays_proposed(analyze: Analyze) -> None:
    text = "Earlier this year, France offered to supply Brazil with Rafale fighter jets."
    assert find(analyze(text), "ARMS_TRANSFER", ("BRA", "FRA")).stage == "PROPOSED"


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        ("Russia offered to sell India Su-57 fighter jets last year.", ("IND", "RUS"), "PROPOSED"),
        ("Vietnam bought Israeli air defence systems last year.", ("ISR", "VNM"), "COMPLETED"),
        ("Chile plans to buy Swedish fighter jets next year.", ("CHL", "SWE"), "PLANNED"),
    ],
)
def test_a_time_phrase_yields_to_the_verb(analyze: Analyze, text: str, codes: tuple[str, ...], stage: str) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == stage


@pytest.mark.parametrize(
    ("text", "codes", "stage"),
    [
        (
            "Morocco and Israel signed a deal that will see Israel supply Morocco with Barak MX air defence systems.",
            ("ISR", "MAR"),
            "AGREED",
        ),
        (
            "Estonia inked a contract with South Korea under which Hanwha will deliver 12 more K9 howitzers.",
            ("EST", "KOR"),
            "AGREED",
        ),
        ("Estonia will sign a contract under which Hanwha will deliver more K9 howitzers.", ("EST", "KOR"), "PLANNED"),
    ],
)
def test_a_sale_under_a_deal_signed_in_the_sentence_is_agreed(
    analyze: Analyze, text: str, codes: tuple[str, ...], stage: str
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == stage


def test_a_tours_later_stops_are_planned_when_the_first_is_done(analyze: Analyze) -> None:
    text = (
        "Brazil's defence minister travelled to Paris on Monday and was due to continue to Rome and Madrid "
        "later in the week for talks on submarines."
    )
    events = analyze(text)
    assert find(events, "VISIT", ("BRA", "FRA")).stage == "COMPLETED"
    assert find(events, "VISIT", ("BRA", "ITA")).stage == "PLANNED"
    assert find(events, "VISIT", ("BRA", "ESP")).stage == "PLANNED"


def test_a_later_stop_told_in_the_past_happened(analyze: Analyze) -> None:
    text = "Indonesian Defence Minister Prabowo Subianto visited Ankara on Tuesday and then went on to Cairo."
    events = analyze(text)
    assert find(events, "VISIT", ("IDN", "TUR")).stage == "COMPLETED"
    assert find(events, "VISIT", ("EGY", "IDN")).stage == "COMPLETED"


def test_continuing_to_do_something_is_not_a_stop(analyze: Analyze) -> None:
    events = analyze("Kenya and Uganda will continue to cooperate on border security, officials said.")
    assert not [e for e in events if e.type == "VISIT"]
    assert find(events, "GENERAL", ("KEN", "UGA"))


@pytest.mark.parametrize(
    "text",
    [
        "Troops from the United States, Japan and India began the annual Khaan Quest peacekeeping exercise "
        "in Mongolia on Monday.",
        "Chile's navy commenced the biennial UNITAS naval drills with the US Navy off Valparaiso.",
    ],
)
def test_an_exercise_that_began_is_ongoing_across_its_name(analyze: Analyze, text: str) -> None:
    assert {e.stage for e in analyze(text) if e.type == "EXERCISE"} == {"ONGOING"}


@pytest.mark.parametrize(
    "text",
    [
        "A defence pact allowing Japanese and Philippine troops to train on each other's soil took effect on "
        "Wednesday.",
        "The security agreement between Papua New Guinea and Australia entered into force on Friday.",
    ],
)
def test_a_pact_that_took_effect_is_agreed(analyze: Analyze, text: str) -> None:
    assert {e.stage for e in analyze(text) if e.type == "AGREEMENT"} == {"AGREED"}


@pytest.mark.parametrize(
    ("text", "etype", "codes", "stage"),
    [
        ("South Korea and Japan resumed the exchange of military intelligence under their pact on Monday, the "
         "defence ministry said.", "INFO_SHARING", ("JPN", "KOR"), "ONGOING"),
        ("Oman has granted British forces access to the Duqm port facility for logistics support.", "ACCESS",
         ("GBR", "OMN"), "AGREED"),
        ("Kazakhstan's air defence forces are sharing radar data with Russia, the defence ministry said.",
         "INFO_SHARING", ("KAZ", "RUS"), "ONGOING"),
    ],
)
def test_resumed_granted_and_progressive_sharing(analyze: Analyze, text: str, etype: str, codes: tuple[str, ...],
                                                 stage: str) -> None:
    assert find(analyze(text), etype, codes).stage == stage


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("The United States donated two patrol boats to the Ghanaian navy on Monday.", "COMPLETED"),
        ("Ghana's armed forces received two patrol boats donated by the United States on Monday.", "COMPLETED"),
        ("The United States will donate two patrol boats to the Ghanaian navy next year.", "PLANNED"),
    ],
)
def test_a_donation_told_in_the_past_was_handed_over(analyze: Analyze, text: str, stage: str) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", ("GHA", "USA")).stage == stage


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Saudi Arabia is in advanced talks with Turkey to buy Kaan fighter jets, people familiar with the matter "
         "said.", ("SAU", "TUR")),
        ("Indonesia is in final negotiations with France to acquire more Scorpene submarines.", ("FRA", "IDN")),
    ],
)
def test_a_purchase_in_qualified_talks_is_under_discussion(analyze: Analyze, text: str,
                                                          codes: tuple[str, ...]) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "DISCUSSION"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Tallinn will buy twelve K9 howitzers from South Korea, the Estonian defence agency said on Wednesday. "
         "The deal, signed in Seoul by the agency's director, is worth around 40 million euros.", ("EST", "KOR")),
        ("Ghana plans to buy four patrol boats from Israel, the navy said. The contract was signed on Monday.",
         ("GHA", "ISR")),
    ],
)
def test_a_deal_reported_signed_later_settles_the_planned_purchase(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert {e.stage for e in analyze(text) if e.type == "ARMS_TRANSFER" and tuple(e.codes) == codes} == {"AGREED"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Japan is considering Turkish drones for its coastal surveillance needs.", ("JPN", "TUR")),
        ("Japan is considering buying Turkish drones.", ("JPN", "TUR")),
        ("Nigeria is evaluating the FA-50 from South Korea for its light fighter requirement.", ("KOR", "NGA")),
        ("India is eyeing Russian Su-57 jets as a stopgap, officials said.", ("IND", "RUS")),
    ],
)
def test_a_weapon_under_consideration_is_a_transfer_in_discussion(
    analyze: Analyze, text: str, codes: tuple[str, ...]
) -> None:
    assert find(analyze(text), "ARMS_TRANSFER", codes).stage == "DISCUSSION"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is considering its options after talks with France stalled.",
        "The British said they are considering sending Typhoon jets to Japan for an exercise.",
        "Asked whether Singapore was considering other fighter types, the minister said the F-35 was the best choice.",
    ],
)
def test_considering_no_weapon_or_only_asked_about_is_no_transfer(analyze: Analyze, text: str) -> None:
    assert not [e for e in analyze(text) if e.type == "ARMS_TRANSFER"]
