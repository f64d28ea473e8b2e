"""The partnership network: states and alliances as nodes, one edge per dyad.

Node attributes: ``name``, ``kind`` (state or alliance), ``events`` (events
the actor takes part in), ``partners``. Edge attributes: ``weight`` (events of
the dyad), ``type_<TYPE>`` for every event type, ``area_<AREA>`` for every area
the dyad's events name, ``areas`` (``AREA:n|...``), ``dominant_type``,
``first``, ``latest`` and ``sources`` (documents). Written as GraphML or GEXF
for Gephi, Cytoscape or networkx.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from defcoop.outputs.dataset import AnalystEvent, code_name, kind_of_code, pairs
from defcoop.records import EVENT_TYPES


def _edge_data(graph: nx.Graph, a: str, b: str) -> dict[str, object]:
    if not graph.has_edge(a, b):
        data: dict[str, object] = {"weight": 0, "first": "", "latest": "", "sources": set()}
        data.update({f"type_{t}": 0 for t in EVENT_TYPES})
        data["_areas"] = Counter()
        graph.add_edge(a, b, **data)
    return graph.edges[a, b]  # type: ignore[no-any-return]


def _add_node(graph: nx.Graph, code: str) -> None:
    if code not in graph:
        graph.add_node(code, label=code_name(code), name=code_name(code), kind=kind_of_code(code), events=0)


def _finish(graph: nx.Graph) -> None:
    for _a, _b, data in graph.edges(data=True):
        areas: Counter[str] = data.pop("_areas")
        for area, count in areas.items():
            data[f"area_{area}"] = count
        data["areas"] = "|".join(f"{area}:{count}" for area, count in areas.most_common())
        types = {t: data[f"type_{t}"] for t in EVENT_TYPES}
        data["dominant_type"] = max(types, key=lambda t: (types[t], -EVENT_TYPES.index(t)))
        data["sources"] = len(data["sources"])
    for node in graph.nodes:
        graph.nodes[node]["partners"] = graph.degree(node)


def build_graph(events: Iterable[AnalystEvent]) -> nx.Graph:
    """The partnership graph of ``events`` (an event with n codes adds to every pair)."""
    graph = nx.Graph()
    for item in events:
        event = item.event
        for code in event.codes:
            _add_node(graph, code)
            graph.nodes[code]["events"] += 1
        when = item.when or ""
        for a, b in pairs(event):
            data = _edge_data(graph, a, b)
            data["weight"] = int(data["weight"]) + 1  # type: ignore[call-overload]
            data[f"type_{event.type}"] = int(data[f"type_{event.type}"]) + 1  # type: ignore[call-overload]
            data["_areas"].update(set(event.areas))  # type: ignore[attr-defined]
            data["sources"].update(s.doc_id for s in item.sources)  # type: ignore[attr-defined]
            if when and (not data["first"] or when < str(data["first"])):
                data["first"] = when
            if when and when > str(data["latest"]):
                data["latest"] = when
    _finish(graph)
    return graph


def write_graphml(events: Iterable[AnalystEvent], path: Path) -> int:
    """Write the graph as GraphML; return the number of edges."""
    graph = build_graph(events)
    nx.write_graphml(graph, path)
    return int(graph.number_of_edges())


def write_gexf(events: Iterable[AnalystEvent], path: Path) -> int:
    """Write the graph as GEXF; return the number of edges."""
    graph = build_graph(events)
    nx.write_gexf(graph, path)
    return int(graph.number_of_edges())
