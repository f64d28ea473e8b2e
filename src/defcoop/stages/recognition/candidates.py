"""Candidate mentions: the mutable working form of a mention inside the recognizer."""

from __future__ import annotations

from dataclasses import dataclass, field

from defcoop.kb import Entity
from defcoop.records import Mention


@dataclass(slots=True)
class Candidate:
    """A span of text tied to an entity, refined step by step before it becomes a Mention."""

    start: int
    end: int
    entity: Entity
    role: str | None = None
    adjectival: bool = False
    score: float = 1.0
    code: str | None = None
    refers_to: tuple[str, ...] = ()
    ambiguous: bool = False
    entity_id: str = ""
    canonical: str = ""
    kind: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.entity_id:
            self.entity_id = self.entity.entity_id
        if not self.canonical:
            self.canonical = self.entity.canonical
        if not self.kind:
            self.kind = self.entity.kind
        if self.code is None and self.entity.code is not None:
            self.code = self.entity.code

    @property
    def is_generic(self) -> bool:
        """Whether the candidate is a bare institution word ("navy", "defence ministry")."""
        return self.entity.attrs.get("type") == "generic"

    @property
    def is_place(self) -> bool:
        """Whether the candidate is a sea or region that only contains a state name."""
        return self.entity.attrs.get("type") == "place"

    def to_mention(self, text: str) -> Mention:
        """The final record, with the exact original words as surface."""
        return Mention(
            start=self.start,
            end=self.end,
            surface=text[self.start : self.end],
            entity_id=self.entity_id,
            canonical=self.canonical,
            kind=self.kind,
            code=self.code,
            score=round(self.score, 3),
            role=self.role,
            adjectival=self.adjectival,
            refers_to=self.refers_to,
        )
