"""Text normalization: the form in which text is compared and hashed."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD = re.compile(r"[^\W_]+")


def normalize_layout(text: str) -> str:
    """Unify line breaks and spaces, drop invisible characters, compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))


def comparable(text: str) -> str:
    """Case-folded words only: punctuation, quotes, dashes and layout are ignored."""
    folded = (text if text.isascii() else unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(_WORD.findall(folded))


def content_hash(text: str, fallback: str = "") -> str:
    """SHA-256 hex of the comparable form of ``text`` (or of ``fallback`` when ``text`` has no words)."""
    form = comparable(text)
    if not form:
        form = "\x00empty\x00" + comparable(fallback) if comparable(fallback) else "\x00empty\x00" + fallback
    return hashlib.sha256(form.encode("utf-8")).hexdigest()
