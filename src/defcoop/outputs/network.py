"""The partnership network: states and alliances as nodes, one edge per dyad.

Node attributes: ``name``, ``kind`` (state or alliance), ``events`` (events
the actor takes part in), ``partners``. Edge attributes: ``weight`` (events of
the dyad), ``type_<TYPE>`` for every event type, ``area_<AREA>`` for every area
the dyad's events name, ``areas`` (``AREA:n|...``), ``dominant_type``,
``first``, ``latest`` and ``sources`` (documents). Written as GraphML or GEXF
for Gephi, Cytoscape or networkx.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from defcoop.outputs.dataset import AnalystEvent, code_name, kind_of_code
from defcoop.records import EVENT_TYPES


@dataclass(slots=True)
class _Dyad:
    """What the events of one pair of actors add up to, before it becomes an edge."""

    weight: int = 0
    first: str = ""
    latest: str = ""
    types: Counter[str] = field(default_factory=Counter)
    areas: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)

    def add(self, etype: str, areas: set[str], doc_ids: list[str], when: str) -> None:
        """Count one event of the dyad."""
        self.weight += 1
        self.types[etype] += 1
        self.areas.update(areas)
        self.sources.update(doc_ids)
        if when and (not self.first or when < self.first):
            self.first = when
        if when > self.latest:
            self.latest = when

    def attributes(self) -> dict[str, object]:
        """The edge attributes (see the module docstring)."""
        data: dict[str, object] = {"weight": self.weight, "first": self.first, "latest": self.latest,
                                   "sources": len(self.sources)}
        data.update({f"type_{t}": self.types.get(t, 0) for t in EVENT_TYPES})
        data.update({f"type_{t}": n for t, n in self.types.items() if t not in EVENT_TYPES})
        for area, count in self.areas.items():
            data[f"area_{area}"] = count
        data["areas"] = "|".join(f"{area}:{count}" for area, count in self.areas.most_common())
        data["dominant_type"] = max(EVENT_TYPES, key=lambda t: (self.types.get(t, 0), -EVENT_TYPES.index(t)))
        return data


def build_graph(events: Iterable[AnalystEvent]) -> nx.Graph:
    """The partnership graph of ``events`` (an event with n codes adds to every pair).

    Counts are gathered in plain dicts first and the graph is built once at
    the end (nodes and edges in the order they first appear).
    """
    node_events: dict[str, int] = {}
    dyads: dict[tuple[str, str], _Dyad] = {}
    for item in events:
        event = item.event
        codes = event.codes
        for code in codes:
            node_events[code] = node_events.get(code, 0) + 1
        if len(codes) < 2:
            continue
        when, areas, doc_ids = item.when or "", set(event.areas), [s.doc_id for s in item.sources]
        for pair in itertools.combinations(codes, 2):
            dyad = dyads.get(pair)
            if dyad is None:
                dyad = dyads[pair] = _Dyad()
            dyad.add(event.type, areas, doc_ids, when)
    graph = nx.Graph()
    for code, count in node_events.items():
        name = code_name(code)
        graph.add_node(code, label=name, name=name, kind=kind_of_code(code), events=count)
    for (a, b), dyad in dyads.items():
        graph.add_edge(a, b, **dyad.attributes())
    for node in graph.nodes:
        graph.nodes[node]["partners"] = graph.degree(node)
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
