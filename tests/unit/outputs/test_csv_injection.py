"""CSV cells that a spreadsheet would evaluate are neutralised."""

from __future__ import annotations

from defcoop.outputs.csv_export import spreadsheet_safe


def test_formula_cells_are_quoted() -> None:
    assert spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("+cmd") == "'+cmd"


def test_ordinary_cells_and_numbers_are_unchanged() -> None:
    assert spreadsheet_safe("India and Japan signed") == "India and Japan signed"
    assert spreadsheet_safe("-0.5") == "-0.5"
    assert spreadsheet_safe("2024-05-01") == "2024-05-01"
