"""The HTML report: self-contained, escaped, with highlighted actors and every section."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy.orm import Session

from defcoop.db.queries import EventFilter
from defcoop.outputs.report import highlight, render_report
from defcoop.records import Evidence

SECTIONS = ("summary", "network", "areas", "partners", "timeline", "events")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.resources: list[str] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag in ("img", "script", "link", "iframe") and (values.get("src") or values.get("href")):
            self.resources.append(values.get("src") or values.get("href") or "")
        if tag == "script":
            self.scripts.append(values.get("src") or "inline")


def test_highlight_marks_mentions_inside_the_span_only() -> None:
    text = "Kenya & Uganda <agreed> to hold drills."
    evidence = Evidence("d", 100, 100 + len(text), text)
    spans = [(90, 95, "KEN"), (100, 105, "KEN"), (108, 114, "UGA"), (130, 150, "XXX")]
    html = highlight(evidence, spans)
    assert html.startswith('<mark class="actor" title="Kenya (KEN)">Kenya</mark> &amp; ')
    assert '<mark class="actor" title="Uganda (UGA)">Uganda</mark>' in html
    assert "&lt;agreed&gt;" in html and "<agreed>" not in html
    assert html.count("<mark") == 2


def test_overlapping_mentions_are_not_nested() -> None:
    text = "South Korea and Poland"
    evidence = Evidence("d", 0, len(text), text)
    html = highlight(evidence, [(0, 11, "KOR"), (6, 11, "KOR"), (16, 22, "POL")])
    assert html.count("<mark") == 2 and "South Korea" in html


def test_report_is_self_contained_and_complete(session: Session) -> None:
    page, count = render_report(session, EventFilter(code="JPN"))
    assert count > 0
    parser = _Collector()
    parser.feed(page)
    assert set(SECTIONS) <= set(parser.ids)
    assert all(src.startswith("data:image/png;base64,") for src in parser.resources), parser.resources
    assert parser.scripts == ["inline"]
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page)
    assert "Partners of Japan (JPN)" in page
    assert '<mark class="actor"' in page
    assert page.count('<tr data-type="') == count


def test_text_from_the_database_is_escaped(session: Session) -> None:
    page, _count = render_report(session, EventFilter(type="ARMS_TRANSFER", stage="REJECTED"), max_events=10_000)
    assert "&lt;and chose another bidder&gt;" in page
    assert "<and chose" not in page


def test_max_events_limits_the_table(session: Session) -> None:
    page, count = render_report(session, EventFilter(), max_events=7)
    assert page.count('<tr data-type="') == 7 < count
    assert f"The 7 most recent of {count} events." in page


def test_item_links_point_to_rows_of_the_table(session: Session) -> None:
    page, _count = render_report(session, EventFilter(), max_events=40)
    rows = set(re.findall(r'<tr data-type="[A-Z_]+" id="(e\d+)"', page))
    links = set(re.findall(r'<a href="#(e\d+)"', page))
    assert links and links <= rows


def test_only_actors_are_highlighted_not_titles_systems_or_places(tmp_path: Path) -> None:
    from defcoop.config import load_settings
    from defcoop.outputs.report import document_mentions
    from defcoop.pipeline import Pipeline
    from defcoop.stages.store import Store

    text = ("Ghanaian Defence Minister Dominic Nitiwul met the Chief of Defence Staff of Nigeria in Abuja, "
            "where Nigeria agreed to sell two Alpha Jet trainers to Ghana.")
    processed = Pipeline.from_settings(load_settings()).process_text(text, source="gh-ng.txt")
    kinds = {m.kind for m in processed.mentions}
    assert "title" in kinds and "state" in kinds
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    try:
        store.write_batch([processed])
        with store.session() as session:
            spans = document_mentions(session, [processed.document.doc_id])[processed.document.doc_id]
    finally:
        store.close()
    marked = {text[start:end] for start, end, _ in spans}
    assert {"Nigeria", "Ghana"} <= marked
    assert not marked & {"Defence Minister", "Chief of Defence Staff", "Alpha Jet"}
    assert all(code for _, _, code in spans)
