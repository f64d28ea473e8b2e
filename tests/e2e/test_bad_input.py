"""Bad input through the CLI: one clear line naming the input and the problem,
no traceback, and the rest of the batch stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import run_cli

GOOD = (
    "Chile and Argentina hold joint naval exercise\n\n"
    "The navies of Chile and Argentina began a joint naval exercise off Valparaiso on Monday, "
    "the Chilean defence ministry said.\n"
)


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _documents(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from documents").fetchone()[0])


def _ingest(tmp_path: Path, *paths: Path | str) -> tuple[int, str, str, Path]:
    db = tmp_path / "x.db"
    result = run_cli("ingest", *map(str, paths), "--db", f"sqlite:///{db}", "--quiet")
    assert "Traceback" not in result.stderr + result.stdout
    return result.returncode, result.stdout, result.stderr, db


def _failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("defcoop: failed:")]


def test_empty_file(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "empty.txt").write_text("")
    code, out, err, db = _ingest(tmp_path, folder)
    [line] = _failure_lines(err)
    assert "empty.txt" in line and "empty input" in line
    assert code == 1 and _documents(db) == 1 and "1 new" in out


def test_binary_file_renamed_txt(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, _, err, db = _ingest(tmp_path, folder)
    [line] = _failure_lines(err)
    assert "photo.txt" in line and "binary data" in line
    assert code == 1 and _documents(db) == 1


def test_fifty_megabyte_text_file(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    sentence = "The parliament debated the budget for roads and schools again today. "
    with (folder / "huge.txt").open("w") as handle:
        for _ in range(50 * 1024 * 1024 // len(sentence) + 1):
            handle.write(sentence)
    code, _, err, db = _ingest(tmp_path, folder)
    [line] = _failure_lines(err)
    assert "huge.txt" in line and "too large for one article" in line
    assert code == 1 and _documents(db) == 1


def test_invalid_utf8_is_read_not_crashed(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "latin.txt").write_bytes(GOOD.replace("Chile", "Perú").encode("utf-8")[:-20] + b"\xff\xfe\xc3(")
    code, out, err, db = _ingest(tmp_path, folder)
    assert code == 0 and _failure_lines(err) == []
    assert _documents(db) == 2 and "2 new" in out


def test_malformed_html(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "broken.html").write_text("<html><body><div><p>Kenya and Tanzania <b>signed a defence pact"
                                        "<table><tr><td>unclosed</div></p></body>")
    code, _, err, db = _ingest(tmp_path, folder)
    assert "Traceback" not in err
    assert code in (0, 1) and _documents(db) >= 1


def test_jsonl_with_one_bad_line(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    lines = [json.dumps({"text": GOOD.replace("Chile", "Peru"), "url": "https://example.org/1"}),
             "{this is not json",
             json.dumps({"text": GOOD.replace("Argentina", "Ecuador"), "url": "https://example.org/3"})]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n")
    code, _, err, db = _ingest(tmp_path, folder)
    [line] = _failure_lines(err)
    assert "dump.jsonl:2" in line and "line 2 is not JSON" in line
    assert code == 1 and _documents(db) == 3


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    code, _, err, db = _ingest(tmp_path, folder, tmp_path / "missing-folder")
    [line] = _failure_lines(err)
    assert "missing-folder" in line and "no such file or folder" in line
    assert code == 1 and _documents(db) == 1


@pytest.mark.parametrize("url, words", [
    ("sqlite:////no/such/folder/x.db", "does not exist"),
    ("postgresql://nobody@127.0.0.1:1/nothing", "cannot be opened"),
    ("nonsense", "not a valid SQLAlchemy URL"),
])
def test_database_url_that_cannot_be_opened(tmp_path: Path, url: str, words: str) -> None:
    folder = _batch(tmp_path)
    result = run_cli("ingest", str(folder), "--db", url, "--quiet")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("defcoop: error:") and words in lines[0]
    assert "Traceback" not in result.stderr


def test_a_page_of_only_furniture_is_reported_as_such_not_as_foreign(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    (folder / "furniture.txt").write_text(
        "We use cookies to improve your experience. Accept all cookies\nSubscribe to our newsletter\n"
        "Share this article\nFollow us on Twitter\nAll rights reserved.\n",
        encoding="utf-8",
    )
    code, out, _err, db = _ingest(tmp_path, folder)
    assert code == 0
    assert "1 with no article text left after cleaning" in " ".join(out.split())
    assert "not in English" not in out
    assert _documents(db) == 2
