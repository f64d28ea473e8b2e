"""Headline reading for stage choice: a headline has no closing punctuation, and its "X to <verb>" is to come."""

from __future__ import annotations

from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.sentence import SentenceView


def is_headline(view: SentenceView) -> bool:
    """Whether the sentence reads as a headline: no closing punctuation."""
    return not view.sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ":"))


_NOT_VERBS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "new", "more", "further"})


def headline_infinitive(view: SentenceView, trigger_hit: Hit) -> bool:
    """Whether a headline trigger follows "to" or "to" and up to two verb words ("to form", "to be built").

    A headline's "X to <verb>" states what is to come; "to" before a noun phrase
    ("boost to the alliance") is a preposition, told by a determiner or a name after it.
    """
    words = view.words_before(trigger_hit.start, 3)
    lowered = [w.lower() for w in words]
    if "to" not in lowered:
        return False
    between = words[len(lowered) - lowered[::-1].index("to") :]
    title = _title_case(view)
    return all(w.isalpha() and w.lower() not in _NOT_VERBS and (title or w.islower()) for w in between)


def _title_case(view: SentenceView) -> bool:
    """Whether most words of the sentence are capitalised (a title-case headline)."""
    words = [w for w in view.sentence.text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2
