"""Recognize stage: find the actors, systems and references of a document.

One Aho-Corasick pass over the text finds every name of the knowledge base
(states, capitals, adjectives, alliances, agencies, ministries, armed forces,
companies, systems, people, titles, reference phrases, places); rules then
refine the hits, in this order:

1. company suffixes ("Toshiba" + " Corporation") and proper names headed by a
   capital or state ("Warsaw Pact", "Kyiv Post", "China Daily": not the state);
2. false friends ("Michael Jordan", "roast the Turkey", "Georgia's governor");
3. ambiguous names ("Korean", "Congo") and acronyms shared by bodies of several
   states ("DND") from the document's other mentions;
4. institutions attached to a state ("Indian Navy", "Ministry of Defence of Japan");
5. people attached to titles ("Defence Minister Rajnath Singh", "his Turkish
   counterpart, Yasar Guler") and later bare surnames;
6. unknown capitalized names close to a known name (typos: "Jupitor Corporation"),
   unknown companies named with a legal suffix ("Kestrel Avionics Ltd") and
   model designations after their maker ("Kawasaki's P-1");
7. datelines ("MANILA —") and base names ("Camp Jordan") marked as places;
8. document-level references ("the two countries", "the ministry") resolved to
   the codes in context.

:meth:`Recognizer.match` is pure: it reads nothing and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import ahocorasick

from defcoop.kb import KnowledgeBase
from defcoop.records import Mention, Sentence
from defcoop.stages.recognition.acronyms import SharedAcronyms, defined_acronyms
from defcoop.stages.recognition.candidates import Candidate, sort_spans
from defcoop.stages.recognition.companies import find_unknown_companies
from defcoop.stages.recognition.context import mark_dateline, mark_facility_names
from defcoop.stages.recognition.designations import Designations
from defcoop.stages.recognition.friends import FalseFriends
from defcoop.stages.recognition.fuzzy import FuzzyMatcher
from defcoop.stages.recognition.patterns import build_automaton
from defcoop.stages.recognition.people import find_people
from defcoop.stages.recognition.references import resolve_references
from defcoop.stages.recognition.scan import (
    attach_institutions,
    extend_company_suffixes,
    mark_proper_names,
    resolve_ambiguous,
    scan,
)


class Recognizer:
    """Finds knowledge-base entities in text; build once per knowledge base with :meth:`from_kb`."""

    def __init__(self, kb: KnowledgeBase, automaton: ahocorasick.Automaton) -> None:
        self.kb = kb
        self._automaton = automaton
        self._friends = FalseFriends(kb)
        self._fuzzy = FuzzyMatcher(kb)
        self._designations = Designations(kb)
        self._acronyms = SharedAcronyms(kb)

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """The multi-pattern automaton over every name of the knowledge base (read-only use)."""
        return self._automaton

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Recognizer:
        """Build the automaton and rule tables of ``kb`` (a second or so for the package KB)."""
        return cls(kb, build_automaton(kb))

    def match(self, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        """The mentions in ``text``: sorted by start, non-overlapping, spans into ``text``."""
        candidates, suffixes = scan(text, self._automaton)
        extend_company_suffixes(text, candidates)
        candidates = mark_proper_names(text, candidates, self.kb)
        candidates = self._friends.filter(text, candidates, sentences)
        candidates = resolve_ambiguous(text, candidates, self.kb)
        candidates = self._acronyms.resolve(text, candidates)
        candidates = attach_institutions(text, candidates, self.kb)
        candidates = self._fuzzy.add_typos(text, candidates)
        candidates = find_unknown_companies(text, candidates, suffixes)
        candidates = self._designations.find(text, candidates)
        candidates = defined_acronyms(text, candidates)
        sort_spans(candidates)
        dateline = mark_dateline(text, candidates)
        mark_facility_names(text, candidates)
        candidates = find_people(text, candidates, sentences, self.kb, dateline)
        candidates = resolve_references(text, candidates, sentences, self.kb, dateline)
        return _finish(text, candidates)


def _finish(text: str, candidates: list[Candidate]) -> list[Mention]:
    """Mentions sorted by start, dropping any candidate that overlaps one kept before it."""
    sort_spans(candidates)
    mentions: list[Mention] = []
    append = mentions.append
    last_end = -1
    for cand in candidates:
        if cand.start < last_end:
            continue
        append(cand.to_mention(text))
        last_end = cand.end
    return mentions
