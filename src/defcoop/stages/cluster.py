"""Cluster stage: exact and near duplicates, and stories, assigned incrementally.

* Exact duplicates share the content hash (and so the ``doc_id``).
* Near duplicates (the same wire story on another site, with other furniture)
  have an estimated Jaccard similarity of word 3-shingles at or above
  ``settings.near_duplicate_threshold``; they are found through MinHash LSH
  buckets, so a new document is compared only with the stored documents in its
  buckets. A near duplicate joins its original's story.
* Stories: a document reporting the same event in other words joins the story
  of the most similar stored document (salient names, figures, event keys;
  published within ``settings.story_window_days`` when both dates are known;
  never across different code pairs when both have events); else it starts a
  new story ``"s" + hex``.

:class:`ClusterIndex` is rebuilt from the stored fingerprints
(:meth:`ClusterIndex.from_stored`), so an ingest run continues where the last
one stopped. :func:`merge_story_events` (in :mod:`.clustering.merge`) merges
the events that the documents of one story report alike.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from defcoop.config import Settings
from defcoop.records import ClusterDecision, Document, Event, StoredSummary
from defcoop.stages.cleaning.metadata import month_day, parse_date
from defcoop.stages.clustering import fingerprint as fp
from defcoop.stages.clustering.features import document_terms
from defcoop.stages.clustering.merge import merge_story_events
from defcoop.stages.clustering.minhash import NUM_PERM, LshIndex, bands_for, estimated_jaccard, signature
from defcoop.stages.clustering.stories import StoryIndex

__all__ = ["ClusterIndex", "merge_story_events", "story_id_for"]

#: Signatures and story terms are taken from at most this many characters of a document.
MAX_FEATURE_CHARS = 100_000
#: A full date within this many characters of the start stands in for a missing publication date.
LEAD_DATE_CHARS = 500
#: Stories tried for a new document when better matches belong to stories of other dates.
MAX_STORY_ATTEMPTS = 3
#: Documents of a story whose dates are checked against a new member.
MAX_MEMBERS_CHECKED = 100


def _month_day(document: Document, lead: date | None) -> int:
    """Month and day of the publication date, of a dateline without a year, or of the date in the lead."""
    if document.published is not None:
        return fp.pack_month_day(document.published.month, document.published.day)
    found = month_day(document.published_text)
    if found is None and lead is not None:
        found = (lead.month, lead.day)
    return fp.pack_month_day(*found) if found else 0


def _lead_date(document: Document) -> date | None:
    """For an undated document, the first full date written in its lead (else None)."""
    if document.published is not None:
        return None
    return parse_date(document.text[:LEAD_DATE_CHARS])


def story_id_for(doc_id: str) -> str:
    """The id of the story a document founds: ``"s"`` and 10 hex digits of its id."""
    return "s" + doc_id[:10]


@dataclass(slots=True)
class ClusterIndex:
    """Everything needed to place a new document among the stored ones."""

    settings: Settings
    doc_ids: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    story_of: list[str] = field(default_factory=list)
    members: dict[str, list[int]] = field(default_factory=dict)
    original_of: list[int] = field(default_factory=list)
    signatures: array[int] = field(default_factory=lambda: array("I"))
    has_signature: bytearray = field(default_factory=bytearray)
    lsh: LshIndex | None = None
    stories: StoryIndex | None = None

    def __post_init__(self) -> None:
        if self.lsh is None:
            bands, rows = bands_for(self.settings.near_duplicate_threshold, NUM_PERM)
            self.lsh = LshIndex(bands, rows)
        if self.stories is None:
            self.stories = StoryIndex(self.settings.story_window_days)

    @classmethod
    def from_stored(cls, summaries: Iterable[StoredSummary], settings: Settings) -> ClusterIndex:
        """Rebuild the index from the documents already in the database."""
        index = cls(settings)
        for summary in summaries:
            print_ = fp.decode(summary.fingerprint)
            story = summary.story_id or story_id_for(summary.doc_id)
            index._register(summary.doc_id, story, summary.duplicate_of, summary.published, print_)
        return index

    def __len__(self) -> int:
        return len(self.doc_ids)

    def fingerprint(self, document: Document, events: Sequence[Event]) -> fp.Fingerprint:
        """The fingerprint of a document: its MinHash signature, story terms and month and day."""
        text = document.text[:MAX_FEATURE_CHARS]
        sig = signature(text) if text.strip() else array("I")
        terms = array("I", document_terms(text, events, document.captions))
        lead = _lead_date(document)
        return fp.Fingerprint(sig, terms, _month_day(document, lead), lead.toordinal() if lead else 0)

    def assign(self, document: Document, events: Sequence[Event]) -> ClusterDecision:
        """Decide the duplicate and story of a new document (does not add it)."""
        assert self.stories is not None
        print_ = self.fingerprint(document, events)
        encoded = fp.encode(print_)
        known = self.numbers.get(document.doc_id)
        if known is not None:
            original = self.original_of[known]
            return ClusterDecision(self.doc_ids[original], self.story_of[known], encoded)
        duplicate = self._near_duplicate(print_.signature)
        if duplicate is not None:
            original = self.original_of[duplicate]
            return ClusterDecision(self.doc_ids[original], self.story_of[duplicate], encoded)
        return ClusterDecision(None, self._story(print_, document), encoded)

    def _story(self, print_: fp.Fingerprint, document: Document) -> str:
        """The story of the best matching stored document whose whole story fits the new one's dates.

        A story whose dated documents are too far from the new document's date is
        skipped (its documents excluded) and the next best match is tried, so that
        an undated report cannot chain two events months apart into one story.
        """
        assert self.stories is not None
        day = document.published.toordinal() if document.published else 0
        excluded: set[int] = set()
        for _attempt in range(MAX_STORY_ATTEMPTS):
            match = self.stories.best(print_.terms, document.published, excluded, print_.day_of_year,
                                      print_.lead_day)
            if match is None:
                break
            story = self.story_of[match.number]
            members = self.members.get(story, [])
            checked = members[:MAX_MEMBERS_CHECKED]
            if all(self.stories.compatible_dates(member, day, print_.day_of_year, print_.lead_day)
                   for member in checked):
                return story
            excluded.update(members)
        return story_id_for(document.doc_id)

    def add(self, document: Document, events: Sequence[Event], decision: ClusterDecision) -> None:
        """Store a document with the decision taken for it."""
        print_ = fp.decode(decision.fingerprint) if decision.fingerprint else None
        if print_ is None:
            print_ = self.fingerprint(document, events)
        self._register(document.doc_id, decision.story_id, decision.duplicate_of, document.published, print_)

    def _register(self, doc_id: str, story: str, duplicate_of: str | None, published: date | None,
                  print_: fp.Fingerprint | None) -> None:
        assert self.lsh is not None and self.stories is not None
        if doc_id in self.numbers:
            return
        number = len(self.doc_ids)
        self.doc_ids.append(doc_id)
        self.numbers[doc_id] = number
        self.story_of.append(story)
        self.members.setdefault(story, []).append(number)
        self.original_of.append(self.numbers.get(duplicate_of, number) if duplicate_of else number)
        usable = print_ is not None and len(print_.signature) == NUM_PERM
        self.signatures.extend(print_.signature if usable and print_ else array("I", bytes(4 * NUM_PERM)))
        self.has_signature.append(1 if usable else 0)
        if usable and print_ is not None:
            self.lsh.add(number, print_.signature)
        if print_ is None:
            self.stories.add([], published)
        else:
            self.stories.add(print_.terms, published, print_.day_of_year, print_.lead_day)

    def _near_duplicate(self, sig: array[int]) -> int | None:
        """The stored document most similar to ``sig`` at or above the threshold, if any."""
        assert self.lsh is not None
        if len(sig) != NUM_PERM:
            return None
        threshold = self.settings.near_duplicate_threshold
        best: tuple[float, int] | None = None
        for number in self.lsh.candidates(sig):
            if not self.has_signature[number]:
                continue
            stored = self.signatures[number * NUM_PERM:(number + 1) * NUM_PERM]
            similarity = estimated_jaccard(sig, stored)
            if similarity >= threshold and (best is None or similarity > best[0]):
                best = (similarity, number)
        return best[1] if best else None
