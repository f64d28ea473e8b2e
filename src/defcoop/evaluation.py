"""Scoring extracted events against gold annotations (the definitions of ``shared/eval/score.py``).

Gold lines hold ``{"doc", "story", "events": [{"codes", "type", "stage", "areas", ...}]}``.
Predictions are export-shaped: documents (``doc_id``, ``source``, ``story_id``)
and events (``codes``, ``type``, ``stage``, ``areas``, ``doc_ids``). Documents
are joined to gold by the file stem of ``source``; a gold document missing from
the predictions counts as fully missed.

Each event with more than two codes is expanded into every pair of its codes, and
per document the sets of keys are compared:

* ``pair+type``: (code pair, type);
* ``pair+type+area``: (code pair, type, area) for each area;
* ``pair+type+stage``: (code pair, type, stage).

Precision, recall and F1 are micro-averaged over documents. ``story`` is the
pairwise precision and recall of "same story" over the gold documents that have
a story label. Breakdowns per type and per stage count the ``pair+type`` and
``pair+type+stage`` keys of that type or stage.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from defcoop.errors import InputError

METRICS: tuple[str, ...] = ("pair+type", "pair+type+area", "pair+type+stage")
Key = tuple[Any, ...]


@dataclass(slots=True)
class Score:
    """Counts of true positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set[Key], gold: set[Key]) -> None:
        """Add the comparison of one document's key sets."""
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float | int]:
        """The score as the JSON object score.py prints."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class DocumentDiff:
    """The missed and spurious keys of one document for one metric."""

    doc: str
    metric: str
    missed: list[Key]
    spurious: list[Key]


@dataclass(slots=True)
class Report:
    """Every score of one evaluation run."""

    scores: dict[str, Score]
    by_type: dict[str, Score]
    by_stage: dict[str, Score]
    story: Score
    documents_gold: int
    documents_found: int
    diffs: list[DocumentDiff] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (the keys of score.py plus the breakdowns)."""
        out: dict[str, Any] = {m: s.as_dict() for m, s in self.scores.items()}
        out["story"] = self.story.as_dict()
        out["documents"] = {"gold": self.documents_gold, "exported": self.documents_found}
        out["by_type"] = {t: s.as_dict() for t, s in sorted(self.by_type.items())}
        out["by_stage"] = {t: s.as_dict() for t, s in sorted(self.by_stage.items())}
        return out


def file_stem(source: str) -> str:
    """The file name of ``source`` up to its first dot (how documents join gold lines)."""
    name = PurePosixPath(source.replace("\\", "/")).name
    return name.split(".")[0] if "." in name else name


def event_keys(event: Mapping[str, Any]) -> dict[str, set[Key]]:
    """The keys of one event (gold or predicted) for every metric."""
    codes = sorted({str(c).upper() for c in event.get("codes") or [] if c})
    etype = str(event.get("type", "")).upper()
    stage = str(event.get("stage") or "").upper()
    areas = {str(a).upper() for a in event.get("areas") or []}
    keys: dict[str, set[Key]] = {m: set() for m in METRICS}
    for pair in itertools.combinations(codes, 2):
        keys["pair+type"].add((pair, etype))
        keys["pair+type+stage"].add((pair, etype, stage))
        keys["pair+type+area"].update((pair, etype, area) for area in areas)
    return keys


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; :class:`InputError` on a bad line."""
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON: {exc}") from exc
    return rows


def _union(events: Iterable[Mapping[str, Any]]) -> dict[str, set[Key]]:
    out: dict[str, set[Key]] = defaultdict(set)
    for event in events:
        for metric, keys in event_keys(event).items():
            out[metric] |= keys
    return out


def score(
    gold: Sequence[Mapping[str, Any]], documents: Sequence[Mapping[str, Any]], events: Sequence[Mapping[str, Any]]
) -> Report:
    """Score export-shaped ``documents`` and ``events`` against ``gold`` lines."""
    gold_by_doc = {str(g["doc"]): g for g in gold}
    stem_of: dict[str, str] = {}
    story_of: dict[str, str] = {}
    for doc in documents:
        stem = file_stem(str(doc.get("source", "")))
        stem_of[str(doc.get("doc_id"))] = stem
        if stem in gold_by_doc:
            story_of[stem] = str(doc.get("story_id") or doc.get("doc_id"))
    predicted: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for event in events:
        for doc_id in set(event.get("doc_ids") or []):
            found = stem_of.get(str(doc_id))
            if found is not None and found in gold_by_doc:
                predicted[found].append(event)
    scores = {m: Score() for m in METRICS}
    by_type: dict[str, Score] = defaultdict(Score)
    by_stage: dict[str, Score] = defaultdict(Score)
    diffs: list[DocumentDiff] = []
    for stem, line in gold_by_doc.items():
        pred = _union(predicted.get(stem, []))
        want = _union(line.get("events") or [])
        for metric in METRICS:
            scores[metric].add(pred[metric], want[metric])
            missed, spurious = want[metric] - pred[metric], pred[metric] - want[metric]
            if missed or spurious:
                diffs.append(DocumentDiff(stem, metric, sorted(missed, key=str), sorted(spurious, key=str)))
        for etype in {k[1] for k in pred["pair+type"] | want["pair+type"]}:
            by_type[etype].add(
                {k for k in pred["pair+type"] if k[1] == etype}, {k for k in want["pair+type"] if k[1] == etype}
            )
        for stage in {k[2] for k in pred["pair+type+stage"] | want["pair+type+stage"]}:
            by_stage[stage].add(
                {k for k in pred["pair+type+stage"] if k[2] == stage},
                {k for k in want["pair+type+stage"] if k[2] == stage},
            )
    return Report(scores, dict(by_type), dict(by_stage), _story(gold_by_doc, story_of), len(gold_by_doc),
                  sum(1 for s in gold_by_doc if s in story_of), diffs)


def _story(gold: Mapping[str, Mapping[str, Any]], story_of: Mapping[str, str]) -> Score:
    result = Score()
    labelled = [s for s in gold if gold[s].get("story")]
    for a, b in itertools.combinations(labelled, 2):
        same_gold = gold[a]["story"] == gold[b]["story"]
        same_pred = a in story_of and b in story_of and story_of[a] == story_of[b]
        result.tp += same_gold and same_pred
        result.fp += same_pred and not same_gold
        result.fn += same_gold and not same_pred
    return result


def format_report(report: Report, verbose: bool = False) -> str:
    """The report as text: like score.py, plus per-type and per-stage lines."""
    lines: list[str] = []
    if verbose:
        for diff in report.diffs:
            lines.append(f"{diff.doc} {diff.metric}")
            lines.extend(f"  missed   {k}" for k in diff.missed)
            lines.extend(f"  spurious {k}" for k in diff.spurious)
    for name, value in [*report.scores.items(), ("story", report.story)]:
        lines.append(_line(name, value))
    lines.append(f"documents        exported {report.documents_found} of {report.documents_gold}")
    lines.append("per type (pair+type):")
    lines.extend(_line(f"  {t}", s) for t, s in sorted(report.by_type.items()))
    lines.append("per stage (pair+type+stage):")
    lines.extend(_line(f"  {t}", s) for t, s in sorted(report.by_stage.items()))
    return "\n".join(lines)


def _line(name: str, s: Score) -> str:
    return f"{name:22s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})"


def run_pipeline(paths: list[str], settings: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ingest ``paths`` into a temporary SQLite database and return the export's documents and events.

    Runs the whole pipeline (:func:`defcoop.pipeline.ingest` into a
    :class:`~defcoop.stages.store.Store`) so that story clustering and the
    cross-document merge of the export are scored as well.
    """
    import tempfile
    from dataclasses import replace

    from defcoop.db.queries import iter_documents
    from defcoop.outputs.jsonl import document_record, iter_event_records
    from defcoop.pipeline import Pipeline, ingest
    from defcoop.stages.store import Store

    with tempfile.TemporaryDirectory(prefix="defcoop-eval-") as folder:
        db_url = f"sqlite:///{Path(folder) / 'eval.db'}"
        run_settings = replace(settings, db=db_url)
        store = Store(db_url)
        try:
            ingest(paths, store, Pipeline.from_settings(run_settings), run_settings)
            with store.session() as session:
                documents = [document_record(d) for d in iter_documents(session)]
                events = list(iter_event_records(session))
        finally:
            store.close()
    return documents, events


def run_and_score(paths: list[str], gold_path: Path | list[Path], settings: Any) -> Report:
    """Run the pipeline on ``paths`` and score the export against one or more gold files."""
    gold_paths = gold_path if isinstance(gold_path, list) else [gold_path]
    gold = [line for path in gold_paths for line in read_jsonl(path)]
    documents, events = run_pipeline(paths, settings)
    return score(gold, documents, events)
