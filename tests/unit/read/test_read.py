"""The read stage: formats, encodings, folders and bad inputs."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from defcoop.records import RawDocument, ReadFailure
from defcoop.stages.read import decode_bytes, read_inputs


def _read(*paths: Path | str) -> list[RawDocument | ReadFailure]:
    return list(read_inputs([str(p) for p in paths]))


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Chile and Peru held naval talks.", encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == "Chile and Peru held naval talks."
    assert doc.source == str(path)


def test_utf16_with_bom_and_cp1252(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Kenya’s navy – drills".encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes("Vietnam\x92s navy \x96 drills".encode("latin-1"))
    docs = _read(tmp_path)
    texts = sorted(d.text or "" for d in docs if isinstance(d, RawDocument))
    assert texts == ["Kenya’s navy – drills", "Vietnam’s navy – drills"]


def test_invalid_utf8_never_crashes() -> None:
    text = decode_bytes(b"Ghana \xff\xfe\x81 army", "x.txt")
    assert text.startswith("Ghana")


def test_binary_file_is_refused_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    [failure] = _read(path)
    assert isinstance(failure, ReadFailure)
    assert "binary" in failure.message and failure.source == str(path)


def test_empty_file_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    empty, missing = _read(tmp_path / "empty.txt", tmp_path / "nope.txt")
    assert isinstance(empty, ReadFailure) and "empty" in empty.message
    assert isinstance(missing, ReadFailure) and "no such file" in missing.message


def test_jsonl_bad_line_is_reported_and_others_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": "Oman and India held a naval exercise.", "url": "https://example.org/a",
                    "title": "Drills", "published": "2023-05-02"}),
        "{not json",
        json.dumps({"html": "<p>Egypt buys Rafale jets.</p>"}),
        json.dumps({"title": "no body"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [d.url for d in docs] == ["https://example.org/a", None]
    assert docs[0].published == "2023-05-02" and docs[1].html is not None
    assert [f.source for f in failures] == [f"{path}:2", f"{path}:4"]
    assert "line 2 is not JSON" in failures[0].message


def test_folder_is_walked_recursively_and_unknown_types_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.md").write_text("Norway and Finland talk.")
    (tmp_path / "a.html").write_text("<html><body><p>Spain and Morocco.</p></body></html>")
    (tmp_path / "notes.csv").write_text("x,y")
    docs = _read(tmp_path)
    assert [Path(d.source).name for d in docs] == ["a.html", "b.md"]
    assert docs[0].html is not None  # type: ignore[union-attr]


def test_explicit_unknown_type_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("a,b")
    [failure] = _read(path)
    assert isinstance(failure, ReadFailure) and "unsupported file type" in failure.message


def _warc_bytes(records: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes([
        ("https://news.example/a", "text/html; charset=utf-8", b"<html><body><p>Qatar and Turkey.</p></body></html>"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
    ]))
    docs = _read(path)
    assert len(docs) == 1
    doc = docs[0]
    assert isinstance(doc, RawDocument) and doc.url == "https://news.example/a" and "Qatar" in (doc.html or "")


def test_corrupt_warc_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc file at all"))
    items = _read(path)
    assert items and all(isinstance(i, ReadFailure) for i in items)
