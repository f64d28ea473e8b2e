"""Read stage: turn paths (files, folders, ``-``) into raw documents.

Formats by extension: ``.txt``/``.md``/``.text`` (plain text), ``.html``/``.htm``,
``.jsonl``/``.ndjson`` (one article per line with ``text`` or ``html`` and optional
``url``, ``title``, ``published``, ``source``), ``.warc``/``.warc.gz`` (HTML
responses), ``.rss``/``.atom``/``.xml`` (RSS or Atom feeds: one article per item,
see :mod:`defcoop.stages.reading.feeds`). Text is decoded as UTF-8, UTF-16 with a BOM, or cp1252; binary files
are refused with a message. Nothing here raises for a bad input: each problem is
yielded as a :class:`ReadFailure` so the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from defcoop.errors import DecodeError, InputError
from defcoop.records import RawDocument, ReadFailure
from defcoop.stages.reading.feeds import looks_like_feed, records_from_feed

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED = ".txt .md .html .htm .jsonl .warc .warc.gz .rss .atom .xml"

_BINARY_SIGNATURES = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"SQLite format",
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read."""

    max_article_bytes: int = 10 * 1024 * 1024
    max_feed_bytes: int = 100 * 1024 * 1024
    stdin_name: str = "<stdin>"


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-8, UTF-16 (with BOM) or cp1252; refuse binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(source, f"invalid UTF-16 text ({exc.reason})") from None
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:4096]:
        raise DecodeError(source, "binary data, not text (is it an image, archive or PDF?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, Path | None] | ReadFailure]:
    """Yield ``(name, path)`` for every input file; folders are walked recursively.

    ``-`` yields ``("-", None)`` for standard input. Missing paths and files of
    unknown type given explicitly are yielded as failures; inside folders,
    files of unknown type are skipped silently.
    """
    for name in paths:
        if name == "-":
            yield (name, None)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind_of(child) is not None and not child.name.startswith("."):
                    yield (str(child), child)
        elif path.is_file():
            yield (name, path)
        elif path.exists():
            yield ReadFailure(name, "not a regular file or folder")
        else:
            yield ReadFailure(name, "no such file or folder")


def _records_from_jsonl(source: str, lines: Iterable[bytes]) -> Iterator[RawDocument | ReadFailure]:
    """Parse a JSON Lines stream line by line (memory stays flat for large dumps)."""
    for number, raw_line in enumerate(lines, 1):
        if not raw_line.strip():
            continue
        where = f"{source}#{number}"
        try:
            line = decode_bytes(raw_line, where)
            record = json.loads(line)
        except DecodeError as exc:
            yield ReadFailure(f"{source}:{number}", f"line {number}: {exc.problem}")
            continue
        except json.JSONDecodeError as exc:
            yield ReadFailure(f"{source}:{number}", f"line {number} is not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(f"{source}:{number}", f"line {number} is not a JSON object")
            continue
        body_text, body_html = record.get("text"), record.get("html")
        if not isinstance(body_text, str) and not isinstance(body_html, str):
            yield ReadFailure(f"{source}:{number}", f"line {number} has neither a 'text' nor an 'html' string")
            continue
        yield RawDocument(
            source=str(record.get("source") or where),
            text=body_text if isinstance(body_text, str) else None,
            html=body_html if not isinstance(body_text, str) else None,
            url=_opt_str(record.get("url")),
            title=_opt_str(record.get("title")),
            published=_opt_str(record.get("published")),
            site=_opt_str(record.get("site")),
            fmt="jsonl",
        )


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _records_from_warc(source: str, stream: BinaryIO) -> Iterator[RawDocument | ReadFailure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = records = 0
    try:
        for record in ArchiveIterator(stream):
            records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            count += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            try:
                html = decode_bytes(payload, f"{source}#{count}")
            except DecodeError as exc:
                yield ReadFailure(exc.source, exc.problem)
                continue
            yield RawDocument(
                source=url or f"{source}#{count}",
                html=html,
                url=url,
                published=_warc_date(record.rec_headers.get_header("WARC-Date")),
                fmt="warc",
            )
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield ReadFailure(source, f"not a readable WARC archive ({exc})")
        return
    if records == 0:
        yield ReadFailure(source, "no WARC records found (is it a WARC file?)")
    elif count == 0:
        yield ReadFailure(source, f"none of its {records} WARC records is an HTML response")


def _warc_date(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def _read_article_bytes(path: Path, options: ReadOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_article_bytes:
        raise InputError(str(path), f"file is {size / (1024 * 1024):.0f} MB, too large for one article "
                         f"(limit {options.max_article_bytes // (1024 * 1024)} MB); split it into articles "
                         "or give it as a .jsonl file with one article per line")
    return path.read_bytes()


def read_file(name: str, path: Path | None, options: ReadOptions) -> Iterator[RawDocument | ReadFailure]:
    """Yield the raw documents stored in one input file (or stdin for ``path=None``)."""
    kind = "text" if path is None else _kind_of(path)
    source = options.stdin_name if path is None else name
    if kind is None:
        assert path is not None
        yield ReadFailure(name, f"unsupported file type {path.suffix or '(no extension)'!r}; "
                          f"supported: {SUPPORTED}")
        return
    try:
        if kind in ("warc", "jsonl") and path is not None:
            with path.open("rb") as stream:
                if kind == "warc":
                    yield from _records_from_warc(source, stream)
                else:
                    yield from _records_from_jsonl(source, stream)
            return
        if kind == "feed" and path is not None:
            yield from _records_from_feed_file(source, path, options)
            return
        data = sys.stdin.buffer.read() if path is None else _read_article_bytes(path, options)
        if not data.strip():
            yield ReadFailure(source, "empty input (no text to read)")
            return
        text = decode_bytes(data, source)
    except InputError as exc:
        yield ReadFailure(exc.source, exc.problem)
        return
    except OSError as exc:
        yield ReadFailure(source, f"cannot be read ({exc.strerror or exc})")
        return
    if kind == "html":
        yield RawDocument(source=source, html=text, fmt="html")
    else:
        yield RawDocument(source=source, text=text, fmt="text")


def _records_from_feed_file(source: str, path: Path, options: ReadOptions) -> Iterator[RawDocument | ReadFailure]:
    size = path.stat().st_size
    if size > options.max_feed_bytes:
        raise InputError(source, f"feed file is {size / (1024 * 1024):.0f} MB, over the "
                         f"{options.max_feed_bytes // (1024 * 1024)} MB limit for one feed; split it")
    data = path.read_bytes()
    if not data.strip():
        yield ReadFailure(source, "empty input (no text to read)")
    elif not looks_like_feed(data):
        yield ReadFailure(source, "XML file that is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
    else:
        yield from records_from_feed(source, data)


def read_inputs(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[RawDocument | ReadFailure]:
    """Yield every raw document (or failure) found under ``paths``, lazily."""
    opts = options or ReadOptions()
    for item in expand_paths(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        name, path = item
        yield from read_file(name, path, opts)
