"""``defcoop stories``: the stories in the database with their documents, outlets, dates and events."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import PurePath

import click
from rich.tree import Tree
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from defcoop.cli.common import console, db_option, filter_options, handle_errors, open_store, settings_from
from defcoop.db.models import DocumentRow
from defcoop.db.queries import EventFilter, filtered_query, row_to_event
from defcoop.outputs.jsonl import outlet_of
from defcoop.records import Event
from defcoop.stages.cluster import merge_story_events


@dataclass(slots=True)
class StoryView:
    """One story: its documents and its events merged across outlets."""

    story_id: str
    documents: list[DocumentRow] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets of the story's documents (see :func:`document_outlet`)."""
        return sorted({document_outlet(doc) for doc in self.documents})

    @property
    def dates(self) -> tuple[str | None, str | None]:
        """First and last publication date of the story's documents."""
        known = sorted(doc.published for doc in self.documents if doc.published)
        return (known[0], known[-1]) if known else (None, None)


def document_outlet(doc: DocumentRow) -> str:
    """The outlet of a document: its site, else the host of its URL, else the name of its file.

    A document without site or URL counts as an outlet of its own, as in the
    corroboration count of merged events.
    """
    return outlet_of(doc.site, doc.url) or PurePath(doc.source.split("#", 1)[0]).name or doc.source


def load_stories(session: Session, code: str | None = None, min_documents: int = 1,
                 filters: EventFilter | None = None) -> list[StoryView]:
    """Stories with their documents and merged events.

    With ``code`` or ``filters``, only the stories with an event that passes
    them (an event with a party of ``code``; the filters of every reading
    command); such a story is shown whole.
    """
    chosen = replace(filters or EventFilter(), code=code or (filters.code if filters else None))
    wanted: set[str] | None = None
    if chosen != EventFilter():
        query = filtered_query(chosen).with_only_columns(DocumentRow.story_id, DocumentRow.doc_id)
        wanted = {story or doc_id for story, doc_id in session.execute(query.distinct())}
    stories: dict[str, StoryView] = {}
    documents = session.execute(
        select(DocumentRow).options(selectinload(DocumentRow.events)).order_by(DocumentRow.published,
                                                                                DocumentRow.doc_id)
    ).scalars()
    events: dict[str, list[Event]] = defaultdict(list)
    for doc in documents:
        story = doc.story_id or doc.doc_id
        if wanted is not None and story not in wanted:
            continue
        stories.setdefault(story, StoryView(story)).documents.append(doc)
        events[story].extend(row_to_event(row) for row in doc.events)
    views = [view for view in stories.values() if len(view.documents) >= min_documents]
    for view in views:
        story_of = {doc.doc_id: view.story_id for doc in view.documents}
        site_of = {doc.doc_id: outlet_of(doc.site, doc.url) for doc in view.documents}
        view.events = merge_story_events(events[view.story_id], story_of, site_of)
    views.sort(key=lambda v: (-len(v.documents), v.dates[0] or "", v.story_id))
    return views


def render_story(view: StoryView) -> Tree:
    """A rich tree of one story: documents with outlet and date, then merged events."""
    first, last = view.dates
    when = first if first == last else f"{first} .. {last}"
    tree = Tree(f"[bold]{view.story_id}[/bold]  {len(view.documents)} document(s), "
                f"{len(view.outlets)} outlet(s): {', '.join(view.outlets)}  {when or 'undated'}")
    docs = tree.add("documents")
    for doc in view.documents:
        copy = f"  (copy of {doc.duplicate_of})" if doc.duplicate_of else ""
        docs.add(f"{doc.doc_id}  {doc.published or '----------'}  {document_outlet(doc)}  "
                 f"{doc.title or doc.source}{copy}")
    if view.events:
        branch = tree.add(f"events ({len(view.events)})")
        for event in view.events:
            direction = f" {event.direction[0]}->{event.direction[1]}" if event.direction else ""
            areas = f" [{', '.join(event.areas)}]" if event.areas else ""
            branch.add(f"{event.type} {event.stage} {'-'.join(event.codes)}{direction}{areas}  "
                       f"{event.date or ''}  reported by {len(event.doc_ids)}  conf {event.confidence:.2f}")
    return tree


@click.command("stories")
@db_option
@filter_options
@click.option("--min-docs", type=click.IntRange(1), default=1, show_default=True,
              help="Only stories reported by at least this many documents.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help="At most this many stories.")
@handle_errors
def stories_command(db: str | None, filters: EventFilter, min_docs: int, limit: int) -> None:
    """List stories (documents that report the same news) with their outlets, dates and events.

    The filters keep the stories with at least one event that passes them.

    \b
    Examples:
      defcoop stories --min-docs 2
      defcoop stories --code JPN --db sqlite:///news.db
      defcoop stories --code IND --partner FRA --type ARMS_TRANSFER --since 2024
    """
    settings = settings_from(db)
    with open_store(settings.db, reading=True) as store, store.session() as session:
        views = load_stories(session, min_documents=min_docs, filters=filters)
        out = console()
        out.print(f"{len(views)} stor{'y' if len(views) == 1 else 'ies'}"
                  + (f" (showing {limit})" if len(views) > limit else ""))
        for view in views[:limit]:
            out.print(render_story(view))


#: The name the CLI registers.
stories = stories_command
