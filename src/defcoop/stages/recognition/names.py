"""Personal names next to titles: where a name starts and ends, after or before its title.

A name follows its title ("Defence Minister Rajnath Singh", "Japan's defense
minister, Gen Nakatani") or precedes it with a comma ("Anurag Bajpai, Joint
Secretary ..."). A name is a run of capitalized words (with particles such as
"bin" or "van"), honorifics skipped; a run holding an institution word, followed
by a number or by a facility word ("King Abdulaziz naval base") is no name.
"Gen" before a single name is a given name ("Gen Nakatani"); before two or
more it is the rank. :mod:`~defcoop.stages.recognition.people` decides which
titles to look at and which state the person serves.
"""

from __future__ import annotations

import re

from defcoop.stages.recognition.candidates import Candidate, SpanIndex
from defcoop.stages.recognition.friends import NOT_NAMES

#: A parenthesis after a title or rank ("Gen. (retd)"), skipped when looking for the name.
PAREN = re.compile(r" ?\([^()\n]{1,80}\)")
_NAME_GAP = re.compile(r",? ")
_ARTICLE = r"(?:al|el|ad|as|ash|at|az|ar|an)-"  # "al-Dbeibah", "el-Sisi"
_TOKEN = re.compile(r"(?:" + _ARTICLE + r")?[A-Z][\w'’\-]*\.?|[A-Z]\.")
_PARTICLES = frozenset({"bin", "bint", "al", "ibn", "van", "von", "der", "de", "da", "du", "le", "el", "dos", "di"})
_NAME_ABSORBS = frozenset({"company", "system", "person"})
_MAX_NAME_TOKENS = 4
#: Words after a name that make it a place or an institution ("King Abdulaziz naval base").
_FACILITY = re.compile(
    r" (?:[Nn]aval |[Aa]ir |[Mm]ilitary |[Ii]nternational )?(?:[Bb]ase|[Aa]irport|[Aa]irbase|[Pp]ort|[Uu]niversity|"
    r"[Ss]treet|[Rr]oad|[Bb]ridge|[Hh]ospital|[Ss]tadium|[Cc]ity|[Cc]ent(?:re|er)|[Ss]tation|[Ff]oundation|"
    r"[Pp]rize|[Aa]ward|[Pp]alace|[Aa]cademy|[Cc]ollege|[Ss]chool|[Ii]nstitute|[Dd]am|[Cc]anal|[Ii]sland|"
    r"[Cc]amp|[Ff]ort|[Ss]hipyard|[Dd]ockyard|[Cc]ity)\b"
)
_NEXT_NAME_WORD = re.compile(r" (?:(?:" + "|".join(sorted(_PARTICLES)) + r") )?(?=[A-Z]|" + _ARTICLE + "[A-Z])")
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
#: What precedes a title when a name stands before it ("Anurag Bajpai, Joint Secretary").
_NAME_BEFORE_ENDS = (", ", ", the ", ", a ")
#: Roles that are military ranks: an office title ("army chief") wins over them.
RANKS = frozenset({"general", "admiral", "commander"})


def name_tokens(text: str, position: int, by_start: dict[int, Candidate]) -> list[tuple[int, int]]:
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


def name_after(
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
        if is_given_name_gen(text, rank, by_start):
            tokens = name_tokens(text, rank.end + 1, by_start)
            return rank.start, tokens[0][1], None
        retired = PAREN.match(text, rank.end)
        start = (retired.end() if retired is not None else rank.end) + 1
        after_rank = True
    known = by_start.get(start)
    if known is not None and known.kind == "person":
        return known.start, known.end, known
    tokens = _strip_rank(text, name_tokens(text, start, by_start))
    if not tokens or any(_FACILITY.match(text, max(0, s - 1)) for s, _ in tokens) or _FACILITY.match(
        text, tokens[-1][1]
    ):
        return None
    if len(tokens) == 1 and not after_rank:
        word = text[tokens[0][0] : tokens[0][1]]
        if gap.group(0) != " " or in_heading or text.count(word) < 2:
            return None
    return tokens[0][0], tokens[-1][1], None


def is_given_name_gen(text: str, rank: Candidate, by_start: dict[int, Candidate]) -> bool:
    """Whether a "Gen" (no period) is followed by exactly one name: then it is a given name."""
    if text[rank.start : rank.end] != "Gen":
        return False
    tokens = name_tokens(text, rank.end + 1, by_start)
    return len(tokens) == 1 and by_start.get(rank.end + 1) is None


def name_before(
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
