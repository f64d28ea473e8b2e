"""The Datasette metadata file shipped with defcoop (titles, descriptions and
facets for the tables and the analyst views of migration ``0002``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from defcoop.errors import OutputError

METADATA_FILE = "datasette_metadata.yml"
DEFAULT_DATABASE = "defcoop"
_DATABASE_LINE = f"  {DEFAULT_DATABASE}:  # database name"


def metadata_path() -> Path:
    """The path of the packaged metadata file."""
    return Path(str(resources.files("defcoop.outputs") / METADATA_FILE))


def metadata_text(database: str = DEFAULT_DATABASE) -> str:
    """The metadata, for a database whose file stem is ``database`` (Datasette names databases so)."""
    text = metadata_path().read_text(encoding="utf-8")
    if database == DEFAULT_DATABASE:
        return text
    if not database.replace("_", "").replace("-", "").isalnum():
        raise OutputError(f"database name {database!r}: use the file name of the database without .db")
    return text.replace(_DATABASE_LINE, f"  {database}:", 1)


def write_metadata(out: Path, database: str = DEFAULT_DATABASE) -> None:
    """Write the metadata for ``database`` to ``out``."""
    try:
        out.write_text(metadata_text(database), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the metadata ({exc.strerror or exc})") from None
