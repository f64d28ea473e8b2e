"""Recognition throughput: MB/s on one core over a generated news-like corpus.

The corpus mixes knowledge-base names (states, capitals, adjectives, alliances,
agencies, people with titles, references, typos) into sentence templates written
for this benchmark; nothing is read from ../shared. Prints MB/s, the time to build
the recognizer and the peak memory.

    .venv/bin/python benchmarks/bench_recognize.py [--mb 20]
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc

from defcoop.kb import load_knowledge_base
from defcoop.stages.recognition.scan import scan
from defcoop.stages.recognize import Recognizer
from defcoop.stages.segment import segment

TEMPLATES = (
    "{A} and {B} have agreed to deepen defence cooperation, officials in {CAP} said on Tuesday.",
    "{ADJ} Defence Minister {PERSON} will travel to {CAP2} next week for talks with his {ADJ2} counterpart.",
    "The two countries also discussed joint exercises, maritime security and the supply of drones.",
    "{AGENCY} signed a memorandum with {A2}'s procurement agency on unmanned systems and radar.",
    "Analysts said the deal, worth about $2 billion, would be reviewed by the {ALLIANCE} in the spring.",
    "Both sides agreed to set up a working group on defence equipment and technology transfer.",
    "Separately, the {ADJ} navy held drills in the South China Sea with ships from {B2} and {A}.",
    "Shares of the company rose 3 per cent in morning trade, while the broader market was flat.",
    "\"We are ready to help,\" the ambassador said, adding that talks would continue in {CAP}.",
    "The ministry did not respond to a request for comment on the report by Reuters.",
    "Officials from Indoneisa and {A} met representatives of Jupitor Corporation last month.",
    "It was not immediately clear whether the programme would go ahead before the elections.",
)


def build_corpus(size_bytes: int, seed: int = 7) -> str:
    """A news-like text of about ``size_bytes`` characters built from the templates."""
    kb = load_knowledge_base()
    rng = random.Random(seed)
    states = [e for e in kb.entities("state") if e.code]
    agencies = [e.canonical for e in kb.entities("agency") if e.code and "generic" not in e.entity_id][:200]
    people = [e.canonical for e in kb.entities("person")]
    alliances = [e.canonical for e in kb.entities("alliance")]
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        paragraph = []
        for _ in range(rng.randint(3, 6)):
            a, b, c, d = rng.sample(states, 4)
            values = {
                "A": a.canonical, "B": b.canonical, "A2": c.canonical, "B2": d.canonical,
                "CAP": (a.attr_list("capitals") or (a.canonical,))[0],
                "CAP2": (b.attr_list("capitals") or (b.canonical,))[0],
                "ADJ": (a.attr_list("adjectives") or (a.canonical,))[0].rstrip("-"),
                "ADJ2": (b.attr_list("adjectives") or (b.canonical,))[0].rstrip("-"),
                "PERSON": rng.choice(people), "AGENCY": rng.choice(agencies), "ALLIANCE": rng.choice(alliances),
            }
            paragraph.append(rng.choice(TEMPLATES).format(**values))
        text = " ".join(paragraph) + "\n\n"
        parts.append(text)
        total += len(text)
    return "".join(parts)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    args = parser.parse_args()
    corpus = build_corpus(int(args.mb * 1_000_000))
    documents = corpus.split("\n\n")
    grouped = ["\n\n".join(documents[i : i + 8]) for i in range(0, len(documents), 8)]
    segmented = [(doc, segment(doc)) for doc in grouped]
    size_mb = sum(len(doc.encode("utf-8")) for doc in grouped) / 1_000_000

    tracemalloc.start()
    started = time.perf_counter()
    recognizer = Recognizer.from_kb(load_knowledge_base())
    build_seconds = time.perf_counter() - started
    _, build_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    mentions = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc, sentences in segmented:
        mentions += len(recognizer.match(doc, sentences))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {size_mb:.1f} MB in {len(grouped)} documents, {mentions} mentions")
    print(f"recognizer build: {build_seconds:.2f} s, {build_peak / 1e6:.1f} MB traced")
    print(f"recognition: {seconds:.2f} s wall -> {size_mb / seconds:.1f} MB/s; "
          f"{cpu_seconds:.2f} s CPU -> {size_mb / cpu_seconds:.1f} MB/s on one core")
    print(f"density: one mention per {size_mb * 1_000_000 / max(mentions, 1):.0f} characters")
    scan_cpu = time.process_time()
    hits = sum(len(scan(doc, recognizer.automaton)[0]) for doc, _ in segmented)
    scan_cpu = time.process_time() - scan_cpu
    print(f"of which the single multi-pattern pass with its knowledge-base lookups alone: {hits} hits, "
          f"{scan_cpu:.2f} s CPU -> {size_mb / scan_cpu:.1f} MB/s (the rest is the rules: people, references, "
          "typos, institutions, false friends)")
    print(f"peak RSS of the process (corpus included): {peak_rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
