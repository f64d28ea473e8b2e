"""The knowledge-base records: entities, false-friend rules and the knowledge base itself.

The knowledge base is immutable once built: :func:`defcoop.kb.load_knowledge_base`
reads the package data files (and the user's own files) and hands back one
:class:`KnowledgeBase` that every stage may share.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from defcoop.records import ALLIANCE_CODES

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Entity:
    """One knowledge-base entry: a state, alliance, agency, company, system, person, title...

    ``code`` is the state (ISO 3166-1 alpha-3) or alliance code the entity
    resolves to, ``None`` when it resolves to none (a multinational company).
    ``attrs`` holds kind-specific facts: ``area``/``category``/``maker`` for
    systems, ``members`` for alliances and groupings, ``role`` for titles,
    ``adjectives``/``capitals``/``seats`` for states (cells ``|``-separated).
    """

    entity_id: str
    kind: str
    canonical: str
    code: str | None
    aliases: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=lambda: _EMPTY, hash=False, compare=False)

    def attr_list(self, name: str) -> tuple[str, ...]:
        """The ``|``-separated attribute ``name`` as a tuple (empty when absent)."""
        value = self.attrs.get(name, "")
        return tuple(part for part in value.split("|") if part)


@dataclass(frozen=True, slots=True)
class FalseFriend:
    """A state name that is also an ordinary word or a personal name.

    ``rule`` is ``"context"`` (drop the state when a cue word is near and no
    keep word is) or ``"person"`` (drop it when it stands next to a personal name).
    """

    name: str
    code: str
    rule: str
    cues: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """A lowercase ASCII slug of ``text`` ("Bayraktar TB2" -> "bayraktar-tb2"); cached, names recur."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


class KnowledgeBase:
    """Every known entity, indexed by id, kind and code.

    Built once by :func:`defcoop.kb.load_knowledge_base`; never modified afterwards.
    """

    def __init__(
        self,
        entities: Mapping[str, Entity],
        false_friends: tuple[FalseFriend, ...] = (),
        bodies: Mapping[tuple[str, str], str] | None = None,
        name_heads: frozenset[str] = frozenset(),
    ) -> None:
        self._by_id: dict[str, Entity] = dict(entities)
        by_kind: dict[str, list[Entity]] = {}
        for entity in self._by_id.values():
            by_kind.setdefault(entity.kind, []).append(entity)
        self._by_kind = {kind: tuple(items) for kind, items in by_kind.items()}
        self._states = {
            e.code: e for e in self._by_kind.get("state", ()) if e.code and e.entity_id.startswith("state:")
        }
        self._alliances = {e.code: e for e in self._by_kind.get("alliance", ()) if e.code}
        self._state_codes = frozenset(self._states)
        self._codes = self._state_codes | frozenset(ALLIANCE_CODES)
        self.false_friends = false_friends
        self._bodies: dict[tuple[str, str], str] = dict(bodies or {})
        #: Words that turn "<capital or state> <word>" into a proper name ("China Daily"); those that do so
        #: only after a capital are prefixed "capital:" ("capital:Pact" for "Warsaw Pact").
        self.name_heads = name_heads

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with id ``entity_id``, or ``None``."""
        return self._by_id.get(entity_id)

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Every entity, or every entity of ``kind``."""
        if kind is None:
            return iter(self._by_id.values())
        return iter(self._by_kind.get(kind, ()))

    def members(self, alliance_code: str) -> tuple[str, ...]:
        """ISO codes of the members of an alliance or grouping (empty if unknown)."""
        entity = self._alliances.get(alliance_code) or self._by_id.get(alliance_code)
        return entity.attr_list("members") if entity is not None else ()

    def state(self, code: str) -> Entity | None:
        """The state entity of an ISO alpha-3 code, or ``None``."""
        return self._states.get(code)

    def is_code(self, code: str) -> bool:
        """Whether ``code`` is a state code or one of the grouping codes of the ontology."""
        return code in self._codes

    @property
    def state_codes(self) -> frozenset[str]:
        """Every known state code."""
        return self._state_codes

    def body(self, code: str, generic: str) -> Entity | None:
        """The institution of kind ``generic`` ("navy", "defense_ministry") of state ``code``."""
        entity_id = self._bodies.get((code, generic))
        return self._by_id.get(entity_id) if entity_id else None
