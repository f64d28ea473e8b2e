"""Lexicons of the extract stage: the rules a reader can audit and extend as data.

The package data (``defcoop/lexicons/data/*.tsv``, one table per file named by its
stem) is loaded first; user files given in ``Settings.lexicons`` whose header names
a lexicon table (``# table: triggers``) add rows to that table. Files with another
table header (e.g. knowledge-base gazetteers) are ignored here.

Tables:

* ``triggers``: words and phrases that state an event of a type (optional default stage,
  strength 0..1, flags such as ``generic`` or ``supplier_subject``);
* ``stage_cues``: tense, modality and cue words giving a stage, looked for before or
  after the trigger within a window of words;
* ``factuality_cues``: negation, speculation, rejection and non-defense cues;
* ``clause_cues``: words that open a subordinate context (``at a time when``), an
  attribution (``according to``), a hostile relation (``invasion of``) or a reporting verb
  (``say``, ``claim``: the actors before it are sources of the clause after it);
* ``areas``: technology and mission terms mapped to ontology areas;
* ``defense_cues``: words that give a sentence a defense or security context;
* ``cities``: cities and bases mapped to the state they are in;
* ``cameo``: the CAMEO code of each type and stage;
* ``type_defaults``: the stage and strength of a type when no cue says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.lexicons.loader import NOT_AN_AREA, SCHEMAS, RawTable, header_table, read_table

__all__ = [
    "AreaTerm",
    "CameoRow",
    "ClauseCue",
    "FactualityCue",
    "Lexicons",
    "StageCue",
    "Trigger",
    "load_lexicons",
]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that states an event of ``type``."""

    phrase: str
    type: str
    stage: str | None
    strength: float
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class StageCue:
    """A cue giving ``stage`` when found ``scope`` the trigger within ``window`` words."""

    phrase: str
    stage: str
    scope: str
    window: int


@dataclass(frozen=True, slots=True)
class FactualityCue:
    """A negation, speculation, rejection or non-defense cue near a trigger."""

    phrase: str
    effect: str
    scope: str
    window: int


@dataclass(frozen=True, slots=True)
class ClauseCue:
    """A cue opening a subordinate, attribution or hostile context."""

    phrase: str
    effect: str


@dataclass(frozen=True, slots=True)
class AreaTerm:
    """A term naming one or more ontology areas (none: a phrase that only shadows a shorter term)."""

    phrase: str
    areas: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CameoRow:
    """The CAMEO code of an event type at a stage (``*`` for any stage)."""

    type: str
    stage: str
    cameo: str
    aid_cameo: str | None


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Every loaded, validated lexicon table."""

    triggers: tuple[Trigger, ...]
    stage_cues: tuple[StageCue, ...]
    factuality_cues: tuple[FactualityCue, ...]
    clause_cues: tuple[ClauseCue, ...]
    areas: tuple[AreaTerm, ...]
    defense_cues: tuple[tuple[str, float], ...]
    cities: tuple[tuple[str, str], ...]
    cameo: tuple[CameoRow, ...]
    type_defaults: tuple[tuple[str, str, float], ...]
    sources: tuple[str, ...] = ()

    def cameo_code(self, event_type: str, stage: str, aid: bool = False) -> str | None:
        """The CAMEO code for ``event_type`` at ``stage`` (a stage row wins over ``*``)."""
        fallback: CameoRow | None = None
        for row in self.cameo:
            if row.type != event_type:
                continue
            if row.stage == stage:
                return (row.aid_cameo or row.cameo) if aid else row.cameo
            if row.stage == "*":
                fallback = row
        if fallback is None:
            return None
        return (fallback.aid_cameo or fallback.cameo) if aid else fallback.cameo

    def default_stage(self, event_type: str) -> tuple[str, float]:
        """The default stage and strength of ``event_type``."""
        for etype, stage, strength in self.type_defaults:
            if etype == event_type:
                return stage, strength
        return "COMPLETED", 0.5


def _float(value: str, default: float) -> float:
    return float(value) if value else default


def _build(tables: dict[str, list[tuple[str, ...]]], sources: tuple[str, ...]) -> Lexicons:
    return Lexicons(
        triggers=tuple(
            Trigger(p, t, s or None, _float(w, 0.7), frozenset(f.split("|")) - {""} if f else frozenset())
            for p, t, s, w, f in tables["triggers"]
        ),
        stage_cues=tuple(StageCue(p, s, sc, int(w)) for p, s, sc, w in tables["stage_cues"]),
        factuality_cues=tuple(FactualityCue(p, e, sc, int(w)) for p, e, sc, w in tables["factuality_cues"]),
        clause_cues=tuple(ClauseCue(p, e) for p, e in tables["clause_cues"]),
        areas=tuple(AreaTerm(p, () if a == NOT_AN_AREA else tuple(a.split("|"))) for p, a in tables["areas"]),
        defense_cues=tuple((p, _float(w, 1.0)) for p, w in tables["defense_cues"]),
        cities=tuple((p, c) for p, c in tables["cities"]),
        cameo=tuple(CameoRow(t, s, c, a or None) for t, s, c, a in tables["cameo"]),
        type_defaults=tuple((t, s, _float(w, 0.5)) for t, s, w in tables["type_defaults"]),
        sources=sources,
    )


def _package_tables() -> list[RawTable]:
    folder = resources.files("defcoop.lexicons") / "data"
    tables = []
    for name in sorted(SCHEMAS):
        resource = folder / f"{name}.tsv"
        with resources.as_file(resource) as path:
            if not Path(path).is_file():
                raise DataFileError(str(path), None, "package lexicon file is missing")
            tables.append(read_table(Path(path), default_name=name))
    return tables


def _user_tables(paths: Sequence[str]) -> list[RawTable]:
    tables = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.is_file():
            raise DataFileError(str(path), None, "no such lexicon file")
        try:
            head = path.read_text(encoding="utf-8").splitlines()[:20]
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(str(path), None, f"cannot read: {exc}") from exc
        name = header_table(head)
        if name is None or name not in SCHEMAS:
            continue  # not a lexicon table (e.g. a knowledge-base gazetteer)
        tables.append(read_table(path))
    return tables


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> Lexicons:
    merged: dict[str, list[tuple[str, ...]]] = {name: [] for name in SCHEMAS}
    sources: list[str] = []
    for table in [*_package_tables(), *_user_tables(extra_paths)]:
        merged[table.name].extend(table.rows)
        sources.append(table.path)
    return _build(merged, tuple(sources))


def load_lexicons(extra_paths: Sequence[str] = ()) -> Lexicons:
    """Load the package lexicons plus the user files in ``extra_paths`` that name a lexicon table.

    Raises :class:`~defcoop.errors.DataFileError` on a missing file or malformed row.
    """
    return _load(tuple(extra_paths))
