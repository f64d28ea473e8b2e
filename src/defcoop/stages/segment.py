"""Segment stage: split cleaned text into sentences with character spans.

Rules (in order): paragraphs are split on blank lines and single newlines; a
short line without final punctuation is a heading; inside a paragraph a
sentence ends at ``.``, ``!`` or ``?`` (optionally followed by a closing quote
or bracket) followed by whitespace and an uppercase letter, digit or quote,
unless the period belongs to a known abbreviation ("Jan.", "Gen.", "U.S.",
"Corp.", "No.") or to an initial ("S. Jaishankar").
"""

from __future__ import annotations

import re

from defcoop.records import Sentence

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
        "sgt", "brig", "rep", "sen", "gov", "st", "mt", "ft", "no", "nos", "vs", "etc",
        "corp", "inc", "ltd", "co", "bros", "dept", "govt", "approx", "est", "fig", "rs",
        "u.s", "u.k", "u.n", "e.u", "i.e", "e.g", "a.m", "p.m", "jr", "sr",
    }
)

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"([.!?])([\"'\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_HEADING_MAX_WORDS = 14


def _is_abbreviation(text: str, period_index: int) -> bool:
    """Whether the period at ``period_index`` closes an abbreviation or initial."""
    start = period_index
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:period_index].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[period_index - 1].isupper()


def _split_line(line: str, offset: int, paragraph: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if match.group(1) == "." and _is_abbreviation(line, match.start(1)):
            continue
        end = match.end(2)
        piece = line[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(offset + start + lead, offset + end, piece.strip(), paragraph))
        start = match.end()
    tail = line[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        stripped = tail.strip()
        sentences.append(Sentence(offset + start + lead, offset + start + lead + len(stripped), stripped, paragraph))
    return sentences


def looks_like_heading(line: str) -> bool:
    """Whether a line reads as a heading: short and without closing punctuation."""
    stripped = line.strip()
    return (
        bool(stripped)
        and stripped[-1] not in ".!?\"'\u201d:;,"
        and len(stripped.split()) <= _HEADING_MAX_WORDS
    )


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose spans index into ``text``."""
    sentences: list[Sentence] = []
    for paragraph, match in enumerate(_LINE.finditer(text)):
        line = match.group(0)
        if not line.strip():
            continue
        if looks_like_heading(line):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            start = match.start() + lead
            sentences.append(Sentence(start, start + len(stripped), stripped, paragraph, is_heading=True))
            continue
        sentences.extend(_split_line(line, match.start(), paragraph))
    return sentences
