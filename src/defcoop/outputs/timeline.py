"""The chronology of an actor's cooperation events, and the lifecycle of items
that recur across articles (a missile program moving from feasibility to
development, tanks from contract to delivery).

An *item* is a named system with the same pair of actors; events that name no
system are grouped by type and pair. An item is shown as a lifecycle when it
is reported at two or more stages (or, for a named system, at two or more
dates), in two or more stories or at two or more dates: one report that
states one step in words read two ways is not a lifecycle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from defcoop.outputs.dataset import STAGE_PROGRESS, AnalystEvent, code_name


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event on the timeline."""

    event_id: str
    when: str | None
    type: str
    stage: str
    actors: str
    systems: tuple[str, ...]
    areas: tuple[str, ...]
    evidence: str
    outlet: str
    link: str | None
    sources: int
    story_id: str | None = None


@dataclass(slots=True)
class Lifecycle:
    """The successive events of one item."""

    label: str
    steps: list[TimelineEntry] = field(default_factory=list)

    @property
    def stages(self) -> list[str]:
        """The stages in the order reported, without repeats in a row."""
        out: list[str] = []
        for step in self.steps:
            if not out or out[-1] != step.stage:
                out.append(step.stage)
        return out


def actors_text(item: AnalystEvent) -> str:
    """``"KOR → POL"`` for a directed event, else ``"JPN, USA"``."""
    event = item.event
    return " → ".join(event.direction) if event.direction else ", ".join(event.codes)


def entry(item: AnalystEvent) -> TimelineEntry:
    """The timeline entry of an event."""
    first = item.sources[0] if item.sources else None
    evidence = item.event.evidence[0].text if item.event.evidence else ""
    return TimelineEntry(
        event_id=item.event_id, when=item.when, type=item.event.type, stage=item.event.stage,
        actors=actors_text(item), systems=tuple(item.event.systems), areas=tuple(item.event.areas),
        evidence=" ".join(evidence.split()), outlet=first.outlet if first else "",
        link=first.link if first else None, sources=len(item.sources), story_id=item.story_id,
    )


def _order(step: TimelineEntry) -> tuple[str, int, str]:
    return (step.when or "9999", STAGE_PROGRESS.get(step.stage, 0), step.event_id)


def chronology(events: Iterable[AnalystEvent]) -> list[TimelineEntry]:
    """Every event as a timeline entry, oldest first (undated events last)."""
    return sorted((entry(e) for e in events), key=_order)


def _item_keys(item: AnalystEvent) -> list[tuple[str, str]]:
    pair = "–".join(item.event.codes)
    if item.event.systems:
        return [(system.casefold(), pair) for system in item.event.systems]
    return [(item.event.type, pair)]


def _label(key: tuple[str, str], item: AnalystEvent) -> str:
    name, _pair = key
    for system in item.event.systems:
        if system.casefold() == name:
            name = system
            break
    else:
        name = name.replace("_", " ").lower()
    return f"{name} ({actors_text(item)})"


def lifecycles(events: Iterable[AnalystEvent], min_steps: int = 2) -> list[Lifecycle]:
    """The items that recur across stories, each with its steps in order; longest first."""
    groups: dict[tuple[str, str], Lifecycle] = {}
    for item in events:
        step = entry(item)
        for key in _item_keys(item):
            group = groups.get(key)
            if group is None:
                group = groups[key] = Lifecycle(_label(key, item))
            group.steps.append(step)
    kept = []
    for group in groups.values():
        group.steps.sort(key=_order)
        stages = {s.stage for s in group.steps}
        named = bool(group.steps[0].systems)
        dates = {s.when for s in group.steps if s.when}
        recurs = len({s.story_id for s in group.steps}) >= 2 or len(dates) >= 2
        if len(group.steps) >= min_steps and recurs and (len(stages) >= 2 or (named and len(dates) >= 2)):
            kept.append(group)
    return sorted(kept, key=lambda g: (-len(g.stages), -len(g.steps), g.label))


def render_timeline(entries: list[TimelineEntry], cycles: list[Lifecycle], code: str, console: Console,
                    max_cycles: int = 15) -> None:
    """Print the chronology and the item lifecycles as rich tables (one line saying so when empty)."""
    if not entries:
        console.print(f"No events of {code_name(code)} ({code}): no stored event matches the filters.")
        return
    table = Table(title=f"Timeline of {code_name(code)} ({code}): {len(entries)} events", show_lines=True)
    for column in ("date", "type", "stage", "actors", "evidence", "source"):
        table.add_column(column, overflow="fold")
    for item in entries:
        source = item.outlet + (f" (+{item.sources - 1})" if item.sources > 1 else "")
        table.add_row(item.when or "undated", item.type, item.stage, item.actors, item.evidence, source)
    console.print(table)
    if not cycles:
        return
    items = Table(title="Lifecycle of recurring items (in order)", show_lines=True)
    items.add_column("item", overflow="fold")
    items.add_column("stages", overflow="fold")
    items.add_column("steps", overflow="fold")
    for cycle in cycles[:max_cycles]:
        steps = "\n".join(f"{s.when or 'undated'} {s.stage} ({s.type}) {s.outlet}" for s in cycle.steps)
        items.add_row(cycle.label, " → ".join(cycle.stages), steps)
    console.print(items)
