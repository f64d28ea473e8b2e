"""A small offline language detector: script detection, then stopword ratios.

1. Letters are counted by script. When most letters are of a non-Latin script,
   the script names the language (Cyrillic -> ``ru``, or ``uk``/``bg``/``sr`` by
   their own letters; Arabic -> ``ar`` or ``fa``/``ur``; Han -> ``zh``, with kana
   ``ja``; Hangul -> ``ko``; Devanagari -> ``hi``; Greek, Hebrew, Thai, ...).
2. For Latin script, the share of words in each language's stopword list
   (``data/stopwords.tsv``: en, fr, de, es, pt, it, nl, tr, id, pl) decides; a
   few diacritics break near ties. Too little evidence gives ``"und"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from defcoop.errors import DataFileError
from defcoop.stages.cleaning.datafile import non_empty, package_data, read_rows

UNDETERMINED = "und"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

#: Unicode script name prefix (from ``unicodedata.name``) -> language guessed for that script.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "CYRILLIC": "ru", "ARABIC": "ar", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
    "DEVANAGARI": "hi", "BENGALI": "bn", "GREEK": "el", "HEBREW": "he", "THAI": "th", "GEORGIAN": "ka",
    "ARMENIAN": "hy", "TAMIL": "ta", "TELUGU": "te", "GUJARATI": "gu", "GURMUKHI": "pa", "KANNADA": "kn",
    "MALAYALAM": "ml", "SINHALA": "si", "KHMER": "km", "LAO": "lo", "MYANMAR": "my", "ETHIOPIC": "am",
}

#: Letters that single out a language inside a script family.
_MARKERS: dict[str, tuple[str, str]] = {
    "uk": ("CYRILLIC", "іїєґ"),
    "bg": ("CYRILLIC", "ъщ"),
    "fa": ("ARABIC", "پچژگی"),
    "ur": ("ARABIC", "ٹڈڑںے"),
}

#: Latin diacritics typical of one language (used to break near ties).
_LATIN_MARKERS: dict[str, str] = {
    "tr": "ğşı", "pl": "łąęśźżń", "de": "ßäöü", "pt": "ãõ", "es": "ñ¿¡", "fr": "èêëàçœ", "it": "ìòù",
}

_MIN_WORDS = 3
_MIN_HITS = 2


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language code with the evidence it rests on."""

    language: str
    confidence: float
    words: int


def load_stopwords(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Read a stopword file (``language<TAB>word|word|...``) into sets."""
    source = path or package_data("stopwords.tsv")

    def language_code(value: str) -> str | None:
        return None if re.fullmatch(r"[a-z]{2,3}", value) else f"not an ISO 639-1 code: {value!r}"

    table: dict[str, frozenset[str]] = {}
    for number, (code, words) in read_rows(source, ("language", "words"), (language_code, non_empty)):
        if code in table:
            raise DataFileError(str(source), number, f"language {code!r} listed twice")
        table[code] = frozenset(word.strip().lower() for word in words.split("|") if word.strip())
    if "en" not in table:
        raise DataFileError(str(source), None, "no row for English ('en')")
    return table


@lru_cache(maxsize=1)
def default_stopwords() -> dict[str, frozenset[str]]:
    """The package's stopword lists, loaded once."""
    return load_stopwords()


def script_counts(text: str) -> Counter[str]:
    """Letters of ``text`` counted by script (``LATIN``, ``CYRILLIC``, ``CJK``, ...)."""
    counts: Counter[str] = Counter()
    # ASCII letters are counted in C: every other byte (all of UTF-8's multi-byte ones too) is deleted.
    ascii_letters = len(text.encode("utf-8", "ignore").translate(None, _NOT_ASCII_LETTER))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    if not text.isascii():
        for char in _NON_ASCII.findall(text):
            script = _script_of(char)
            if script is not None:
                counts[script] += 1
    return counts


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    """The script of one non-ASCII letter (the first word of its Unicode name), None for a non-letter."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "OTHER"


def _script_language(script: str, text: str) -> str:
    for language, (family, letters) in _MARKERS.items():
        if family == script and any(letter in text.lower() for letter in letters):
            return language
    return _SCRIPT_LANGUAGE.get(script, UNDETERMINED)


def _table_key(table: dict[str, frozenset[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """``table`` as the sorted tuple the cached helpers take (the package's table sorted once)."""
    return _default_table_key() if table is default_stopwords() else tuple(sorted(table.items()))


@lru_cache(maxsize=1)
def _default_table_key() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(sorted(default_stopwords().items()))


@lru_cache(maxsize=4)
def _languages_of_words(table: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, tuple[str, ...]]:
    """For every stopword, the languages that list it."""
    found: dict[str, list[str]] = {}
    for code, words in table:
        for word in words:
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def _latin_language(text: str, stopwords: dict[str, frozenset[str]]) -> LanguageGuess:
    lowered = text.lower()
    # Lower-casing first is the same for ASCII; elsewhere a letter may change length (Turkish İ).
    words = _WORD.findall(lowered) if text.isascii() else [word.lower() for word in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return LanguageGuess(UNDETERMINED, 0.0, len(words))
    hits = dict.fromkeys(stopwords, 0)
    languages_of = _languages_of_words(_table_key(stopwords))
    for word, times in Counter(words).items():
        for code in languages_of.get(word, ()):
            hits[code] += times
    if text.isascii():
        scores: dict[str, float] = dict(hits)  # the diacritic markers are all outside ASCII
    else:
        letters = set(lowered)
        scores = {
            code: count + 0.5 * sum(mark in letters for mark in _LATIN_MARKERS.get(code, ""))
            for code, count in hits.items()
        }
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    if hits[best] < _MIN_HITS:
        return LanguageGuess(UNDETERMINED, 0.0, len(words))
    ranked = sorted(scores.values(), reverse=True)
    margin = (ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)) / max(ranked[0], 1.0)
    ratio = hits[best] / len(words)
    return LanguageGuess(best, round(min(1.0, ratio * 2) * (0.5 + margin / 2), 3), len(words))


#: ASCII punctuation read as a space by :func:`looks_english` (apostrophes and hyphens stay in words).
_PUNCTUATION_TO_SPACE = bytes.maketrans(b'"()[]{}<>.,;:!?*/|#@%&+=_', b" " * 25)
#: Share of tokens that must be English-only function words for :func:`looks_english`.
_ENGLISH_SHARE = 0.2


@lru_cache(maxsize=4)
def _only_in(code: str, table: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[bytes]:
    """The stopwords of ``code`` that no other language of ``table`` lists, as UTF-8 bytes."""
    others: set[str] = set()
    own: frozenset[str] = frozenset()
    for other, words in table:
        if other == code:
            own = words
        else:
            others |= words
    return frozenset(word.encode("utf-8") for word in own - others)


def looks_english(text: str, stopwords: dict[str, frozenset[str]] | None = None) -> bool:
    """A cheap sufficient test: at least a fifth of the tokens (and two) are English-only function words.

    Prose in another language does not reach that share of "the", "and", "of",
    "with", ...; a line or page that does is English without counting every
    language's stopwords. False says nothing (use :func:`detect_language`).
    """
    table = stopwords or default_stopwords()
    if "en" not in table:
        return False
    english = _only_in("en", _table_key(table))
    tokens = text.lower().encode("utf-8", "ignore").translate(_PUNCTUATION_TO_SPACE).split()
    hits = sum(map(english.__contains__, tokens))
    return hits >= _MIN_HITS and hits >= _ENGLISH_SHARE * len(tokens)


def detect_language(text: str, stopwords: dict[str, frozenset[str]] | None = None) -> LanguageGuess:
    """Guess the language of ``text`` as an ISO 639-1 code, or ``"und"``."""
    counts = script_counts(text)
    total = sum(counts.values())
    if total == 0:
        return LanguageGuess(UNDETERMINED, 0.0, 0)
    script, count = counts.most_common(1)[0]
    if script != "LATIN" and count / total >= 0.5:
        # Han characters with any kana are Japanese.
        kana = counts["HIRAGANA"] + counts["KATAKANA"]
        if script in ("CJK", "HIRAGANA", "KATAKANA") and kana > 0:
            script, count = "HIRAGANA", counts["CJK"] + kana
        return LanguageGuess(_script_language(script, text), round(count / total, 3), len(text.split()))
    return _latin_language(text, stopwords or default_stopwords())


def is_foreign_line(line: str, document_language: str = "en",
                    stopwords: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether ``line`` is positively in another language than ``document_language``.

    Short or ambiguous lines (names, numbers, headings without function words)
    are not foreign: only clear evidence drops a line.
    """
    if document_language == "en" and looks_english(line, stopwords):
        return False
    guess = detect_language(line, stopwords)
    return guess.language not in (UNDETERMINED, document_language) and guess.confidence >= 0.3
