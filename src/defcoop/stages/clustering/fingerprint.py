"""The bytes the cluster stage stores with each document and reads back.

Layout (little-endian)::

    b"DCF" version(1 byte) num_perm(u16) num_terms(u16)
    num_perm x u32   MinHash signature of the cleaned text (empty when the text has no words)
    num_terms x u32  hashed story terms (see :mod:`.features`)

Version 1 is about 650 bytes for a typical article.
"""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass

MAGIC = b"DCF"
VERSION = 1
_HEADER = struct.Struct("<3sBHH")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's MinHash signature and story terms."""

    signature: array[int]
    terms: array[int]


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
    header = _HEADER.pack(MAGIC, VERSION, len(signature), len(terms))
    return header + little[0].tobytes() + little[1].tobytes()


def decode(data: bytes | None) -> Fingerprint | None:
    """Unpack a fingerprint; ``None`` for missing, foreign or truncated bytes."""
    if not data or len(data) < _HEADER.size:
        return None
    magic, version, num_perm, num_terms = _HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION or len(data) != _HEADER.size + 4 * (num_perm + num_terms):
        return None
    body = array("I")
    body.frombytes(data[_HEADER.size:])
    if struct.pack("=I", 1) != struct.pack("<I", 1):  # pragma: no cover - big-endian hosts
        body.byteswap()
    return Fingerprint(body[:num_perm], body[num_perm:])
