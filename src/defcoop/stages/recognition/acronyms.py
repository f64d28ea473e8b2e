"""Acronyms: those that several states' bodies share ("DND": Canada's and the Philippines' defence departments;
"Mindef": Singapore's and Malaysia's defence ministries), and those a document defines itself ("the Republic
of Singapore Air Force (RSAF) ... the RSAF": :func:`defined_acronyms`).

The one scan reports the first owner of such an acronym; this rule picks the
owner whose state the document names most often otherwise (states, their
institutions, people, companies), the one named nearest on a tie, and drops the
mention when the document names none of the owners' states: an unknown body
with a known acronym is no actor.
"""

from __future__ import annotations

import re
from collections import Counter

from defcoop.kb import Entity, KnowledgeBase
from defcoop.stages.recognition.candidates import Candidate, SpanIndex
from defcoop.stages.recognition.patterns import is_acronym

MAX_LENGTH = 8


def _distance(cand: Candidate, code: str | None, others: list[Candidate]) -> int:
    """How far from ``cand`` the nearest other mention of ``code`` is (ties between owners go to the nearer)."""
    return min((abs(other.start - cand.start) for other in others if other.code == code), default=1 << 30)


class SharedAcronyms:
    """The acronyms of the knowledge base that belong to entities of different states."""

    def __init__(self, kb: KnowledgeBase) -> None:
        owners: dict[str, dict[str, Entity]] = {}
        for entity in kb.entities():
            if entity.kind in {"state", "alliance"} or not entity.code:
                continue
            for alias in entity.aliases:
                if len(alias) <= MAX_LENGTH and (is_acronym(alias) or " " not in alias):  # "DND", "Mindef"
                    owners.setdefault(alias, {})[entity.entity_id] = entity
        self._owners = {
            alias: tuple(by_id.values())
            for alias, by_id in owners.items()
            if len({entity.code for entity in by_id.values()}) > 1
        }
        self._ids = frozenset(entity.entity_id for owners_ in self._owners.values() for entity in owners_)

    def resolve(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` with each shared acronym given to its owner in context, or dropped."""
        ids = self._ids
        shared = [c for c in candidates if c.entity_id in ids and text[c.start : c.end] in self._owners]
        if not shared:
            return candidates
        skip = {id(c) for c in shared}
        others = [c for c in candidates if c.code and id(c) not in skip and not c.is_place]
        counts = Counter(c.code for c in others)
        dropped: set[int] = set()
        for cand in shared:
            owners = self._owners[text[cand.start : cand.end]]
            best = max(owners, key=lambda owner: (counts[owner.code or ""], -_distance(cand, owner.code, others)))
            if counts[best.code or ""] == 0:
                dropped.add(id(cand))
                continue
            cand.entity, cand.entity_id, cand.canonical, cand.code = best, best.entity_id, best.canonical, best.code
            cand.kind = best.kind
        return [c for c in candidates if id(c) not in dropped] if dropped else candidates


_DEFINED = re.compile(r" \(([A-Z][A-Za-z&-]{1,9})\)")
_DEFINED_KINDS = frozenset({"armed_force", "ministry", "agency", "company", "alliance"})


def defined_acronyms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Later uses of an acronym the document defines right after a known body ("Republic of Singapore Air Force
    (RSAF)", "Turkish Aerospace (TUSAS)"): mentions of that body, where nothing else was found."""
    defined: dict[str, Candidate] = {}
    for cand in candidates:
        match = _DEFINED.match(text, cand.end)
        if match is not None and cand.kind in _DEFINED_KINDS and cand.code and is_acronym(match.group(1)):
            defined.setdefault(match.group(1), cand)
    if not defined:
        return candidates
    taken = SpanIndex(candidates)
    added: list[Candidate] = []
    for acronym, source in defined.items():
        for found in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            if found.start() > source.end and not taken.overlaps(found.start(), found.end()):
                added.append(Candidate(found.start(), found.end(), source.entity, role=source.role, code=source.code,
                                       score=source.score, entity_id=source.entity_id, canonical=source.canonical,
                                       kind=source.kind))
    return candidates + added
