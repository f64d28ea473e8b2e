"""A framework word whose object is a purchase states an arms transfer, not an agreement."""

from __future__ import annotations

import pytest
from tests.unit.extract.conftest import Analyze, keys


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Peru signed a letter of intent on Monday to acquire 24 Korean FA-50 fighter jets.", ("KOR", "PER")),
        ("Morocco signed a memorandum with Israel for the purchase of artillery systems.", ("ISR", "MAR")),
        ("Romania concluded an agreement with Germany for 54 howitzers, the defence ministry said.", ("DEU", "ROU")),
        ("Chile signed an agreement on the acquisition of Spanish patrol vessels.", ("CHL", "ESP")),
    ],
)
def test_purchase_agreement_is_a_transfer(analyze: Analyze, text: str, codes: tuple[str, str]) -> None:
    found = keys(analyze(text))
    assert (codes, "ARMS_TRANSFER") in found
    assert (codes, "AGREEMENT") not in found


def test_partner_of_a_buyers_agreement_is_the_seller(analyze: Analyze) -> None:
    events = analyze("Estonia has concluded an agreement with France for Mistral missiles, officials said.")
    transfer = next(e for e in events if e.type == "ARMS_TRANSFER")
    assert transfer.direction == ("FRA", "EST")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Britain signed a defence agreement for cooperation in training and equipment.",
        "Ghana and Nigeria signed a memorandum on defence cooperation to counter piracy.",
        "Poland and Lithuania signed a defence agreement for the protection of border systems.",
        "India and the United States signed an MoU for fighter engine production in India.",
    ],
)
def test_framework_agreement_stays_an_agreement(analyze: Analyze, text: str) -> None:
    events = analyze(text)
    framework = [e for e in events if (e.trigger or "").lower().split()[-1] in ("agreement", "memorandum", "mou")]
    assert framework, [(e.type, e.trigger) for e in events]
    assert all(e.type != "ARMS_TRANSFER" for e in framework)


def test_contract_partner_sells_unless_the_subject_builds(analyze: Analyze) -> None:
    bought = analyze("Norway signed a contract with Hanwha for K9 howitzers, the ministry said.")
    assert any(e.type == "ARMS_TRANSFER" and e.direction == ("KOR", "NOR") for e in bought)
    built = analyze("Turkey signed a deal with Pakistan to supply four corvettes.")
    assert any(e.type == "ARMS_TRANSFER" and e.direction == ("TUR", "PAK") for e in built)
