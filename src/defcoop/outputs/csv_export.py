"""``events.csv``: one row per merged event, for spreadsheets.

List cells (codes, party names, areas, systems, documents, outlets, URLs,
evidence sentences) are joined with ``" | "``; the first line names the
columns (see :data:`defcoop.outputs.flat.COLUMNS`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from defcoop.outputs.dataset import AnalystEvent
from defcoop.outputs.flat import COLUMNS, LIST_COLUMNS, flat_values

LIST_SEPARATOR = " | "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula (CSV injection)."""
    if cell.startswith(FORMULA_STARTS) and not cell.lstrip("+-").replace(".", "", 1).isdigit():
        return "'" + cell
    return cell


_FIRST_CHARS = frozenset(start[0] for start in FORMULA_STARTS)
_IS_LIST = tuple(column in LIST_COLUMNS for column in COLUMNS)


def csv_row(item: AnalystEvent) -> list[str]:
    """The CSV cells of one event, in :data:`COLUMNS` order."""
    return [
        LIST_SEPARATOR.join(map(str, value)) if is_list else ("" if value is None else str(value))
        for value, is_list in zip(flat_values(item), _IS_LIST, strict=True)
    ]


def _safe_row(cells: list[str]) -> list[str]:
    """:func:`spreadsheet_safe` on the cells that start like a formula (the others pass as they are)."""
    return [spreadsheet_safe(cell) if cell[:1] in _FIRST_CHARS else cell for cell in cells]


def write_csv(events: Iterable[AnalystEvent], path: Path) -> int:
    """Write ``events`` to ``path`` as CSV (UTF-8, header line); return the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for item in events:
            writer.writerow(_safe_row(csv_row(item)))
            count += 1
    return count
