"""Benchmark: the pipeline from plain text to resolved events, one document at a time, on one core.

Generates a corpus of articles (~700 words each, default 10,000) from templates
of our own (many states, every event type, negations, background clauses and
filler), runs clean -> segment -> recognize -> extract -> resolve on each, and
prints articles/s, MB/s, the time share of each stage, peak RSS and the RSS
along the run (flat memory shows as equal marks). With ``--store`` the same
corpus is ingested into a temporary SQLite database instead (the whole
pipeline including clustering and the store).

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 10000] [--words 700] [--store]
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
from defcoop.pipeline import Pipeline
from defcoop.records import RawDocument
from defcoop.stages.clean import clean
from defcoop.stages.resolve import resolve_events
from defcoop.stages.segment import segment

STATES = [
    "India", "Japan", "France", "Brazil", "Kenya", "Poland", "South Korea", "Australia", "Egypt", "Vietnam",
    "Indonesia", "Turkey", "Greece", "Chile", "Nigeria", "Canada", "Norway", "Morocco", "Italy", "Germany",
    "the Philippines", "Saudi Arabia", "Pakistan", "Sweden", "Spain", "Ghana", "Peru", "Thailand",
]
EVENT_SENTENCES = [
    "{a} and {b} signed a memorandum on defence cooperation in {city} on Tuesday.",
    "The navies of {a} and {b} will hold joint exercises next month, officials said.",
    "{a} is considering the purchase of drones from {b}, the defence ministry said.",
    "Officials from {a} and {b} discussed maritime security and counterterrorism on Friday.",
    "{a} delivered two patrol vessels to {b} under a contract signed last year.",
    "The defence minister of {a} is travelling to {b} next week for talks on submarines and radar.",
    "The two sides agreed to expand personnel exchanges and reciprocal access to military bases.",
    "{a} and {b} have identified joint projects in anti-drone systems, robotics and Li-ion batteries.",
    "An agreement on missile technology is not expected, a source in {a} said.",
    "{a} and {b} agreed to deepen defence ties at a time when tensions with {c} are rising.",
    "{a} has not ruled out buying fighter jets from {b}, the air force chief said.",
]
FILLER = [
    "The ministry said the budget for roads and hospitals would rise by four percent.",
    "Analysts said the weather delayed the harvest across the region this year.",
    "The minister told reporters that the talks had been constructive and frank.",
    "Shares of the largest bank rose after quarterly results beat expectations.",
    "Local elections are due in the spring, and turnout is expected to be high.",
    "The central bank kept interest rates unchanged for a third meeting in a row.",
]


def article(rng: random.Random, words: int) -> str:
    """One generated article of about ``words`` words: a headline and paragraphs."""
    a, b, c = rng.sample(STATES, 3)
    headline = f"{a} and {b} deepen defence ties"
    paragraphs: list[str] = []
    count = len(headline.split())
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            pool = EVENT_SENTENCES if rng.random() < 0.45 else FILLER
            sentences.append(rng.choice(pool).format(a=a, b=b, c=c, city=rng.choice(["the capital", "Geneva"])))
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_stages(pipeline: Pipeline, texts: list[str]) -> tuple[float, dict[str, float], int, list[str]]:
    """Process every text through the stages, timing each; return elapsed, per-stage seconds, events, RSS marks."""
    timing = {"clean": 0.0, "segment": 0.0, "recognize": 0.0, "extract": 0.0, "resolve": 0.0}
    events = 0
    marks: list[str] = []
    step = max(1, len(texts) // 5)
    start = time.perf_counter()
    for number, text in enumerate(texts, 1):
        t0 = time.perf_counter()
        document = clean(RawDocument(source=f"bench/{number}.txt", text=text))
        t1 = time.perf_counter()
        sentences = segment(document.text)
        t2 = time.perf_counter()
        mentions = pipeline.recognizer.match(document.text, sentences)
        t3 = time.perf_counter()
        found = pipeline.extractor.extract(document, sentences, mentions)
        t4 = time.perf_counter()
        events += len(resolve_events(found, document))
        t5 = time.perf_counter()
        for name, seconds in zip(timing, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            timing[name] += seconds
        if number % step == 0:
            marks.append(f"{number}: {rss_mb():.0f} MB")
    return time.perf_counter() - start, timing, events, marks


def run_store(texts: list[str], batch_size: int) -> tuple[float, int]:
    """Ingest the texts (as one JSON Lines file) into a temporary SQLite database."""
    from defcoop.pipeline import ingest
    from defcoop.stages.store import Store

    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "corpus.jsonl"
        with dump.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(texts):
                handle.write(json.dumps({"text": text, "url": f"https://example.org/{number}"}) + "\n")
        settings = load_settings({"db": f"sqlite:///{Path(folder) / 'bench.db'}", "batch_size": batch_size})
        pipeline = Pipeline.from_settings(settings)
        store = Store(settings.db)
        start = time.perf_counter()
        report = ingest([str(dump)], store, pipeline, settings)
        elapsed = time.perf_counter() - start
        store.close()
    return elapsed, report.events


def main() -> None:
    """Generate the corpus, run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--store", action="store_true", help="ingest into SQLite (whole pipeline) instead")
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(11)
    texts = [article(rng, args.words) for _ in range(args.docs)]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {args.docs} articles, {size_mb:.1f} MB, ~{args.words} words each; RSS {rss_mb():.0f} MB")
    if args.store:
        elapsed, events = run_store(texts, args.batch_size)
        print(f"ingest with store: {args.docs / elapsed:.0f} articles/s, {size_mb / elapsed:.2f} MB/s, "
              f"{events} events ({elapsed:.1f} s)")
    else:
        pipeline = Pipeline.from_settings(load_settings({}))
        elapsed, timing, events, marks = run_stages(pipeline, texts)
        print(f"text -> events: {args.docs / elapsed:.0f} articles/s, {size_mb / elapsed:.2f} MB/s, "
              f"{events} events ({elapsed:.1f} s)")
        total = sum(timing.values()) or 1.0
        print("stage shares: " + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in timing.items()))
        print(f"RSS along the run: {', '.join(marks)}")
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
