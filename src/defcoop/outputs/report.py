"""``defcoop report``: one self-contained HTML file that works offline.

Summary figures, the network and area heatmap (PNG embedded as base64), the
partner table, the timeline with the items that recur across articles, and a
filterable event table where each evidence sentence shows the actors it names
highlighted (from the stored mention spans) with links to the sources. Every
text from the database is escaped; the page loads nothing from the network.
"""

from __future__ import annotations

import base64
import heapq
import html
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from string import Template

from sqlalchemy import select
from sqlalchemy.orm import Session

from defcoop import __version__
from defcoop.db.models import EntityRow, MentionRow
from defcoop.db.queries import EventFilter
from defcoop.errors import OutputError
from defcoop.outputs.dataset import AnalystEvent, SourceRef, code_name, load_events, no_cyclic_gc
from defcoop.outputs.partners import format_counts, partner_table
from defcoop.outputs.plots import figure_bytes, make_figure, nice_label
from defcoop.outputs.timeline import Lifecycle, actors_text, lifecycles
from defcoop.records import EVENT_TYPES, Evidence

#: (start, end, code) of the mentions of one document.
Spans = list[tuple[int, int, str | None]]

_e = html.escape


def _template(name: str) -> str:
    return (resources.files("defcoop.outputs") / "templates" / name).read_text(encoding="utf-8")


#: Mentions of these kinds are not actors, even when they carry a code ("Foreign Minister" of
#: Japan, a system made in Germany): they are not highlighted.
NOT_ACTORS: tuple[str, ...] = ("title", "system", "reference")


def document_mentions(session: Session, doc_ids: Iterable[str], chunk: int = 500) -> dict[str, Spans]:
    """The spans of each document's actor mentions (resolved to a state or grouping), sorted by start."""
    spans: dict[str, Spans] = {}
    ids = sorted(set(doc_ids))
    for offset in range(0, len(ids), chunk):
        query = (select(MentionRow.doc_id, MentionRow.start, MentionRow.end, MentionRow.code)
                 .join(EntityRow, EntityRow.entity_id == MentionRow.entity_id)
                 .where(MentionRow.doc_id.in_(ids[offset:offset + chunk]), MentionRow.code.is_not(None),
                        EntityRow.kind.not_in(NOT_ACTORS)))
        for doc_id, start, end, code in session.execute(query):
            spans.setdefault(doc_id, []).append((start, end, code))
    for items in spans.values():
        items.sort()
    return spans


def highlight(evidence: Evidence, spans: Spans) -> str:
    """The evidence text as escaped HTML, with the mentions inside its span wrapped in ``<mark>``."""
    text = evidence.text
    out: list[str] = []
    cursor = 0
    for start, end, code in spans:
        rel_start, rel_end = start - evidence.start, end - evidence.start
        if rel_start < cursor or rel_end > len(text) or rel_start >= rel_end:
            continue
        out.append(_e(text[cursor:rel_start]))
        title = f' title="{_e(code_name(code))} ({_e(code)})"' if code else ""
        out.append(f'<mark class="actor"{title}>{_e(text[rel_start:rel_end])}</mark>')
        cursor = rel_end
    out.append(_e(text[cursor:]))
    return "".join(out)


def _source_link(ref: SourceRef) -> str:
    label = _e(ref.outlet + (f", {ref.published}" if ref.published else ""))
    title = _e(ref.title or ref.source)
    if ref.link:
        return f'<a href="{_e(ref.link)}" title="{title}" rel="noopener noreferrer">{label}</a>'
    return f'<span title="{_e(ref.source)}">{label}</span>'


def _evidence_html(item: AnalystEvent, mentions: dict[str, Spans]) -> str:
    """Each distinct evidence sentence once, highlighted, with how many outlets wrote it."""
    outlet_of = {ref.doc_id: ref.outlet for ref in item.sources}
    seen: dict[str, tuple[Evidence, list[str]]] = {}
    for span in item.event.evidence:
        key = " ".join(span.text.split())
        _first, outlets = seen.setdefault(key, (span, []))
        outlets.append(outlet_of.get(span.doc_id, span.doc_id))
    parts = []
    for span, outlets in seen.values():
        note = f' <span class="note">({len(outlets)} outlets)</span>' if len(outlets) > 1 else ""
        parts.append(f"<p>{highlight(span, mentions.get(span.doc_id, []))}{note}</p>")
    return "".join(parts)


def event_row(item: AnalystEvent, mentions: dict[str, Spans]) -> str:
    """One ``<tr>`` of the event table."""
    event = item.event
    evidence = _evidence_html(item, mentions)
    sources = "".join(_source_link(ref) for ref in item.sources)
    actors = ", ".join(f'<abbr title="{_e(code_name(c))}">{_e(c)}</abbr>' for c in event.codes)
    if event.direction:
        actors += f'<br><span class="note">{_e(actors_text(item))}</span>'
    return (
        f'<tr data-type="{_e(event.type)}" id="{_e(item.event_id)}">'
        f'<td class="date">{_e(item.when or "undated")}</td><td class="type">{_e(event.type)}</td>'
        f'<td class="stage">{_e(event.stage)}</td><td>{actors}</td>'
        f'<td>{_e(", ".join(nice_label(a) for a in event.areas))}</td>'
        f'<td class="evidence">{evidence}</td><td class="sources">{sources}</td></tr>'
    )


def _img(kind: str, events: Sequence[AnalystEvent], focus: str | None, alt: str) -> str:
    data = base64.b64encode(figure_bytes(make_figure(kind, events, focus), "png")).decode("ascii")
    return f'<img class="plot" alt="{_e(alt)}" src="data:image/png;base64,{data}">'


def _counts_table(counts: Counter[str], header: str, limit: int | None = None) -> str:
    if not counts:
        return '<p class="note">None.</p>'
    rows = "".join(f'<tr><td>{_e(nice_label(key))}</td><td class="num">{n}</td></tr>'
                   for key, n in counts.most_common(limit))
    head = f"<thead><tr><th>{_e(header)}</th><th>events</th></tr></thead>"
    return f'<table class="data">{head}<tbody>{rows}</tbody></table>'


def _figures(events: Sequence[AnalystEvent], documents: int) -> str:
    codes = {c for item in events for c in item.event.codes}
    dyads = {p for item in events for p in _pairs(item)}
    dates = sorted(w for w in (item.when for item in events) if w)
    span = f"{dates[0]} – {dates[-1]}" if dates else "—"
    stories = {item.story_id for item in events}
    values = [(len(events), "events"), (len(stories), "stories"), (documents, "articles"),
              (len(codes), "states and alliances"), (len(dyads), "dyads"), (span, "period")]
    return "".join(f'<div class="figure"><div class="value">{_e(str(v))}</div>'
                   f'<div class="label">{_e(label)}</div></div>' for v, label in values)


def _pairs(item: AnalystEvent) -> list[tuple[str, str]]:
    codes = item.event.codes
    return [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]


def _partners_html(events: Sequence[AnalystEvent], focus: str | None) -> tuple[str, str]:
    if focus:
        rows = partner_table(events, focus)
        body = "".join(
            f'<tr><td>{_e(r.name)} ({_e(r.code)})</td><td class="num">{r.events}</td>'
            f'<td>{_e(format_counts(r.types))}</td>'
            f'<td>{_e(", ".join(nice_label(a) for a in r.top_areas()))}</td>'
            f'<td class="date">{_e(r.first or "")}</td><td class="date">{_e(r.latest or "")}</td>'
            f'<td>{_e(r.furthest_stage or "")}</td><td class="num">{r.sources}</td></tr>'
            for r in rows)
        head = ("<tr><th>Partner</th><th>Events</th><th>By type</th><th>Top areas</th><th>First</th>"
                "<th>Latest</th><th>Furthest stage</th><th>Sources</th></tr>")
        title = f"Partners of {code_name(focus)} ({focus})"
    else:
        dyads: dict[tuple[str, str], list[AnalystEvent]] = {}
        for item in events:
            for pair in _pairs(item):
                dyads.setdefault(pair, []).append(item)
        top = sorted(dyads.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:40]
        body = "".join(_dyad_row(pair, items) for pair, items in top)
        head = ("<tr><th>Dyad</th><th>Events</th><th>By type</th><th>Top areas</th><th>First</th>"
                "<th>Latest</th><th>Sources</th></tr>")
        title = "Most active dyads"
    if not body:
        return title, '<p class="note">No events match the filters.</p>'
    return title, f'<table class="data"><thead>{head}</thead><tbody>{body}</tbody></table>'


def _dyad_row(pair: tuple[str, str], items: list[AnalystEvent]) -> str:
    types = Counter(i.event.type for i in items)
    areas = Counter(a for i in items for a in set(i.event.areas))
    dates = sorted(w for w in (i.when for i in items) if w)
    docs = {s.doc_id for i in items for s in i.sources}
    names = f"{code_name(pair[0])} – {code_name(pair[1])}"
    return (f'<tr><td>{_e(names)}</td><td class="num">{len(items)}</td><td>{_e(format_counts(types))}</td>'
            f'<td>{_e(", ".join(nice_label(a) for a, _ in areas.most_common(3)))}</td>'
            f'<td class="date">{_e(dates[0] if dates else "")}</td>'
            f'<td class="date">{_e(dates[-1] if dates else "")}</td>'
            f'<td class="num">{len(docs)}</td></tr>')


def _lifecycles_html(cycles: list[Lifecycle], limit: int = 20) -> str:
    if not cycles:
        return '<p class="note">No item is reported more than once.</p>'
    parts = []
    for cycle in cycles[:limit]:
        steps = "".join(
            f'<li><a href="#{_e(s.event_id)}">{_e(s.when or "undated")}</a> <b>{_e(s.stage)}</b> '
            f'({_e(s.type)}) — {_e(s.evidence)} <span class="note">{_e(s.outlet)}</span></li>'
            for s in cycle.steps)
        parts.append(f"<h4>{_e(cycle.label)}: {_e(' → '.join(cycle.stages))}</h4><ol class=\"cycle\">{steps}</ol>")
    return "".join(parts)


def _subtitle(filters: EventFilter) -> str:
    parts = [f"{name} {value}" for name, value in (
        ("actor", filters.code), ("partner", filters.partner), ("type", filters.type), ("area", filters.area),
        ("stage", filters.stage), ("since", filters.since), ("until", filters.until)) if value]
    if filters.min_confidence:
        parts.append(f"confidence ≥ {filters.min_confidence}")
    return "Filters: " + ", ".join(parts) if parts else "All stored events"


def render_report(session: Session, filters: EventFilter | None = None, max_events: int = 2000,
                  database: str = "") -> tuple[str, int]:
    """The report as an HTML string, and the number of events it covers."""
    with no_cyclic_gc():  # see defcoop.outputs.exports.export: many small acyclic records, read at once
        return _render(session, filters or EventFilter(), max_events, database)


def _render(session: Session, filters: EventFilter, max_events: int, database: str) -> tuple[str, int]:
    events = load_events(session, filters)
    focus = filters.code
    shown = heapq.nlargest(max_events, events, key=lambda e: (e.when or "", e.number))
    mentions = document_mentions(session, (s.doc_id for item in shown for s in item.event.evidence))
    documents = len({s.doc_id for item in events for s in item.sources})
    partners_title, partners = _partners_html(events, focus)
    note = (f"The {len(shown)} most recent of {len(events)} events." if len(shown) < len(events)
            else f"{len(events)} events, the most recent first.")
    title = f"Defense cooperation of {code_name(focus)}" if focus else "Defense cooperation"
    page = Template(_template("report.html")).substitute(
        version=_e(__version__), title=_e(title), subtitle=_e(_subtitle(filters)), css=_template("report.css"),
        js=_template("report.js"), figures=_figures(events, documents),
        types_table=_counts_table(Counter(e.event.type for e in events), "type"),
        areas_table=_counts_table(Counter(a for e in events for a in e.event.areas), "area", 12),
        network_img=_img("network", events, focus, "partnership network"),
        areas_img=_img("areas", events, focus, "events per partner and area"),
        partners_title=_e(partners_title), partners_table=partners,
        timeline_img=_img("timeline", events, focus, "events over time by type"),
        lifecycles=_lifecycles_html(lifecycles(shown)), events_note=_e(note),
        type_options="".join(f'<option value="{t}">{_e(nice_label(t))}</option>' for t in EVENT_TYPES),
        event_rows="\n".join(event_row(item, mentions) for item in shown),
        generated=_e(datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")), database=_e(database or "the database"),
    )
    return page, len(events)


def write_report(session: Session, out: Path, filters: EventFilter | None = None, max_events: int = 2000) -> int:
    """Write the report to ``out``; return the number of events it covers."""
    bind = session.get_bind()
    database = bind.url.render_as_string(hide_password=True) if hasattr(bind, "url") else ""
    page, count = render_report(session, filters, max_events, database)
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the report ({exc.strerror or exc})") from None
    return count

