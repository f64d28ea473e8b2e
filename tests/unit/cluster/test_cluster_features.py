"""Story terms: names, figures, lead dyads and event keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.records import Event, Evidence, Party
from defcoop.stages.clustering.features import (
    EVENT_KEY,
    FIGURE,
    GENERIC,
    NAME,
    document_terms,
    event_terms,
    is_pair_code,
    lead_pairs,
    load_generic_terms,
    term_class,
    term_hash,
    text_terms,
)


def make_event(codes: tuple[str, str], etype: str = "ARMS_TRANSFER", systems: tuple[str, ...] = ()) -> Event:
    return Event(type=etype, stage="AGREED", parties=[Party(c, "state", c) for c in codes],
                 evidence=[Evidence("d1", 0, 1, "x")], systems=list(systems), doc_ids=["d1"])


def test_names_figures_and_generic_words() -> None:
    terms = text_terms("Egypt signed a deal with Dassault Aviation for 30 Rafale jets worth $4,500 million. "
                       "The Egyptian Air Force will receive them in 2026.")
    assert terms["dassault aviation"] == NAME
    assert terms["rafale"] == NAME
    assert terms["30"] == FIGURE
    assert terms["4500"] == FIGURE
    assert terms["egyptian"] == GENERIC
    assert terms["2026"] == GENERIC  # a year: shared by many stories of a dyad
    assert "the" not in terms
    assert "signed" not in terms


def test_sentence_opening_word_counts_only_if_capitalized_elsewhere() -> None:
    terms = text_terms("Designed in Sweden, the radar is new. Saab builds it. Officials said Saab would deliver.")
    assert "designed" not in terms
    assert "saab" in terms


def test_lead_dyad_from_countries_demonyms_and_capitals() -> None:
    terms = text_terms("Tokyo eyes Turkish drones\nThe minister will fly to Ankara next week.")
    assert terms["pair:japan|turkey"] == EVENT_KEY
    later = text_terms("Japan's minister spoke.\n" + "Nothing else here. " * 60 + "Brazil was mentioned.")
    assert not any(term.startswith("pair:") for term in later)


def test_multiword_country_names_and_currency_prefix() -> None:
    terms = text_terms("The United States and South Korea agreed on a US$2 billion package.")
    assert "pair:korea|us" in terms
    assert "pair:korea|saudi arabia" not in terms
    only_money = text_terms("Poland pays US$6.5 billion for tanks.")
    assert not any(term.startswith("pair:") for term in only_money)


def test_event_terms_and_codes() -> None:
    terms = event_terms([make_event(("FRA", "IND"), systems=("Rafale M",))])
    assert set(terms) == {"pair:FRA-IND", "pair-type:FRA-IND:ARMS_TRANSFER", "event:FRA-IND:ARMS_TRANSFER:AGREED",
                          "system:rafale m"}
    pair = term_hash("pair:FRA-IND", EVENT_KEY)
    assert is_pair_code(pair) and term_class(pair) == EVENT_KEY
    assert not is_pair_code(term_hash("pair-type:FRA-IND:ARMS_TRANSFER", EVENT_KEY))
    assert not is_pair_code(term_hash("rafale", NAME))


def test_document_terms_put_event_keys_first_and_are_capped() -> None:
    text = " ".join(f"Name{i} met Person{i}." for i in range(200))
    codes = document_terms(text, [make_event(("KOR", "POL"))], limit=20)
    assert len(codes) == 20
    assert term_class(codes[0]) == EVENT_KEY


def test_captions_add_names() -> None:
    without = set(document_terms("Chile buys ships.", []))
    with_caption = set(document_terms("Chile buys ships.", [], ["A frigate at Talcahuano. Photo: Armada"]))
    assert term_hash("talcahuano", NAME) in with_caption - without


def test_generic_terms_file_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("# holds: x\n# sources: y\nterm\tkind\tcountry\nFrance\tcountry\tfrance\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_generic_terms(path)
    assert info.value.line == 4


def test_lead_pair_survives_the_term_cap() -> None:
    text = "Britain and Japan agreed on new steps. " + " ".join(f"Officer{i} spoke." for i in range(300))
    codes = document_terms(text, [make_event(("FRA", "IND"))], limit=10)
    assert term_hash("pair:japan|uk", EVENT_KEY) in codes


def test_day_of_month_counts_only_with_its_month() -> None:
    terms = text_terms("Officials from Chile met on April 16 in Lima to discuss 16 new helicopters.")
    assert "april 16" in terms
    assert terms["16"] == FIGURE  # the count of helicopters, not the day
    only_date = text_terms("Officials from Chile met on April 16 in Lima.")
    assert "16" not in only_date


def test_lead_dyad_is_anchored_on_the_first_country_named() -> None:
    terms = text_terms(
        "Uganda receives refurbished fighter jets\n"
        "The Ugandan air force took delivery of two fighter jets at Entebbe on Tuesday. "
        "The jets were overhauled in Belarus and first built in Russia decades ago."
    )
    assert terms["pair:belarus|uganda"] == EVENT_KEY
    assert terms["pair:russia|uganda"] == EVENT_KEY
    assert "pair:belarus|russia" not in terms  # background relation of two other countries


def test_lead_pairs_of_one_sentence_naming_three_countries() -> None:
    assert lead_pairs([{"japan", "philippines", "united states"}]) == [
        ("japan", "philippines"), ("japan", "united states"), ("philippines", "united states")]
    assert lead_pairs([{"chile"}, {"chile"}, {"peru", "chile"}]) == [("chile", "peru")]
    assert lead_pairs([{"chile"}]) == []
    assert lead_pairs([]) == []


def test_capitals_of_smaller_states_stand_for_their_country() -> None:
    terms = text_terms("Kampala and Accra agree on officer exchanges\nThe two armies will swap cadets from 2026.")
    assert terms["pair:ghana|uganda"] == EVENT_KEY
    assert terms["kampala"] == GENERIC


@pytest.mark.parametrize(("text", "pair"), [
    ("Fiji troops land in Papua New Guinea\nFiji will send engineers to Papua New Guinea for a year.",
     "pair:fji|png"),
    ("Spain trains coast guard of Equatorial Guinea\nSpanish instructors arrived in Malabo on Monday.",
     "pair:gnq|spain"),
    ("Senegal and Guinea agree on border patrols\nThe two armies will patrol together.", "pair:gin|senegal"),
    ("Niger and Burkina Faso form a joint force\nThe two juntas announced it on Friday.", "pair:bfa|niger"),
])
def test_state_names_the_generic_file_lacks_still_give_the_lead_dyad(text: str, pair: str) -> None:
    from defcoop.stages.clustering.features import generic_terms

    found = text_terms(text)
    assert [term for term in found if term.startswith("pair:")] == [pair]
    words = generic_terms().words
    assert "the" not in words and "of" not in words
    assert "new" not in words, "a word of a name ('New' of 'New Delhi') is no country word"


def test_with_state_names_keeps_the_files_key_for_a_known_country() -> None:
    from defcoop.stages.clustering.features import GenericTerms, with_state_names

    base = GenericTerms(frozenset({"australia"}), {"australia": "australia"})
    merged = with_state_names(base, [("AUS", ("Australia", "Commonwealth of Australia")),
                                     ("PNG", ("Papua New Guinea", "PNG")), ("GMB", ("The Gambia",))])
    assert merged.country_of["new guinea"] == "png" and merged.country_of["png"] == "png"
    assert merged.country_of["australia"] == "australia"
    assert "the gambia" not in merged.country_of and "new guinea" in merged.words
