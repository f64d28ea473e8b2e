"""Typed records passed between the pipeline stages.

Each stage takes records of one kind and returns records of the next kind:

    read      -> RawDocument
    clean     -> Document            (cleaned text, metadata, language, content hash)
    segment   -> list[Sentence]
    recognize -> list[Mention]
    extract   -> list[Event]          (parties as Mentions/Party, evidence spans)
    resolve   -> list[Event]          (merged within the document, dates resolved, CAMEO)
    cluster   -> ClusterDecision      (duplicate_of, story_id)
    store     -> StoreResult

Records are plain dataclasses so they are cheap to build, easy to test and free of
any database or I/O concern.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES: tuple[str, ...] = (
    "DIALOGUE",
    "VISIT",
    "AGREEMENT",
    "JOINT_DEVELOPMENT",
    "ARMS_TRANSFER",
    "EXERCISE",
    "PERSONNEL",
    "ACCESS",
    "INFO_SHARING",
    "GENERAL",
)

STAGES: tuple[str, ...] = (
    "PROPOSED",
    "DISCUSSION",
    "PLANNED",
    "AGREED",
    "ONGOING",
    "COMPLETED",
    "REJECTED",
)

AREAS: tuple[str, ...] = (
    "FIGHTER_AIRCRAFT",
    "MILITARY_AIRCRAFT",
    "UAV",
    "COUNTER_UAS",
    "MISSILES",
    "AIR_MISSILE_DEFENSE",
    "NAVAL_VESSELS",
    "SUBMARINES",
    "UNDERWATER_SYSTEMS",
    "LAND_SYSTEMS",
    "ROBOTICS",
    "SPACE",
    "AI",
    "CYBER",
    "QUANTUM",
    "SEMICONDUCTORS",
    "ENERGY_STORAGE",
    "SENSORS",
    "COMMUNICATIONS",
    "ELECTRONIC_WARFARE",
    "PROPULSION",
    "ADVANCED_MANUFACTURING",
    "EMERGING_TECH",
    "CBRN",
    "FORCE_PROTECTION",
    "MARITIME_SECURITY",
    "MINE_COUNTERMEASURES",
    "AMPHIBIOUS",
    "COUNTER_IED",
    "HADR",
    "PEACEKEEPING",
    "COUNTERTERRORISM",
    "HYBRID_THREATS",
    "CLIMATE_SECURITY",
    "INTEROPERABILITY",
    "LOGISTICS",
)

ALLIANCE_CODES: tuple[str, ...] = (
    "NATO",
    "EU",
    "ASEAN",
    "UN",
    "AU",
    "GCC",
    "SCO",
    "CSTO",
    "OSCE",
    "QUAD",
    "AUKUS",
)

#: Entity kinds used by the knowledge base, mentions and event parties.
ENTITY_KINDS: tuple[str, ...] = (
    "state",
    "alliance",
    "agency",
    "ministry",
    "armed_force",
    "company",
    "person",
    "system",
    "title",
    "reference",
)

DIRECTED_TYPES: frozenset[str] = frozenset({"ARMS_TRANSFER", "VISIT"})
#: Event types that happen at a time (a visit, talks, an exercise), as opposed to a state of affairs.
HAPPENING_TYPES: frozenset[str] = frozenset({"VISIT", "DIALOGUE", "EXERCISE"})


@dataclass(slots=True)
class RawDocument:
    """One article as read from an input, before any cleaning.

    Exactly one of ``text`` and ``html`` is set. ``source`` is the path as given
    to the ingest command (with ``#N`` appended for the N-th record of a JSONL or
    WARC file) or the record's URL.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    fmt: str = "text"


@dataclass(slots=True)
class ReadFailure:
    """An input (or one record inside it) that could not be read."""

    source: str
    message: str


@dataclass(slots=True)
class Document:
    """A cleaned article with its publication metadata.

    ``text`` is the cleaned text; every span stored later (mentions, evidence)
    is an offset into it. ``content_hash`` identifies the text; together
    with the origin it gives :attr:`doc_id`, which makes re-ingest idempotent.
    """

    source: str
    raw_text: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_text: str | None = None
    site: str | None = None
    author: str | None = None
    language: str = "en"
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped_lines: int = 0

    @property
    def origin(self) -> str:
        """Where this copy came from: its URL, else the file name of its source (with any ``#N``)."""
        return self.url or self.source.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def doc_id(self) -> str:
        """Stable identifier of this copy: a hash of its content hash and its origin.

        The same text ingested again from the same place has the same id (a
        no-op); the same text from another outlet is another document, kept as
        that outlet's evidence and marked ``duplicate_of`` by the cluster stage.
        """
        return hashlib.sha256(f"{self.content_hash}|{self.origin}".encode()).hexdigest()[:16]


@dataclass(slots=True, frozen=True)
class Sentence:
    """A sentence (or headline/paragraph fragment) as a span of the cleaned text."""

    start: int
    end: int
    text: str
    paragraph: int = 0
    is_heading: bool = False


@dataclass(slots=True)
class Mention:
    """A recognized actor, system or reference at a span of the cleaned text.

    ``entity_id`` names the knowledge-base entry; ``code`` is the state or
    alliance code the entity resolves to (``None`` when it resolves to none,
    e.g. a multinational company). ``surface`` keeps the original words, even
    when a typo was corrected. ``role`` qualifies the mention ("capital" for a
    metonymic capital, "defense_minister" for a person with that title, ...);
    ``adjectival`` marks "Turkish", "Japanese"; ``refers_to`` holds the codes a
    document-level reference ("the two countries", "both sides") resolves to.
    """

    start: int
    end: int
    surface: str
    entity_id: str
    canonical: str
    kind: str
    code: str | None
    score: float = 1.0
    role: str | None = None
    adjectival: bool = False
    refers_to: tuple[str, ...] = ()


@dataclass(slots=True)
class Party:
    """One side of an event, resolved to a state or alliance code."""

    name: str
    kind: str
    code: str


@dataclass(slots=True)
class Evidence:
    """The span of cleaned text that states an event."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    """A defense-cooperation event as coded by the ontology."""

    type: str
    stage: str
    parties: list[Party]
    evidence: list[Evidence]
    direction: tuple[str, str] | None = None
    areas: list[str] = field(default_factory=list)
    systems: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    confidence: float = 0.5
    cameo: str | None = None
    trigger: str | None = None
    doc_ids: list[str] = field(default_factory=list)
    #: stated only by reference to the document's earlier events ("the contract was signed in 2019",
    #: "a second batch is expected"): never taken as a new deal that settles other events' stages
    referential: bool = False

    @property
    def codes(self) -> list[str]:
        """Sorted distinct codes of the parties."""
        return sorted({p.code for p in self.parties})


@dataclass(slots=True)
class ClusterDecision:
    """Where a new document belongs among the documents already stored.

    ``fingerprint`` is opaque bytes the cluster stage stores with the document
    and gets back (as :class:`StoredSummary`) when its index is rebuilt.
    """

    duplicate_of: str | None
    story_id: str
    fingerprint: bytes | None = None


@dataclass(slots=True)
class StoredSummary:
    """What the cluster stage needs to know of a document already stored."""

    doc_id: str
    story_id: str | None
    duplicate_of: str | None
    published: date | None
    fingerprint: bytes | None


@dataclass(slots=True)
class ProcessedDocument:
    """Everything the pipeline learned about one document, ready to store."""

    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]
    cluster: ClusterDecision | None = None
