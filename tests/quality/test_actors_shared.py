"""Actor recognition on the real seed and dev articles of ../shared (skipped when absent).

For each document the actors an analyst would expect are listed with their codes
(names only: the articles themselves stay in ../shared). Recall is asserted above
a floor; recall and precision against these lists are printed (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.kb import load_knowledge_base
from defcoop.stages.recognize import Recognizer
from defcoop.stages.segment import segment

RECALL_FLOOR = 0.85

EXPECTED: dict[str, dict[str, str]] = {
    "seeds/000_8407de0ddb71bd0b": {
        "India": "IND", "Japan": "JPN", "Bharat Electronics": "IND", "Toshiba": "JPN", "Acquisition, Technology": "JPN",
        "Defence Research and Development": "IND", "Rajnath Singh": "IND", "Jaishankar": "IND",
        "Sanjay Kumar Verma": "IND", "Satoshi Suzuki": "JPN", "Jupiter Corporation": "JPN", "Anurag Bajpai": "IND",
        "Self-Defense Forces": "JPN", "China": "CHN", "Taiwan": "TWN",
    },
    "seeds/001_de7c4f84e1d4f269": {
        "Japan": "JPN", "Turkey": "TUR", "Gen Nakatani": "JPN", "Yasar Guler": "TUR", "Baykar": "TUR",
        "Turkish Aerospace": "TUR", "Turkish Armed Forces": "TUR", "Self-Defense Forces": "JPN", "Ukraine": "UKR",
        "Russia": "RUS", "Djibouti": "DJI", "Jordan": "JOR",
    },
    "seeds/002_25d00d43ab60b8b4": {
        "Japan": "JPN", "Turkey": "TUR", "Gen Nakatani": "JPN", "Kawasaki Heavy Industries": "JPN",
        "North Atlantic Treaty": "NATO", "United States": "USA", "Trump": "USA", "Ukraine": "UKR", "China": "CHN",
        "North Korea": "PRK", "Israel": "ISR", "Self-Defense Forces": "JPN", "Turkish": "TUR", "Russia": "RUS",
    },
    "seeds/003_36fd46dc1482b52a": {
        "United Kingdom": "GBR", "Japan": "JPN", "Michael Fallon": "GBR", "Philip Hammond": "GBR",
        "Fumio Kishida": "JPN", "Gen Nakatani": "JPN", "Shinzo Abe": "JPN", "Royal Air Force": "GBR",
        "Kawasaki P-1": "JPN", "China": "CHN", "North Korea": "PRK", "France": "FRA", "United States": "USA",
    },
    "seeds/004_6da356554e4aeb9a": {
        "North Atlantic Treaty": "NATO", "Japan": "JPN", "Fumio Kishida": "JPN", "Australia": "AUS",
        "South Korea": "KOR", "New Zealand": "NZL", "Yoon Suk Yeol": "KOR", "Anthony Albanese": "AUS",
        "Chris Hipkins": "NZL", "Lithuania": "LTU", "Russia": "RUS", "Ukraine": "UKR", "China": "CHN",
    },
    "dev/h001_rafale-m-iga-pti": {"India": "IND", "France": "FRA", "Dassault": "FRA", "Indian Navy": "IND"},
    "dev/h002_k2-tanks-second-contract": {
        "Poland": "POL", "South Korea": "KOR", "Hyundai Rotem": "KOR", "Kosiniak-Kamysz": "POL",
        "Ahn Gyu-back": "KOR",
    },
    "dev/h003_aukus-san-diego-reuters": {
        "Australia": "AUS", "United Kingdom": "GBR", "United States": "USA", "Joe Biden": "USA",
        "Anthony Albanese": "AUS", "Rishi Sunak": "GBR", "AUKUS": "AUKUS",
    },
    "dev/h008_poland-k2-local-production": {
        "Poland": "POL", "South Korea": "KOR", "Hyundai Rotem": "KOR", "Kosiniak-Kamysz": "POL",
    },
}

_ACTOR_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company", "person", "system"})


def _found(recognizer: Recognizer, text: str) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for mention in recognizer.match(text, segment(text)):
        if mention.kind in _ACTOR_KINDS and mention.code:
            found.add((mention.canonical, mention.code))
            found.add((mention.surface, mention.code))
    return found


def _hit(name: str, code: str, found: set[tuple[str, str]]) -> bool:
    return any(name.lower() in canonical.lower() and code == got for canonical, got in found)


def test_actor_recall_and_precision_on_real_articles(shared_dir: Path) -> None:
    recognizer = Recognizer.from_kb(load_knowledge_base())
    expected_total = expected_hit = found_total = found_ok = 0
    misses: list[str] = []
    for stem, actors in EXPECTED.items():
        path = shared_dir / "eval" / f"{stem}.txt"
        if not path.is_file():
            pytest.skip(f"{path} is absent")
        found = _found(recognizer, path.read_text(encoding="utf-8"))
        for name, code in actors.items():
            expected_total += 1
            if _hit(name, code, found):
                expected_hit += 1
            else:
                misses.append(f"{stem}: {name} -> {code}")
        canonical = {pair for pair in found}
        distinct = {code_name for code_name in canonical}
        found_total += len(distinct)
        found_ok += sum(
            1 for name, code in distinct
            if any(exp.lower() in name.lower() and code == exp_code for exp, exp_code in actors.items())
        )
    recall = expected_hit / expected_total
    precision = found_ok / found_total if found_total else 0.0
    print(f"\nactor recall {recall:.3f} ({expected_hit}/{expected_total}); precision against the lists "
          f"{precision:.3f} ({found_ok}/{found_total}, lists are not exhaustive); misses: {misses}")
    assert recall >= RECALL_FLOOR, misses
