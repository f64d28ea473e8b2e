"""Actor recognition on the real seed and dev articles of ../shared (skipped when absent).

For each document the actors an analyst would expect are listed with their codes
(names only: the articles themselves stay in ../shared). Recall is asserted above
a floor; recall and a code precision (the share of distinct actors found whose code
is one of the codes of the document's expected actors) are printed (``pytest -s``).
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
        "Kawasaki P-1": "JPN", "Kawasaki Heavy Industries": "JPN", "China": "CHN", "North Korea": "PRK",
        "France": "FRA", "United States": "USA",
        "Sweden": "SWE", "India": "IND",
    },
    "seeds/004_6da356554e4aeb9a": {
        "North Atlantic Treaty": "NATO", "Japan": "JPN", "Fumio Kishida": "JPN", "Australia": "AUS",
        "South Korea": "KOR", "New Zealand": "NZL", "Yoon Suk Yeol": "KOR", "Anthony Albanese": "AUS",
        "Chris Hipkins": "NZL", "Lithuania": "LTU", "Russia": "RUS", "Ukraine": "UKR", "China": "CHN",
    },
    "dev/h001_rafale-m-iga-pti": {"India": "IND", "France": "FRA", "Dassault": "FRA", "Indian Navy": "IND"},
    "dev/h002_k2-tanks-second-contract": {
        "Poland": "POL", "South Korea": "KOR", "Hyundai Rotem": "KOR", "Kosiniak-Kamysz": "POL",
        "Ahn Gyu-back": "KOR", "Russia": "RUS", "Ukraine": "UKR",
    },
    "dev/h003_aukus-san-diego-reuters": {
        "Australia": "AUS", "United Kingdom": "GBR", "United States": "USA", "Joe Biden": "USA",
        "Anthony Albanese": "AUS", "Rishi Sunak": "GBR", "AUKUS": "AUKUS", "Quad": "QUAD", "Japan": "JPN",
        "India": "IND", "BAE Systems": "GBR",
    },
    "dev/h005_rafale-m-millenniumpost": {
        "India": "IND", "France": "FRA", "Dassault": "FRA", "Indian Navy": "IND", "Rajesh Kumar Singh": "IND",
        "Krishna Swaminathan": "IND", "Thierry Mathou": "FRA",
    },
    "dev/h006_aukus-plan-trtworld": {
        "Australia": "AUS", "United Kingdom": "GBR", "United States": "USA", "AUKUS": "AUKUS",
        "Anthony Albanese": "AUS", "Joe Biden": "USA", "Rishi Sunak": "GBR",
    },
    "dev/h009_rafale-m-devdiscourse": {
        "India": "IND", "France": "FRA", "Rafale": "FRA", "Indian Navy": "IND", "Narendra Modi": "IND",
    },
    "dev/h011_edca-four-new-sites-afp": {
        "Philippines": "PHL", "United States": "USA", "Lloyd Austin": "USA", "China": "CHN", "Duterte": "PHL",
        "Marcos": "PHL",
    },
    "dev/h016_uk-india-trade-deal": {
        "United Kingdom": "GBR", "India": "IND", "Narendra Modi": "IND", "Keir Starmer": "GBR",
        "Piyush Goyal": "IND", "Trump": "USA",
    },
    "dev/h019_edca-austin-manila-visit": {
        "Philippines": "PHL", "United States": "USA", "Lloyd Austin": "USA", "Marcos": "PHL", "China": "CHN",
        "Taiwan": "TWN", "Pentagon": "USA",
    },
    "dev/h020_rheinmetall-q2-results": {"Rheinmetall": "DEU", "Germany": "DEU", "Bundeswehr": "DEU"},
    "dev/h028_blue-sword-2025-jubail": {
        "Saudi Arabia": "SAU", "China": "CHN", "Royal Saudi Navy": "SAU", "Ministry of Defence": "SAU",
    },
    "dev/h031_saudi-china-drills-thenational": {"Saudi Arabia": "SAU", "China": "CHN", "Royal Saudi Navy": "SAU"},
    "dev/h033_us-china-climate-statement": {"China": "CHN", "United States": "USA", "John Kerry": "USA"},
    "dev/h039_ukraine-japan-defense-memorandum": {
        "Ukraine": "UKR", "Japan": "JPN", "Poroshenko": "UKR", "Vasily Bednarek": "UKR",
    },
    "dev/h008_poland-k2-local-production": {
        "Poland": "POL", "South Korea": "KOR", "Hyundai Rotem": "KOR", "Kosiniak-Kamysz": "POL",
    },
}

_ACTOR_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company", "person", "system"})


def _found(recognizer: Recognizer, text: str) -> dict[str, tuple[str, str]]:
    """Distinct actors found, by entity id: (canonical name or surface, code)."""
    found: dict[str, tuple[str, str]] = {}
    for mention in recognizer.match(text, segment(text)):
        if mention.kind in _ACTOR_KINDS and mention.code:
            found.setdefault(mention.entity_id, (f"{mention.canonical} | {mention.surface}", mention.code))
    return found


def _hit(name: str, code: str, found: dict[str, tuple[str, str]]) -> bool:
    return any(name.lower() in names.lower() and code == got for names, got in found.values())


def test_actor_recall_and_precision_on_real_articles(shared_dir: Path) -> None:
    recognizer = Recognizer.from_kb(load_knowledge_base())
    expected_total = expected_hit = found_total = found_ok = 0
    misses: list[str] = []
    wrong: list[str] = []
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
        codes = set(actors.values())
        found_total += len(found)
        found_ok += sum(1 for _, code in found.values() if code in codes)
        wrong.extend(f"{stem}: {names} -> {code}" for names, code in found.values() if code not in codes)
    recall = expected_hit / expected_total
    precision = found_ok / found_total if found_total else 0.0
    print(f"\nactor recall {recall:.3f} ({expected_hit}/{expected_total}); code precision {precision:.3f} "
          f"({found_ok}/{found_total} distinct actors found carry a code the document's expected actors have)")
    print(f"misses: {misses}\nother codes: {wrong}")
    assert recall >= RECALL_FLOOR, misses
