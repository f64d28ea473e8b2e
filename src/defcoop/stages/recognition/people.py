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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from defcoop.kb import Entity, KnowledgeBase, slugify
from defcoop.records import Sentence
from defcoop.stages.recognition.candidates import BY_START, Candidate, SpanIndex
from defcoop.stages.recognition.friends import NOT_NAMES

_QUALIFIER_GAP = re.compile(
    r"(?:'s|’s)? (?:(?:[A-Z][\w-]*|and|&|new|former|then|acting|outgoing|incoming|current|top|senior|deputy|vice|"
    r"visiting|newly appointed|newly-appointed) ){0,4}"
)
_OF = re.compile(r" of (?:the )?")
_TO = re.compile(r" (?:to|in) (?:the )?")
_WITHIN = re.compile(r",? (?:in|at|with|of) (?:the )?")
_PAREN = re.compile(r" ?\([^()\n]{1,80}\)")
_NAME_GAP = re.compile(r",? ")
_TOKEN = re.compile(r"[A-Z][\w'’\-]*\.?|[A-Z]\.")
_PARTICLES = frozenset({"bin", "bint", "al", "ibn", "van", "von", "der", "de", "da", "du", "le", "el", "dos", "di"})
_NAME_ABSORBS = frozenset({"company", "system", "person"})
_QUALIFIER_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company"})
_PRONOUNS = re.compile(r"(?:his|her|their|its|His|Her|Their) $")
_MAX_NAME_TOKENS = 4
#: Words after a name that make it a place or an institution ("King Abdulaziz naval base").
_FACILITY = re.compile(
    r" (?:[Nn]aval |[Aa]ir |[Mm]ilitary |[Ii]nternational )?(?:[Bb]ase|[Aa]irport|[Aa]irbase|[Pp]ort|[Uu]niversity|"
    r"[Ss]treet|[Rr]oad|[Bb]ridge|[Hh]ospital|[Ss]tadium|[Cc]ity|[Cc]ent(?:re|er)|[Ss]tation|[Ff]oundation|"
    r"[Pp]rize|[Aa]ward|[Pp]alace|[Aa]cademy|[Cc]ollege|[Ss]chool|[Ii]nstitute|[Dd]am|[Cc]anal|[Ii]sland|"
    r"[Cc]amp|[Ff]ort|[Ss]hipyard|[Dd]ockyard|[Cc]ity)\b"
)
_NEXT_NAME_WORD = re.compile(r" (?:(?:" + "|".join(sorted(_PARTICLES)) + r") )?(?=[A-Z])")
_MONTHS = frozenset({"Jan", "January", "May", "June", "April", "August"})
_NUMBER_AFTER = re.compile(r" \d")
#: Courtesy words before a name, not part of it ("Shri Rajnath Singh", "Mr. Smith").
_HONORIFICS = frozenset({"Shri", "Sri", "Smt", "Shrimati", "Mr", "Mrs", "Ms", "Dr", "Mx", "Monsieur", "Madame"})
#: Words that make a run of capitalized words an institution or unit, not a person.
_INSTITUTION_WORDS = frozenset({
    "Force", "Forces", "Security", "Command", "Council", "Ministry", "Department", "Agency", "Army", "Navy",
    "Fleet", "Corps", "Committee", "Organization", "Organisation", "Treaty", "Office", "Service", "Services",
    "Division", "Brigade", "Battalion", "Regiment", "Squadron", "Group", "Company", "Corporation", "Industries",
    "Systems", "Union", "Party", "Government", "Republic", "Kingdom", "Parliament", "Assembly", "Court",
    "University", "Institute", "Agreement", "Summit", "Exercise", "Operation", "Programme", "Program",
})
#: A preposition before a name that makes it a place or an object ("the naval base of La Spezia, the ...").
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:base|port|city|town|province|region|island|capital|village|harbou?r|airport|shipyard|coast) of|"
    r"in|at|near|into|outside|inside)\s$"
)
_NAME_THEN_COMMA = re.compile(r"((?:[A-Z][\w'’\-]*\.? ){1,3}[A-Z][\w'’\-]*), (?:the |a )?$")
_MILITARY_ROLES = frozenset({"chief_of_staff", "navy_chief", "admiral", "general", "commander"})
_SERVICE_BEFORE = re.compile(r"\b(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Mm]ilitary|[Mm]arines?|[Cc]oast [Gg]uard) $")
_PERSON_KINDS = frozenset({"title", "person"})
#: What precedes a title when a name stands before it ("Anurag Bajpai, Joint Secretary").
_NAME_BEFORE_ENDS = (", ", ", the ", ", a ")
#: Roles that are military ranks: an office title ("army chief") wins over them.
RANKS = frozenset({"general", "admiral", "commander"})
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
        if _is_given_name_gen(text, title, by_start):
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
        person = _name_after(text, after, by_start, in_heading, role in RANKS) or _name_before(
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
                    fallback = _last_force_state(ordered, index)
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
        _follow_titled_namesakes(kept, added.values())
    return _link_surnames(text, kept + list(added.values()) if added else kept)


def _follow_titled_namesakes(kept: Sequence[Candidate], titled: Iterable[Candidate]) -> None:
    """Later bare mentions of a known name take the state its title gave it in this document.

    "Colombian Defence Minister Pedro Sánchez ... Pedro Sánchez said": the
    title names Colombia, so the namesake Spanish prime minister of the people
    gazetteer is not the one meant, in either mention.
    """
    stated = {p.entity_id: p for p in titled if p.code and p.score >= 1.0 and p.code != p.entity.code}
    if not stated:
        return
    for cand in kept:
        source = stated.get(cand.entity_id) if cand.kind == "person" else None
        if source is not None:
            cand.code, cand.role = source.code, source.role


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


def _last_force_state(candidates: Sequence[Candidate], index: int) -> str | None:
    """The state of the armed force named last before ``index`` (an unqualified officer serves it)."""
    for cand in reversed(candidates[:index]):
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
    end = _name_tokens(text, title.end + 1, by_start)[0][1]
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
        paren = _PAREN.match(text, position)
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


def _name_tokens(text: str, position: int, by_start: dict[int, Candidate]) -> list[tuple[int, int]]:
    """The words of a personal name starting at ``position`` (honorifics skipped; none for institutions).

    The name ends at a word that closes a sentence ("... Guillaume Faury. List
    prices"); a run holding an institution word or followed by a number
    ("Task Force 73", "Security Council") is no name.
    """
    tokens: list[tuple[int, int]] = []
    while len(tokens) < _MAX_NAME_TOKENS:
        cand = by_start.get(position)
        if cand is not None and cand.kind not in _NAME_ABSORBS:
            break
        match = _TOKEN.match(text, position)
        if match is None or (match.end() < len(text) and text[match.end()].isalnum()):
            break
        word = match.group(0).rstrip(".")
        if (word in NOT_NAMES and not _given_name_month(text, word, match.end())) or (
            word.isupper() and len(word) > 2
        ):
            break
        if word in _INSTITUTION_WORDS:
            return []
        if not tokens and word in _HONORIFICS and text.startswith(" ", match.end()):
            position = match.end() + 1
            continue
        end = cand.end if cand is not None and cand.end > match.end() else match.end()
        tokens.append((position, end))
        if text[end - 1] == "." and len(word) > 1:
            break
        nxt = _NEXT_NAME_WORD.match(text, end)
        if nxt is None:
            if _NUMBER_AFTER.match(text, end):
                return []
            break
        position = nxt.end()
    if tokens and text[tokens[-1][1] - 1] == "." and len(text[tokens[-1][0] : tokens[-1][1]]) > 2:
        last_start, last_end = tokens[-1]
        tokens[-1] = (last_start, last_end - 1)
    return tokens


def _given_name_month(text: str, word: str, end: int) -> bool:
    """Whether a month word is a given name here ("Jan Nowak", "April Reyes"): another name follows it."""
    return word in _MONTHS and not text.endswith(".", 0, end) and _NEXT_NAME_WORD.match(text, end) is not None


def _strip_rank(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a leading "Gen" when two or more names follow it (the rank, not a given name)."""
    if len(tokens) >= 3 and text[tokens[0][0] : tokens[0][1]] == "Gen":
        return tokens[1:]
    return tokens


def _name_after(
    text: str, position: int, by_start: dict[int, Candidate], in_heading: bool, after_rank: bool = False
) -> tuple[int, int, Candidate | None] | None:
    """The name right after a title (and its qualifiers).

    A lone word must recur in the text, unless it follows a rank ("Gen. Milley").
    "Gen" without a period before a lone word is a given name ("Gen Nakatani").
    """
    gap = _NAME_GAP.match(text, position)
    if gap is None:
        return None
    start = gap.end()
    rank = by_start.get(start)
    if rank is not None and rank.kind == "title" and rank.entity.attrs.get("role") in RANKS:
        if _is_given_name_gen(text, rank, by_start):
            tokens = _name_tokens(text, rank.end + 1, by_start)
            return rank.start, tokens[0][1], None
        retired = _PAREN.match(text, rank.end)
        start = (retired.end() if retired is not None else rank.end) + 1
        after_rank = True
    known = by_start.get(start)
    if known is not None and known.kind == "person":
        return known.start, known.end, known
    tokens = _strip_rank(text, _name_tokens(text, start, by_start))
    if not tokens or any(_FACILITY.match(text, max(0, s - 1)) for s, _ in tokens) or _FACILITY.match(
        text, tokens[-1][1]
    ):
        return None
    if len(tokens) == 1 and not after_rank:
        word = text[tokens[0][0] : tokens[0][1]]
        if gap.group(0) != " " or in_heading or text.count(word) < 2:
            return None
    return tokens[0][0], tokens[-1][1], None


def _is_given_name_gen(text: str, rank: Candidate, by_start: dict[int, Candidate]) -> bool:
    """Whether a "Gen" (no period) is followed by exactly one name: then it is a given name."""
    if text[rank.start : rank.end] != "Gen":
        return False
    tokens = _name_tokens(text, rank.end + 1, by_start)
    return len(tokens) == 1 and by_start.get(rank.end + 1) is None


def _name_before(
    text: str, position: int, by_start: dict[int, Candidate], index_of: SpanIndex
) -> tuple[int, int, Candidate | None] | None:
    """A full name followed by ", " (and "the") right before ``position``."""
    head = text[max(0, position - 80) : position]
    if not head.endswith(_NAME_BEFORE_ENDS):
        return None
    match = _NAME_THEN_COMMA.search(head)
    if match is None:
        return None
    start = position - len(head) + match.start(1)
    end = position - len(head) + match.end(1)
    while start < end and start in by_start and by_start[start].kind not in _NAME_ABSORBS:
        gap = text.find(" ", by_start[start].end, end)
        if gap < 0:
            return None
        start = gap + 1
    if " " not in text[start:end] and start not in by_start:
        return None
    known = by_start.get(start)
    if known is not None and known.kind == "person" and known.end == end:
        return start, end, known
    words = text[start:end].split()
    if any(w.rstrip(".") in NOT_NAMES or w in _INSTITUTION_WORDS for w in words):
        return None
    if any(c.kind not in _NAME_ABSORBS for c in index_of.starting_within(start, end)):
        return None
    if _PLACE_BEFORE.search(text, max(0, start - 16), start) is not None:
        return None
    return start, end, None


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


def _link_surnames(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Bare surnames of people named in full elsewhere in the document become mentions of them."""
    persons = [cand for cand in candidates if cand.kind == "person"]
    people: dict[str, Candidate] = {}
    for cand in persons:
        words = text[cand.start : cand.end].split()
        if len(words) < 2:
            continue
        surname = words[0] if "-" in words[-1] and len(words) == 2 else words[-1]
        if len(surname) > 2 and surname not in NOT_NAMES:
            people.setdefault(surname, cand)
    if not people:
        return candidates
    for cand in persons:
        source = people.get(text[cand.start : cand.end])
        if source is not None and source is not cand and source.entity_id != cand.entity_id:
            cand.entity, cand.entity_id, cand.canonical = source.entity, source.entity_id, source.canonical
            cand.code, cand.role, cand.score = source.code, source.role, min(source.score, 0.9)
    taken = SpanIndex(candidates)
    added: list[Candidate] = []
    for surname, source in people.items():
        for start in _word_positions(text, surname):
            end = start + len(surname)
            if taken.overlaps(start, end):
                continue
            added.append(
                Candidate(start, end, source.entity, role=source.role, code=source.code, score=0.9,
                          entity_id=source.entity_id, canonical=source.canonical, kind="person")
            )
    return candidates + added


def _word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` as a whole word (not inside a longer or hyphenated word)."""
    positions: list[int] = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            positions.append(start)
        start = text.find(word, end)
    return positions
