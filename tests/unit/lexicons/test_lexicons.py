"""Loading and validating the lexicon tables; the matcher's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.lexicons import load_lexicons
from defcoop.lexicons.loader import read_table
from defcoop.records import AREAS, EVENT_TYPES
from defcoop.stages.extraction.matcher import Matcher


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_package_lexicons_load_and_cover_every_type() -> None:
    lexicons = load_lexicons()
    assert {t.type for t in lexicons.triggers} == set(EVENT_TYPES)
    assert {a for term in lexicons.areas for a in term.areas} <= set(AREAS)
    assert all(lexicons.cameo_code(t, "AGREED") for t in EVENT_TYPES)


@pytest.mark.parametrize(
    ("phrase", "area"),
    [
        ("anti-drone", "COUNTER_UAS"),
        ("li-ion", "ENERGY_STORAGE"),
        ("silicon carbide", "SEMICONDUCTORS"),
        ("wafer*", "SEMICONDUCTORS"),
        ("3d printing", "ADVANCED_MANUFACTURING"),
        ("internet of things", "EMERGING_TECH"),
        ("mine sweeping", "MINE_COUNTERMEASURES"),
    ],
)
def test_area_keywords_of_the_brief(phrase: str, area: str) -> None:
    terms = {t.phrase: t.areas for t in load_lexicons().areas}
    assert area in terms[phrase]


def test_every_package_file_has_holds_and_sources_headers() -> None:
    folder = Path(__file__).resolve().parents[3] / "src" / "defcoop" / "lexicons" / "data"
    for path in folder.glob("*.tsv"):
        head = path.read_text(encoding="utf-8").splitlines()[:5]
        assert any(line.startswith("# holds:") for line in head), path
        assert any(line.startswith("# sources:") for line in head), path


def test_user_file_adds_triggers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.tsv",
        "# table: triggers\n# holds: test\n# sources: test\nphrase\ttype\tstage\tstrength\tflags\n"
        "naval rendezvous\tEXERCISE\t\t0.8\tjoint\n",
    )
    lexicons = load_lexicons([str(path)])
    assert any(t.phrase == "naval rendezvous" and t.type == "EXERCISE" for t in lexicons.triggers)


def test_file_of_another_table_kind_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "companies.tsv", "# kind: company\nname\tcode\nAcme\tUSA\n")
    assert load_lexicons([str(path)]) == load_lexicons()


def test_malformed_row_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.tsv",
        "# table: triggers\nphrase\ttype\tstage\tstrength\tflags\nfine\tEXERCISE\t\t0.5\t\nbroken\tPARADE\t\t0.5\t\n",
    )
    with pytest.raises(DataFileError) as info:
        load_lexicons([str(path)])
    assert info.value.line == 4
    assert "PARADE" in str(info.value)


def test_wrong_column_line_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "cols.tsv", "# table: areas\nterm\tarea\nradar\tSENSORS\n")
    with pytest.raises(DataFileError, match="column line"):
        read_table(path)


def test_unknown_area_and_bad_strength_are_errors(tmp_path: Path) -> None:
    bad_area = write(tmp_path, "a.tsv", "# table: areas\nphrase\tareas\nlaser\tLASERS\n")
    with pytest.raises(DataFileError, match="LASERS"):
        read_table(bad_area)
    bad_number = write(tmp_path, "t.tsv", "# table: triggers\nphrase\ttype\tstage\tstrength\tflags\nx\tVISIT\t\t7\t\n")
    with pytest.raises(DataFileError, match=r"out of 0\.\.1"):
        read_table(bad_number)


def test_missing_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        load_lexicons([str(tmp_path / "nope.tsv")])


def phrases(text: str, table: str) -> list[str]:
    hits = Matcher(load_lexicons()).scan(text)[table]
    return [text[h.start : h.end] for h in hits]


def test_matcher_prefix_and_word_boundaries() -> None:
    assert phrases("They co-developed a radar; no cooperation.", "triggers")[0] == "co-developed"
    assert "drill" not in phrases("The drilling rig", "triggers")


def test_matcher_keeps_the_longest_overlapping_phrase() -> None:
    assert phrases("a reciprocal access agreement", "triggers") == ["reciprocal access agreement"] * 2


def test_matcher_case_exact_terms() -> None:
    assert phrases("AI and IoT research", "areas") == ["AI", "IoT"]
    assert phrases("the ai of the story", "areas") == []


def test_matcher_folds_typographic_apostrophes() -> None:
    assert "’s invasion" in phrases("Russia’s invasion last year", "clause_cues")
    assert "’s invasion of" in phrases("Russia’s invasion of Ukraine", "clause_cues")


def test_a_user_area_phrase_can_name_no_area(tmp_path: Path) -> None:
    path = write(
        tmp_path, "mine.tsv", "# table: areas\n# holds: test\n# sources: test\nphrase\tareas\nthink space\t-\n"
    )
    terms = {t.phrase: t.areas for t in load_lexicons([str(path)]).areas}
    assert terms["think space"] == ()
    assert terms["space"] == ("SPACE",)
