"""Where a document is written from, and names that only locate things.

* Datelines: a city or state at the start of a line followed by a date, an
  agency in parentheses or a dash ("BRUSSELS, May 3 (Wire) -", "MANILA —",
  "Nairobi, 12 June:", "Riyadh, 6 February 2024" on a line of its own) says
  where the report was filed, not who acts. Its
  mention keeps its code but takes role "place" (the extractor ignores places
  as parties); the code is the document's dateline state.
* Bases and camps: a state or city name right after "Base", "Camp", "Fort",
  "Station" ("RAAF Base Edinburgh", "Naval Base Guam", "Camp Jordan") names a
  facility, not the state: role "place". The force before "Base" keeps its
  own state ("RAAF" is Australian).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop.stages.recognition.candidates import Candidate

PLACE = "place"
_DATELINE_KINDS = frozenset({"state", "place"})
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: What follows a dateline's place: an optional region, then a date or an agency in parentheses or both.
_DATELINE_DATED = re.compile(
    r"(?:,? [A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?(?=[,(]| [(A-Z]))?"  # ", Philippines" / " Calif."
    r"(?:(?:,? (?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH + r")(?:,? \d{4})?)(?: ?\([^()\n]{1,40}\))?"
    r"|,? ?\([^()\n]{1,40}\))"
    r" ?(?:[—–:]|-{1,2}(?=\s)|(?=\r?\n))"  # a dash or colon, or the end of a line of its own
)
#: An all-capitals place followed by a dash only ("MANILA —").
_DATELINE_DASH = re.compile(r"(?:,? [A-Z][A-Z.\-]+)? ?(?:[—–]|-{1,2}(?=\s))")
#: Words right before a name that make it a facility ("Naval Base Guam", "Camp Humphreys").
_FACILITY_BEFORE = re.compile(r"\b(?:Base|Camp|Fort|Station|Airfield|Garrison|Barracks) $")
_LEAD_CHARS = 400


def mark_dateline(text: str, candidates: Sequence[Candidate]) -> str | None:
    """Mark the dateline mention of ``text`` (role "place") and return its state, or None."""
    for cand in candidates:
        if cand.start > _LEAD_CHARS:
            break
        if cand.kind not in _DATELINE_KINDS or not cand.code or cand.adjectival:
            continue
        if not opens_dateline(text, cand.start, cand.end):
            continue
        cand.role = PLACE
        return cand.code
    return None


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a line as its dateline ("ABUJA, Aug. 31 (Wire) -")."""
    if start > 0 and text[start - 1] != "\n":
        return False
    if _DATELINE_DATED.match(text, end) is not None:
        return True
    return _all_caps_place(text[start:end]) and _DATELINE_DASH.match(text, end) is not None


def _all_caps_place(surface: str) -> bool:
    """Whether a name is written in capitals and is no short acronym ("MANILA", not "US")."""
    return surface.isupper() and len(surface) >= 4


def mark_facility_names(text: str, candidates: Sequence[Candidate]) -> None:
    """Give role "place" to state and city names that name a base or camp ("Camp Jordan")."""
    for cand in candidates:
        if cand.kind != "state" or cand.start < 5:
            continue
        if _FACILITY_BEFORE.search(text, max(0, cand.start - 12), cand.start) is not None:
            cand.role = PLACE
