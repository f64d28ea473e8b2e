"""Resolve stage: merge repeated events of one document, date them, code them in CAMEO, score them.

* **Merge.** Events with the same type, codes, direction and stage are the same
  event stated twice ("The two sides agreed ..." then "The agreement ..."): they
  become one event with every evidence span, the union of areas and systems, the
  first date found and a combined confidence. A transfer or visit whose
  direction could not be told joins the directed event it repeats. A framework
  document (agreement, access, general cooperation) stated PLANNED in one sentence
  and AGREED in another is one document at its most advanced stage, AGREED; an
  arms offer the article also reports lost or turned down is that REJECTED bid;
  industrial work planned between the parties of a signed sale or agreement is
  a part of that deal, AGREED.
* **Dates.** The date expression of the evidence sentence nearest to the trigger
  is resolved against ``document.published`` (or a year inferred from the
  article's own dates) by :mod:`defcoop.stages.dates`; ``date_text`` keeps the
  words. Planned and proposed events read weekdays and months forward; a visit,
  meeting or exercise dated after the publication date is PLANNED, not COMPLETED.
* **CAMEO.** From the ``cameo`` lexicon table for the type and stage (the aid code
  for a transfer given as a donation or aid).
* **Confidence** (0..1). The extractor's base score (trigger strength, named
  versus completed parties, stage cue versus default, defense cue; see
  :mod:`defcoop.stages.extraction.event_builder`), plus 0.05 for each further
  sentence stating the event (up to 0.15) and 0.05 when the event is stated in
  the headline or lead (first 15% of the text).
"""

from __future__ import annotations

from datetime import date

from defcoop.lexicons import load_lexicons
from defcoop.records import DIRECTED_TYPES, HAPPENING_TYPES, Document, Event
from defcoop.stages.dates import DateMention, find_dates, infer_year, resolve
from defcoop.stages.segment import looks_like_heading

LEAD_SHARE = 0.15
_FORWARD_STAGES = frozenset({"PLANNED", "PROPOSED", "DISCUSSION"})
_AID_WORDS = ("donat", "aid", "assistance", "gift")
_SETTLED = (  # (types, earlier stages, the stage that settles them)
    (frozenset({"AGREEMENT", "ACCESS", "GENERAL"}), frozenset({"PLANNED"}), "AGREED"),
    (frozenset({"ARMS_TRANSFER"}), frozenset({"PROPOSED", "DISCUSSION"}), "REJECTED"),
)


def resolve_events(events: list[Event], document: Document) -> list[Event]:
    """Merge, date, CAMEO-code and score the events of one document (a new list; inputs are not changed)."""
    lexicons = load_lexicons()
    year_hint = infer_year(document.text) if document.published is None else None
    merged: dict[tuple[object, ...], Event] = {}
    for event in _deal_parts(events):
        key = (event.type, tuple(event.codes), event.direction, event.stage)
        if key in merged:
            _absorb(merged[key], event)
        else:
            merged[key] = _copy(event)
    out = _fold_headline(_merge_undirected(_settle_documents(list(merged.values()))), document.text)
    dates_of: dict[int, list[DateMention]] = {}
    for event in out:
        _set_date(event, document.published, year_hint, dates_of)
        _future_is_planned(event, document.published)
        aid = event.type == "ARMS_TRANSFER" and any(w in (event.trigger or "").lower() for w in _AID_WORDS)
        event.cameo = lexicons.cameo_code(event.type, event.stage, aid)
        event.confidence = _confidence(event, len(document.text))
    return out


_DEALS = frozenset({"ARMS_TRANSFER"})


def _deal_parts(events: list[Event]) -> list[Event]:
    """Industrial work the article plans under a deal it reports signed is that deal's part: AGREED.

    "Poland signed the contract for the tanks ... Local assembly will start in Gliwice": the
    assembly (JOINT_DEVELOPMENT, PLANNED) is a term of the signed contract between the same
    parties, so it takes the contract's stage (copies; the inputs are not changed).
    """
    signed = {frozenset(e.codes) for e in events if e.type in _DEALS and e.stage == "AGREED" and not e.referential}
    out = []
    for event in events:
        if event.type == "JOINT_DEVELOPMENT" and event.stage == "PLANNED" and frozenset(event.codes) in signed:
            event = _copy(event)
            event.stage = "AGREED"
        out.append(event)
    return out


def _settle_documents(events: list[Event]) -> list[Event]:
    """Fold an earlier-stage mention of an item into the more advanced stage the article reports for it.

    The rule across sentences (:data:`_SETTLED`): an agreement, an access arrangement
    or a general cooperation framework that the article reports signed anywhere takes
    that stage, so another sentence saying it "will" allow or bring something is about
    the same document; an offer of arms (PROPOSED, DISCUSSION) whose sale the article
    reports lost or turned down (REJECTED, same supplier and buyer) is that lost bid.
    Other transfers and activities keep one event per stage (a contract and its
    deliveries, a past and a coming exercise).
    """
    settled = {
        (e.type, tuple(e.codes), e.direction): e
        for e in events
        if any(e.type in types and e.stage == stage for types, _, stage in _SETTLED)
    }
    out: list[Event] = []
    for event in events:
        stages = [stage for types, earlier, stage in _SETTLED if event.type in types and event.stage in earlier]
        target = settled.get((event.type, tuple(event.codes), event.direction)) if stages else None
        if target is not None and target.stage in stages:
            _absorb(target, event)
        else:
            out.append(event)
    return out


def _headline_end(text: str) -> int:
    """Where the headline ends: a first paragraph that reads as a heading (0 when there is none)."""
    end = text.find("\n\n")
    return end if end > 0 and looks_like_heading(text[:end]) else 0


def _fold_headline(events: list[Event], text: str) -> list[Event]:
    """A headline event that the body states too (same type and parties) is the body's event.

    "Chile and Peru hold joint naval drills" over "The navies ... began a joint exercise
    on Tuesday": the headline's present tense is the headline style, not another stage, so
    it joins the body's event (its evidence kept) instead of standing as a second one.
    """
    end = _headline_end(text)
    if not end:
        return events
    body: dict[tuple[str, frozenset[str]], Event] = {}
    for event in events:
        if any(ev.start >= end for ev in event.evidence):
            body.setdefault((event.type, frozenset(event.codes)), event)
    out: list[Event] = []
    for event in events:
        target = body.get((event.type, frozenset(event.codes)))
        only_headline = all(ev.end <= end for ev in event.evidence)
        if only_headline and target is not None and target is not event:
            _absorb(target, event)
        else:
            out.append(event)
    return out


def _merge_undirected(events: list[Event]) -> list[Event]:
    """Fold a transfer or visit whose direction could not be told into the directed one it repeats."""
    directed = {(e.type, tuple(e.codes), e.stage): e for e in events if e.direction is not None}
    out: list[Event] = []
    for event in events:
        target = directed.get((event.type, tuple(event.codes), event.stage)) if event.direction is None else None
        if target is not None and event.type in DIRECTED_TYPES:
            _absorb(target, event)
        else:
            out.append(event)
    return out


def _copy(event: Event) -> Event:
    return Event(
        type=event.type,
        stage=event.stage,
        parties=list(event.parties),
        evidence=list(event.evidence),
        direction=event.direction,
        areas=list(event.areas),
        systems=list(event.systems),
        date=event.date,
        date_text=event.date_text,
        confidence=event.confidence,
        cameo=event.cameo,
        trigger=event.trigger,
        doc_ids=list(event.doc_ids),
        referential=event.referential,
    )


def _absorb(target: Event, other: Event) -> None:
    spans = {(e.start, e.end) for e in target.evidence}
    target.evidence.extend(e for e in other.evidence if (e.start, e.end) not in spans)
    target.evidence.sort(key=lambda e: e.start)
    target.areas.extend(a for a in other.areas if a not in target.areas)
    target.systems.extend(s for s in other.systems if s not in target.systems)
    target.confidence = max(target.confidence, other.confidence)
    names = {p.code for p in target.parties}
    target.parties.extend(p for p in other.parties if p.code not in names)
    target.doc_ids.extend(d for d in other.doc_ids if d not in target.doc_ids)
    target.referential = target.referential and other.referential  # stated in its own right once is enough


def _set_date(
    event: Event, published: date | None, year_hint: int | None, dates_of: dict[int, list[DateMention]]
) -> None:
    future = event.stage in _FORWARD_STAGES
    for evidence in event.evidence:
        if evidence.start not in dates_of:
            dates_of[evidence.start] = find_dates(evidence.text)
        mentions = dates_of[evidence.start]
        if not mentions:
            continue
        anchor = evidence.text.find(event.trigger) if event.trigger else -1
        chosen = _nearest(mentions, anchor)
        value = resolve(chosen, published, year_hint, future)
        event.date_text = chosen.text
        event.date = value
        return


def _future_is_planned(event: Event, published: date | None) -> None:
    """A visit, meeting or exercise dated after publication has not happened yet: PLANNED."""
    if published is None or event.date is None or event.stage != "COMPLETED" or event.type not in HAPPENING_TYPES:
        return
    if len(event.date) >= 7 and event.date > published.isoformat()[: len(event.date)]:
        event.stage = "PLANNED"


def _nearest(mentions: list[DateMention], anchor: int) -> DateMention:
    if anchor < 0:
        return mentions[0]
    return min(mentions, key=lambda m: min(abs(m.start - anchor), abs(m.end - anchor)))


def _confidence(event: Event, text_length: int) -> float:
    bonus = min(0.15, 0.05 * (len(event.evidence) - 1))
    if event.evidence and text_length and event.evidence[0].start <= LEAD_SHARE * text_length:
        bonus += 0.05
    return round(max(0.0, min(1.0, event.confidence + bonus)), 3)
