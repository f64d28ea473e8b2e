"""Earlier editions of a recurring exercise or dialogue: a past event stated by reference.

Reports of an exercise or a round of talks often recall the one before it without
naming the sides again: "The previous edition was held in Bandung in 2023", "The
15th edition of the exercise took place in Umroi", "The last round was hosted by
Hanoi in May". Such a sentence states a completed event of the same kind between
the sides of the latest exercise or dialogue the document reported.
:func:`past_editions` gives it (``COMPLETED``) when the sentence itself gave none.
"""

from __future__ import annotations

import re

from defcoop.records import Event, Evidence
from defcoop.stages.extraction.sentence import SentenceView

_ORDINAL = (
    r"(?:previous|last|earlier|preceding|first|inaugural|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)"
)
_PAST_EDITION = re.compile(
    rf"\b{_ORDINAL}\s+(?P<what>edition|iteration|round|session|meeting)\b(?:\s+of\s+(?:the\s+)?[^,;.]{{1,40}}?)?"
    r"(?:,\s+[^,;.]{1,60},)?\s+(?:was|were)\s+(?:also\s+)?(?:held|conducted|hosted|staged|organi[sz]ed|carried\s+out)\b"
    rf"|\b{_ORDINAL}\s+(?P<what2>edition|iteration|round|session|meeting)\b(?:\s+of\s+(?:the\s+)?[^,;.]{{1,40}}?)?"
    r"\s+took\s+place\b",
    re.IGNORECASE,
)
_TALKS = re.compile(r"\b(?:talks|dialogue|consultations?|round|session|meeting)\b", re.IGNORECASE)
_EXERCISE_WORDS = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games?)\b", re.IGNORECASE)
EDITION_CONFIDENCE = 0.75
_EDITION_WORDS = ("edition", "iteration", "round", "session", "meeting")


def past_edition(text: str) -> re.Match[str] | None:
    """The clause of ``text`` that recalls an earlier edition held in the past, if any."""
    lowered = text.lower()
    if not any(word in lowered for word in _EDITION_WORDS):
        return None  # most sentences name no edition: skip the pattern
    return _PAST_EDITION.search(text)


def past_editions(view: SentenceView, events: list[Event], earlier: list[Event]) -> list[Event]:
    """A completed event of the kind and between the sides of the document's latest exercise or dialogue."""
    found = past_edition(view.sentence.text)
    if found is None:
        return []
    kinds = _kinds(view.sentence.text, found)
    if any(e.type in kinds and e.stage == "COMPLETED" for e in events):
        return []
    last = next((e for e in reversed(earlier + events) if e.type in kinds and len(e.codes) > 1), None)
    if last is None:
        return []
    evidence = Evidence(last.evidence[0].doc_id, view.sentence.start, view.sentence.end, view.sentence.text)
    return [
        Event(
            type=last.type,
            stage="COMPLETED",
            parties=list(last.parties),
            evidence=[evidence],
            confidence=round(min(last.confidence, EDITION_CONFIDENCE), 3),
            trigger=last.trigger,
            doc_ids=list(last.doc_ids),
            referential=True,
        )
    ]


def _kinds(text: str, found: re.Match[str]) -> tuple[str, ...]:
    """The event types the recalled edition can be: an exercise, talks, or either one."""
    what = (found["what"] or found["what2"] or "").lower()
    if _EXERCISE_WORDS.search(text):
        return ("EXERCISE",)
    if what in ("round", "session", "meeting") or _TALKS.search(text):
        return ("DIALOGUE",)
    return ("EXERCISE", "DIALOGUE")
