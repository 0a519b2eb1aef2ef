"""Folding text into a comparable view while keeping a map back to the original.

The resolver scans a *view* of the text in which case, quote styles, dashes, non-breaking
spaces and runs of whitespace (a line break inside a title) are folded away. Every view
position remembers the original offset it came from, so spans map back exactly.
"""

from __future__ import annotations

import functools
import unicodedata

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


def fold_view(text: str) -> tuple[str, list[int]]:
    """Return (view, offsets): the folded text and, for each view position, the
    offset of the original character it came from. A final sentinel maps the end."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = True
    for index, char in enumerate(text):
        folded = fold_char(char)
        if not folded:
            continue
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(folded)
        offsets.append(index)
    offsets.append(len(text))
    return "".join(out), offsets


def fold_name(name: str) -> str:
    """Fold an alias the way the view is folded (without the offset map)."""
    return fold_view(unicodedata.normalize("NFC", name).strip())[0].strip()
