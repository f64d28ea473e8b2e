"""Reading and validating the tab-separated data files of the knowledge base.

Every file starts with ``# `` comment lines (``# holds:``, ``# sources:`` and,
for user files, ``# kind: <kind>``), then a line of column names, then one row
per entry; list cells are ``|``-separated. A malformed entry raises
:class:`~defcoop.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from defcoop.errors import DataFileError

#: The columns every table must have, by table name.
COLUMNS: dict[str, tuple[str, ...]] = {
    "state": ("code", "name", "aliases", "adjectives", "capitals", "seats"),
    "alliance": ("code", "name", "aliases", "members"),
    "grouping": ("name", "aliases", "members"),
    "place": ("name", "aliases"),
    "generic_body": ("key", "kind", "canonical", "aliases"),
    "body": ("name", "code", "kind", "aliases", "generic"),
    "title": ("name", "role", "aliases", "code"),
    "person": ("name", "code", "aliases", "role"),
    "reference": ("phrase", "type", "size"),
    "false_friend": ("name", "code", "rule", "cues", "keep"),
    "name_head": ("word", "applies"),
    "company": ("name", "code", "aliases", "sector"),
    "system": ("name", "aliases", "category", "area", "maker", "code"),
}

#: The package file(s) of each table.
PACKAGE_FILES: dict[str, tuple[str, ...]] = {
    "state": ("states.tsv",),
    "alliance": ("alliances.tsv",),
    "grouping": ("groupings.tsv",),
    "place": ("places.tsv",),
    "generic_body": ("generic_bodies.tsv",),
    "body": ("state_bodies.tsv", "agencies.tsv"),
    "title": ("titles.tsv",),
    "person": ("people.tsv",),
    "reference": ("references.tsv",),
    "false_friend": ("false_friends.tsv",),
    "name_head": ("name_heads.tsv",),
    "company": ("companies.tsv",),
    "system": ("systems.tsv",),
}

#: ``# kind:`` values of user files and the table they feed.
USER_KINDS: dict[str, str] = {
    "state": "state",
    "alliance": "alliance",
    "grouping": "grouping",
    "place": "place",
    "agency": "body",
    "ministry": "body",
    "armed_force": "body",
    "body": "body",
    "title": "title",
    "person": "person",
    "reference": "reference",
    "false_friend": "false_friend",
    "name_head": "name_head",
    "company": "company",
    "system": "system",
}


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its cells by column name, and where it came from."""

    path: str
    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        """The stripped cell of ``column`` (empty when the column is absent)."""
        return self.cells.get(column, "").strip()

    def items(self, column: str) -> tuple[str, ...]:
        """The ``|``-separated cell of ``column`` as a tuple of non-empty parts."""
        return tuple(part.strip() for part in self.get(column).split("|") if part.strip())

    def error(self, problem: str) -> DataFileError:
        """A DataFileError pointing at this row."""
        return DataFileError(self.path, self.line, problem)


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one data file and the kind it declares (if any)."""

    path: str
    kind: str | None
    rows: tuple[Row, ...]


def read_kind(path: str, text: str) -> str | None:
    """The value of the ``# kind:`` header line of a data file, or ``None``."""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith("kind:"):
            return body.split(":", 1)[1].strip().lower()
    return None


def parse_table(path: str, text: str, required: Sequence[str]) -> Table:
    """Parse the text of a data file; check its columns and row widths."""
    kind = read_kind(path, text)
    header: list[str] | None = None
    rows: list[Row] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            missing = [column for column in required if column not in header]
            if missing:
                raise DataFileError(path, number, f"missing column(s) {', '.join(missing)} (has {', '.join(header)})")
            continue
        if len(cells) > len(header):
            raise DataFileError(path, number, f"{len(cells)} cells but {len(header)} columns (a stray tab?)")
        values = {column: (cells[i] if i < len(cells) else "") for i, column in enumerate(header)}
        if not values[header[0]].strip():
            raise DataFileError(path, number, f"empty {header[0]!r} cell")
        rows.append(Row(path, number, values))
    if header is None:
        raise DataFileError(path, None, "no column-name line")
    return Table(path, kind, tuple(rows))
