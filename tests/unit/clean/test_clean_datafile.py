"""The data-file reader shared by the clean and cluster stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataFileError
from defcoop.stages.cleaning.datafile import non_empty, one_of, package_data, read_rows


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_with_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "# holds: x\n# sources: y\na\tb\n\none\tfr\n# note\ntwo\ten\n")
    rows = read_rows(path, ("a", "b"), (non_empty, one_of(("fr", "en"))))
    assert rows == [(5, ("one", "fr")), (7, ("two", "en"))]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# sources: y\na\tb\n", "holds"),
        ("# holds: x\na\tb\n", "sources"),
        ("# holds: x\n# sources: y\nb\ta\n", "column line"),
        ("# holds: x\n# sources: y\na\tb\nonly-one\n", "1 cells"),
        ("# holds: x\n# sources: y\na\tb\n\tfr\n", "empty cell"),
        ("# holds: x\n# sources: y\na\tb\nx\tde\n", "unknown value"),
        ("# holds: x\n# sources: y\n", "no column-name line"),
    ],
)
def test_malformed_files_are_reported(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        read_rows(write(tmp_path, text), ("a", "b"), (non_empty, one_of(("fr", "en"))))


def test_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        read_rows(tmp_path / "absent.tsv", ("a",), (non_empty,))


def test_package_files_exist() -> None:
    for name in ("boilerplate.tsv", "stopwords.tsv"):
        assert package_data(name).is_file()
    assert package_data("generic_terms.tsv", "defcoop.stages.clustering").is_file()
