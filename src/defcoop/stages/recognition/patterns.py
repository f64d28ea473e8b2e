"""The patterns of the recognizer: every name of every entity, with its case variants.

Matching is case-sensitive over the original text, so that "US" does not match
"us" and "Jordan" does not match "jordan"; each name is added in the forms it
takes in news text:

* acronyms and names without lowercase letters ("US", "U.S.", "DRDO") exactly;
* names with an apostrophe with both the straight and the curly one
  ("People's Liberation Army", "People’s Liberation Army");
* other names as written, with their first letter capitalized, in title case
  (only lowercase words are capitalized: "the Atlantic alliance" ->
  "The Atlantic Alliance") and, from four characters on, in capitals ("INDIA"
  in an all-caps headline).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from defcoop.kb import Entity, KnowledgeBase

#: Bare names that stand for a state only when the document says which one.
AMBIGUOUS_NAMES: dict[str, str] = {
    "Korea": "KOR",
    "Korean": "KOR",
    "Koreans": "KOR",
    "Congolese": "COD",
}


#: Legal forms that end a company name ("Kestrel Avionics Ltd"): found by the same pass, reported apart.
LEGAL_SUFFIXES: tuple[str, ...] = (
    "Co., Ltd", "Co., Ltd.", "Co. Ltd", "Co. Ltd.", "Corporation", "Corp.", "Inc.", "Incorporated", "Ltd", "Ltd.",
    "Limited", "GmbH", "AG", "plc", "PLC", "S.A.", "S.p.A.", "SpA", "N.V.", "B.V.", "LLC", "Pvt Ltd", "Pvt. Ltd",
    "Pvt Ltd.", "Pvt. Ltd.", "Private Limited", "K.K.", "A.Ş.", "ASA",
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One name of one entity and how a match of it is reported."""

    entity: Entity
    name: str
    role: str | None = None
    adjectival: bool = False
    combining: bool = False
    ambiguous: bool = False

    @property
    def kind(self) -> str:
        """The entity kind of the pattern."""
        return self.entity.kind


#: Words left in lowercase inside a title-case name ("Chief of Naval Staff").
SMALL_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "de", "la", "du", "des"})


def _capitalize(word: str) -> str:
    return word[0].upper() + word[1:] if word and word[0].islower() else word


def is_acronym(name: str) -> bool:
    """Whether ``name`` has no lowercase letter ("US", "U.S.", "DE&S"): matched exactly."""
    return not any(ch.islower() for ch in name)


def case_variants(name: str) -> set[str]:
    """The surface forms under which ``name`` is matched (with either apostrophe, ' or ’)."""
    if "'" in name or "’" in name:
        straight = name.replace("’", "'")
        return _case_variants(straight) | _case_variants(straight.replace("'", "’"))
    return _case_variants(name)


def _case_variants(name: str) -> set[str]:
    if is_acronym(name):
        return {name}
    variants = {name, name[0].upper() + name[1:]}
    words = name.split(" ")
    variants.add(" ".join(_capitalize(w) for w in words))
    variants.add(" ".join(w if w in SMALL_WORDS else _capitalize(w) for w in words))
    if len(name) >= 4:
        variants.add(name.upper())
    return variants


def _state_patterns(entity: Entity) -> Iterator[Pattern]:
    for alias in entity.aliases:
        yield Pattern(entity, alias)
    for adjective in entity.attr_list("adjectives"):
        yield Pattern(entity, adjective, adjectival=True, combining=adjective.endswith("-"))
    for capital in entity.attr_list("capitals"):
        yield Pattern(entity, capital, role="capital")
    for seat in entity.attr_list("seats"):
        yield Pattern(entity, seat, role="seat")


def iter_patterns(kb: KnowledgeBase) -> Iterator[Pattern]:
    """Every pattern of the knowledge base."""
    for entity in kb.entities():
        if entity.kind == "state" and entity.code:
            yield from _state_patterns(entity)
            continue
        role = entity.attrs.get("role") if entity.kind in {"title", "reference"} else None
        for alias in entity.aliases:
            yield Pattern(entity, alias, role=role)
    for name, code in AMBIGUOUS_NAMES.items():
        state = kb.state(code)
        if state is not None:
            yield Pattern(state, name, adjectival=name != "Korea", ambiguous=True)


_KIND_PRIORITY = {
    "person": 0, "state": 1, "alliance": 2, "agency": 3, "ministry": 4, "armed_force": 5,
    "company": 6, "system": 7, "title": 8, "reference": 9,
}


def _priority(pattern: Pattern) -> tuple[int, int]:
    """Sort key: exact canonical names first, then by kind."""
    generic = pattern.entity.attrs.get("type") == "generic"
    return (int(generic), _KIND_PRIORITY.get(pattern.kind, 10))


def candidate_fields(pattern: Pattern) -> tuple[object, ...]:
    """The fields of a :class:`Candidate` for a hit of ``pattern``, after its start and end.

    Computed once at build time so that a hit becomes a candidate with one call:
    entity, role, adjectival, score, code, refers_to, ambiguous, entity_id,
    canonical, kind, is_generic, is_place.
    """
    entity = pattern.entity
    kind = entity.attrs.get("type") if not entity.code else None
    return (
        entity, pattern.role, pattern.adjectival, 1.0, entity.code, (), pattern.ambiguous, entity.entity_id,
        entity.canonical, entity.kind, kind == "generic", kind == "place",
    )


def build_automaton(kb: KnowledgeBase) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton whose values are ``(length, combining, is_reference, candidate fields)``.

    When several patterns share a surface form, the best one (exact names
    before generic words, then by kind) decides the hit. Legal suffixes that
    are no name of their own have ``None`` as candidate fields.
    """
    table: dict[str, list[Pattern]] = {}
    for pattern in iter_patterns(kb):
        if len(pattern.name) < 2:
            continue
        for variant in case_variants(pattern.name):
            table.setdefault(variant, []).append(pattern)
    automaton = ahocorasick.Automaton()
    for key, patterns in table.items():
        unique = list({(p.entity.entity_id, p.role, p.adjectival): p for p in patterns}.values())
        best = min(unique, key=_priority)
        automaton.add_word(key, (len(key), best.combining, best.kind == "reference", candidate_fields(best)))
    for suffix in LEGAL_SUFFIXES:
        if suffix not in table:
            automaton.add_word(suffix, (len(suffix), False, False, None))
    automaton.make_automaton()
    return automaton
