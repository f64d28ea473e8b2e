"""Reading and validating lexicon tables (tab-separated files with a comment header).

Every lexicon file looks like::

    # holds: what the rows are
    # sources: where they come from
    # table: triggers            (required for user files; package files use their stem)
    phrase	type	stage	strength	flags
    joint exercise	EXERCISE		0.9	joint

Blank lines and lines starting with ``#`` are ignored; the first other line is the
column-name line and must equal the table's columns. Cells holding lists use ``|``.
A malformed row raises :class:`~defcoop.errors.DataFileError` naming file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.records import AREAS, EVENT_TYPES, STAGES

Cell = str
Validator = Callable[[str], str | None]


def _one_of(allowed: Sequence[str], optional: bool = False) -> Validator:
    def check(value: str) -> str | None:
        if not value:
            return None if optional else "empty cell"
        return None if value in allowed else f"unknown value {value!r}"

    return check


def _list_of(allowed: Sequence[str], optional: bool = True) -> Validator:
    def check(value: str) -> str | None:
        if not value:
            return None if optional else "empty list"
        bad = [part for part in value.split("|") if part not in allowed]
        return f"unknown value(s) {bad!r}" if bad else None

    return check


def _phrase(value: str) -> str | None:
    if not value.strip():
        return "empty phrase"
    if value != value.strip():
        return "phrase has leading or trailing spaces"
    return None


def _number(value: str) -> str | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        return f"not a number: {value!r}"
    return None if 0.0 <= number <= 1.0 else f"number out of 0..1: {value}"


def _code(value: str) -> str | None:
    if len(value) in (3, 4, 5) and value.isupper() and value.isalpha():
        return None
    return f"not a state or alliance code: {value!r}"


def _any(value: str) -> str | None:
    return None


def _cameo(value: str) -> str | None:
    return None if value.isdigit() and 2 <= len(value) <= 4 else f"not a CAMEO code: {value!r}"


TRIGGER_FLAGS = (
    "generic",  # counts only with a defense cue in the sentence
    "joint",  # implies the topic dyad when the sentence names no party
    "supplier_subject",  # the subject of the trigger is the supplier (sell, supply, export)
    "recipient_subject",  # the subject of the trigger is the recipient (buy, procure, import); on a joint purchase
    # (GENERAL), the sides are the buyers and a supplier of the sentence is none of them
    "needs_place",  # a visit cue that counts only with a place of another side; a production verb only with
    # the place of production after its object ("to produce F414 engines in India")
    "host_subject",  # the subject of a visit cue is the host ("X welcomed Y")
    "candidate",  # a bid or offer that a later choice of another supplier rejects
    "aid",  # a transfer given as aid (CAMEO 072)
    "official_visitor",  # a visit cue whose visitor must be a named official ("X, who is in Delhi")
    "losers",  # names the losing bids of a competition ("over competing offers from X"): X -> the buyer, REJECTED
    "weak",  # dropped when a more specific trigger is in the same sentence
    "participants",  # lists the participants of the exercise already reported ("contingents from X, Y and Z")
    "official_object",  # counts only when an official is named right after it ("called on the Emir")
    "onward",  # a later stop of a tour ("was due to continue to Rome"): the host follows the cue directly
    "milestone",  # a building milestone of a ship for another side ("launched the corvette"): the order goes on
)
NOT_AN_AREA = "-"  # an areas value that names no area: a phrase that only shadows a shorter term ("maritime space")
STAGE_SCOPES = ("before", "after", "any")
FACTUALITY_EFFECTS = ("negate", "speculate", "reject", "nondefense", "none")
CLAUSE_EFFECTS = ("block", "aside", "attribution", "hostile_before", "hostile_after", "reporting")
STAGES_OPT = ("", *STAGES)


@dataclass(frozen=True, slots=True)
class TableSchema:
    """Column names and one validator per column of a lexicon table."""

    name: str
    columns: tuple[str, ...]
    validators: tuple[Validator, ...]


SCHEMAS: dict[str, TableSchema] = {
    schema.name: schema
    for schema in (
        TableSchema(
            "triggers",
            ("phrase", "type", "stage", "strength", "flags"),
            (_phrase, _one_of(EVENT_TYPES), _one_of(STAGES_OPT, True), _number, _list_of(TRIGGER_FLAGS)),
        ),
        TableSchema(
            "stage_cues",
            ("phrase", "stage", "scope", "window"),
            (_phrase, _one_of(STAGES), _one_of(STAGE_SCOPES), _one_of(tuple(str(n) for n in range(1, 30)))),
        ),
        TableSchema(
            "factuality_cues",
            ("phrase", "effect", "scope", "window"),
            (_phrase, _one_of(FACTUALITY_EFFECTS), _one_of(STAGE_SCOPES), _one_of(tuple(str(n) for n in range(1, 30)))),
        ),
        TableSchema("clause_cues", ("phrase", "effect"), (_phrase, _one_of(CLAUSE_EFFECTS))),
        TableSchema("areas", ("phrase", "areas"), (_phrase, _list_of((*AREAS, NOT_AN_AREA), optional=False))),
        TableSchema("defense_cues", ("phrase", "weight"), (_phrase, _number)),
        TableSchema("cities", ("place", "code"), (_phrase, _code)),
        TableSchema(
            "cameo",
            ("type", "stage", "cameo", "aid_cameo"),
            (_one_of(EVENT_TYPES), _one_of(("*", *STAGES)), _cameo, _any),
        ),
        TableSchema(
            "type_defaults",
            ("type", "stage", "strength"),
            (_one_of(EVENT_TYPES), _one_of(STAGES), _number),
        ),
    )
}


@dataclass(frozen=True, slots=True)
class RawTable:
    """The validated rows of one lexicon file, as tuples of cells."""

    name: str
    path: str
    rows: tuple[tuple[str, ...], ...]


def header_table(lines: list[str]) -> str | None:
    """The table named by a ``# table: NAME`` line of the comment header, if any."""
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        if body.startswith("table:"):
            return body.split(":", 1)[1].strip()
    return None


def read_table(path: Path, default_name: str | None = None) -> RawTable:
    """Read and validate one lexicon file; the table name comes from its header or ``default_name``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from exc
    lines = text.splitlines()
    name = header_table(lines) or default_name
    if name is None:
        raise DataFileError(str(path), 1, "no '# table: NAME' header line")
    schema = SCHEMAS.get(name)
    if schema is None:
        raise DataFileError(str(path), 1, f"unknown table {name!r}; known: {', '.join(sorted(SCHEMAS))}")
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(cell.strip() if i else cell for i, cell in enumerate(line.rstrip("\n\r").split("\t")))
        if not header_seen:
            if cells != schema.columns:
                raise DataFileError(str(path), number, f"column line must be {' '.join(schema.columns)!r}")
            header_seen = True
            continue
        rows.append(_validate_row(schema, cells, str(path), number))
    if not header_seen:
        raise DataFileError(str(path), None, "no column-name line")
    return RawTable(name, str(path), tuple(rows))


def _validate_row(schema: TableSchema, cells: tuple[str, ...], path: str, number: int) -> tuple[str, ...]:
    if len(cells) < len(schema.columns):
        cells = cells + ("",) * (len(schema.columns) - len(cells))
    if len(cells) > len(schema.columns):
        raise DataFileError(path, number, f"{len(cells)} cells, expected {len(schema.columns)}")
    for column, validator, value in zip(schema.columns, schema.validators, cells, strict=True):
        problem = validator(value)
        if problem is not None:
            raise DataFileError(path, number, f"column {column!r}: {problem}")
    return cells
