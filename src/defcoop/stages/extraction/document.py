"""Document-level facts the extractor needs: defense focus, topic dyad, place mentions.

* **Defense focus**: the summed weight of defense cues and defense actors
  (ministries, armed forces, systems, defense alliances such as NATO; not the EU
  or ASEAN, named as often about trade), and half a point for each
  trigger that is specific to defense ("joint exercise", "reciprocal access") and
  0.3 for each area term ("howitzer", "airborne early warning"). A document below
  ``MIN_DEFENSE_SCORE`` (a trade deal, a climate statement) yields no event;
  short texts (a headline, a brief) need proportionally less.
* **Topic dyad**: the two codes most mentioned as actors, with the headline and
  first two sentences counting double; used to complete "the two sides",
  "joint exercises are on the agenda" and a sentence that names only one side.
  It exists only when both codes are mentioned at least ``MIN_TOPIC_MENTIONS``
  times and a third code is clearly less prominent.
* **Home state**: the state of the dateline city ("ABUJA, Aug. 31 -"); a ministry or armed
  force named without its state ("the Ministry of Defence") belongs to it.
* **Place mentions**: cities and bases of the ``cities`` lexicon not already
  covered by a recognized mention become mentions with role ``"city"``; they
  only serve as the host of a visit.
"""

from __future__ import annotations

import re
from collections import Counter

from defcoop.lexicons import Lexicons
from defcoop.records import Mention, Sentence
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.recognition.context import opens_dateline

MIN_DEFENSE_SCORE = 2.0
SHORT_TEXT_WORDS = 150
MIN_TOPIC_MENTIONS = 2
_DEFENSE_KINDS = frozenset({"ministry", "armed_force", "system", "alliance"})
_ACTOR_KINDS = frozenset({"state", "alliance", "agency", "ministry", "armed_force", "company", "person"})


def defense_threshold(text: str) -> float:
    """The defense score a document needs: ``MIN_DEFENSE_SCORE``, less for texts under ~200 words."""
    words = text.count(" ") + 1
    return min(MIN_DEFENSE_SCORE, 0.5 + words / SHORT_TEXT_WORDS)


def defense_score(hits: dict[str, list[Hit]], mentions: list[Mention], lexicons: Lexicons) -> float:
    """Weight of defense cues and defense actors in the document."""
    score = sum(lexicons.defense_cues[h.index][1] for h in hits.get("defense_cues", []))
    score += sum(0.5 for h in hits.get("triggers", []) if "generic" not in lexicons.triggers[h.index].flags)
    score += 0.3 * len(hits.get("areas", []))
    return score + sum(1.0 for m in mentions if m.kind in _DEFENSE_KINDS and _defense_actor(m))


#: Groupings whose very mention is about defense; the EU, ASEAN or the UN are named as often about trade.
DEFENSE_GROUPINGS = frozenset({"NATO", "CSTO", "AUKUS", "QUAD"})


def _defense_actor(mention: Mention) -> bool:
    return mention.kind != "alliance" or mention.code in DEFENSE_GROUPINGS


_CIVIL_AVIATION = re.compile(
    r"\b(?:airlines?|airliners?|jetliners?|passengers?|narrow-body|wide-body|low-cost carrier|flag carrier|"
    r"aviation history|commercial aviation|civil aviation|leasing compan(?:y|ies))\b",
    re.IGNORECASE,
)
MIN_CIVIL_CUES = 3


def civil_document(text: str, mentions: list[Mention]) -> bool:
    """Whether a document is about civil aircraft (an airline's order): several airline words and no
    ministry, armed force, weapon system or defense grouping named."""
    if any(m.kind in _DEFENSE_KINDS and _defense_actor(m) for m in mentions):
        return False
    return len(_CIVIL_AVIATION.findall(text)) >= MIN_CIVIL_CUES


def topic_codes(sentences: list[Sentence], mentions: list[Mention], hostile: set[int]) -> tuple[str, ...]:
    """The document's two main parties, or ``()`` when no pair stands out."""
    lead_end = sentences[min(2, len(sentences) - 1)].end if sentences else 0
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.kind not in _ACTOR_KINDS or mention.code is None or mention.role in ("place", "city"):
            continue
        if mention.start in hostile:
            continue
        counts[mention.code] += 2 if mention.start < lead_end else 1
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < MIN_TOPIC_MENTIONS:
        return ()
    if len(ranked) == 3 and ranked[2][1] * 1.5 > ranked[1][1] and ranked[2][1] >= MIN_TOPIC_MENTIONS + 1:
        return ()
    return tuple(sorted((ranked[0][0], ranked[1][0])))


def city_mentions(hits: list[Hit], mentions: list[Mention], text: str, lexicons: Lexicons) -> list[Mention]:
    """Mentions for the cities found by the lexicon that no recognized mention covers."""
    out: list[Mention] = []
    for hit in hits:
        if any(m.start < hit.end and hit.start < m.end for m in mentions):
            continue
        name, code = lexicons.cities[hit.index]
        out.append(
            Mention(
                start=hit.start,
                end=hit.end,
                surface=text[hit.start : hit.end],
                entity_id=f"city:{name}",
                canonical=name,
                kind="state",
                code=code,
                role="city",
            )
        )
    return out


DATELINE_CHARS = 400
_HOMELESS_KINDS = frozenset({"ministry", "armed_force"})


def home_state(mentions: list[Mention], text: str) -> str | None:
    """The state of the dateline ("NAIROBI -", "ABUJA, Aug. 31 (Wire) -") near the top.

    The recognizer finds datelines (``recognition.context.mark_dateline``) and gives
    their mention the role "place"; this reads that mark, and applies the same test
    to the cities of the extraction's own lexicon.
    """
    for mention in mentions:
        if mention.start > DATELINE_CHARS:
            break
        if mention.code is None:
            continue
        if mention.role == "place" and (mention.start == 0 or text[mention.start - 1] == "\n"):
            return mention.code
        if mention.role in ("capital", "city") and opens_dateline(text, mention.start, mention.end):
            return mention.code  # e.g. a city of the cities lexicon, which the recognizer does not know
    return None


def with_home_state(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` where a ministry or armed force named without its state takes the dateline's state."""
    home = home_state(mentions, text)
    if home is None or not any(m.kind in _HOMELESS_KINDS and m.code is None for m in mentions):
        return mentions
    return [
        Mention(m.start, m.end, m.surface, m.entity_id, m.canonical, m.kind, home, m.score, m.role, m.adjectival,
                m.refers_to)
        if m.kind in _HOMELESS_KINDS and m.code is None
        else m
        for m in mentions
    ]
