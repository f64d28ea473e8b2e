"""Surname coreference: later mentions of a person named in full elsewhere in the document.

A bare surname ("Singh said") becomes a mention of the person named in full
("Defence Minister Rajnath Singh"), with that person's state and role; a later
bare mention of a known name takes the state its title gave it in this
document, over the state of a namesake in the people gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from defcoop.stages.recognition.candidates import Candidate, SpanIndex
from defcoop.stages.recognition.friends import NOT_NAMES


def follow_titled_namesakes(kept: Sequence[Candidate], titled: Iterable[Candidate]) -> None:
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


def link_surnames(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Bare surnames of people named in full elsewhere in the document become mentions of them."""
    persons = [cand for cand in candidates if cand.kind == "person"]
    people: dict[str, Candidate] = {}
    for cand in persons:
        words = text[cand.start : cand.end].split()
        if len(words) < 2:
            continue
        for short in short_names(words):
            if len(short) > 2 and short not in NOT_NAMES:
                people.setdefault(short, cand)
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


_ARTICLES = ("al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-")


def short_names(words: list[str]) -> list[str]:
    """How a person named in full by ``words`` is named later: the surname ("Singh"); the surname without an
    Arabic article ("al-Sisi": "Sisi"); the first two of three or more names ("Hassan Sheikh Mohamud":
    "Hassan Sheikh", as Somali and Arabic names are shortened)."""
    surname = words[0] if "-" in words[-1] and len(words) == 2 else words[-1]
    out = [surname]
    article = next((a for a in _ARTICLES if surname.startswith(a)), None)
    if article is not None and surname[len(article):][:1].isupper():
        out.append(surname[len(article):])
    if len(words) >= 3 and all(w[:1].isupper() for w in words[:2]):
        out.append(" ".join(words[:2]))
    return out


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
