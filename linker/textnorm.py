"""Folding text into a comparable view while keeping a map back to the original.

The resolver scans a *view* of the text in which case, quote styles, dashes, non-breaking
spaces and runs of whitespace (a line break inside a title) are folded away. Every view
position remembers the original offset it came from, so spans map back exactly.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence

_CHAR_FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00ad": "",
}


@functools.lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: curly quotes to straight, dashes to '-', spaces to ' ',
    lower case, accents off ("é" → "e", so "Declaracion" finds "Declaración").
    Returns '' for characters that vanish (soft hyphen, combining accents)."""
    if char in _CHAR_FOLD:
        return _CHAR_FOLD[char]
    if char.isspace():
        return " "
    if unicodedata.combining(char):
        return ""
    base = unicodedata.normalize("NFD", char)[0] if ord(char) > 127 else char
    lowered = base.lower()
    # Keep one code point per character so the offset map stays one-to-one.
    return lowered if len(lowered) == 1 else base


class _FoldTable(dict):
    """``str.translate`` table: code point → its one-character fold, filled on first use.

    A character that vanishes maps to ``_GONE`` so the translation keeps the length of the
    text; the rare vanished characters and whitespace runs are cut out afterwards.
    """

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code)) or _GONE
        if code == ord(_GONE):
            folded = "\ue001"
        self[code] = folded
        return folded


_GONE = "\ue000"
_FOLD_TABLE = _FoldTable()
#: The same fold for ASCII text, as a bytes table (no ASCII character vanishes).
_ASCII_FOLD = bytes(ord(fold_char(chr(code))) for code in range(128)) + bytes(range(128, 256))
_RUN_CHARS = f" {_GONE}"
_RUN = re.compile(f"[{_RUN_CHARS}]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")


class OffsetMap(Sequence[int]):
    """View position → original offset, stored as one entry per kept stretch of text
    rather than one per character; looking a position up costs a binary search."""

    def __init__(self, view_starts: list[int], original_starts: list[int], length: int):
        self._view_starts = view_starts
        self._original_starts = original_starts
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(self._length))]
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError(position)
        stretch = bisect.bisect_right(self._view_starts, position) - 1
        return self._original_starts[stretch] + position - self._view_starts[stretch]


def fold_view(text: str) -> tuple[str, Sequence[int]]:
    """Return (view, offsets): the folded text and, for each view position, the
    offset of the original character it came from. A final entry maps the end."""
    mapped = _translate(text)
    if "  " not in mapped and _GONE not in mapped and not mapped.startswith(" "):
        return mapped, range(len(text) + 1)
    pieces: list[str] = []
    view_starts: list[int] = []
    original_starts: list[int] = []
    kept_from = view_length = 0

    def keep(start: int, end: int) -> None:
        nonlocal view_length
        if end > start:
            view_starts.append(view_length)
            original_starts.append(start)
            pieces.append(mapped[start:end])
            view_length += end - start

    for start, end in _cuts(mapped):
        keep(kept_from, start)
        space = mapped.find(" ", start, end)
        if start > 0 and space >= 0:
            keep(space, space + 1)  # a run of spaces becomes its first space
        kept_from = end
    keep(kept_from, len(mapped))
    view = "".join(pieces)
    # The entry past the end maps to the end of the text.
    view_starts.append(len(view))
    original_starts.append(len(text))
    return view, OffsetMap(view_starts, original_starts, len(view) + 1)


def _cuts(mapped: str) -> list[tuple[int, int]]:
    """Spans to cut: leading spaces, runs of two or more spaces, vanished characters.
    Found with ``str.find`` (C speed) rather than a regex tried at every space."""
    found: list[tuple[int, int]] = []
    for needle in ("  ", _GONE):
        position = mapped.find(needle)
        while position >= 0:
            start = position
            while start > 0 and mapped[start - 1] in _RUN_CHARS:
                start -= 1
            end = _RUN.match(mapped, position).end()
            found.append((start, end))
            position = mapped.find(needle, end)
    if mapped.startswith(" "):
        found.append((0, _RUN.match(mapped, 0).end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _translate(text: str) -> str:
    """Fold every character, keeping the length: C-speed paths for ASCII text and for
    text whose few non-ASCII characters are folded one by one."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two code points
        return text.translate(_FOLD_TABLE)
    lowered = _NON_ASCII.sub(_fold_match, lowered)
    return _ASCII_SPACE.sub(" ", lowered).replace("`", "'")


def _fold_match(match: re.Match) -> str:
    return _FOLD_TABLE[ord(match.group())]


def fold_name(name: str) -> str:
    """Fold an alias the way the view is folded (without the offset map)."""
    return fold_view(unicodedata.normalize("NFC", name).strip())[0].strip()
