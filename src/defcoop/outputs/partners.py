"""Who are the partners of a state or alliance, in what, since when.

One row per partner of the focal code, over the merged events (a story counts
once): events by type, top areas, first and latest date, the most advanced
stage reached, and how many documents report the partnership.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from defcoop.outputs.dataset import AnalystEvent, code_name, kind_of_code, most_advanced_stage


@dataclass(slots=True)
class PartnerRow:
    """The cooperation of the focal actor with one partner."""

    code: str
    name: str
    kind: str
    events: int = 0
    types: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)
    stages: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    latest: str | None = None
    documents: set[str] = field(default_factory=set)

    @property
    def furthest_stage(self) -> str | None:
        """The most advanced stage of any event with this partner."""
        return most_advanced_stage(self.stages)

    @property
    def sources(self) -> int:
        """How many documents report events with this partner."""
        return len(self.documents)

    def top_areas(self, n: int = 3) -> list[str]:
        """The ``n`` most frequent areas."""
        return [area for area, _ in self.areas.most_common(n)]

    def add(self, item: AnalystEvent) -> None:
        """Count one event with this partner."""
        self.events += 1
        self.types[item.event.type] += 1
        self.areas.update(set(item.event.areas))
        self.stages[item.event.stage] += 1
        self.documents.update(s.doc_id for s in item.sources)
        when = item.when
        if when:
            self.first = when if self.first is None or when < self.first else self.first
            self.latest = when if self.latest is None or when > self.latest else self.latest


def partner_table(events: Iterable[AnalystEvent], code: str) -> list[PartnerRow]:
    """Every partner of ``code`` in ``events``, the most active first."""
    rows: dict[str, PartnerRow] = {}
    for item in events:
        codes = item.event.codes
        if code not in codes:
            continue
        for partner in codes:
            if partner == code:
                continue
            row = rows.get(partner)
            if row is None:
                row = rows[partner] = PartnerRow(partner, code_name(partner), kind_of_code(partner))
            row.add(item)
    return sorted(rows.values(), key=lambda r: (-r.events, -r.sources, r.code))


def format_counts(counts: Counter[str], n: int | None = None) -> str:
    """``"ARMS_TRANSFER 4, EXERCISE 2"`` for a counter (most common first)."""
    return ", ".join(f"{key} {count}" for key, count in counts.most_common(n))


def render_partners(rows: list[PartnerRow], code: str, console: Console) -> None:
    """Print the partner rows as a rich table (one line saying so when there are none)."""
    if not rows:
        console.print(f"No partners of {code_name(code)} ({code}): no stored event matches the filters.")
        return
    table = Table(title=f"Defense partners of {code_name(code)} ({code}): {len(rows)}", show_lines=False)
    for column, justify in (("partner", "left"), ("events", "right"), ("by type", "left"),
                            ("top areas", "left"), ("first", "left"), ("latest", "left"),
                            ("furthest stage", "left"), ("sources", "right")):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for row in rows:
        table.add_row(f"{row.name} ({row.code})", str(row.events), format_counts(row.types),
                      ", ".join(row.top_areas()), row.first or "", row.latest or "", row.furthest_stage or "",
                      str(row.sources))
    console.print(table)
