"""``defcoop export --format``: write one export format into a folder.

``jsonl`` writes the spec's ``documents.jsonl`` and ``events.jsonl``; every
other format writes one file (see :data:`FILE_NAMES`). All formats read the
same merged events with the same filters, so their counts agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from defcoop.db.models import DocumentRow
from defcoop.db.queries import EventFilter
from defcoop.errors import OutputError
from defcoop.outputs.dataset import AnalystEvent, iter_analyst_events, no_cyclic_gc, rows_of
from defcoop.outputs.jsonl import document_record, event_record

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "graphml", "gexf", "dyads", "cameo")

FILE_NAMES: dict[str, str] = {
    "csv": "events.csv", "parquet": "events.parquet", "graphml": "network.graphml", "gexf": "network.gexf",
    "dyads": "dyads.csv", "cameo": "events.cameo.tsv",
}

#: Formats that write evidence sentences (the others only count).
NEEDS_EVIDENCE = frozenset({"csv", "parquet", "cameo"})

_DOCUMENT_COLUMNS = (DocumentRow.doc_id, DocumentRow.source, DocumentRow.title, DocumentRow.published,
                     DocumentRow.story_id, DocumentRow.duplicate_of, DocumentRow.url, DocumentRow.site,
                     DocumentRow.language)


def _encoder() -> Callable[[object], str]:
    """``json.dumps(value, ensure_ascii=False)`` without building a new encoder for every line."""
    return json.JSONEncoder(ensure_ascii=False).encode


class _Document(NamedTuple):
    """The columns of a document that ``documents.jsonl`` shows, as :func:`document_record` reads them."""

    doc_id: str
    source: str
    title: str | None
    published: str | None
    story_id: str | None
    duplicate_of: str | None
    url: str | None
    site: str | None
    language: str


def _document_lines(session: Session) -> Iterator[str]:
    query = select(*_DOCUMENT_COLUMNS).order_by(DocumentRow.ingested_at, DocumentRow.doc_id)
    encode = _encoder()
    for row in rows_of(session, query):
        yield encode(document_record(_Document(*row))) + "\n"


def write_jsonl_fast(session: Session, out_dir: Path, filters: EventFilter | None = None) -> dict[str, int]:
    """The same files as :func:`defcoop.outputs.jsonl.write_jsonl`, read with set-based queries."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        documents = 0
        with (out_dir / "documents.jsonl").open("w", encoding="utf-8") as handle:
            for line in _document_lines(session):
                handle.write(line)
                documents += 1
        events = 0
        with (out_dir / "events.jsonl").open("w", encoding="utf-8") as handle:
            encode = _encoder()
            for item in iter_analyst_events(session, filters):
                handle.write(encode(event_record(item.event, item.event_id)) + "\n")
                events += 1
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the export ({exc.strerror or exc})") from None
    return {"documents.jsonl": documents, "events.jsonl": events}


Writer = Callable[[Iterable[AnalystEvent], Path], int]


def writer(fmt: str) -> Writer:
    """The function that writes ``fmt`` (imported on demand: pyarrow and networkx load slowly)."""
    if fmt == "csv":
        from defcoop.outputs.csv_export import write_csv
        return write_csv
    if fmt == "parquet":
        from defcoop.outputs.parquet_export import write_parquet
        return write_parquet
    if fmt in ("graphml", "gexf"):
        from defcoop.outputs.network import write_gexf, write_graphml
        return write_graphml if fmt == "graphml" else write_gexf
    if fmt == "dyads":
        from defcoop.outputs.dyads import write_dyads
        return write_dyads
    from defcoop.outputs.cameo import write_cameo
    return write_cameo


def export(session: Session, fmt: str, out_dir: Path, filters: EventFilter | None = None) -> dict[str, int]:
    """Write the export ``fmt`` into ``out_dir``; return ``{file name: rows}`` (edges for networks)."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    # The rows read for the export are about a million small acyclic objects: with the collector on,
    # its first pass after reading rescans them all (0.2-0.4 s of a 100,000-event export), for nothing.
    with no_cyclic_gc():
        return _export(session, fmt, out_dir, filters)


def _export(session: Session, fmt: str, out_dir: Path, filters: EventFilter | None) -> dict[str, int]:
    if fmt == "jsonl":
        return write_jsonl_fast(session, out_dir, filters)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / FILE_NAMES[fmt]
        events = iter_analyst_events(session, filters, with_evidence=fmt in NEEDS_EVIDENCE)
        count = writer(fmt)(events, path)  # each writer streams: one merged event at a time
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the {fmt} export ({exc.strerror or exc})") from None
    return {FILE_NAMES[fmt]: count}
