"""A dyad-year table in the spirit of the Defense Cooperation Agreement Dataset.

One row per unordered pair of actors (``code_a`` < ``code_b``) and year, over
the merged events (a story counts once; an event with n actors counts for every
pair). Columns: both codes, names and kinds, the year, the number of events,
one count per event type, ``agreements_signed`` (``AGREEMENT`` events agreed,
under way or completed), ``transfers`` (``ARMS_TRANSFER`` events agreed, under
way or completed), the areas (``AREA:n|...``), the first and last date, and
the number of documents (``sources``). Events without any date are left out
(they have no year); their count is returned separately.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from defcoop.outputs.dataset import AnalystEvent, code_name, kind_of_code, pairs
from defcoop.records import EVENT_TYPES

SIGNED_STAGES = frozenset({"AGREED", "ONGOING", "COMPLETED"})


@dataclass(slots=True)
class DyadYear:
    """The cooperation of one pair of actors in one year."""

    code_a: str
    code_b: str
    year: int
    events: int = 0
    types: Counter[str] = field(default_factory=Counter)
    agreements_signed: int = 0
    transfers: int = 0
    areas: Counter[str] = field(default_factory=Counter)
    first: str = ""
    last: str = ""
    documents: set[str] = field(default_factory=set)

    def add(self, item: AnalystEvent, when: str, areas: set[str] | None = None,
            doc_ids: list[str] | None = None) -> None:
        """Count one event of this dyad and year (``areas`` and ``doc_ids``: the event's, when known)."""
        event = item.event
        self.events += 1
        self.types[event.type] += 1
        if event.stage in SIGNED_STAGES:
            self.agreements_signed += event.type == "AGREEMENT"
            self.transfers += event.type == "ARMS_TRANSFER"
        self.areas.update(set(event.areas) if areas is None else areas)
        self.documents.update([s.doc_id for s in item.sources] if doc_ids is None else doc_ids)
        self.first = when if not self.first or when < self.first else self.first
        self.last = when if when > self.last else self.last


COLUMNS: tuple[str, ...] = (
    "code_a", "code_b", "name_a", "name_b", "kind_a", "kind_b", "year", "events",
    *(t.lower() for t in EVENT_TYPES), "agreements_signed", "transfers", "areas", "first_date", "last_date",
    "sources",
)


def dyad_years(events: Iterable[AnalystEvent]) -> tuple[list[DyadYear], int]:
    """The dyad-year rows (sorted by pair and year) and the number of undated events left out."""
    rows: dict[tuple[str, str, int], DyadYear] = {}
    undated = 0
    for item in events:
        when, year = item.when, item.year
        if when is None or year is None:
            undated += 1
            continue
        dyads = pairs(item.event)
        if not dyads:
            continue
        areas, doc_ids = set(item.event.areas), [s.doc_id for s in item.sources]
        for a, b in dyads:
            key = (a, b, year)
            row = rows.get(key)
            if row is None:
                row = rows[key] = DyadYear(a, b, year)
            row.add(item, when, areas, doc_ids)
    return [rows[k] for k in sorted(rows)], undated


def dyad_cells(row: DyadYear) -> list[object]:
    """The cells of one row, in :data:`COLUMNS` order."""
    return [
        row.code_a, row.code_b, code_name(row.code_a), code_name(row.code_b), kind_of_code(row.code_a),
        kind_of_code(row.code_b), row.year, row.events, *(row.types.get(t, 0) for t in EVENT_TYPES),
        row.agreements_signed, row.transfers, "|".join(f"{a}:{n}" for a, n in row.areas.most_common()),
        row.first, row.last, len(row.documents),
    ]


def write_dyads(events: Iterable[AnalystEvent], path: Path) -> int:
    """Write the dyad-year table as CSV; return the number of rows."""
    rows, _undated = dyad_years(events)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(dyad_cells(row))
    return len(rows)
