"""Figures for analysts (matplotlib, Agg backend): the partnership network, a
partner × area heatmap, and events over time by type.

Each ``*_figure`` function returns a matplotlib Figure; :func:`save_figure`
writes PNG or SVG by the file extension and :func:`figure_bytes` renders one for
embedding (the HTML report). Large databases are reduced to the most active
actors and areas so that labels stay legible.
"""

from __future__ import annotations

import io
import itertools
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from defcoop.errors import OutputError
from defcoop.outputs.dataset import AnalystEvent, code_name, kind_of_code
from defcoop.outputs.network import build_graph
from defcoop.records import EVENT_TYPES

PLOT_KINDS: tuple[str, ...] = ("network", "areas", "timeline")

#: One color per event type (colorblind-friendly Tableau palette), shared by every figure.
TYPE_COLORS: dict[str, str] = dict(zip(EVENT_TYPES, (
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac",
), strict=True))

ACRONYMS = frozenset({"AI", "UAV", "UAS", "HADR", "CBRN", "IED"})

MAX_NODES = 30
#: At most this many of the busiest actors sit on the inner ring of the network.
INNER_RING = 6
#: Opacity of every edge of the network.
EDGE_ALPHA = 0.8
MAX_ROWS = 15
MAX_AREAS = 18


def nice_label(name: str) -> str:
    """``"COUNTER_UAS"`` -> ``"counter UAS"``: lower case, acronyms kept."""
    return " ".join(w if w in ACRONYMS else w.lower() for w in name.split("_"))


def actor_label(code: str) -> str:
    """``"Japan (JPN)"`` for a state; the code alone for an alliance (``"ASEAN"``), whose names are long."""
    name = code_name(code)
    return code if kind_of_code(code) == "alliance" or name == code else f"{name} ({code})"


#: Size (inches) of a figure that only says why it is empty: a banner, not a blank page.
EMPTY_SIZE = (9.0, 1.2)


def _empty(fig: Figure, message: str) -> Figure:
    fig.set_size_inches(*EMPTY_SIZE)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines[:].set_visible(False)  # an invisible frame keeps the banner at its full width
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=13, color="#555555")
    return fig


def _top_subgraph(graph: nx.Graph, focus: str | None) -> nx.Graph:
    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["events"], n))
    keep = ranked[:MAX_NODES]
    if focus and focus in graph and focus not in keep:
        keep = [focus, *keep[: MAX_NODES - 1]]
    return graph.subgraph(keep).copy()


def _layout(graph: nx.Graph, focus: str | None) -> dict[str, tuple[float, float]]:
    positions: dict[str, tuple[float, float]] = {}
    if focus and focus in graph:
        others = sorted((n for n in graph.nodes if n != focus),
                        key=lambda n: (-graph.edges[focus, n]["weight"] if graph.has_edge(focus, n) else 0, n))
        positions[focus] = (0.0, 0.0)
        for index, node in enumerate(others):
            angle = 2 * math.pi * index / max(len(others), 1) + math.pi / 2
            positions[node] = (math.cos(angle), math.sin(angle))
        return positions
    # the busiest actors on a small inner ring, the others on an outer ring: no node hides another
    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["events"], n))
    inner = ranked[: min(INNER_RING, len(ranked) // 3)] if len(ranked) > 2 * INNER_RING else []
    outer = ranked[len(inner):]
    for ring, radius in ((inner, 0.42), (outer, 1.0)):
        for index, node in enumerate(ring):
            angle = 2 * math.pi * index / max(len(ring), 1) + math.pi / 2 + (math.pi / len(ring) if radius < 1 else 0.0)
            positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def network_figure(events: Sequence[AnalystEvent], focus: str | None = None) -> Figure:
    """The partnership network: node size by activity, edge width by events, color by dominant type."""
    fig = plt.figure(figsize=(11, 9), dpi=100)
    graph = _top_subgraph(build_graph(events), focus)
    if graph.number_of_nodes() == 0:
        return _empty(fig, "No events match the filters")
    ax = fig.add_subplot()
    ax.axis("off")
    positions = _layout(graph, focus)
    max_events = max(graph.nodes[n]["events"] for n in graph.nodes)
    max_weight = max((d["weight"] for _, _, d in graph.edges(data=True)), default=1)
    sizes = [300 + 1900 * math.sqrt(graph.nodes[n]["events"] / max_events) for n in graph.nodes]
    # light edges first, heavy ones on top; one opacity for all, so that a color always means one type
    edges = sorted(graph.edges(data=True), key=lambda e: (e[2]["weight"], e[0], e[1]))
    nx.draw_networkx_edges(graph, positions, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                           width=[1.5 + 8.5 * d["weight"] / max_weight for _, _, d in edges],
                           edge_color=[to_rgba(TYPE_COLORS[d["dominant_type"]], EDGE_ALPHA) for _, _, d in edges])
    node_colors = ["#f6c85f" if n == focus else ("#d9d9d9" if graph.nodes[n]["kind"] == "alliance" else "#ffffff")
                   for n in graph.nodes]
    nx.draw_networkx_nodes(graph, positions, ax=ax, node_size=sizes, node_color=node_colors,
                           edgecolors="#333333", linewidths=1.2)
    nx.draw_networkx_labels(graph, positions, ax=ax, font_size=10, font_weight="bold")
    used = Counter(d["dominant_type"] for _, _, d in graph.edges(data=True))
    handles: list[Line2D | Patch] = [Line2D([0], [0], color=TYPE_COLORS[t], lw=4, label=nice_label(t))
                                     for t in EVENT_TYPES if t in used]
    handles.append(Patch(facecolor="#d9d9d9", edgecolor="#333333", label="alliance / grouping"))
    ax.legend(handles=handles, title="main type of the dyad", loc="upper left", bbox_to_anchor=(1.0, 1.0),
              frameon=False, fontsize=10, title_fontsize=10)
    title = f"Defense partners of {code_name(focus)}" if focus else "Defense-cooperation network"
    shown = "" if graph.number_of_nodes() < MAX_NODES else f" (the {MAX_NODES} most active actors)"
    ax.set_title(f"{title}{shown}\nnode size: events; edge width: events of the dyad", fontsize=13, loc="left")
    ax.set_aspect("equal")
    ax.margins(0.08)
    fig.tight_layout()
    return fig


def _area_matrix(events: Sequence[AnalystEvent], focus: str | None) -> tuple[list[str], list[str], list[list[int]]]:
    counts: dict[str, Counter[str]] = {}
    for item in events:
        codes = item.event.codes
        rows = [c for c in codes if c != focus] if focus and focus in codes else ([] if focus else codes)
        for row in rows:
            counts.setdefault(row, Counter()).update(set(item.event.areas))
    totals = Counter({row: sum(c.values()) for row, c in counts.items()})
    rows = [row for row, total in totals.most_common(MAX_ROWS) if total]
    area_totals: Counter[str] = Counter()
    for row in rows:
        area_totals.update(counts[row])
    areas = [area for area, _ in area_totals.most_common(MAX_AREAS)]
    return rows, areas, [[counts[row][area] for area in areas] for row in rows]


def areas_figure(events: Sequence[AnalystEvent], focus: str | None = None) -> Figure:
    """A heatmap of events per partner (or actor) and area, with the counts written in the cells."""
    rows, areas, matrix = _area_matrix(events, focus)
    height = max(4.5, 1.6 + 0.42 * len(rows))
    fig = plt.figure(figsize=(max(9.0, 2.5 + 0.55 * len(areas)), height + 1.6), dpi=100)
    if not rows or not areas:
        return _empty(fig, "No events with areas match the filters")
    ax = fig.add_subplot()
    peak = max(max(r) for r in matrix) or 1
    image = ax.imshow(matrix, cmap="Blues", aspect="auto", vmin=0, vmax=peak)
    ax.set_xticks(range(len(areas)), [nice_label(a) for a in areas], rotation=40, ha="right",
                  rotation_mode="anchor", fontsize=10)
    ax.set_yticks(range(len(rows)), [actor_label(r) for r in rows], fontsize=10)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=9,
                        color="white" if value > peak * 0.55 else "#222222")
    bar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02, label="events")
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    who = f"partners of {code_name(focus)}" if focus else "actors"
    ax.set_title(f"Cooperation areas of the most active {who}", fontsize=13, loc="left", pad=12)
    fig.tight_layout()
    return fig


def _placement(item: AnalystEvent) -> str | None:
    """The date used to put an event in a bin: a month-precise date, else the first report of that year."""
    when = item.when
    if when is None or len(when) >= 7:
        return when
    published = sorted(s.published for s in item.sources if s.published and s.published[:4] == when[:4])
    return published[0] if published else f"{when[:4]}-01"


def _period(when: str, unit: str) -> str:
    if unit == "year" or len(when) < 7:
        return when[:4]
    if unit == "quarter":
        return f"{when[:4]}-Q{(int(when[5:7]) - 1) // 3 + 1}"
    return when[:7]


def _all_periods(first: str, last: str, unit: str) -> list[str]:
    """Every period from ``first`` to ``last``, so that quiet periods show as gaps."""
    year, last_year = int(first[:4]), int(last[:4])
    if unit == "year":
        return [str(y) for y in range(year, last_year + 1)]
    per_year = 4 if unit == "quarter" else 12
    out = []
    for y in range(year, last_year + 1):
        for n in range(1, per_year + 1):
            out.append(f"{y}-Q{n}" if unit == "quarter" else f"{y}-{n:02d}")
    return out[out.index(first): out.index(last) + 1]


def _unit(dates: list[str]) -> str:
    years = int(max(dates)[:4]) - int(min(dates)[:4])
    return "year" if years > 6 else ("quarter" if years > 1 else "month")


#: Over a span longer than this many years, a few old events (history recalled in passing) that lie
#: before a long gap are left out of the axis, so that the recent years stay readable.
LONG_SPAN_YEARS = 15
MIN_GAP_YEARS = 8
MAX_DROPPED_SHARE = 0.1


def _drop_distant_past(dated: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Split sorted (date, type) pairs into those to draw and the few far older ones, if the span is long."""
    keep = dated
    while int(keep[-1][0][:4]) - int(keep[0][0][:4]) > LONG_SPAN_YEARS:
        years = sorted({int(d[:4]) for d, _ in keep})
        gap, after = max((b - a, b) for a, b in itertools.pairwise(years))
        rest = [d for d in keep if int(d[0][:4]) >= after]
        if gap < MIN_GAP_YEARS or len(dated) - len(rest) > MAX_DROPPED_SHARE * len(dated):
            break
        keep = rest
    return keep, dated[: len(dated) - len(keep)]


def _hidden_note(earlier: list[tuple[str, str]], undated: int) -> str:
    """What the timeline leaves out: far older events, and events without a date."""
    parts = []
    if earlier:
        parts.append(f"{len(earlier)} earlier event{'s' if len(earlier) > 1 else ''} "
                     f"({earlier[0][0][:4]}–{earlier[-1][0][:4]})")
    if undated:
        parts.append(f"{undated} undated event{'s' if undated > 1 else ''}")
    return f"not shown: {' and '.join(parts)}" if parts else ""


def timeline_figure(events: Sequence[AnalystEvent], focus: str | None = None) -> Figure:
    """Events per year, quarter or month (by the span of the data), stacked by type."""
    fig = plt.figure(figsize=(12, 6), dpi=100)
    dated = sorted((str(_placement(item)), item.event.type) for item in events if item.when)
    undated = len(events) - len(dated)
    if not dated:
        return _empty(fig, f"None of the {undated} matching events is dated" if undated
                      else "No dated events match the filters")
    dated, earlier = _drop_distant_past(dated)
    unit = _unit([w for w, _ in dated])
    counts: dict[str, Counter[str]] = {}
    for when, etype in dated:
        counts.setdefault(_period(str(when), unit), Counter())[etype] += 1
    periods = _all_periods(min(counts), max(counts), unit)
    counts = {p: counts.get(p, Counter()) for p in periods}
    ax = fig.add_subplot()
    bottom = [0] * len(periods)
    for etype in EVENT_TYPES:
        values = [counts[p][etype] for p in periods]
        if any(values):
            ax.bar(range(len(periods)), values, bottom=bottom, color=TYPE_COLORS[etype],
                   label=nice_label(etype), width=0.8)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, math.ceil(len(periods) / 24))
    ax.set_xticks(range(0, len(periods), step), periods[::step], rotation=45 if step > 1 or len(periods) > 12 else 0,
                  ha="right" if len(periods) > 12 else "center", fontsize=10)
    hidden = _hidden_note(earlier, undated)
    if hidden:
        ax.text(0.01, 0.98, hidden, transform=ax.transAxes, va="top", fontsize=10, color="#555555")
    ax.set_ylim(0, max(bottom) * 1.12 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("events", fontsize=11)
    ax.set_xlabel(unit, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title="type", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=10)
    who = f" of {code_name(focus)}" if focus else ""
    ax.set_title(f"Cooperation events{who} per {unit}, by type", fontsize=13, loc="left")
    fig.tight_layout()
    return fig


FIGURES = {"network": network_figure, "areas": areas_figure, "timeline": timeline_figure}


def make_figure(kind: str, events: Sequence[AnalystEvent], focus: str | None = None) -> Figure:
    """The figure of ``kind`` (one of :data:`PLOT_KINDS`)."""
    if kind not in FIGURES:
        raise OutputError(f"unknown plot {kind!r}; choose one of {', '.join(PLOT_KINDS)}")
    return FIGURES[kind](events, focus)


def figure_bytes(fig: Figure, fmt: str = "png") -> bytes:
    """Render ``fig`` as PNG or SVG bytes and close it."""
    buffer = io.BytesIO()
    try:
        fig.savefig(buffer, format=fmt, bbox_inches="tight")
    finally:
        plt.close(fig)
    return buffer.getvalue()


def save_figure(fig: Figure, path: Path) -> None:
    """Write ``fig`` to ``path`` (PNG or SVG by extension) and close it."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        plt.close(fig)
        raise OutputError(f"{path}: the plot file must end in .png or .svg")
    try:
        path.write_bytes(figure_bytes(fig, fmt))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the plot ({exc.strerror or exc})") from None
