"""Tests of ``defcoop entities``: mention counts read back from a database."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner

from defcoop.cli.entities_cmd import entities
from defcoop.kb import load_knowledge_base
from defcoop.records import ClusterDecision, Document, ProcessedDocument
from defcoop.stages.recognize import Recognizer
from defcoop.stages.segment import segment
from defcoop.stages.store import Store

TEXTS = (
    "Ghana and Senegal agreed to patrol together. Ghana will send two boats.",
    "Ghanaian Defence Minister Kwame Asante visited Dakar.",
)


def _processed(text: str, recognizer: Recognizer) -> ProcessedDocument:
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(source=f"{digest[:6]}.txt", raw_text=text, text=text, content_hash=digest, title="t")
    sentences = segment(text)
    return ProcessedDocument(doc, sentences, recognizer.match(text, sentences), [], ClusterDecision(None, digest[:8]))


def _database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'e.db'}"
    recognizer = Recognizer.from_kb(load_knowledge_base())
    store = Store(url)
    try:
        store.write_batch([_processed(text, recognizer) for text in TEXTS])
    finally:
        store.close()
    return url


def test_lists_entities_with_counts(tmp_path: Path) -> None:
    url = _database(tmp_path)
    result = CliRunner().invoke(entities, ["--db", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    line = next(row for row in result.output.splitlines() if "state:GHA" in row)
    assert line.split("│")[-3].strip() == "3" and line.split("│")[-2].strip() == "2"
    assert "state:SEN" in result.output


def test_filters_by_kind_and_code(tmp_path: Path) -> None:
    url = _database(tmp_path)
    result = CliRunner().invoke(entities, ["--db", url, "--kind", "person"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Kwame Asante" in result.output and "state:GHA" not in result.output
    result = CliRunner().invoke(entities, ["--db", url, "--code", "sen"], env={"COLUMNS": "200"})
    assert "state:SEN" in result.output and "state:GHA" not in result.output
