"""Story features: the salient terms of a document and of its events.

A story is recognized by what its reports share that other news does not:
names of people, places, programs and systems, figures (``26``, ``64000``,
``6.5``; years count as generic words), multi-word names (``blue sword``, ``hyundai rotem``), and from the
extracted events the code pair, the type and the named systems. Capitalized
words that appear in almost any defense story (countries, titles, months;
``data/generic_terms.tsv``) are kept with a low weight.

Terms are hashed to 30 bits with CRC-32 (stable across runs) and tagged with a
2-bit class in the top bits: name, generic, figure, event key.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.records import Event
from defcoop.stages.cleaning.datafile import non_empty, one_of, package_data, read_rows
from defcoop.stages.cleaning.metadata import MONTHS

NAME, GENERIC, FIGURE, EVENT_KEY = 0, 1, 2, 3
CLASS_WEIGHT: dict[int, float] = {NAME: 1.0, GENERIC: 0.2, FIGURE: 0.8, EVENT_KEY: 1.2}
GENERIC_KINDS = ("calendar", "title", "institution", "country", "demonym", "capital", "other")
MAX_TERMS = 96
#: Countries named within this many characters of the start form the lead's dyads.
LEAD_CHARS = 600

_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
_FIGURE = re.compile(r"^\d[\d,.]*$")
#: A year ("2017") is named by many stories of a dyad: a generic word, not a figure of one story.
_YEAR = re.compile(r"(?:19|20)\d\d")
_MASK = (1 << 30) - 1
#: Small words written capitalized inside some state names ("The Gambia"): never generic terms of their own.
_NAME_PARTICLES = frozenset({"the", "of", "and", "de", "del", "da", "do", "du", "la", "le", "el", "et", "y"})
_CURRENCY = re.compile(r"\b(?:US|A|C|NZ|S|HK|NT)\$")


def term_hash(term: str, kind: int) -> int:
    """The 32-bit code of ``term``: its class in the top 2 bits, CRC-32 in the other 30.

    Event keys carry flags in their lowest bits: bit 0 marks a code pair
    (``pair:...``), bit 1 a key taken from extracted events (as opposed to the
    countries of the lead), bit 2 a full event key (``event:pair:type:stage``),
    so that they can be told apart after hashing.
    """
    code = (kind << 30) | (zlib.crc32(term.encode("utf-8")) & _MASK)
    if kind != EVENT_KEY:
        return code
    code &= ~7
    if term.startswith("pair:"):
        code |= 1
    if not term.startswith("pair:") or "|" not in term:
        code |= 2
    if term.startswith("event:"):
        code |= 4
    return code


def term_class(code: int) -> int:
    """The class (NAME, GENERIC, FIGURE, EVENT_KEY) of a term code."""
    return code >> 30


def is_pair_code(code: int) -> bool:
    """Whether a term code is a code pair (of the lead's countries or of an event's parties)."""
    return code >> 30 == EVENT_KEY and bool(code & 1)


def is_event_code(code: int) -> bool:
    """Whether a term code was taken from extracted events."""
    return code >> 30 == EVENT_KEY and bool(code & 2)



@dataclass(frozen=True, slots=True)
class GenericTerms:
    """Generic capitalized words, and the country each country name, demonym or capital stands for."""

    words: frozenset[str]
    country_of: dict[str, str]


def load_generic_terms(path: Path | None = None) -> GenericTerms:
    """Read a generic-terms file (``term<TAB>kind<TAB>country``)."""
    source = path or package_data("generic_terms.tsv", "defcoop.stages.clustering")
    rows = read_rows(source, ("term", "kind", "country"), (non_empty, one_of(GENERIC_KINDS), _any))
    words: set[str] = set()
    country_of: dict[str, str] = {}
    for number, (term, _kind, country) in rows:
        if term != term.lower() or country != country.lower():
            raise DataFileError(str(source), number, f"term and country must be lower case: {term!r}")
        words.add(term)
        if country:
            country_of[term] = country
    return GenericTerms(frozenset(words), country_of)


def _any(value: str) -> str | None:
    return None


@lru_cache(maxsize=1)
def generic_terms() -> GenericTerms:
    """The package's generic terms, completed with the state names of the knowledge base; loaded once."""
    from defcoop.kb import load_knowledge_base

    kb = load_knowledge_base()
    names = ((e.code, (e.canonical, *e.aliases)) for e in kb.entities("state")
             if e.code and e.entity_id == f"state:{e.code}")
    return with_state_names(load_generic_terms(), names)


def with_state_names(terms: GenericTerms, states: Iterable[tuple[str, Sequence[str]]]) -> GenericTerms:
    """``terms`` plus every state name the file lacks ("Papua New Guinea", "Burkina Faso").

    A name says which country a lead names, not which story it tells: the name
    (the last two words of a longer one, which is what the two-word reading of
    :func:`text_terms` sees) becomes generic and stands for its country; its
    single words stay as they are ("new" of "New Delhi" is no country). A
    country the file already knows keeps the file's key for it, so that
    "Australia" and "Commonwealth of Australia" give one lead pair.
    """
    words, country_of = set(terms.words), dict(terms.country_of)
    for code, names in states:
        forms = [" ".join(name.lower().replace("\u2019", "'").split()) for name in names]
        key = next((country_of[form] for form in forms if form in country_of), code.lower())
        for form, name in zip(forms, names, strict=True):
            capitalized = [w for w, original in zip(form.split(), name.split(), strict=False)
                           if original[:1].isupper() and w.replace("-", "").isalpha() and w not in _NAME_PARTICLES]
            tail = " ".join(form.split()[-2:])
            if len(capitalized) == len(form.split()) and tail not in country_of:
                country_of[tail] = key
                words.add(tail)
    return GenericTerms(frozenset(words), country_of)


@lru_cache(maxsize=1 << 16)
def _normalize_token(token: str) -> str:
    low = token.lower().replace("\u2019", "'").rstrip(".,")
    if low.endswith("'s"):
        low = low[:-2]
    if "." in low and re.fullmatch(r"(?:[a-z]\.)+[a-z]?", low):
        low = low.replace(".", "")
    if _FIGURE.match(low):
        low = low.replace(",", "")
        if low.endswith(".0"):
            low = low[:-2]
    return low


def _is_salient(token: str, first: bool) -> bool:
    if token[0].isdigit():
        return len(token.replace(",", "").replace(".", "")) >= 2
    if not token[0].isupper():
        return False
    if first:
        return (token.isupper() and len(token) > 1) or any(ch.isdigit() for ch in token)
    return True


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A word that may be a name or a figure, and where it stands."""

    term: str
    token: str
    opening: bool
    joined: bool
    sentence_start: int


_LEADING = "\"'\u201c\u2018\u201d\u2019([{<*\u2014\u2013$\u20ac\u00a3"
_TRAILING = "\"'\u201c\u2018\u201d\u2019)]}>*,;:!?\u2014\u2013"
_SENTENCE_CLOSERS = "\"'\u201d\u2019)]"
#: A candidate ending in one of these is not joined to the next one into a two-word name.
_JOIN_BREAKERS = ",;:.!?)]\u201d\""


def _candidates(text: str) -> list[_Candidate]:
    """Capitalized words and figures, with sentence openings and adjacency (split on whitespace)."""
    found: list[_Candidate] = []
    offset = 0
    for line in text.split("\n"):
        sentence_start = offset
        position = offset
        previous_raw = ""
        previous_was_candidate = False
        opening = True
        for raw in line.split():
            if opening:
                sentence_start = position
            first = raw[0]
            if first in _LEADING or first.isupper() or first.isdigit():
                core = raw.strip(_LEADING).rstrip(_TRAILING)
                if core.endswith(".") and not _ACRONYM.fullmatch(core):
                    core = core.rstrip(".")
                if core and (core[0].isupper() or core[0].isdigit()):
                    joined = (previous_was_candidate and previous_raw[-1:] not in _JOIN_BREAKERS
                              and first not in "([")
                    found.append(_Candidate(_normalize_token(core), core, opening, joined, sentence_start))
                    previous_was_candidate = True
                else:
                    previous_was_candidate = False
            else:  # a word in lower case (most of them): not a candidate
                previous_was_candidate = False
            last = raw[-1]
            opening = last in ".!?" or (last in _SENTENCE_CLOSERS and raw.rstrip(_SENTENCE_CLOSERS)[-1:] in ".!?"
                                        and raw.rstrip(_SENTENCE_CLOSERS) != "")
            previous_raw = raw
            position += len(raw) + 1
        offset += len(line) + 1
    return found


def text_terms(text: str, generic: GenericTerms | None = None) -> dict[str, int]:
    """Salient terms of ``text`` with their class.

    Names, figures and two-word names (capitalized words next to each other);
    generic words flagged. A capitalized word opening a sentence counts only
    when the text also capitalizes it elsewhere. The lead dyad: every pair of
    the countries named in the first sentences, read until two countries are
    named (or :data:`LEAD_CHARS` are read), gives a ``pair:`` term that tells
    a Japan-Turkey story from a Japan-India one (see :func:`lead_pairs`).
    """
    common = generic_terms() if generic is None else generic
    found = _candidates(_CURRENCY.sub(" $", text))
    inside = {candidate.term for candidate in found if not candidate.opening}
    terms: dict[str, int] = {}
    lead_countries: set[str] = set()
    lead_groups: dict[int, set[str]] = {}
    current_sentence, in_lead = -1, True
    previous: str | None = None
    for candidate in found:
        if candidate.sentence_start != current_sentence:
            current_sentence = candidate.sentence_start
            in_lead = current_sentence < LEAD_CHARS and len(lead_countries) < 2
        term = candidate.term
        opens_sentence = candidate.opening and term not in inside and term not in common.words
        if not _is_salient(candidate.token, opens_sentence) or (len(term) < 2 and not term.isdigit()):
            previous = None
            continue
        kind = GENERIC if term in common.words or _YEAR.fullmatch(term) else FIGURE if _FIGURE.match(term) else NAME
        day_of_month = kind == FIGURE and candidate.joined and previous in MONTHS and term.isdigit()
        if not day_of_month:  # "April 16": the day alone says nothing; "april 16" is kept below
            terms.setdefault(term, kind)
        word_country = None
        if in_lead and term in common.country_of:
            group = lead_groups.setdefault(current_sentence, set())
            word_country = common.country_of[term] if common.country_of[term] not in group else None
            lead_countries.add(common.country_of[term])
            group.add(common.country_of[term])
        if previous is not None and candidate.joined:
            pair = f"{previous} {term}"
            both_generic = kind == GENERIC and terms.get(previous) == GENERIC
            terms.setdefault(pair, GENERIC if both_generic else NAME)
            if in_lead and pair in common.country_of:
                _name_country(common.country_of[pair], word_country, lead_countries,
                              lead_groups.setdefault(current_sentence, set()), lead_groups.values())
        previous = term
    for first, second in lead_pairs([lead_groups[start] for start in sorted(lead_groups)]):
        terms[f"pair:{first}|{second}"] = EVENT_KEY
    return terms


def _name_country(country: str, word_country: str | None, lead: set[str], group: set[str],
                  groups: Iterable[set[str]]) -> None:
    """Record the country of a two-word name; its last word alone named another ("New Guinea", not Guinea)."""
    if word_country and word_country != country:
        group.discard(word_country)
        if not any(word_country in other for other in groups):
            lead.discard(word_country)
    lead.add(country)
    group.add(country)


def lead_pairs(groups: Sequence[set[str]]) -> list[tuple[str, str]]:
    """The lead's dyads from the countries of its first sentences (one set per sentence, in order).

    Every pair of the first sentence that names countries; when it names just one,
    that country paired with each country the next sentence adds. Two other
    countries met in the second sentence are background ("jets acquired from A,
    which builds them with B"), not the story's dyad.
    """
    if not groups:
        return []
    anchor = sorted(groups[0])
    if len(anchor) >= 2:
        return [(a, b) for i, a in enumerate(anchor) for b in anchor[i + 1:]]
    added = next((group - groups[0] for group in groups[1:] if group - groups[0]), set())
    return [(min(anchor[0], other), max(anchor[0], other)) for other in sorted(added)]


def event_terms(events: Iterable[Event]) -> dict[str, int]:
    """Story keys of the events: the code pairs, pair and type, pair, type and stage, and named systems."""
    terms: dict[str, int] = {}
    for event in events:
        codes = event.codes
        for i, first in enumerate(codes):
            for second in codes[i + 1:]:
                terms[f"pair:{first}-{second}"] = EVENT_KEY
                terms[f"pair-type:{first}-{second}:{event.type}"] = EVENT_KEY
                terms[f"event:{first}-{second}:{event.type}:{event.stage}"] = EVENT_KEY
        for system in event.systems:
            terms[f"system:{system.lower()}"] = EVENT_KEY
    return terms


def document_terms(text: str, events: Sequence[Event], captions: Sequence[str] = (),
                   limit: int = MAX_TERMS) -> list[int]:
    """The hashed story terms of a document: event keys and lead pairs first, then names, figures, generic words.

    Caption text adds names (not lead dyads) after the article's own terms.
    """
    found = event_terms(events)
    rank = {EVENT_KEY: 0, NAME: 1, FIGURE: 2, GENERIC: 3}
    ordered = sorted(text_terms(text).items(), key=lambda item: rank[item[1]])
    if captions:
        extra = text_terms(("\n" * 2) + ("." * LEAD_CHARS) + "\n" + "\n".join(captions))
        ordered += [(term, kind) for term, kind in extra.items() if kind in (NAME, FIGURE)]
    codes = [term_hash(term, kind) for term, kind in found.items()]
    seen = set(codes)
    for term, kind in ordered:
        code = term_hash(term, kind)
        if code not in seen:
            seen.add(code)
            codes.append(code)
        if len(codes) >= limit:
            break
    return codes
