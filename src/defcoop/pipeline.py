"""The one place where the stages are composed.

    read -> clean -> segment -> recognize -> extract -> resolve -> cluster -> store

:class:`Pipeline` holds the loaded components (knowledge base, recognizer,
extractor) and processes one document at a time; :func:`ingest` streams inputs
through it in batches, writing each batch in one transaction so that memory
stays flat and an interrupted run leaves the database consistent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from defcoop.config import Settings
from defcoop.kb import KnowledgeBase, load_knowledge_base
from defcoop.lexicons import Lexicons, load_lexicons
from defcoop.lexicons.loader import header_table
from defcoop.records import Document, ProcessedDocument, RawDocument, ReadFailure
from defcoop.stages.clean import clean
from defcoop.stages.cleaning.boilerplate import BoilerplateData, load_boilerplate
from defcoop.stages.cluster import ClusterIndex
from defcoop.stages.extract import Extractor
from defcoop.stages.read import ReadOptions, read_inputs
from defcoop.stages.recognize import Recognizer
from defcoop.stages.resolve import resolve_events
from defcoop.stages.segment import segment
from defcoop.stages.store import Store


@dataclass(slots=True)
class Pipeline:
    """The loaded, reusable components of the pipeline."""

    kb: KnowledgeBase
    lexicons: Lexicons
    recognizer: Recognizer
    extractor: Extractor
    boilerplate: BoilerplateData

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        """Load the knowledge base, lexicons and boilerplate rules (package data plus user files).

        A user file is routed by its header: ``# kind: ...`` files extend the
        knowledge base, ``# table: boilerplate`` files the cleaning rules, and
        other ``# table: ...`` files the extraction lexicons.
        """
        kb = load_knowledge_base(settings.lexicons)
        lexicons = load_lexicons(settings.lexicons)
        return cls(
            kb=kb,
            lexicons=lexicons,
            recognizer=Recognizer.from_kb(kb),
            extractor=Extractor(kb, lexicons),
            boilerplate=load_boilerplate(_boilerplate_files(settings.lexicons)),
        )

    def clean(self, raw: RawDocument) -> Document:
        """Clean one raw document with the loaded boilerplate rules."""
        return clean(raw, self.boilerplate)

    def analyze(self, document: Document) -> ProcessedDocument:
        """Segment, recognize, extract and resolve one cleaned document."""
        sentences = segment(document.text)
        mentions = self.recognizer.match(document.text, sentences)
        if document.language != "en":
            return ProcessedDocument(document, sentences, mentions, [])
        events = self.extractor.extract(document, sentences, mentions)
        events = resolve_events(events, document)
        return ProcessedDocument(document, sentences, mentions, events)

    def process(self, raw: RawDocument) -> ProcessedDocument:
        """Clean and analyze one raw document."""
        return self.analyze(self.clean(raw))

    def process_text(self, text: str, source: str = "<text>", published: str | None = None) -> ProcessedDocument:
        """Convenience for library users: process a plain-text article."""
        return self.process(RawDocument(source=source, text=text, published=published))


def _boilerplate_files(paths: Iterable[str]) -> list[Path]:
    """The user files whose header says ``# table: boilerplate``."""
    found = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as handle:
                head = [line for _, line in zip(range(20), handle, strict=False)]
            if header_table([line.rstrip("\n") for line in head]) == "boilerplate":
                found.append(path)
    return found


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    new: int = 0
    already_stored: int = 0
    failed: int = 0
    events: int = 0
    non_english: int = 0
    no_text: int = 0  # nothing left after cleaning: only page furniture (cookie notices, menus, share prompts)
    duplicates: int = 0
    failures: list[ReadFailure] = field(default_factory=list)


ProgressCallback = Callable[[str], None]


def _batches(items: Iterable[RawDocument | ReadFailure], size: int) -> Iterator[list[RawDocument | ReadFailure]]:
    batch: list[RawDocument | ReadFailure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    settings: Settings,
    on_item: ProgressCallback | None = None,
) -> IngestReport:
    """Read, process and store every document under ``paths``.

    Each batch of ``settings.batch_size`` inputs is written in one transaction.
    Documents already stored (same content from the same origin) are skipped,
    so a re-run after an interruption completes the rest.
    """
    report = IngestReport()
    index = ClusterIndex.from_stored(store.cluster_summaries(), settings)
    for batch in _batches(read_inputs(paths, ReadOptions()), settings.batch_size):
        processed: list[ProcessedDocument] = []
        seen_in_batch: set[str] = set()
        for item in batch:
            if on_item is not None:
                on_item(item.source)
            if isinstance(item, ReadFailure):
                report.failed += 1
                report.failures.append(item)
                continue
            document = pipeline.clean(item)
            doc_id = document.doc_id
            if doc_id in seen_in_batch or store.has_document(doc_id):
                report.already_stored += 1
                continue
            seen_in_batch.add(doc_id)
            result = pipeline.analyze(document)
            result.cluster = index.assign(result.document, result.events)
            index.add(result.document, result.events, result.cluster)
            processed.append(result)
            report.new += 1
            report.events += len(result.events)
            empty = not document.text.strip()
            report.no_text += empty
            report.non_english += document.language != "en" and not empty
            report.duplicates += result.cluster.duplicate_of is not None
        store.write_batch(processed)
    return report
