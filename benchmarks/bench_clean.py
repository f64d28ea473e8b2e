"""Benchmark: the clean stage on generated page-like texts.

Each page has a headline, a byline, a date line, a caption, ~700 words of prose in
short paragraphs, teaser links, share prompts and trailing site furniture. Prints
documents/s, MB/s and milliseconds per document. Usage:

    .venv/bin/python benchmarks/bench_clean.py [--docs 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time

from defcoop.records import RawDocument
from defcoop.stages.clean import clean

STATES = ["India", "Japan", "France", "Brazil", "Kenya", "Poland", "South Korea", "Australia", "Egypt",
          "Vietnam", "Indonesia", "Turkey", "Greece", "Chile", "Nigeria", "Canada", "Norway", "Morocco"]
SENTENCES = [
    "{a} and {b} signed a memorandum on defence cooperation in the capital on Tuesday.",
    "The navies of {a} and {b} will hold a joint exercise next month, officials said.",
    "{a} is considering the purchase of drones from {b}, the defence ministry said.",
    "Officials from {a} and {b} discussed maritime security and counterterrorism.",
    "The ministry said the budget for roads and hospitals would rise by four percent.",
    "Analysts said the weather delayed the harvest across the region this year.",
    "\"We are building trust step by step,\" the minister told reporters in {a}.",
    "{a} delivered two patrol vessels to {b} under a contract signed last year.",
]
TOP = ["Home > World > Asia", "By Ana Lima, Staff Writer", "Published: 2024-03-12 10:25", "img",
       "Share this article"]
MIDDLE = ["Also Read: Five things to know about the new frigate programme", "Advertisement",
          "The two ministers at the signing ceremony in the capital. (Photo: Defence Ministry)",
          "Story continues below advertisement"]
BOTTOM = ["Tags: defence, navy, diplomacy", "Related Articles", "Sign up for our daily newsletter",
          "© 2024 Example Media. All rights reserved.", "example-news.com", "Privacy Policy", "Contact Us"]


def page(rng: random.Random, words: int = 700) -> str:
    """One page-like text of about ``words`` words of prose plus furniture."""
    a, b = rng.sample(STATES, 2)
    lines = [f"{a} and {b} deepen defence ties", *TOP]
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(SENTENCES).format(a=a, b=b) for _ in range(rng.randint(2, 4)))
        lines.append(paragraph)
        count += len(paragraph.split())
        if rng.random() < 0.15:
            lines.append(rng.choice(MIDDLE))
    lines.extend(BOTTOM)
    return "\n\n".join(lines) + "\n"


def main() -> None:
    """Clean generated pages and print the throughput."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = parser.parse_args()
    rng = random.Random(11)
    raws = [RawDocument(source=f"page-{n}", text=page(rng), fmt="text") for n in range(args.docs)]
    size_mb = sum(len((raw.text or "").encode("utf-8")) for raw in raws) / 1e6
    clean(raws[0])  # load data files outside the timing
    runs: list[tuple[float, float]] = []
    for _ in range(args.repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        for raw in raws:
            clean(raw)
        runs.append((time.perf_counter() - start, time.process_time() - cpu_start))
    elapsed, cpu = min(runs)
    print(f"clean: {args.docs / elapsed:.0f} documents/s, {size_mb / elapsed:.2f} MB/s, "
          f"{1000 * elapsed / args.docs:.3f} ms/document ({elapsed:.2f} s for {size_mb:.1f} MB; "
          f"CPU {1000 * cpu / args.docs:.3f} ms/document)")


if __name__ == "__main__":
    main()
