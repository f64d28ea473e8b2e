"""Shared CLI plumbing: settings, opening the store, the common filter options,
and the one place where library errors become messages and exit codes.

Exit codes: 0 ok, 1 some inputs failed or an error occurred, 2 usage error,
130 interrupted.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from defcoop.config import Settings, load_settings
from defcoop.db.queries import EventFilter
from defcoop.errors import ConfigError, DefcoopError, StoreError
from defcoop.records import AREAS, EVENT_TYPES, STAGES
from defcoop.stages.store import Store

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


#: Width of tables written to a file or a pipe (unless $COLUMNS says otherwise): wide enough that
#: the cells of a partner table or a timeline are not folded into narrow columns.
PIPE_WIDTH = 160


def console(stderr: bool = False) -> Console:
    """A rich console; plain output, :data:`PIPE_WIDTH` wide, when not attached to a terminal."""
    out = Console(stderr=stderr, highlight=False, soft_wrap=False)
    if not out.is_terminal and not os.environ.get("COLUMNS"):
        out.width = PIPE_WIDTH
    return out


def fail(message: str, code: int = EXIT_FAILED) -> None:
    """Print ``message`` as one error line on stderr and exit with ``code``."""
    click.echo(f"defcoop: error: {message}", err=True)
    raise SystemExit(code)


def handle_errors(func: F) -> F:
    """Turn defcoop errors into one-line messages and exit codes (CLI layer only)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            fail(str(exc), EXIT_USAGE)
        except DefcoopError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            click.echo("defcoop: interrupted; every completed batch is stored, re-run to complete the rest",
                       err=True)
            raise SystemExit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            raise SystemExit(EXIT_OK) from None
        return None

    return wrapper  # type: ignore[return-value]


def settings_from(db: str | None = None, lexicons: tuple[str, ...] = (), **extra: Any) -> Settings:
    """Settings from defaults, the user file and the environment, then these flags."""
    overrides: dict[str, Any] = {"db": db, **extra}
    if lexicons:
        overrides["lexicons"] = list(lexicons)
    return load_settings(overrides)


@contextmanager
def open_store(db_url: str, reading: bool = False) -> Iterator[Store]:
    """Open the database at ``db_url`` (migrating it) and close it afterwards.

    ``reading``: the command only reads, so a SQLite file that does not exist
    is not created, and a database without documents is an error that says to
    ingest first (instead of empty tables, plots and files).
    """
    if reading:
        _check_sqlite_file(db_url)
    store = Store(db_url)
    try:
        if reading and not store.count_documents():
            raise StoreError(f"database {db_url} holds no documents yet; "
                             f"ingest articles first: defcoop ingest PATH --db {db_url}")
        yield store
    finally:
        store.close()


def _check_sqlite_file(db_url: str) -> None:
    """A SQLite URL must name an existing file before anything is read from it."""
    try:
        url = make_url(db_url)
    except ArgumentError:
        return  # the store explains what is wrong with the URL
    database = url.database
    if url.get_backend_name() == "sqlite" and database and database != ":memory:" \
            and Path(database).expanduser().parent.is_dir() and not Path(database).expanduser().exists():
        raise StoreError(f"database {db_url}: no such file {database}; "
                         f"ingest articles first: defcoop ingest PATH --db {db_url}")


db_option = click.option(
    "--db", "db", metavar="URL", default=None,
    help="Database URL (SQLAlchemy). Default: $DEFCOOP_DB, the config file, or sqlite:///defcoop.db.",
)


def _choice(values: tuple[str, ...]) -> click.Choice[str]:
    return click.Choice(values, case_sensitive=False)


def filter_options(func: F) -> F:
    """Add the filters shared by every reading command; they arrive as ``filters: EventFilter``."""
    options = [
        click.option("--code", metavar="CODE", help="Only events with this party (ISO alpha-3 or NATO, EU, ...)."),
        click.option("--partner", metavar="CODE", help="Only events that also have this party."),
        click.option("--type", "etype", type=_choice(EVENT_TYPES), help="Only this event type."),
        click.option("--area", type=_choice(tuple(AREAS)), help="Only events in this area."),
        click.option("--stage", type=_choice(STAGES), help="Only events at this stage."),
        click.option("--since", metavar="DATE", help="Only events dated on or after DATE (2024, 2024-05, 2024-05-17)."),
        click.option("--until", metavar="DATE", help="Only events dated on or before DATE."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
                     help="Only events with at least this confidence (0-1)."),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["filters"] = EventFilter(
            code=actor_code(kwargs.pop("code"), "--code"),
            partner=actor_code(kwargs.pop("partner"), "--partner"),
            type=_upper(kwargs.pop("etype")),
            area=_upper(kwargs.pop("area")),
            stage=_upper(kwargs.pop("stage")),
            since=_date_prefix(kwargs.pop("since"), "--since"),
            until=_date_prefix(kwargs.pop("until"), "--until"),
            min_confidence=kwargs.pop("min_confidence") or 0.0,
        )
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def actor_code(value: str | None, flag: str) -> str | None:
    """``value`` as a known state or grouping code (upper case), or a usage error that suggests one.

    A name ("japan") or a near miss ("JAP") gets a suggestion: a typo must not
    silently give empty tables and blank figures.
    """
    if not value:
        return None
    from defcoop.outputs.dataset import code_names

    code, names = value.strip().upper(), code_names()
    if code in names:
        return code
    by_name = {name.lower(): known for known, name in names.items()}
    guess = by_name.get(value.strip().lower()) or next(iter(difflib.get_close_matches(code, names, n=1)), None)
    hint = f"; did you mean {guess} ({names[guess]})?" if guess else \
        " (give an ISO alpha-3 code such as JPN, or a grouping such as NATO, EU, ASEAN)"
    raise click.BadParameter(f"{value!r} is not a known state or grouping code{hint}", param_hint=flag)


def _date_prefix(value: str | None, flag: str) -> str | None:
    """``2024``, ``2024-05`` or ``2024-05-17``, checked to be a real year, month or day."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        parts = [int(part) for part in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
            return value
        except ValueError:
            pass
    raise click.BadParameter(f"{value!r} is not a date like 2024, 2024-05 or 2024-05-17", param_hint=flag)
