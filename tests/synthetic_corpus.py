"""A synthetic, varied database of cooperation events for the output tests and benchmarks.

Stories are written by templates of our own: many states and groupings, every
event type, many areas, dated and undated events, stories told by one to three
outlets (so merging across outlets matters), items that recur across stories
at successive stages (an item's lifecycle), decoy documents without events,
and text with characters that must be escaped in HTML. Everything is
deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from defcoop.lexicons import load_lexicons
from defcoop.records import ClusterDecision, Document, Event, Evidence, Mention, Party, ProcessedDocument
from defcoop.stages.store import Store

NAMES: dict[str, str] = {
    "JPN": "Japan", "USA": "the United States", "AUS": "Australia", "IND": "India", "FRA": "France",
    "POL": "Poland", "KOR": "South Korea", "PHL": "the Philippines", "GBR": "Britain", "ITA": "Italy",
    "DEU": "Germany", "LTU": "Lithuania", "EGY": "Egypt", "BRA": "Brazil", "ARG": "Argentina",
    "DNK": "Denmark", "COL": "Colombia", "SWE": "Sweden", "KEN": "Kenya", "ISR": "Israel", "MAR": "Morocco",
    "TUR": "Turkey", "UKR": "Ukraine", "VNM": "Vietnam", "IDN": "Indonesia", "NOR": "Norway",
    "NATO": "NATO", "EU": "the European Union", "ASEAN": "ASEAN",
}
COMPANIES: dict[str, tuple[str, str]] = {
    "KOR": ("Hanwha Aerospace", "company:hanwha-aerospace"), "FRA": ("Dassault Aviation", "company:dassault"),
    "TUR": ("Baykar", "company:baykar"), "JPN": ("Mitsubishi Heavy Industries", "company:mhi"),
}
OUTLETS = ["defense-daily.example", "asia-wire.example", "euro-security.example", "harbour-news.example",
           "capital-post.example"]
FILLER = [
    "Officials described the talks as constructive.",
    "The ministry did not give further details.",
    "Analysts said the move reflects growing concern over regional security.",
    "The announcement followed months of preparation by both sides.",
    "Parliament is expected to debate the defence budget next month.",
]


@dataclass(frozen=True, slots=True)
class Template:
    """How one kind of event is told: the sentence, its coding, and what it names."""

    text: str
    type: str
    stage: str
    areas: tuple[str, ...] = ()
    systems: tuple[str, ...] = ()
    directed: str = ""  # "AB": A supplies or visits B; "BA": the other way


TEMPLATES: tuple[Template, ...] = (
    Template("{A} and {B} held defence talks in {city} on maritime security.", "DIALOGUE", "COMPLETED",
             ("MARITIME_SECURITY",)),
    Template("{A} and {B} are negotiating a framework on cyber defence.", "AGREEMENT", "DISCUSSION", ("CYBER",)),
    Template("The defence minister of {A} visited {B} to inspect the shipyards.", "VISIT", "COMPLETED",
             ("NAVAL_VESSELS",), directed="AB"),
    Template("{A} and {B} signed a reciprocal access agreement in {city}.", "AGREEMENT", "AGREED", ("LOGISTICS",)),
    Template("Troops from {A} and {B} will use each other's bases under the new accord.", "ACCESS", "PLANNED",
             ("LOGISTICS",)),
    Template("{A} will supply {system} to {B} under a contract signed this week.", "ARMS_TRANSFER", "AGREED",
             ("MISSILES",), ("BrahMos",), directed="AB"),
    Template("{A} delivered the first {system} to {B}.", "ARMS_TRANSFER", "COMPLETED", ("LAND_SYSTEMS",),
             ("K2 tank",), directed="AB"),
    Template("{A} is considering buying {system} from {B}.", "ARMS_TRANSFER", "DISCUSSION",
             ("FIGHTER_AIRCRAFT",), ("Gripen E",), directed="BA"),
    Template("{A} and {B} will jointly develop a next-generation {system}.", "JOINT_DEVELOPMENT", "PLANNED",
             ("FIGHTER_AIRCRAFT", "PROPULSION"), ("GCAP fighter",)),
    Template("Engineers of {A} and {B} are studying the feasibility of a joint {system}.", "JOINT_DEVELOPMENT",
             "DISCUSSION", ("MISSILES",), ("long-range missile",)),
    Template("{A} and {B} began their annual naval exercise off {city}.", "EXERCISE", "ONGOING",
             ("NAVAL_VESSELS", "SUBMARINES")),
    Template("Air crews of {A} and {B} completed a joint drill over {city}.", "EXERCISE", "COMPLETED",
             ("MILITARY_AIRCRAFT", "INTEROPERABILITY")),
    Template("{A} will train officers of {B} in counter-drone tactics.", "PERSONNEL", "PLANNED",
             ("COUNTER_UAS", "UAV")),
    Template("{A} and {B} agreed to share satellite data on maritime traffic.", "INFO_SHARING", "AGREED",
             ("SPACE", "MARITIME_SECURITY")),
    Template("{A} and {B} want to deepen cooperation in quantum technology & AI.", "GENERAL", "PROPOSED",
             ("QUANTUM", "AI")),
    Template("{A} rejected the offer of {system} from {B} <and chose another bidder>.", "ARMS_TRANSFER", "REJECTED",
             ("AIR_MISSILE_DEFENSE",), ("Patriot battery",), directed="BA"),
    Template("{A} and {B} discussed disaster relief and peacekeeping in {city}.", "DIALOGUE", "COMPLETED",
             ("HADR", "PEACEKEEPING")),
)

#: Items that recur at successive stages: (supplier or first party, second party, system, type, stages, area).
LIFECYCLES: tuple[tuple[str, str, str, str, tuple[str, ...], str], ...] = (
    ("KOR", "POL", "K2 tank", "ARMS_TRANSFER", ("DISCUSSION", "AGREED", "ONGOING", "COMPLETED"), "LAND_SYSTEMS"),
    ("JPN", "GBR", "GCAP fighter", "JOINT_DEVELOPMENT", ("DISCUSSION", "AGREED", "ONGOING"), "FIGHTER_AIRCRAFT"),
    ("JPN", "USA", "hypersonic interceptor", "JOINT_DEVELOPMENT", ("PROPOSED", "PLANNED", "ONGOING"),
     "AIR_MISSILE_DEFENSE"),
    ("IND", "PHL", "BrahMos", "ARMS_TRANSFER", ("AGREED", "COMPLETED"), "MISSILES"),
)
LIFECYCLE_WORDS = {
    "PROPOSED": "{A} proposed to {B} a joint {system} programme.",
    "DISCUSSION": "{A} and {B} are in talks over the {system}.",
    "PLANNED": "{A} and {B} will start work on the {system} next year.",
    "AGREED": "{A} and {B} signed a contract for the {system}.",
    "ONGOING": "Work on the {system} for {B} by {A} is under way.",
    "COMPLETED": "{A} handed over the last {system} to {B}.",
}
ALLIANCES = ("NATO", "EU", "ASEAN")
CITIES = ["Tokyo", "Manila", "Warsaw", "Canberra", "Paris", "New Delhi", "Nairobi", "Brasilia", "Rome", "Hanoi"]
PARTNER_WEIGHTS = {"JPN": 6, "USA": 6, "IND": 4, "FRA": 4, "AUS": 3, "KOR": 3, "POL": 3, "GBR": 3}


@dataclass(slots=True)
class _Story:
    events: list[tuple[Template | None, str, str, str, str | None]]  # template, A, B, stage, system


def _weighted_codes(rng: random.Random) -> tuple[str, str]:
    codes = list(NAMES)
    weights = [PARTNER_WEIGHTS.get(c, 1) for c in codes]
    a = rng.choices(codes, weights)[0]
    b = a
    while b == a:
        b = rng.choices(codes, weights)[0]
    return (b, a) if a in ALLIANCES else (a, b)


def _mentions(text: str, codes: list[str]) -> list[Mention]:
    mentions: list[Mention] = []
    for code in codes:
        name = NAMES[code]
        folded = text.casefold()
        start = folded.find(name.casefold())
        while start >= 0:
            kind = "alliance" if code in ALLIANCES else "state"
            surface = text[start:start + len(name)]
            mentions.append(Mention(start, start + len(name), surface, f"{kind}:{code}", name, kind, code))
            start = folded.find(name.casefold(), start + len(name))
        if code in COMPANIES:
            company, entity_id = COMPANIES[code]
            start = text.find(company)
            if start >= 0:
                mentions.append(Mention(start, start + len(company), company, entity_id, company, "company", code))
    return sorted(mentions, key=lambda m: m.start)


def _sentence(template: Template | None, stage: str, a: str, b: str, system: str | None,
              rng: random.Random, etype: str) -> str:
    words = LIFECYCLE_WORDS[stage] if template is None else template.text
    sentence = words.format(A=NAMES[a], B=NAMES[b], city=rng.choice(CITIES), system=system or "equipment")
    sentence = sentence[0].upper() + sentence[1:]
    if etype == "ARMS_TRANSFER" and a in COMPANIES and rng.random() < 0.5:
        sentence += f" {COMPANIES[a][0]} leads the work."
    return sentence


def _document(story_no: int, outlet_no: int, published: date, sentences: list[str],
              rng: random.Random) -> tuple[Document, list[tuple[int, int]]]:
    parts = [f"Story {story_no}: defence news from {OUTLETS[outlet_no % len(OUTLETS)]}"]
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        parts.append(rng.choice(FILLER))
        offset = len("\n\n".join(parts)) + 2
        parts.append(sentence)
        spans.append((offset, offset + len(sentence)))
    parts.append(rng.choice(FILLER) + f" (ref {story_no}-{outlet_no})")
    text = "\n\n".join(parts)
    digest = hashlib.sha256(text.encode()).hexdigest()
    site = OUTLETS[outlet_no % len(OUTLETS)]
    url = f"https://{site}/news/{story_no}-{outlet_no}" if outlet_no % 3 != 2 else None
    doc = Document(source=url or f"corpus/{story_no:05d}_{outlet_no}.txt", raw_text=text, text=text,
                   content_hash=digest, title=parts[0], url=url, published=published, site=site)
    return doc, spans


def _story_events(rng: random.Random, story_no: int, lifecycle_step: dict[int, int]) -> _Story:
    if story_no % 7 == 3:  # a step of a recurring item
        index = (story_no // 7) % len(LIFECYCLES)
        a, b, system, _etype, stages, _area = LIFECYCLES[index]
        step = lifecycle_step.get(index, 0)
        lifecycle_step[index] = step + 1
        return _Story([(None, a, b, stages[step % len(stages)], system)])
    events: list[tuple[Template | None, str, str, str, str | None]] = []
    a, b = _weighted_codes(rng)
    for template in rng.sample(TEMPLATES, rng.choice((1, 1, 2, 3))):
        system = rng.choice(template.systems) if template.systems else None
        events.append((template, a, b, template.stage, system))
    return _Story(events)


def _stored_cameo(etype: str, stage: str, doc_id: str) -> str | None:
    """The CAMEO code the resolver would store; left empty for some events to test the fallback."""
    if int(doc_id[:2], 16) % 3 == 0:
        return None
    return load_lexicons().cameo_code(etype, stage)


def _event(template: Template | None, a: str, b: str, stage: str, system: str | None, doc: Document,
           span: tuple[int, int], when: str | None, confidence: float) -> Event:
    if template is None:
        lifecycle = next(item for item in LIFECYCLES if item[2] == system)
        etype, areas, directed = lifecycle[3], (lifecycle[5],), "AB" if lifecycle[3] == "ARMS_TRANSFER" else ""
    else:
        etype, areas, directed = template.type, template.areas, template.directed
    parties = [Party(NAMES[a], "alliance" if a in ALLIANCES else "state", a),
               Party(NAMES[b], "alliance" if b in ALLIANCES else "state", b)]
    return Event(
        type=etype, stage=stage, parties=parties,
        evidence=[Evidence(doc.doc_id, span[0], span[1], doc.text[span[0]:span[1]])],
        direction={"AB": (a, b), "BA": (b, a)}.get(directed), areas=list(areas),
        systems=[system] if system else [],
        date=when, date_text=when, confidence=confidence, cameo=_stored_cameo(etype, stage, doc.doc_id),
        trigger="signed",
    )


def generate(stories: int = 60, seed: int = 7, start: date = date(2019, 1, 1)) -> Iterator[ProcessedDocument]:
    """Yield the processed documents of ``stories`` synthetic stories (one to three outlets each)."""
    rng = random.Random(seed)
    lifecycle_step: dict[int, int] = {}
    for story_no in range(stories):
        published = start + timedelta(days=int(story_no * 2000 / max(stories, 1)) + rng.randint(0, 5))
        story = _story_events(rng, story_no, lifecycle_step)
        is_decoy = story_no % 11 == 5
        outlets = rng.choice((1, 1, 2, 3))
        story_id = f"s{story_no:06d}"
        when = None if story_no % 5 == 0 else published.isoformat()[: rng.choice((10, 10, 7, 4))]
        for outlet_no in range(outlets):
            sentences = [_sentence(t, st, a, b, sy, rng, (t.type if t else "ARMS_TRANSFER"))
                         for t, a, b, st, sy in story.events]
            if is_decoy:
                sentences = ["The city council approved a new bus line near the harbour."]
            doc, spans = _document(story_no, outlet_no, published + timedelta(days=outlet_no), sentences, rng)
            events = [] if is_decoy else [
                _event(t, a, b, st, sy, doc, span, when, round(0.55 + 0.4 * rng.random(), 3))
                for (t, a, b, st, sy), span in zip(story.events, spans, strict=True)
            ]
            codes = sorted({c for _, a, b, _, _ in story.events for c in (a, b)})
            yield ProcessedDocument(doc, [], _mentions(doc.text, codes), events,
                                    ClusterDecision(None, story_id, None))


def build_database(url: str, stories: int = 60, seed: int = 7, batch: int = 200) -> Store:
    """Create a database at ``url`` holding the synthetic corpus; return the open store."""
    store = Store(url)
    pending: list[ProcessedDocument] = []
    for item in generate(stories, seed):
        pending.append(item)
        if len(pending) >= batch:
            store.write_batch(pending)
            pending = []
    store.write_batch(pending)
    return store
