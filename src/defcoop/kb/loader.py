"""Build the knowledge base from the package data files and the user's own files.

Package files live in ``defcoop/kb/data``; a user file is any ``.tsv`` whose
``# kind:`` header names a knowledge-base kind (``company``, ``state``,
``agency``, ``system``...) and that has the columns of the package file of
that kind. A user entry with the id of a package entry replaces it. Files whose
``# kind:`` is not a knowledge-base kind (lexicons of other stages) are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from defcoop.errors import DataFileError
from defcoop.kb.model import Entity, FalseFriend, KnowledgeBase, slugify
from defcoop.kb.tables import COLUMNS, PACKAGE_FILES, USER_KINDS, Row, Table, parse_table, read_kind
from defcoop.records import ALLIANCE_CODES, AREAS

BODY_KINDS = frozenset({"agency", "ministry", "armed_force", "state"})
REFERENCE_TYPES = frozenset({"pair", "group", "ministry", "alliance", "force", "official"})
FALSE_FRIEND_RULES = frozenset({"context", "person"})
NON_UN = frozenset({"VAT", "PSE", "TWN", "XKX"})


def _attrs(**values: str) -> MappingProxyType[str, str]:
    return MappingProxyType({key: value for key, value in values.items() if value})


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


def _named(row: Row, prefix: str, kind: str, code: str | None, **attrs: str) -> Entity:
    """The entity a row names: its ``name`` (and ``aliases``), identified as ``prefix:slug-of-name``."""
    name = row.get("name")
    aliases = _unique((name, *row.items("aliases")))
    return Entity(f"{prefix}:{slugify(name)}", kind, name, code, aliases, _attrs(**attrs))


@lru_cache(maxsize=1)
def _package_tables() -> tuple[tuple[str, Table], ...]:
    """The parsed package data files (cached: they never change during a run)."""
    root = resources.files("defcoop.kb") / "data"
    tables: list[tuple[str, Table]] = []
    for name, files in PACKAGE_FILES.items():
        for filename in files:
            resource = root / filename
            if not resource.is_file():
                continue
            text = resource.read_text(encoding="utf-8")
            tables.append((name, parse_table(f"defcoop/kb/data/{filename}", text, COLUMNS[name])))
    return tuple(tables)


def _user_tables(paths: Sequence[str]) -> list[tuple[str, Table]]:
    tables: list[tuple[str, Table]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            candidates = sorted(path.glob("*.tsv"))
        elif path.is_file():
            candidates = [path]
        else:
            raise DataFileError(str(path), None, "no such file or folder")
        for candidate in candidates:
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DataFileError(str(candidate), None, f"cannot be read ({exc})") from None
            kind = read_kind(str(candidate), text)
            if kind is None or kind not in USER_KINDS:
                continue
            name = USER_KINDS[kind]
            tables.append((name, parse_table(str(candidate), text, COLUMNS[name])))
    return tables


def _is_state(entity: Entity) -> bool:
    """Whether ``entity`` is a coded state of the states table (whose codes the other tables may use)."""
    return entity.kind == "state" and bool(entity.code) and entity.entity_id.startswith("state:")


class _Builder:
    """Accumulates entities table by table, validating codes against the states read first."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.false_friends: list[FalseFriend] = []
        self.bodies: dict[tuple[str, str], str] = {}
        self.generics: dict[str, Entity] = {}
        self.name_heads: set[str] = set()
        self._state_codes: frozenset[str] | None = None  # built once, rebuilt only when a state entity changes

    # -- validation -------------------------------------------------------------------
    def state_codes(self) -> frozenset[str]:
        if self._state_codes is None:
            self._state_codes = frozenset(e.code for e in self.entities.values() if _is_state(e) and e.code)
        return self._state_codes

    def check_code(self, row: Row, code: str, allow_empty: bool, allow_alliance: bool = True) -> str | None:
        if not code:
            if allow_empty:
                return None
            raise row.error("empty code")
        if code in self.state_codes() or (allow_alliance and code in ALLIANCE_CODES):
            return code
        raise row.error(f"unknown code {code!r} (not an ISO alpha-3 state code of states.tsv or a grouping code)")

    def check_members(self, row: Row) -> tuple[str, ...]:
        members = row.items("members")
        if members == ("ALL_UN",):
            return tuple(sorted(self.state_codes() - NON_UN))
        known = self.state_codes()
        unknown = [m for m in members if m not in known]
        if unknown:
            raise row.error(f"unknown member code(s) {', '.join(unknown)}")
        return members

    def add(self, entity: Entity) -> None:
        replaced = self.entities.get(entity.entity_id)
        if _is_state(entity) or (replaced is not None and _is_state(replaced)):
            self._state_codes = None
        self.entities[entity.entity_id] = entity

    # -- tables -----------------------------------------------------------------------
    def state(self, row: Row) -> None:
        code = row.get("code")
        if len(code) != 3 or not code.isupper() or not code.isalpha():
            raise row.error(f"state code {code!r} is not three capital letters")
        name = row.get("name")
        self.add(
            Entity(
                f"state:{code}", "state", name, code, _unique((name, *row.items("aliases"))),
                _attrs(adjectives=row.get("adjectives"), capitals=row.get("capitals"), seats=row.get("seats")),
            )
        )

    def alliance(self, row: Row) -> None:
        code = row.get("code")
        if code not in ALLIANCE_CODES:
            raise row.error(f"{code!r} is not a grouping code of the ontology ({', '.join(ALLIANCE_CODES)})")
        name = row.get("name")
        members = self.check_members(row)
        self.add(Entity(f"alliance:{code}", "alliance", name, code, _unique((code, name, *row.items("aliases"))),
                        _attrs(members="|".join(members))))

    def grouping(self, row: Row) -> None:
        members = self.check_members(row)
        self.add(_named(row, "grouping", "reference", None, members="|".join(members), type="grouping"))

    def place(self, row: Row) -> None:
        self.add(_named(row, "place", "reference", None, role="place", type="place"))

    def generic_body(self, row: Row) -> None:
        key, kind = row.get("key"), row.get("kind")
        if kind not in BODY_KINDS:
            raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(BODY_KINDS))}")
        entity = Entity(f"{kind}:generic-{key}", kind, row.get("canonical") or key, None, row.items("aliases"),
                        _attrs(generic=key, type="generic"))
        self.generics[key] = entity
        self.add(entity)

    def body(self, row: Row) -> None:
        kind, generic = row.get("kind"), row.get("generic")
        if kind not in BODY_KINDS - {"state"}:
            raise row.error(f"kind {kind!r} is not one of agency, ministry, armed_force")
        code = self.check_code(row, row.get("code"), allow_empty=True)
        entity = _named(row, kind, kind, code, generic=generic)
        self.add(entity)
        if generic and code:
            self.bodies[(code, generic)] = entity.entity_id

    def title(self, row: Row) -> None:
        code = self.check_code(row, row.get("code"), allow_empty=True)
        self.add(_named(row, "title", "title", code, role=row.get("role")))

    def person(self, row: Row) -> None:
        code = self.check_code(row, row.get("code"), allow_empty=True)
        self.add(_named(row, "person", "person", code, role=row.get("role")))

    def reference(self, row: Row) -> None:
        phrase, kind = row.get("phrase"), row.get("type")
        if kind not in REFERENCE_TYPES:
            raise row.error(f"type {kind!r} is not one of {', '.join(sorted(REFERENCE_TYPES))}")
        size = row.get("size") or "1"
        if not size.isdigit():
            raise row.error(f"size {size!r} is not a number")
        self.add(Entity(f"reference:{slugify(phrase)}", "reference", phrase, None, (phrase,),
                        _attrs(type=kind, size=size)))

    def false_friend(self, row: Row) -> None:
        rule = row.get("rule")
        if rule not in FALSE_FRIEND_RULES:
            raise row.error(f"rule {rule!r} is not one of {', '.join(sorted(FALSE_FRIEND_RULES))}")
        code = self.check_code(row, row.get("code"), allow_empty=False, allow_alliance=False) or ""
        self.false_friends.append(FalseFriend(row.get("name"), code, rule, row.items("cues"), row.items("keep")))

    def name_head(self, row: Row) -> None:
        applies = row.get("applies")
        if applies not in {"capital", "any"}:
            raise row.error(f"applies {applies!r} is not 'capital' or 'any'")
        self.name_heads.add(row.get("word") if applies == "any" else "capital:" + row.get("word"))

    def company(self, row: Row) -> None:
        code = self.check_code(row, row.get("code"), allow_empty=True)
        self.add(_named(row, "company", "company", code, sector=row.get("sector")))

    def system(self, row: Row) -> None:
        areas = row.items("area")
        bad = [area for area in areas if area not in AREAS]
        if bad:
            raise row.error(f"unknown area(s) {', '.join(bad)} (see the ontology's area list)")
        code = self.check_code(row, row.get("code"), allow_empty=True)
        self.add(_named(row, "system", "system", code, area="|".join(areas), category=row.get("category"),
                        maker=row.get("maker")))

    def synthesize_bodies(self) -> None:
        """One entity per state and generic institution ("Indian Navy"), unless a named one exists."""
        for state in [e for e in self.entities.values() if e.kind == "state" and e.code]:
            code = state.code or ""
            adjectives = [a for a in state.attr_list("adjectives") if not a.endswith("-")]
            label = adjectives[0] if adjectives else state.canonical
            for key, generic in self.generics.items():
                if generic.kind == "state" or (code, key) in self.bodies:
                    continue
                entity_id = f"{generic.kind}:{code.lower()}-{key.replace('_', '-')}"
                self.add(Entity(entity_id, generic.kind, f"{label} {generic.canonical}", code, (),
                                _attrs(generic=key)))
                self.bodies[(code, key)] = entity_id


_ORDER = ("state", "alliance", "grouping", "place", "generic_body", "body", "title", "person",
          "reference", "false_friend", "name_head", "company", "system")


def build_knowledge_base(tables: Sequence[tuple[str, Table]]) -> KnowledgeBase:
    """Build a knowledge base from parsed tables (states first, so codes can be checked)."""
    builder = _Builder()
    for name in _ORDER:
        handler = getattr(builder, name)
        for table_name, table in tables:
            if table_name != name:
                continue
            for row in table.rows:
                handler(row)
    builder.synthesize_bodies()
    return KnowledgeBase(builder.entities, tuple(builder.false_friends), builder.bodies, frozenset(builder.name_heads))


@lru_cache(maxsize=1)
def _package_knowledge_base() -> KnowledgeBase:
    return build_knowledge_base(_package_tables())


def load_knowledge_base(extra_paths: Sequence[str] = ()) -> KnowledgeBase:
    """The package knowledge base plus the entries of the user files in ``extra_paths``.

    Raises DataFileError (file and line) on a malformed entry.
    """
    user = _user_tables(extra_paths)
    if not user:
        return _package_knowledge_base()
    return build_knowledge_base([*_package_tables(), *user])
