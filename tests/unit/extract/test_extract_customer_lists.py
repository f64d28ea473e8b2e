"""A list of a system's customers ("other customers include A and B"): each bought it from its supplier."""

from __future__ import annotations

from .conftest import Analyze, keys


def test_each_listed_customer_bought_from_the_supplier_named_before(analyze: Analyze) -> None:
    found = keys(analyze("Hungary bought Gripen jets from Sweden. Other customers include Thailand and Brazil."))
    assert {(("SWE", "THA"), "ARMS_TRANSFER"), (("BRA", "SWE"), "ARMS_TRANSFER")} <= found
    assert (("BRA", "THA"), "ARMS_TRANSFER") not in found


def test_customers_of_a_jointly_made_system_take_the_documents_supplier(analyze: Analyze) -> None:
    found = keys(analyze(
        "Iraq has signed a deal to buy more JF-17 fighter jets from Pakistan. Earlier buyers include Myanmar "
        "and Nigeria."
    ))
    assert {(("MMR", "PAK"), "ARMS_TRANSFER"), (("NGA", "PAK"), "ARMS_TRANSFER")} <= found


def test_customers_of_a_civil_firm_are_no_transfer(analyze: Analyze) -> None:
    found = keys(analyze("Brazil picked the Gripen. Its customers include several airlines."))
    assert found == {(("BRA", "SWE"), "ARMS_TRANSFER")}
