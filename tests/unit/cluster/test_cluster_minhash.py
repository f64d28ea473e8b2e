"""MinHash signatures, LSH banding and the fingerprint format."""

from __future__ import annotations

from array import array

from defcoop.stages.clustering import fingerprint as fp
from defcoop.stages.clustering.minhash import (
    NUM_PERM,
    LshIndex,
    bands_for,
    estimated_jaccard,
    shingles,
    signature,
    signatures,
)

TEXT = ("Norway and Germany will jointly buy six submarines from a shipyard in Kiel, the two defence "
        "ministries said on Thursday, adding that crews would train together at a base in Bergen.")


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Navy, the NAVY!") == ["the navy the", "navy the navy"]
    assert shingles("Two words") == ["two words"]
    assert shingles("") == []


def test_signature_is_stable_and_sized() -> None:
    first = signature(TEXT)
    assert len(first) == NUM_PERM
    assert first == signature(TEXT.upper())
    assert signatures([TEXT, TEXT + " More."])[0] == first


def test_near_copy_is_similar_and_other_text_is_not() -> None:
    copy = TEXT.replace("Thursday", "Friday")
    other = "Egypt received the first batch of Rafale fighters from France at an air base near Cairo on Monday."
    assert estimated_jaccard(signature(TEXT), signature(copy)) >= 0.7
    assert estimated_jaccard(signature(TEXT), signature(other)) <= 0.1
    assert estimated_jaccard(array("I"), array("I")) == 0.0


def test_bands_give_high_candidate_probability_at_threshold() -> None:
    for threshold in (0.5, 0.8, 0.9):
        bands, rows = bands_for(threshold)
        assert bands * rows <= NUM_PERM
        assert 1 - (1 - threshold**rows) ** bands >= 0.98


def test_lsh_finds_copies_only_through_shared_buckets() -> None:
    bands, rows = bands_for(0.8)
    index = LshIndex(bands, rows)
    index.add(0, signature(TEXT))
    index.add(1, signature("Completely unrelated words about a football match in Lisbon last night."))
    assert index.candidates(signature(TEXT + " Officials confirmed.")) == {0}
    assert index.candidates(signature("Another story about a parade in Hanoi with many tanks.")) == set()


def test_fingerprint_round_trip_and_bad_bytes() -> None:
    print_ = fp.Fingerprint(signature(TEXT), array("I", [1, 2, 3, 2**32 - 1]))
    data = fp.encode(print_)
    assert len(data) == 14 + 4 * (NUM_PERM + 4)
    decoded = fp.decode(data)
    assert decoded == print_
    assert fp.decode(None) is None
    assert fp.decode(b"fp") is None
    assert fp.decode(data[:-1]) is None
    assert fp.decode(b"XYZ" + data[3:]) is None


def test_fingerprint_keeps_month_and_day_and_reads_version_one() -> None:
    print_ = fp.Fingerprint(signature(TEXT), array("I", [7]), fp.pack_month_day(7, 8))
    decoded = fp.decode(fp.encode(print_))
    assert decoded is not None and decoded.month_day == print_.month_day
    assert decoded.day_of_year == 31 + 28 + 31 + 30 + 31 + 30 + 8
    assert fp.Fingerprint(array("I"), array("I")).day_of_year == 0
    import struct

    body = array("I", [*print_.signature, 7]).tobytes()
    version_one = struct.pack("<3sBHH", b"DCF", 1, NUM_PERM, 1) + body
    old = fp.decode(version_one)
    assert old is not None and old.terms == array("I", [7]) and old.month_day == 0
