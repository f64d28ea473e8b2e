"""People: names attached to titles, tied to the state they serve.

A title ("Defence Minister", "ambassador", "Joint Secretary", "his Turkish
counterpart") takes its state from what qualifies it: a state, adjective or
possessive right before it, possibly across a few capitalized portfolio words
("US Defense Secretary", "Japan's defense minister", "Indian ambassador",
"India's Trade Minister") or "of <state>" right after it ("Ambassador of Japan");
"to <state>" after an ambassador names the host, not the state served. Without
a qualifier the state is that of the document (the state it names first).

The person's name follows the title ("Defence Minister Rajnath Singh",
"Japan's defense minister, Gen Nakatani") or precedes it with a comma
("Anurag Bajpai, Joint Secretary ..."). "Gen" before a single name is a given
name ("Gen Nakatani"); before two or more it is the rank. Later bare surnames
refer to the same person.

Where a name starts and ends is found by :mod:`~defcoop.stages.recognition.names`;
:mod:`~defcoop.stages.recognition.surnames` links the later surnames.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from defcoop.kb import Entity, KnowledgeBase, slugify
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import BY_START, Candidate, SpanIndex
from defcoop.stages.recognition.names import PAREN, RANKS, is_given_name_gen, name_after, name_before, name_tokens
from defcoop.stages.recognition.surnames import follow_titled_namesakes, link_surnames

_QUALIFIER_GAP = re.compile(
    r"(?:'s|’s)? (?:(?:[A-Z][\w-]*|and|&|new|former|then|acting|outgoing|incoming|current|top|senior|deputy|vice|"
    r"visiting|newly appointed|newly-appointed) ){0,4}"
)
_OF = re.compile(r" of (?:the )?")
_TO = re.compile(r" (?:to|in) (?:the )?")
_WITHIN = re.compile(r",? (?:in|at|with|of) (?:the )?")
_QUALIFIER_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company"})
_PRONOUNS = re.compile(r"(?:his|her|their|its|His|Her|Their) $")
_MILITARY_ROLES = frozenset({"chief_of_staff", "navy_chief", "admiral", "general", "commander"})
_SERVICE_BEFORE = re.compile(r"\b(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Mm]ilitary|[Mm]arines?|[Cc]oast [Gg]uard) $")
_PERSON_KINDS = frozenset({"title", "person"})
#: Heads of state and government: without a nationality they take a state only from what ties them to one.
_HEADS = frozenset({"president", "prime_minister", "head_of_state"})
_NOT_PARTY_ROLES = frozenset({"place", "capital", "seat"})


def find_people(
    text: str,
    candidates: list[Candidate],
    sentences: Sequence[Sentence],
    kb: KnowledgeBase,
    dateline: str | None = None,
) -> list[Candidate]:
    """``candidates`` plus the people named next to titles, with the state they serve.

    ``dateline`` is the state the report is filed from, if its dateline says so.
    """
    ordered = sorted(candidates, key=BY_START)
    if not any([c.kind in _PERSON_KINDS for c in ordered]):
        return ordered
    if "Gen " in text or "Gen." in text:
        ordered = _merge_given_name_gen(text, ordered)
    marks = [index for index, cand in enumerate(ordered) if cand.kind in _PERSON_KINDS]
    by_start = {c.start: c for c in ordered}
    index_of = SpanIndex(ordered, presorted=True)
    headings = [(s.start, s.end) for s in sentences if s.is_heading]
    home = dateline or _home_state(ordered)
    dateline_at = next((c.start for c in ordered if c.role == "place" and c.code == dateline), -1) if dateline else -1
    sole = _sole_state(ordered)
    removed: set[int] = set()
    added: dict[tuple[int, int], Candidate] = {}
    last_role: str | None = None
    last_code: str | None = None
    for index in marks:
        title = ordered[index]
        if title.kind == "person":
            last_role = title.role or title.entity.attrs.get("role") or last_role
            last_code = title.code or last_code
            if title.role is None:
                title.role = title.entity.attrs.get("role") or None
            continue
        if title.kind != "title":
            continue
        role = title.entity.attrs.get("role", "title")
        if is_given_name_gen(text, title, by_start):
            _given_name_person(text, title, by_start, added, removed, kb)
            continue
        qualifier = ordered[index - 1] if index > 0 else None
        qualifier = qualifier if qualifier is not None and _qualifies(text, qualifier, title) else None
        code, after = _state_after(text, title.end, by_start)
        stacked_guess = False
        if qualifier is not None:
            code = qualifier.code
        elif code is None and index > 0 and _stacked_titles(text, ordered[index - 1], title):
            code = ordered[index - 1].code
            stacked_guess = ordered[index - 1].score < 1.0
            if stacked_guess:
                title.score = ordered[index - 1].score
        stateless = qualifier is None and index > 0 and _stateless_company(text, ordered[index - 1], title)
        counterpart = role == "counterpart"
        if counterpart:
            role = last_role or "counterpart"
        in_heading = any(start <= title.start < end for start, end in headings)
        person = name_after(text, after, by_start, in_heading, role in RANKS) or name_before(
            text, (qualifier or title).start, by_start, index_of
        )
        known = person[2] if person is not None else None
        guessed = stacked_guess
        if code is None:
            code = title.entity.code or (known.entity.code if known is not None else None)
        if code is None and person is not None:
            code = _state_after_name(text, person[1], by_start)
        if code is None and not stateless:
            if person is None:
                removed.add(id(title))
                continue
            if role in _HEADS:
                code = _state_in_sentence(text, ordered, index) or dateline or sole
            else:
                fallback = _other_state(ordered, last_code) if counterpart else None
                if fallback is None and _military_title(text, title):
                    fallback = _last_force_state(ordered, index, dateline_at)
                code = fallback or home or _state_in_sentence(text, ordered, index)
            guessed = True
            title.score = 0.7
        title.code, title.role = code, role
        if qualifier is not None and role is not None and title.entity.attrs.get("role") == "counterpart":
            _make_counterpart(text, title, qualifier, removed)
        if person is None:
            continue
        start, end, known = person
        for cand in index_of.starting_within(start, end):
            removed.add(id(cand))
        _add_person(added, _person(text, start, end, known, code, role, kb, guessed=guessed))
        last_role, last_code = role, code
    kept = [c for c in ordered if id(c) not in removed] if removed else ordered
    if added:
        follow_titled_namesakes(kept, added.values())
    return link_surnames(text, kept + list(added.values()) if added else kept)


def _stateless_company(text: str, previous: Candidate, title: Candidate) -> bool:
    """Whether ``title`` is an office of a company that has no home state ("Airbus chief executive")."""
    return (
        previous.kind == "company" and previous.code is None
        and _QUALIFIER_GAP.fullmatch(text, previous.end, title.start) is not None
    )


def _state_after_name(text: str, end: int, by_start: dict[int, Candidate]) -> str | None:
    """The state named right after a person's name ("King Hamad bin Isa Al Khalifa of Bahrain")."""
    of = _OF.match(text, end)
    state = by_start.get(of.end()) if of is not None else None
    if state is not None and state.kind == "state" and state.role is None and not state.adjectival:
        return state.code
    return None


def _military_title(text: str, title: Candidate) -> bool:
    """Whether a title is a military office or rank, or stands after a service name ("Army spokesman")."""
    return (
        title.entity.attrs.get("role") in _MILITARY_ROLES
        or _SERVICE_BEFORE.search(text, max(0, title.start - 12), title.start) is not None
    )


def _last_force_state(candidates: Sequence[Candidate], index: int, floor: int = -1) -> str | None:
    """The state of the armed force named last before ``index`` (an unqualified officer serves it).

    Forces named before ``floor`` (the dateline) do not count: in "Kenya hosts US Army
    chief // NAIROBI - The Chief of the Defence Forces ... hosted ...", the chief is Kenyan.
    """
    for cand in reversed(candidates[:index]):
        if cand.start < floor:
            return None
        if cand.kind == "armed_force" and cand.code:
            return cand.code
    return None


def _other_state(candidates: Sequence[Candidate], code: str | None) -> str | None:
    """The document's most mentioned state other than ``code`` (the other side of a counterpart)."""
    counts = Counter(c.code for c in candidates if c.kind == "state" and c.code and c.code != code and not c.is_place)
    return counts.most_common(1)[0][0] if counts and code else None


def _stacked_titles(text: str, previous: Candidate, title: Candidate) -> bool:
    """Whether ``title`` directly follows another title of the same person ("army chief Gen. X")."""
    return previous.kind == "title" and previous.code is not None and text[previous.end : title.start] == " "


def _given_name_person(
    text: str,
    title: Candidate,
    by_start: dict[int, Candidate],
    added: dict[tuple[int, int], Candidate],
    removed: set[int],
    kb: KnowledgeBase,
) -> None:
    """"Gen Tanaka" with no title before it: a person whose given name is Gen, state unknown."""
    removed.add(id(title))
    end = name_tokens(text, title.end + 1, by_start)[0][1]
    if not any(start <= title.start < stop for start, stop in added):
        _add_person(added, _person(text, title.start, end, None, None, None, kb, guessed=True))


def _merge_given_name_gen(text: str, ordered: list[Candidate]) -> list[Candidate]:
    """"Gen." or "Gen" before a known person whose given name is Gen ("Gen. Nakatani") is that person."""
    out: list[Candidate] = []
    skip = False
    for index, cand in enumerate(ordered):
        if skip:
            skip = False
            continue
        nxt = ordered[index + 1] if index + 1 < len(ordered) else None
        if (
            cand.kind == "title"
            and text[cand.start : cand.end] in {"Gen.", "Gen"}
            and nxt is not None
            and nxt.kind == "person"
            and nxt.start == cand.end + 1
            and nxt.canonical == "Gen " + text[nxt.start : nxt.end]
        ):
            nxt.start = cand.start
            out.append(nxt)
            skip = True
            continue
        out.append(cand)
    return out


def _add_person(added: dict[tuple[int, int], Candidate], person: Candidate) -> None:
    """Keep one person per span: an office beats a rank, a stated state beats a guessed one."""
    key = (person.start, person.end)
    old = added.get(key)
    if old is None:
        added[key] = person
        return
    if old.role in RANKS and person.role not in RANKS:
        old.role = person.role
    if person.score > old.score:
        old.code, old.score = person.code, person.score


def _state_in_sentence(text: str, ordered: Sequence[Candidate], index: int) -> str | None:
    """The state named nearest before the title in its sentence ("a Ukrainian delegation headed by Minister X")."""
    title = ordered[index]
    for cand in reversed(ordered[:index]):
        between = text[cand.end : title.start]
        if any(mark in between for mark in ".!?\n"):
            return None
        if cand.kind == "state" and cand.code and cand.role not in {"place", "capital", "seat"}:
            return cand.code
    return None


def _sole_state(candidates: Sequence[Candidate]) -> str | None:
    """The only state a document names (outside places), or None when it names several or none."""
    codes = {c.code for c in candidates if c.kind == "state" and c.code and c.role not in _NOT_PARTY_ROLES}
    return codes.pop() if len(codes) == 1 else None


def _home_state(candidates: Sequence[Candidate]) -> str | None:
    """The state a report names first: writers put their own side first ("India and Japan")."""
    for cand in candidates:
        if cand.kind == "state" and cand.code and cand.role not in {"place", "capital", "seat"}:
            return cand.code
    return None


def _qualifies(text: str, qualifier: Candidate, title: Candidate) -> bool:
    return (
        qualifier.kind in _QUALIFIER_KINDS
        and qualifier.code is not None
        and qualifier.role not in {"capital", "seat"}
        and _QUALIFIER_GAP.fullmatch(text, qualifier.end, title.start) is not None
    )


def _state_after(text: str, end: int, by_start: dict[int, Candidate]) -> tuple[str | None, int]:
    """The state stated after a title, and where the name may start.

    "of <state>" gives the state ("Ambassador of Japan"); "to <state>" is skipped
    (an ambassador's host); "in/at/of the <institution>" gives the institution's
    state ("Deputy Minister in the Polish defence ministry"); a parenthesis is skipped.
    """
    code: str | None = None
    position = end
    for _ in range(3):
        paren = PAREN.match(text, position)
        if paren is not None:
            position = paren.end()
            continue
        of = _OF.match(text, position)
        if of is not None and of.end() in by_start and by_start[of.end()].kind == "state" and code is None:
            code = by_start[of.end()].code
            position = by_start[of.end()].end
            continue
        to = _TO.match(text, position)
        if to is not None and to.end() in by_start and by_start[to.end()].kind == "state":
            position = by_start[to.end()].end
            continue
        within = _WITHIN.match(text, position)
        if within is not None and within.end() in by_start and code is None:
            body = by_start[within.end()]
            if body.kind in {"ministry", "agency", "armed_force", "company"} and body.code:
                return body.code, body.end
        break
    return code, position


def _person(
    text: str,
    start: int,
    end: int,
    known: Candidate | None,
    code: str | None,
    role: str | None,
    kb: KnowledgeBase,
    guessed: bool = False,
) -> Candidate:
    name = text[start:end]
    entity = known.entity if known is not None else kb.get(f"person:{slugify(name)}")
    if entity is not None and guessed and entity.code:
        code, guessed = entity.code, False
    if entity is None:
        entity = Entity(f"person:{slugify(name)}", "person", name, code)
    final_code = code or entity.code
    return Candidate(start, end, entity, role=role, code=final_code, score=0.8 if guessed or not final_code else 1.0)


def _make_counterpart(text: str, title: Candidate, qualifier: Candidate, removed: set[int]) -> None:
    """Turn "his Turkish counterpart" into one reference mention resolving to the qualifier's state."""
    pronoun = _PRONOUNS.search(text, max(0, qualifier.start - 8), qualifier.start)
    start = pronoun.start() if pronoun is not None else qualifier.start
    removed.add(id(qualifier))
    title.start = start
    title.kind = "reference"
    title.entity_id = "reference:counterpart"
    title.canonical = "counterpart"
    title.refers_to = (title.code,) if title.code else ()
