"""Framework words whose object is a purchase: a purchase agreement is a transfer, not an agreement.

The ontology codes a sale or purchase contract, a government-to-government deal or a
purchase MoU as ``ARMS_TRANSFER``. A framework word ("agreement", "letter of intent",
"memorandum") followed, in its own clause, by a purchase ("to acquire", "on the
purchase of", "for the NSM coastal defence system", "for 12 howitzers") states the
transfer; :func:`as_purchase` retypes its trigger. Framework words about cooperation
("an agreement on defence cooperation", "a memorandum for training") are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from defcoop.lexicons import Trigger
from defcoop.records import Mention
from defcoop.stages.extraction.matcher import Hit
from defcoop.stages.extraction.materiel import MATERIEL_WORD
from defcoop.stages.extraction.sentence import SentenceView

PURCHASE_WINDOW = 10
HEAD_WORDS = 6
_NP_BREAKS = frozenset({"of", "in", "on", "with", "and", "at", "between", "among", "including", "such", "as"})
_PURCHASE_VERB = re.compile(
    r"^(?:\s+(?:on|last|this|earlier|in)\s+\w+(?:\s+\d+)?)?\s+to\s+(?:(?:eventually|possibly)\s+)?"
    r"(?:acquire|buy|purchase|procure|order|lease)\b",
    re.IGNORECASE,
)
_PURCHASE_NOUN = re.compile(
    r"^[^,;.]{0,40}?\b(?:on|for|covering|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+|planned\s+|future\s+)?"
    r"(?:acquisition|purchase|procurement|lease)\b",
    re.IGNORECASE,
)
_FOR_OBJECT = re.compile(r"^(?:\s+with\s+[^,;.]{1,40}?)?\s+for\s+", re.IGNORECASE)  # "an agreement with X for"
_INDUSTRIAL = re.compile(
    r"^\S*(?:\s+\S+)?\s+(?:production|manufactur\w*|development|maintenance|upgrades?|repairs?|overhaul|"
    r"assembly|technology|co-production|research)\b",
    re.IGNORECASE,
)
_NOT_MATERIEL = re.compile(
    r"^(?:the\s+)?(?:joint|cooperation|co-operation|training|exercises?|exchanges?|research|development|production|"
    r"maintenance|access|the\s+use|use|stationing|deployment|information|intelligence)\b",
    re.IGNORECASE,
)


def is_purchase_object(view: SentenceView, hit: Hit, mentions: list[Mention]) -> bool:
    """Whether the words after a framework trigger state a purchase ("a letter of intent to acquire jets")."""
    end = view.sentence.end
    following = view.text_between(hit.end, end)
    if _PURCHASE_VERB.match(following) or _PURCHASE_NOUN.match(following):
        return True
    match = _FOR_OBJECT.match(following)
    if match is None:
        return False
    start = hit.end + match.end()
    if view.distance(hit.end, start) > PURCHASE_WINDOW or _NOT_MATERIEL.match(view.text_between(start, end)):
        return False
    return _heads_materiel(view, start, end, mentions)


def _heads_materiel(view: SentenceView, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the noun phrase at ``start`` is headed by a weapon word or a system ("12 howitzers", "the NSM")."""
    obj = view.text_between(start, end)
    match = MATERIEL_WORD.search(obj)
    systems = [m.start for m in mentions if m.kind == "system" and start <= m.start < end]
    head = min([*([start + match.start()] if match else []), *systems], default=None)
    if head is None or view.distance(start, head) > HEAD_WORDS:
        return False
    words = {w.strip(",;:()").lower() for w in view.text_between(start, head).split()}
    if _INDUSTRIAL.match(view.text_between(head, end)):
        return False  # "an MoU for F414 engine production": industrial cooperation, not a purchase
    return not words & _NP_BREAKS  # "for closer cooperation in equipment": the object is not the weapon


def as_purchase(trigger: Trigger) -> Trigger:
    """The trigger retyped as a purchase whose subject is the buyer (other flags kept)."""
    flags = (trigger.flags - {"joint"}) | {"recipient_subject"}
    return replace(trigger, type="ARMS_TRANSFER", stage=None, flags=flags)

