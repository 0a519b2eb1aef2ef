"""Which language a statement (or each of its paragraphs) is written in: en, fr or es.

linker reads three languages. A count of each language's commonest short words is enough
to tell them apart on any paragraph of a sentence or more, is deterministic, and needs no
model; paragraphs too short to tell take the language of the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

LANGUAGES = ("en", "fr", "es")
_STOPWORDS = {
    "en": "the of and to is that for with by was which are be has have this from or were it not",
    "fr": "le les des du et est qui dans pour sur une aux cette sont ont été pas ne il elle au",
    "es": "el los las del y es por para con una se su al lo como sus son fue han ha está",
}
_WORDS_OF = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
#: Letters only one of the three languages writes: "examiné", "artículo", "niño".
_LETTERS = {"fr": "éèêàçùûôîœ", "es": "ñáíóú¿¡"}
_PUNCTUATION = str.maketrans({c: " " for c in ".,;:!?\"()[]{}«»“”‘’'/-–—"})
#: French elisions: "l'article", "d'un", "qu'il".
_ELISIONS = tuple(f" {p}{q}" for p in ("l", "d", "qu", "n", "s", "j") for q in ("'", "’"))
#: Enough of a long text to tell its language.
SAMPLE_CHARS = 20_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
#: Fewer clue words than this and a paragraph takes the language of the whole text.
MIN_CLUES = 2


def detect_language(text: str, default: str = "en") -> str:
    """The language most of the text's clue words belong to (``default`` when too few);
    a long text is judged on its first ``SAMPLE_CHARS`` characters."""
    return _detect(text[:SAMPLE_CHARS]) or default


def paragraph_languages(text: str, lang: str | None = None) -> list[tuple[int, str | None]]:
    """``[(start offset, language), ...]`` for each paragraph. With ``lang`` given, the
    whole text is that language; otherwise each paragraph is detected, taking the whole
    text's language when it is too short to tell, and ``None`` when neither can tell."""
    if lang is not None:
        return [(0, lang)]
    languages = ParagraphLanguages(text)
    return [(start, languages.at(start)) for start in _paragraph_starts(text)]


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]


def _detect(text: str) -> str | None:
    counts = _clues(text)
    if sum(counts.values()) < MIN_CLUES:
        return None
    return max(LANGUAGES, key=lambda lang: (counts[lang], lang == "en"))


def _clues(text: str) -> Counter:
    """Clue counts per language, with C-speed string operations only."""
    lowered = " " + text.lower()
    words = Counter(lowered.translate(_PUNCTUATION).split())
    counts = Counter({lang: sum(words[w] for w in clue) for lang, clue in _WORDS_OF.items()})
    for lang, letters in _LETTERS.items():
        counts[lang] += sum(lowered.count(letter) for letter in letters)
    counts["fr"] += sum(lowered.count(elision) for elision in _ELISIONS)
    return counts


class ParagraphLanguages:
    """The language at any offset of a text, detected lazily paragraph by paragraph
    (most texts never ask: only a French or Spanish abbreviation does)."""

    def __init__(self, text: str, lang: str | None = None) -> None:
        self._text = text
        self._lang = lang
        self._starts: list[int] | None = None
        self._cache: dict[int, str | None] = {}
        self._document: str | None = None

    def at(self, offset: int) -> str | None:
        if self._lang is not None:
            return self._lang
        if self._starts is None:
            self._starts = _paragraph_starts(self._text)
            self._document = _detect(self._text[:SAMPLE_CHARS])
        index = bisect.bisect_right(self._starts, offset) - 1
        if index not in self._cache:
            start = self._starts[index]
            end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._text)
            self._cache[index] = _detect(self._text[start:end]) or self._document
        return self._cache[index]
