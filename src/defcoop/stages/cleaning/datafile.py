"""Reading the clean stage's tab-separated data files.

Every file starts with ``# `` comment lines (which must include ``# holds:`` and
``# sources:``), then a column-name line, then one row per line. Blank lines and
further comment lines are ignored. A malformed row raises
:class:`~defcoop.errors.DataFileError` with the file and line number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from defcoop.errors import DataFileError

#: A cell validator returns a problem description, or ``None`` when the cell is fine.
CellCheck = Callable[[str], str | None]


def package_data(name: str, package: str = "defcoop.stages.cleaning") -> Path:
    """The path of a data file shipped in ``package``'s ``data`` folder."""
    return Path(str(resources.files(package).joinpath("data", name)))


def read_rows(
    path: Path, columns: Sequence[str], checks: Sequence[CellCheck]
) -> list[tuple[int, tuple[str, ...]]]:
    """Read, validate and return ``(line_number, cells)`` for every row of ``path``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from exc
    header = [line for line in lines if line.startswith("#")]
    for key in ("# holds:", "# sources:"):
        if not any(line.startswith(key) for line in header):
            raise DataFileError(str(path), 1, f"header has no '{key}' line")
    rows: list[tuple[int, tuple[str, ...]]] = []
    seen_columns = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if not seen_columns:
            if cells != tuple(columns):
                raise DataFileError(str(path), number, f"column line must be {'<TAB>'.join(columns)!r}")
            seen_columns = True
            continue
        if len(cells) != len(columns):
            raise DataFileError(str(path), number, f"{len(cells)} cells, expected {len(columns)}")
        for column, check, value in zip(columns, checks, cells, strict=True):
            problem = check(value)
            if problem is not None:
                raise DataFileError(str(path), number, f"column {column!r}: {problem}")
        rows.append((number, cells))
    if not seen_columns:
        raise DataFileError(str(path), None, "no column-name line")
    return rows


def non_empty(value: str) -> str | None:
    """Cell check: the cell is not empty and has no surrounding spaces."""
    if not value.strip():
        return "empty cell"
    if value != value.strip():
        return "leading or trailing spaces"
    return None


def one_of(allowed: Sequence[str]) -> CellCheck:
    """Cell check: the cell is one of ``allowed``."""

    def check(value: str) -> str | None:
        return None if value in allowed else f"unknown value {value!r} (allowed: {', '.join(allowed)})"

    return check
