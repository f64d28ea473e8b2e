"""MinHash signatures over word shingles, and an incremental LSH bucket index.

Signatures are computed by ``rensa`` (Rust) from word 3-shingles of the
comparable form of the cleaned text. The LSH index keeps ``bands`` dictionaries
from a band's bytes to the documents that share it, so a new document is
compared only with the documents in its buckets, never with all of them.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rensa import RMinHash

from defcoop.stages.cleaning.normalize import comparable

NUM_PERM = 64
SEED = 1729
SHINGLE = 3


def shingles(text: str, size: int = SHINGLE) -> list[str]:
    """Word ``size``-shingles of the comparable form of ``text`` (the words themselves for short texts)."""
    words = comparable(text).split()
    if len(words) <= size:
        return [" ".join(words)] if words else []
    if size == SHINGLE:
        return [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    return [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]


def signature(text: str, num_perm: int = NUM_PERM) -> array[int]:
    """The MinHash signature of ``text`` as ``num_perm`` unsigned 32-bit values."""
    minhash = RMinHash(num_perm=num_perm, seed=SEED)
    tokens = shingles(text)
    if tokens:
        minhash.update(tokens)
    return array("I", minhash.digest())


def signatures(texts: Sequence[str], num_perm: int = NUM_PERM) -> list[array[int]]:
    """Signatures of many texts at once (faster than one by one)."""
    token_sets = [shingles(text) or [""] for text in texts]
    return [array("I", digest) for digest in RMinHash.digests_from_token_sets(token_sets, num_perm, SEED)]


def estimated_jaccard(first: Sequence[int], second: Sequence[int]) -> float:
    """The share of equal positions of two signatures: an estimate of shingle Jaccard similarity."""
    if not first or len(first) != len(second):
        return 0.0
    equal: int = sum(map(operator.eq, first, second))
    return equal / len(first)


def bands_for(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """``(bands, rows)`` so that pairs at ``threshold`` are almost surely candidates.

    Chooses the largest number of rows per band whose candidate probability
    ``1 - (1 - t**r)**b`` at the threshold is at least 0.98.
    """
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= 0.98:
            best = (bands, rows)
    return best


@dataclass(slots=True)
class LshIndex:
    """Banded LSH over signatures; documents are small integers given by the caller."""

    bands: int
    rows: int
    buckets: list[dict[int, int | list[int]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.buckets:
            self.buckets = [{} for _ in range(self.bands)]

    def _keys(self, sig: array[int]) -> Iterable[tuple[int, int]]:
        """Each band and the in-memory hash of its rows (buckets live in memory only, never stored)."""
        raw = sig.tobytes()
        width = self.rows * sig.itemsize
        for band in range(self.bands):
            yield band, hash(raw[band * width:(band + 1) * width])

    def add(self, number: int, sig: array[int]) -> None:
        """Put document ``number`` into its buckets."""
        for band, key in self._keys(sig):
            bucket = self.buckets[band]
            held = bucket.get(key)
            if held is None:
                bucket[key] = number
            elif isinstance(held, int):
                bucket[key] = [held, number]
            else:
                held.append(number)

    def candidates(self, sig: array[int]) -> set[int]:
        """The documents sharing at least one bucket with ``sig``."""
        found: set[int] = set()
        for band, key in self._keys(sig):
            held = self.buckets[band].get(key)
            if held is None:
                continue
            if isinstance(held, int):
                found.add(held)
            else:
                found.update(held)
        return found
