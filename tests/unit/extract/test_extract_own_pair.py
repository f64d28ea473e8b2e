"""A trigger followed by "of/between A and B" names its own two parties; the clause's subject is not one."""

from __future__ import annotations

import pytest

from .conftest import Analyze, keys

_CONTEXT = "The defence ministry said the armed forces were ready. "


@pytest.mark.parametrize(
    ("text", "pair", "outsider"),
    [
        (
            "Romania has ordered a new air defence missile, made by a joint venture of France's Thales and "
            "Italy's Leonardo.",
            ("FRA", "ITA"),
            "ROU",
        ),
        (
            "Kenya is studying a corvette designed under a partnership between Turkey and Pakistan.",
            ("PAK", "TUR"),
            "KEN",
        ),
    ],
)
def test_trigger_with_its_own_pair(analyze: Analyze, text: str, pair: tuple[str, str], outsider: str) -> None:
    found = keys(analyze(_CONTEXT + text))
    assert any(codes == pair for codes, etype in found if etype in ("JOINT_DEVELOPMENT", "GENERAL"))
    assert not any(outsider in codes for codes, etype in found if etype in ("JOINT_DEVELOPMENT", "GENERAL"))


def test_a_visit_of_one_official_keeps_its_host(analyze: Analyze) -> None:
    found = keys(analyze("Kenya hosted the visit of Britain's defence secretary in Nairobi on Monday."))
    assert (("GBR", "KEN"), "VISIT") in found
