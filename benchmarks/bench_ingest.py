"""Benchmark: the whole ingest (read -> ... -> store into SQLite) on generated articles.

Prints documents/s, MB/s and peak RSS, and the RSS after each fifth of the run so
that flat memory can be seen. Usage:

    .venv/bin/python benchmarks/bench_ingest.py [--docs 3000] [--batch-size 50]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from defcoop.config import load_settings
from defcoop.pipeline import Pipeline, ingest
from defcoop.stages.store import Store

STATES = ["India", "Japan", "France", "Brazil", "Kenya", "Poland", "South Korea", "Australia", "Egypt",
          "Vietnam", "Indonesia", "Turkey", "Greece", "Chile", "Nigeria", "Canada", "Norway", "Morocco"]
SENTENCES = [
    "{a} and {b} signed a memorandum on defence cooperation in {city} on Tuesday.",
    "The navies of {a} and {b} will hold a joint exercise next month, officials said.",
    "{a} is considering the purchase of drones from {b}, the defence ministry said.",
    "Officials from {a} and {b} discussed maritime security and counterterrorism.",
    "The ministry said the budget for roads and hospitals would rise by four percent.",
    "Analysts said the weather delayed the harvest across the region this year.",
    "The minister told reporters that the talks had been constructive and frank.",
    "{a} delivered two patrol vessels to {b} under a contract signed last year.",
]


def article(rng: random.Random, words: int = 700) -> str:
    a, b = rng.sample(STATES, 2)
    parts = [f"{a} and {b} deepen defence ties"]
    while sum(len(p.split()) for p in parts) < words:
        parts.append(rng.choice(SENTENCES).format(a=a, b=b, city="the capital"))
    return parts[0] + "\n\n" + " ".join(parts[1:]) + "\n"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "corpus.jsonl"
        with dump.open("w") as handle:
            for n in range(args.docs):
                handle.write(json.dumps({"text": article(rng), "url": f"https://example.org/{n}"}) + "\n")
        size_mb = dump.stat().st_size / 1e6
        settings = load_settings({"db": f"sqlite:///{Path(tmp) / 'bench.db'}", "batch_size": args.batch_size})
        pipeline = Pipeline.from_settings(settings)
        store = Store(settings.db)
        marks: list[str] = []
        seen = 0

        def on_item(_: str) -> None:
            nonlocal seen
            seen += 1
            if seen % max(1, args.docs // 5) == 0:
                marks.append(f"{seen}: {rss_mb():.0f} MB")

        start = time.perf_counter()
        report = ingest([str(dump)], store, pipeline, settings, on_item=on_item)
        elapsed = time.perf_counter() - start
    print(f"documents: {report.new} new, events {report.events}")
    print(f"ingest: {args.docs / elapsed:.0f} documents/s, {size_mb / elapsed:.2f} MB/s "
          f"({elapsed:.1f} s for {size_mb:.1f} MB)")
    print(f"peak RSS: {rss_mb():.0f} MB; RSS along the run: {', '.join(marks)}")


if __name__ == "__main__":
    main()
