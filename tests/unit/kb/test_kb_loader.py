"""Tests of the knowledge base: package data, user files, validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.kb import load_knowledge_base
from defcoop.records import ALLIANCE_CODES, AREAS, ENTITY_KINDS


def test_every_un_member_and_observer_plus_taiwan_and_kosovo() -> None:
    kb = load_knowledge_base()
    assert len(kb.state_codes) == 197
    for code in ("JPN", "IND", "TUR", "GBR", "USA", "KOR", "PRK", "VAT", "PSE", "TWN", "XKX", "SSD", "TLS"):
        assert kb.state(code) is not None, code
    assert len(kb.members("UN")) == 193
    assert "TWN" not in kb.members("UN")


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("KOR", {"South Korea", "Republic of Korea", "ROK"}),
        ("USA", {"United States", "US", "U.S.", "USA", "America"}),
        ("GBR", {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom"}),
        ("TUR", {"Turkey", "Türkiye", "Turkiye"}),
        ("CZE", {"Czechia", "Czech Republic"}),
    ],
)
def test_state_names(code: str, names: set[str]) -> None:
    state = load_knowledge_base().state(code)
    assert state is not None
    assert names <= set(state.aliases)


def test_adjectives_and_capitals_are_attributes_of_states() -> None:
    kb = load_knowledge_base()
    assert "Filipino" in kb.state("PHL").attr_list("adjectives")  # type: ignore[union-attr]
    assert "Emirati" in kb.state("ARE").attr_list("adjectives")  # type: ignore[union-attr]
    assert "Kiwi" in kb.state("NZL").attr_list("adjectives")  # type: ignore[union-attr]
    assert {"Kyiv", "Kiev"} <= set(kb.state("UKR").attr_list("capitals"))  # type: ignore[union-attr]
    assert "The Hague" in kb.state("NLD").attr_list("capitals")  # type: ignore[union-attr]


def test_alliances_have_codes_and_members() -> None:
    kb = load_knowledge_base()
    assert {e.code for e in kb.entities("alliance")} == set(ALLIANCE_CODES)
    assert kb.members("QUAD") == ("USA", "JPN", "IND", "AUS")
    assert set(kb.members("AUKUS")) == {"AUS", "GBR", "USA"}
    assert "FIN" in kb.members("NATO") and "SWE" in kb.members("NATO")
    assert kb.is_code("NATO") and kb.is_code("JPN") and not kb.is_code("IP4")


def test_agencies_belong_to_states() -> None:
    kb = load_knowledge_base()
    codes = {alias: e.code for e in kb.entities("agency") for alias in e.aliases}
    expected = {"DRDO": "IND", "ATLA": "JPN", "DAPA": "KOR", "ADD": "KOR", "DGA": "FRA", "BAAINBw": "DEU",
                "DE&S": "GBR", "DSCA": "USA", "DARPA": "USA", "SSB": "TUR", "MAFAT": "ISR", "SIBAT": "ISR",
                "CIA": "USA", "MI6": "GBR", "Mossad": "ISR", "GCHQ": "GBR", "ASD": "AUS"}
    for alias, code in expected.items():
        assert codes.get(alias) == code, alias
    spenders = {e.code for e in kb.entities("agency")}
    assert len(spenders) >= 40


def test_every_entity_kind_is_an_ontology_kind() -> None:
    kb = load_knowledge_base()
    assert {e.kind for e in kb.entities()} <= set(ENTITY_KINDS)
    for entity in kb.entities("system"):
        assert set(entity.attr_list("area")) <= set(AREAS)


def test_institution_of_a_state_is_synthesized_or_named() -> None:
    kb = load_knowledge_base()
    assert kb.body("IND", "navy").canonical == "Indian Navy"  # type: ignore[union-attr]
    assert kb.body("JPN", "navy").canonical == "Japan Maritime Self-Defense Force"  # type: ignore[union-attr]
    assert kb.body("BRA", "army").code == "BRA"  # type: ignore[union-attr]


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_file_adds_and_overrides_entries(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "mine.tsv",
        "# kind: company\n# holds: my firms\nname\tcode\taliases\tsector\n"
        "Kestrel Avionics\tNOR\tKestrel\tavionics\nDefence Research and Development Organisation\tIND\t\t\n",
    )
    kb = load_knowledge_base([path])
    firm = kb.get("company:kestrel-avionics")
    assert firm is not None and firm.code == "NOR" and "Kestrel" in firm.aliases
    assert load_knowledge_base().get("company:kestrel-avionics") is None


def test_user_agency_file_uses_the_agency_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "agencies.tsv",
                  "# kind: agency\nname\tcode\tkind\taliases\tgeneric\nArmaments Board\tCHL\tagency\tAB-CHL\t\n")
    kb = load_knowledge_base([path])
    assert kb.get("agency:armaments-board").code == "CHL"  # type: ignore[union-attr]


def test_unknown_code_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.tsv",
                  "# kind: company\nname\tcode\taliases\tsector\nGood One\tFRA\t\t\nBad One\tXYZ\t\t\n")
    with pytest.raises(DataFileError) as info:
        load_knowledge_base([path])
    assert info.value.line == 4 and "XYZ" in str(info.value) and path in str(info.value)


def test_unknown_area_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "sys.tsv", "# kind: system\nname\taliases\tcategory\tarea\tmaker\tcode\n"
                  "Sky Lance\t\tmissile\tMISSILES|LASERS\t\tFRA\n")
    with pytest.raises(DataFileError, match="LASERS"):
        load_knowledge_base([path])


def test_missing_column_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.tsv", "# kind: company\nname\taliases\nAcme\t\n")
    with pytest.raises(DataFileError, match="missing column"):
        load_knowledge_base([path])


def test_stray_tab_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.tsv", "# kind: company\nname\tcode\taliases\tsector\nAcme\tFRA\t\t\textra\n")
    with pytest.raises(DataFileError, match="cells"):
        load_knowledge_base([path])


def test_files_of_other_stages_are_ignored_and_missing_files_reported(tmp_path: Path) -> None:
    lexicon = _write(tmp_path, "triggers.tsv", "# table: triggers\nphrase\ttype\nwar games\tEXERCISE\n")
    assert len(load_knowledge_base([lexicon])) == len(load_knowledge_base())
    with pytest.raises(DataFileError, match="no such"):
        load_knowledge_base([str(tmp_path / "absent.tsv")])


def test_package_files_have_holds_and_sources_headers() -> None:
    data = Path(__file__).resolve().parents[3] / "src" / "defcoop" / "kb" / "data"
    for path in data.glob("*.tsv"):
        head = path.read_text(encoding="utf-8").splitlines()[:5]
        assert any(line.startswith("# holds:") for line in head), path.name
        assert any(line.startswith("# sources:") for line in head), path.name
