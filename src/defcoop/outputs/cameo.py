"""``events.cameo.tsv``: one tab-separated row per merged event in the column
order GDELT 1.0/2.0 event users expect, then defcoop's own columns.

The event code is the stored ``cameo`` field, else the spec's mapping by type
and stage (``lexicons/data/cameo.tsv``). Actor 1 is the supplier or visitor
of a directed event, else the first code in alphabetical order; events with
more than two actors list the others in ``OtherActorCodes``. ``SQLDATE`` is
the event date when known to the day, else the publication date of the first
report (``EventDate`` keeps the event date at the precision the text gives).
See ``docs/exports.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from defcoop.lexicons import load_lexicons
from defcoop.outputs.dataset import AnalystEvent, code_name

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources",
    "NumArticles", "SOURCEURL",
    "DefcoopEventId", "DefcoopType", "DefcoopStage", "EventDate", "OtherActorCodes", "Areas", "Systems",
    "Confidence",
)


def event_code(item: AnalystEvent) -> str:
    """The CAMEO code of an event: the stored one, else the spec's mapping (``"0"`` when unknown)."""
    if item.event.cameo:
        return item.event.cameo
    return load_lexicons().cameo_code(item.event.type, item.event.stage) or "0"


def quad_class(code: str) -> int:
    """GDELT's QuadClass of a CAMEO code: 1 verbal cooperation (01-05), 2 material cooperation (06-08), else 0."""
    root = int(code[:2]) if code[:2].isdigit() else 0
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    return 0


def actors(item: AnalystEvent) -> tuple[str, str, list[str]]:
    """Actor 1, actor 2 and any further actors of an event."""
    event = item.event
    if event.direction:
        first, second = event.direction
    else:
        first, second = ([*event.codes, "", ""])[:2]
    others = [c for c in event.codes if c not in (first, second)]
    return first, second, others


def _sql_date(item: AnalystEvent) -> str:
    date = item.event.date
    if date and len(date) == 10:
        return date.replace("-", "")
    published = sorted(s.published for s in item.sources if s.published)
    if published:
        return published[0].replace("-", "")
    return (item.when or "").replace("-", "")


def cameo_row(item: AnalystEvent) -> list[str]:
    """The cells of one event, in :data:`COLUMNS` order."""
    code = event_code(item)
    actor1, actor2, others = actors(item)
    sql_date = _sql_date(item)
    url = next((s.link for s in item.sources if s.link), None) or (item.sources[0].source if item.sources else "")
    cells: list[object] = [
        item.number, sql_date, sql_date[:6], sql_date[:4], actor1, code_name(actor1) if actor1 else "",
        actor2, code_name(actor2) if actor2 else "", 1, code, code[:3], code[:2], quad_class(code),
        len(item.event.evidence), len(item.outlets), len(item.sources), url,
        item.event_id, item.event.type, item.event.stage, item.event.date or "", ";".join(others),
        ";".join(item.event.areas), ";".join(item.event.systems), f"{item.event.confidence:.3f}",
    ]
    texts = [str(cell) for cell in cells]
    return texts if _all_clean(texts) else [_clean(text) for text in texts]


def _all_clean(texts: list[str]) -> bool:
    """Whether :func:`_clean` would leave every text as it is, tested once over the joined row
    (``False`` also for a clean text with ``|`` beside a space: that only costs the slow path)."""
    probe = "|".join(texts)
    return (probe.isprintable() and "  " not in probe and " |" not in probe and "| " not in probe
            and probe[:1] != " " and probe[-1:] != " ")


def _clean(value: str) -> str:
    """One line, single spaces, no tabs. Every whitespace character but the plain space is
    non-printable, so a printable value without doubled or outer spaces is already clean."""
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return " ".join(value.replace("\t", " ").split())


def write_cameo(events: Iterable[AnalystEvent], path: Path) -> int:
    """Write ``events`` as CAMEO/GDELT-style TSV with a header line; return the number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for item in events:
            handle.write("\t".join(cameo_row(item)) + "\n")
            count += 1
    return count
