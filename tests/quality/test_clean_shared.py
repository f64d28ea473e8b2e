"""Cleaning the shared real articles loses no content sentence and removes the known furniture.

The articles are read from ../shared (never copied here); furniture is recognized
by patterns, not by quoting the pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from defcoop.records import RawDocument
from defcoop.stages.clean import clean

pytestmark = pytest.mark.shared

SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
DATE_MARKER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?\"'\u201d\u2019)])\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")

#: Patterns of page furniture seen in the shared articles (and on many other sites).
FURNITURE = [
    re.compile(p)
    for p in (
        r"^(?:Separator|img)$", r"^Also Read:", r"[Cc]ookies", r"^More In \w+$", r"^Non paywall source:",
        r"^Leave a Reply$", r"^Notify of$", r"^\w+\.com$", r"is the [\w ]+ correspondent for",
        r"^\W*(?:English|Arabic)$", r"Photo: ", r"\[[^\]]*/Reuters\]$", r"Cover image via",
        r"^Current Issue$", r"[\u0400-\u04ff]{4}", r"^Reuters$", r"\. PPA Pool$",
    )
]


def shared_articles(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "eval").glob("*/*.txt"))


def content_sentences(raw: str) -> list[str]:
    """Sentences of every line of at least 12 words that ends like a sentence (furniture aside)."""
    sentences: list[str] = []
    for line in raw.splitlines():
        line = DATE_MARKER.sub("", line).strip()
        if any(p.search(line) for p in FURNITURE):
            continue
        if len(line.split()) >= 12 and SENTENCE_END.search(line):
            sentences.extend(s.strip() for s in SENTENCE_SPLIT.split(line) if s.strip())
    return sentences


def test_there_are_twenty_shared_articles(shared_dir: Path) -> None:
    assert len(shared_articles(shared_dir)) == 20


def test_no_content_sentence_is_lost(shared_dir: Path) -> None:
    lost: list[str] = []
    checked = 0
    for path in shared_articles(shared_dir):
        doc = clean(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))
        cleaned = " ".join(doc.text.split())  # the cleaner unifies spaces (no-break spaces, runs of blanks)
        for sentence in content_sentences(path.read_text(encoding="utf-8")):
            checked += 1
            if " ".join(sentence.split()) not in cleaned:
                lost.append(f"{path.name}: {sentence[:80]}")
    assert checked > 150
    assert lost == []


def test_known_furniture_is_removed(shared_dir: Path) -> None:
    kept: list[str] = []
    found = 0
    for path in shared_articles(shared_dir):
        doc = clean(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))
        text_lines = set(doc.text.split("\n\n"))
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and any(p.search(line) for p in FURNITURE):
                found += 1
                if line in text_lines:
                    kept.append(f"{path.name}: {line[:80]}")
    assert found >= 25
    assert kept == []


def test_captions_are_kept_as_metadata(shared_dir: Path) -> None:
    with_captions = 0
    for path in shared_articles(shared_dir):
        doc = clean(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))
        with_captions += bool(doc.captions)
        assert len(doc.captions) == len(set(doc.captions))
    assert with_captions >= 4


def test_every_shared_article_is_english_and_the_foreign_headline_is_skipped(shared_dir: Path) -> None:
    skipped = 0
    for path in shared_articles(shared_dir):
        doc = clean(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))
        assert doc.language == "en", path.name
        skipped += doc.skipped_lines
    assert skipped == 1
