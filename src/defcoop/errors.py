"""The exception tree of defcoop.

Library code raises only these; the CLI and web layers turn them into one-line
messages and exit codes. Every message names the input and what is wrong::

    DefcoopError
    ├── InputError          an input file, folder or record cannot be read
    │   └── DecodeError     bytes that are not text in any supported encoding
    ├── DataFileError       a gazetteer or lexicon entry is malformed (file and line)
    ├── ConfigError         a configuration file, variable or flag is invalid
    ├── StoreError          the database cannot be opened, migrated or written
    └── OutputError         an export, plot or report cannot be written
"""

from __future__ import annotations


class DefcoopError(Exception):
    """Base class of every error defcoop raises on purpose."""


class InputError(DefcoopError):
    """An input path or record cannot be read; the message names it."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class DecodeError(InputError):
    """The bytes of an input are not text in any supported encoding."""


class DataFileError(DefcoopError):
    """A data file (gazetteer, lexicon) has a malformed entry."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class ConfigError(DefcoopError):
    """A configuration value is invalid; the message names where it came from."""


class StoreError(DefcoopError):
    """The database cannot be opened, migrated, read or written."""


class OutputError(DefcoopError):
    """An export, plot or report cannot be produced or written."""
