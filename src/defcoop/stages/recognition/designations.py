"""Model designations named after their maker ("Kawasaki's P-1", "Baykar's TB3").

A bare designation such as "P-1" or "C-2" is too ambiguous to be a pattern of its
own, but right after a known company, with or without a possessive, it names
that company's system when the knowledge base lists a system of that maker
whose names contain the designation. Other bare occurrences of the same
designation in the document ("the P-1") are the same system. The score is 0.9
(0.85 for the other occurrences).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from defcoop.kb import Entity, KnowledgeBase
from defcoop.stages.recognition.candidates import Candidate, SpanIndex

SCORE = 0.9
LATER_SCORE = 0.85
#: A model designation: letters then digits, with an optional hyphen ("P-1", "TB2", "KF-21", "F-35A").
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]{0,2}(?![\w-])")
_AFTER_MAKER = re.compile(r"(?:'s|’s)? (" + _DESIGNATION.pattern + ")")


def _designations(name: str) -> Iterator[str]:
    """The designations that stand as words of a system name ("P-1" in "Kawasaki P-1"; not marks like "Mk1")."""
    for match in _DESIGNATION.finditer(name):
        start = match.start()
        if (start == 0 or name[start - 1] == " ") and not match.group(0).startswith("Mk"):
            yield match.group(0)


def _base_model(designation: str, systems: list[Entity]) -> Entity | None:
    """The system a designation names: the only one, or the only one whose name ends with it ("Q-9", not "Q-9 Mk2")."""
    if len(systems) == 1:
        return systems[0]
    ending = [s for s in systems if s.canonical.endswith(" " + designation) or s.canonical == designation]
    return ending[0] if len(ending) == 1 else None


class Designations:
    """The designations of each maker's systems, from the knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        by_maker: dict[str, dict[str, list[Entity]]] = {}
        for system in kb.entities("system"):
            maker = system.attrs.get("maker")
            if not maker:
                continue
            table = by_maker.setdefault(maker, {})
            for name in (system.canonical, *system.aliases):
                for designation in _designations(name):
                    systems = table.setdefault(designation, [])
                    if system not in systems:
                        systems.append(system)
        self._by_maker: dict[str, dict[str, Entity]] = {}
        for maker, table in by_maker.items():
            for designation, systems in table.items():
                base = _base_model(designation, systems)
                if base is not None:
                    self._by_maker.setdefault(maker, {})[designation] = base

    def find(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` plus systems named by a designation after their maker, and its other uses."""
        makers = [c for c in candidates if c.kind == "company" and c.canonical in self._by_maker]
        if not makers:
            return candidates
        taken = SpanIndex(candidates)
        added: list[Candidate] = []
        found: dict[str, Entity] = {}
        for maker in makers:
            match = _AFTER_MAKER.match(text, maker.end)
            if match is None:
                continue
            system = self._by_maker[maker.canonical].get(match.group(1))
            if system is None or taken.overlaps(match.start(1), match.end(1)):
                continue
            added.append(Candidate(match.start(1), match.end(1), system, score=SCORE))
            found.setdefault(match.group(1), system)
        if not found:
            return candidates
        first = {c.start for c in added}
        for designation, system in found.items():
            for match in re.finditer(r"(?<![\w-])" + re.escape(designation) + r"(?![\w-])", text):
                start, end = match.span()
                if start not in first and not taken.overlaps(start, end):
                    added.append(Candidate(start, end, system, score=LATER_SCORE))
        return candidates + added
