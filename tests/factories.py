"""Builders of synthetic records for tests that need a populated database."""

from __future__ import annotations

import hashlib

from defcoop.records import ClusterDecision, Document, Event, Evidence, Mention, Party, ProcessedDocument


def make_processed(text: str, codes: tuple[str, str] = ("EGY", "FRA"), etype: str = "ARMS_TRANSFER",
                   date: str | None = "2021-05-04") -> ProcessedDocument:
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(source=f"{digest[:6]}.txt", raw_text=text, text=text, content_hash=digest, title="t")
    mention = Mention(0, 5, text[:5], f"state:{codes[0]}", codes[0], "state", codes[0])
    event = Event(
        type=etype, stage="AGREED",
        parties=[Party(codes[0], "state", codes[0]), Party(codes[1], "state", codes[1])],
        evidence=[Evidence(doc.doc_id, 0, len(text), text)],
        direction=(codes[1], codes[0]) if etype == "ARMS_TRANSFER" else None,
        areas=["FIGHTER_AIRCRAFT"], systems=["Rafale"], date=date, confidence=0.8, cameo="062",
    )
    return ProcessedDocument(doc, [], [mention], [event], ClusterDecision(None, "s1", b"fp"))
