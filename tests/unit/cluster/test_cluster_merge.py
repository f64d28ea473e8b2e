"""merge_story_events: one event per story and key, every outlet's evidence, corroboration."""

from __future__ import annotations

from defcoop.records import Event, Evidence, Party
from defcoop.stages.cluster import merge_story_events
from defcoop.stages.clustering.merge import corroborated_confidence


def make(doc_id: str, etype: str = "ARMS_TRANSFER", stage: str = "AGREED", areas: tuple[str, ...] = ("LAND_SYSTEMS",),
         codes: tuple[str, str] = ("KOR", "POL"), confidence: float = 0.6, date: str | None = None,
         systems: tuple[str, ...] = ("K2",)) -> Event:
    return Event(
        type=etype, stage=stage, parties=[Party(c, "state", c) for c in codes],
        evidence=[Evidence(doc_id, 10, 40, f"evidence in {doc_id}")],
        direction=(codes[0], codes[1]) if etype == "ARMS_TRANSFER" else None,
        areas=list(areas), systems=list(systems), date=date, confidence=confidence, doc_ids=[doc_id],
    )


def test_same_event_in_one_story_merges_with_all_documents_and_evidence() -> None:
    events = [make("d1", date="2025"), make("d2", date="2025-08-01", systems=("K2", "K2PL")), make("d3")]
    merged = merge_story_events(events, {"d1": "s1", "d2": "s1", "d3": "s1"})
    assert len(merged) == 1
    event = merged[0]
    assert event.doc_ids == ["d1", "d2", "d3"]
    assert [e.doc_id for e in event.evidence] == ["d1", "d2", "d3"]
    assert event.systems == ["K2", "K2PL"]
    assert event.date == "2025-08-01"
    assert event.confidence > 0.6


def test_different_stories_stay_apart() -> None:
    merged = merge_story_events([make("d1"), make("d2")], {"d1": "s1", "d2": "s2"})
    assert len(merged) == 2
    assert [e.doc_ids for e in merged] == [["d1"], ["d2"]]


def test_documents_without_story_are_their_own_story() -> None:
    assert len(merge_story_events([make("d1"), make("d2")], {})) == 2


def test_stage_or_area_differences_keep_events_apart() -> None:
    events = [make("d1"), make("d2", stage="PLANNED"), make("d3", areas=("LAND_SYSTEMS", "LOGISTICS"))]
    merged = merge_story_events(events, dict.fromkeys(("d1", "d2", "d3"), "s1"))
    assert len(merged) == 3
    assert all(len(e.doc_ids) == 1 for e in merged)


def test_type_direction_and_codes_must_match() -> None:
    events = [make("d1"), make("d2", codes=("POL", "KOR")), make("d3", etype="JOINT_DEVELOPMENT")]
    merged = merge_story_events(events, dict.fromkeys(("d1", "d2", "d3"), "s1"))
    assert len(merged) == 3


def test_area_order_does_not_matter() -> None:
    events = [make("d1", areas=("A", "B")), make("d2", areas=("B", "A"))]
    assert len(merge_story_events(events, {"d1": "s", "d2": "s"})) == 1


def test_copies_on_one_site_count_as_one_outlet() -> None:
    events = [make("d1"), make("d2")]
    story = {"d1": "s", "d2": "s"}
    one_site = merge_story_events(events, story, {"d1": "example.com", "d2": "example.com"})[0]
    two_sites = merge_story_events(events, story, {"d1": "example.com", "d2": "other.org"})[0]
    assert one_site.confidence == 0.6
    assert two_sites.confidence > 0.6
    assert one_site.doc_ids == ["d1", "d2"]


def test_inputs_are_not_changed() -> None:
    events = [make("d1"), make("d2")]
    merge_story_events(events, {"d1": "s", "d2": "s"})
    assert events[0].doc_ids == ["d1"] and len(events[0].evidence) == 1


def test_corroborated_confidence_grows_and_stays_below_one() -> None:
    assert corroborated_confidence(0.5, 1) == 0.5
    values = [corroborated_confidence(0.5, n) for n in range(1, 30)]
    assert values == sorted(values)
    assert values[-1] <= 0.99


def test_merge_group_equals_merging_the_story() -> None:
    from defcoop.stages.clustering.merge import merge_group

    events = [make("d1", date="2025"), make("d2", date="2025-08-01", systems=("K2", "K2PL")), make("d1")]
    story = dict.fromkeys(("d1", "d2"), "s1")
    sites = {"d1": "a.example", "d2": "b.example"}
    assert merge_group(events, sites) == merge_story_events(events, story, sites)[0]
    assert merge_group(events, sites).doc_ids == ["d1", "d2"]


def test_a_lone_event_comes_back_as_a_copy() -> None:
    from defcoop.stages.clustering.merge import merge_group

    event = make("d1")
    event.doc_ids = []
    copy = merge_group([event])
    assert copy == merge_story_events([event], {})[0]
    assert copy is not event and copy.doc_ids == ["d1"] and event.doc_ids == []
    copy.evidence.append(copy.evidence[0])
    assert len(event.evidence) == 1
