"""Benchmark of near-duplicate detection and story assignment on generated documents.

Generates N documents (default 100,000) of about 200 words, 10% of them near
copies of an earlier document (a few words changed, other page furniture),
and the rest grouped into stories of 1-4 rewrites that share names and figures.
Measures on one core:

1. dedup: MinHash signatures + LSH bucket lookup + verification + insertion
   (what ClusterIndex does for duplicates), with precision and recall against
   the generated truth;
2. full assignment: ClusterIndex.assign + add (duplicates and stories);

and prints throughput and peak memory (ru_maxrss; the generated corpus itself
takes about 200 MB at 100,000 documents). Usage::

    .venv/bin/python benchmarks/bench_dedup.py [--docs 100000] [--seed 7] [--skip-dedup | --skip-assign]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import time
from datetime import date, timedelta

from defcoop.config import Settings
from defcoop.records import Document
from defcoop.stages.cluster import ClusterIndex
from defcoop.stages.clustering.minhash import NUM_PERM, LshIndex, bands_for, estimated_jaccard, signatures

COUNTRIES = ["Japan", "Turkey", "India", "France", "Poland", "Korea", "Brazil", "Sweden", "Kenya", "Egypt",
             "Chile", "Spain", "Vietnam", "Australia", "Germany", "Italy", "Norway", "Greece", "Peru", "Oman"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_corpus(count: int, seed: int) -> tuple[list[Document], list[int | None]]:
    """Documents and, for each, the index of the document it copies (or None)."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
    vocabulary = sorted({"".join(rng.choices(syllables, k=rng.choice((1, 2, 3)))) for _ in range(40000)})
    rng.shuffle(vocabulary)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(len(vocabulary)):
        total += 1.0 / (rank + 1) ** 0.9
        cumulative.append(total)
    docs: list[Document] = []
    copies: list[int | None] = []
    start = date(2020, 1, 1)
    story_names: list[str] = []
    story_left = 0
    pair = ("Japan", "Turkey")
    day = start
    for number in range(count):
        if number > 10 and rng.random() < 0.10:
            original = rng.randrange(number)
            while copies[original] is not None:
                original = rng.randrange(number)
            words = docs[original].text.split()
            for _ in range(max(1, len(words) // 40)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            text = " ".join(words)
            copies.append(original)
            published = docs[original].published
        else:
            if story_left == 0:
                story_left = rng.choice((1, 1, 2, 3, 4))
                story_names = [rng.choice(vocabulary).capitalize() + rng.choice(vocabulary) for _ in range(6)]
                story_names.append(str(rng.randrange(10, 9999)))
                pair = tuple(rng.sample(COUNTRIES, 2))  # type: ignore[assignment]
                day = start + timedelta(days=rng.randrange(2000))
            story_left -= 1
            body = rng.choices(vocabulary, cum_weights=cumulative, k=190)
            for name in rng.sample(story_names, 5):
                body[rng.randrange(len(body))] = name
            text = f"{pair[0]} and {pair[1]} " + " ".join(body) + "."
            copies.append(None)
            published = day + timedelta(days=rng.randrange(3))
        digest = hashlib.sha256(f"{number}:{text}".encode()).hexdigest()
        docs.append(Document(source=f"gen/{number}.txt", raw_text=text, text=text, content_hash=digest,
                             published=published))
    return docs, copies


def bench_dedup(docs: list[Document], copies: list[int | None], threshold: float) -> None:
    bands, rows = bands_for(threshold, NUM_PERM)
    lsh = LshIndex(bands, rows)
    stored: list[object] = []
    found: list[int | None] = []
    began = time.perf_counter()
    batch = 1000
    for offset in range(0, len(docs), batch):
        chunk = docs[offset:offset + batch]
        for position, sig in enumerate(signatures([d.text for d in chunk])):
            number = offset + position
            best: tuple[float, int] | None = None
            for candidate in lsh.candidates(sig):
                similarity = estimated_jaccard(sig, stored[candidate])  # type: ignore[arg-type]
                if similarity >= threshold and (best is None or similarity > best[0]):
                    best = (similarity, candidate)
            found.append(best[1] if best else None)
            lsh.add(number, sig)
            stored.append(sig)
    elapsed = time.perf_counter() - began
    truth = {i for i, c in enumerate(copies) if c is not None}
    flagged = {i for i, f in enumerate(found) if f is not None}
    tp = len(truth & flagged)
    print(f"dedup: {len(docs):,} docs in {elapsed:.1f} s = {len(docs) / elapsed:,.0f} docs/s; "
          f"near-duplicates true {len(truth):,}, flagged {len(flagged):,}, "
          f"precision {tp / max(1, len(flagged)):.3f}, recall {tp / max(1, len(truth)):.3f}; "
          f"peak RSS {peak_mb():,.0f} MB")


def bench_assign(docs: list[Document], copies: list[int | None], settings: Settings) -> None:
    index = ClusterIndex(settings)
    duplicates = 0
    began = time.perf_counter()
    for document in docs:
        decision = index.assign(document, [])
        index.add(document, [], decision)
        duplicates += decision.duplicate_of is not None
    elapsed = time.perf_counter() - began
    stories = len(set(index.story_of))
    print(f"assign (duplicates + stories): {len(docs):,} docs in {elapsed:.1f} s = "
          f"{len(docs) / elapsed:,.0f} docs/s; duplicates {duplicates:,}, stories {stories:,}; "
          f"peak RSS {peak_mb():,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-assign", action="store_true", help="only the dedup benchmark")
    parser.add_argument("--skip-dedup", action="store_true", help="only the assignment benchmark")
    args = parser.parse_args()
    settings = Settings()
    began = time.perf_counter()
    docs, copies = make_corpus(args.docs, args.seed)
    print(f"generated {len(docs):,} documents in {time.perf_counter() - began:.1f} s; peak RSS {peak_mb():,.0f} MB")
    if not args.skip_dedup:
        bench_dedup(docs, copies, settings.near_duplicate_threshold)
    if not args.skip_assign:
        bench_assign(docs, copies, settings)


if __name__ == "__main__":
    main()
