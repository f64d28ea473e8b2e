"""The partnership summary printed by ``defcoop demo``: top dyads, events by
type, top areas and the latest event. Events of one story are counted once."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defcoop.db.models import DocumentRow
from defcoop.db.queries import EventFilter, iter_events
from defcoop.outputs.jsonl import merged_events
from defcoop.records import Event


@dataclass(slots=True)
class Summary:
    """Counts over the merged events of a database."""

    documents: int = 0
    stories: int = 0
    events: int = 0
    dyads: list[tuple[str, int, str]] = field(default_factory=list)
    types: list[tuple[str, int]] = field(default_factory=list)
    areas: list[tuple[str, int]] = field(default_factory=list)
    latest: Event | None = None


def _dyads(events: list[Event]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for event in events:
        for pair in itertools.combinations(event.codes, 2):
            counts[pair] += 1
    return counts


def partnership_summary(session: Session, filters: EventFilter | None = None, top: int = 8) -> Summary:
    """Compute the summary of the events in the database that pass ``filters``."""
    events = merged_events(iter_events(session, filters))
    summary = Summary(
        documents=int(session.scalar(select(func.count()).select_from(DocumentRow)) or 0),
        stories=int(session.scalar(select(func.count(func.distinct(DocumentRow.story_id)))) or 0),
        events=len(events),
    )
    dyads = _dyads(events)
    for (a, b), count in dyads.most_common(top):
        kinds = Counter(e.type for e in events if a in e.codes and b in e.codes)
        summary.dyads.append((f"{a}–{b}", count, ", ".join(f"{t} {n}" for t, n in kinds.most_common(3))))
    summary.types = Counter(e.type for e in events).most_common()
    summary.areas = Counter(a for e in events for a in e.areas).most_common(top)
    dated = [e for e in events if e.date]
    if dated:
        summary.latest = max(dated, key=lambda e: e.date or "")
    return summary


def render_summary(summary: Summary, console: Console) -> None:
    """Print the summary as rich tables."""
    console.print(f"\n[bold]{summary.documents}[/] documents in [bold]{summary.stories}[/] stories; "
                  f"[bold]{summary.events}[/] cooperation events (each story's events counted once)\n")
    dyads = Table(title="Most active dyads")
    dyads.add_column("dyad")
    dyads.add_column("events", justify="right")
    dyads.add_column("main types")
    for name, count, kinds in summary.dyads:
        dyads.add_row(name, str(count), kinds)
    console.print(dyads)
    console.print(_count_table("Events by type", "type", summary.types))
    console.print(_count_table("Top areas", "area", summary.areas))
    if summary.latest is not None:
        latest = summary.latest
        evidence = latest.evidence[0].text if latest.evidence else ""
        console.print(f"[bold]Latest event[/] ({latest.date}): {latest.type} {latest.stage} "
                      f"{'–'.join(latest.codes)}\n  “{evidence}”")


def _count_table(title: str, label: str, counts: list[tuple[str, int]]) -> Table:
    """A two-column table of names (headed ``label``) and their event counts."""
    table = Table(title=title)
    table.add_column(label)
    table.add_column("events", justify="right")
    for name, count in counts:
        table.add_row(name, str(count))
    return table
