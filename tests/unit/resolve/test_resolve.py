"""Merging repeated events, dates, CAMEO codes and confidence."""

from __future__ import annotations

from datetime import date

from defcoop.records import Document, Event, Evidence, Party
from defcoop.stages.resolve import resolve_events

TEXT = (
    "Chile and Spain signed a defence cooperation agreement on Tuesday. "
    "The agreement was signed in Madrid by the two defence ministers. "
    "Spain donated patrol boats to Chile last month."
)


def document(published: date | None = date(2024, 5, 10)) -> Document:
    return Document(source="x.txt", raw_text=TEXT, text=TEXT, content_hash="cd" * 32, published=published)


def event(etype: str, stage: str, sentence: int, trigger: str, direction: tuple[str, str] | None = None) -> Event:
    starts = [0]
    for part in TEXT.split(". ")[:-1]:
        starts.append(starts[-1] + len(part) + 2)
    start = starts[sentence]
    end = TEXT.find(".", start) + 1
    return Event(
        type=etype,
        stage=stage,
        parties=[Party("Chile", "state", "CHL"), Party("Spain", "state", "ESP")],
        evidence=[Evidence("cdcdcdcdcdcdcdcd", start, end, TEXT[start:end])],
        direction=direction,
        areas=["NAVAL_VESSELS"] if etype == "ARMS_TRANSFER" else [],
        confidence=0.6,
        trigger=trigger,
        doc_ids=["cdcdcdcdcdcdcdcd"],
    )


def test_same_event_stated_twice_is_merged_with_both_evidence_spans() -> None:
    events = [
        event("AGREEMENT", "AGREED", 0, "defence cooperation agreement"),
        event("AGREEMENT", "AGREED", 1, "agreement"),
    ]
    merged = resolve_events(events, document())
    assert len(merged) == 1
    assert [e.start for e in merged[0].evidence] == [events[0].evidence[0].start, events[1].evidence[0].start]
    assert merged[0].confidence > 0.6


def test_different_stages_are_kept_apart() -> None:
    events = [event("AGREEMENT", "AGREED", 0, "agreement"), event("AGREEMENT", "PROPOSED", 1, "agreement")]
    assert len(resolve_events(events, document())) == 2


def test_inputs_are_not_changed() -> None:
    events = [event("AGREEMENT", "AGREED", 0, "agreement"), event("AGREEMENT", "AGREED", 1, "agreement")]
    resolve_events(events, document())
    assert len(events[0].evidence) == 1 and events[0].date is None


def test_dates_resolved_against_publication() -> None:
    merged = resolve_events([event("AGREEMENT", "AGREED", 0, "defence cooperation agreement")], document())
    assert merged[0].date == "2024-05-07"
    assert merged[0].date_text == "on Tuesday"


def test_relative_date_without_publication_keeps_the_words() -> None:
    merged = resolve_events([event("ARMS_TRANSFER", "COMPLETED", 2, "donated", ("ESP", "CHL"))], document(None))
    assert merged[0].date is None
    assert merged[0].date_text == "last month"


def test_cameo_codes_follow_type_stage_and_aid() -> None:
    events = [
        event("AGREEMENT", "AGREED", 0, "agreement"),
        event("AGREEMENT", "DISCUSSION", 1, "agreement"),
        event("ARMS_TRANSFER", "COMPLETED", 2, "donated", ("ESP", "CHL")),
    ]
    cameo = {(e.type, e.stage): e.cameo for e in resolve_events(events, document())}
    assert cameo[("AGREEMENT", "AGREED")] == "057"
    assert cameo[("AGREEMENT", "DISCUSSION")] == "036"
    assert cameo[("ARMS_TRANSFER", "COMPLETED")] == "072"


def test_confidence_stays_between_zero_and_one() -> None:
    strong = event("AGREEMENT", "AGREED", 0, "agreement")
    strong.confidence = 0.99
    repeats = [strong, event("AGREEMENT", "AGREED", 1, "agreement")]
    assert all(0.0 <= e.confidence <= 1.0 for e in resolve_events(repeats, document()))


def test_visit_dated_after_publication_is_planned() -> None:
    text = "The Chilean defence minister visits Madrid on August 20 for talks."
    doc = Document(source="v.txt", raw_text=text, text=text, content_hash="ef" * 32, published=date(2024, 8, 2))
    visit = Event(
        type="VISIT", stage="COMPLETED", parties=[Party("Chile", "state", "CHL"), Party("Spain", "state", "ESP")],
        evidence=[Evidence("efefefefefefefef", 0, len(text), text)], direction=("CHL", "ESP"), trigger="visits",
    )
    resolved = resolve_events([visit], doc)[0]
    assert resolved.date == "2024-08-20"
    assert resolved.stage == "PLANNED"


def test_undirected_transfer_joins_the_directed_one() -> None:
    directed = event("ARMS_TRANSFER", "COMPLETED", 2, "donated", ("ESP", "CHL"))
    undirected = event("ARMS_TRANSFER", "COMPLETED", 0, "deal")
    merged = resolve_events([directed, undirected], document())
    assert len(merged) == 1
    assert merged[0].direction == ("ESP", "CHL")
    assert len(merged[0].evidence) == 2


def _headlined(body_stage: str, headline_codes: tuple[str, str] = ("CHL", "PER")) -> list[Event]:
    text = "Chile and Peru hold joint naval drills\n\nThe navies of Chile and Peru began a joint exercise on Tuesday."
    doc = Document(source="h.txt", raw_text=text, text=text, content_hash="ef" * 32, published=date(2024, 5, 10))
    split = text.index("\n\n")

    def make(stage: str, start: int, end: int, codes: tuple[str, str]) -> Event:
        return Event(type="EXERCISE", stage=stage, parties=[Party(c, "state", c) for c in codes],
                     evidence=[Evidence("efefefefefefefef", start, end, text[start:end])], confidence=0.6,
                     trigger="drills", doc_ids=["efefefefefefefef"])

    events = [make("COMPLETED", 0, split, headline_codes), make(body_stage, split + 2, len(text), ("CHL", "PER"))]
    return resolve_events(events, doc)


def test_a_headline_event_the_body_states_joins_the_body_event() -> None:
    [merged] = _headlined("ONGOING")
    assert merged.stage == "ONGOING"
    assert len(merged.evidence) == 2


def test_a_headline_event_of_other_parties_stays_apart() -> None:
    assert len(_headlined("ONGOING", ("CHL", "ECU"))) == 2
