"""Text normalization: the form in which text is compared and hashed."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: Runs of spaces and tabs that are not already one plain space (each becomes one space).
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
                         r"| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NON_WORD = re.compile(r"[\W_]+")
#: Every ASCII byte but a lower-case letter or a digit becomes a space (the ASCII reading of ``_NON_WORD``).
_ASCII_NON_WORD = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


def normalize_layout(text: str) -> str:
    """Unify line breaks and spaces, drop invisible characters, compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    elif "\t" in text or "  " in text:  # otherwise every run of spaces is one space already
        text = _ODD_SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def comparable(text: str) -> str:
    """Case-folded words only: punctuation, quotes, dashes and layout are ignored."""
    if text.isascii():
        return " ".join(text.lower().encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip(" ")  # the words, one space apart


def content_hash(text: str, fallback: str = "") -> str:
    """SHA-256 hex of the comparable form of ``text`` (or of ``fallback`` when ``text`` has no words)."""
    form = comparable(text)
    if not form:
        form = "\x00empty\x00" + comparable(fallback) if comparable(fallback) else "\x00empty\x00" + fallback
    return hashlib.sha256(form.encode("utf-8")).hexdigest()
