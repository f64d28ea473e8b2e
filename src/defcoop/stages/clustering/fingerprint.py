"""The bytes the cluster stage stores with each document and reads back.

Layout (little-endian)::

    b"DCF" version(1 byte) num_perm(u16) num_terms(u16) month_day(u16) lead_day(u32)
    num_perm x u32   MinHash signature of the cleaned text (empty when the text has no words)
    num_terms x u32  hashed story terms (see :mod:`.features`)

``month_day`` is ``month * 32 + day`` of the publication date or of a dateline
without a year (``MANILA, July 8 -``), 0 when unknown; ``lead_day`` is the
proleptic ordinal of a full date written in the lead of an undated document (an
approximate publication date), 0 when none. Version 3 is about 650 bytes for a
typical article; versions 1 and 2 (without these fields) are still read.
"""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass

MAGIC = b"DCF"
VERSION = 3
_HEADER_V1 = struct.Struct("<3sBHH")
_HEADER_V2 = struct.Struct("<3sBHHH")
_HEADER = struct.Struct("<3sBHHHI")


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CUMULATIVE_DAYS = tuple(sum(_MONTH_LENGTHS[:i]) for i in range(12))


def pack_month_day(month: int, day: int) -> int:
    """The ``month_day`` field for a month (1-12) and day (1-31)."""
    return month * 32 + day if 1 <= month <= 12 and 1 <= day <= 31 else 0


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's MinHash signature and story terms."""

    signature: array[int]
    terms: array[int]
    month_day: int = 0
    lead_day: int = 0

    @property
    def day_of_year(self) -> int:
        """Day of a non-leap year (1-365) of ``month_day``; 0 when unknown."""
        month, day = divmod(self.month_day, 32)
        if not 1 <= month <= 12 or day < 1:
            return 0
        return _CUMULATIVE_DAYS[month - 1] + min(day, _MONTH_LENGTHS[month - 1])


def encode(fingerprint: Fingerprint) -> bytes:
    """Pack a fingerprint into bytes."""
    signature = array("I", fingerprint.signature)
    terms = array("I", fingerprint.terms)
    for values in (signature, terms):
        if values.itemsize != 4:  # pragma: no cover - platforms with 2-byte unsigned int
            raise ValueError("array('I') must hold 32-bit values")
    little = [array("I", values) for values in (signature, terms)]
    if struct.pack("=I", 1) != struct.pack("<I", 1):  # pragma: no cover - big-endian hosts
        for values in little:
            values.byteswap()
    header = _HEADER.pack(MAGIC, VERSION, len(signature), len(terms), fingerprint.month_day, fingerprint.lead_day)
    return header + little[0].tobytes() + little[1].tobytes()


def decode(data: bytes | None) -> Fingerprint | None:
    """Unpack a fingerprint; ``None`` for missing, foreign or truncated bytes."""
    if not data or len(data) < _HEADER_V1.size:
        return None
    magic, version, num_perm, num_terms = _HEADER_V1.unpack_from(data)
    if magic != MAGIC or version not in (1, 2, VERSION):
        return None
    month_day, lead_day, start = 0, 0, _HEADER_V1.size
    if version == 2:
        if len(data) < _HEADER_V2.size:
            return None
        month_day, start = _HEADER_V2.unpack_from(data)[4], _HEADER_V2.size
    elif version == VERSION:
        if len(data) < _HEADER.size:
            return None
        month_day, lead_day = _HEADER.unpack_from(data)[4:6]
        start = _HEADER.size
    if len(data) != start + 4 * (num_perm + num_terms):
        return None
    body = array("I")
    body.frombytes(data[start:])
    if struct.pack("=I", 1) != struct.pack("<I", 1):  # pragma: no cover - big-endian hosts
        body.byteswap()
    return Fingerprint(body[:num_perm], body[num_perm:], month_day, lead_day)
