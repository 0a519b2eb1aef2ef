"""The visible text of an HTML element, with a map from every character back to the lxml
``text`` or ``tail`` slot it came from.

Whitespace is collapsed as a browser renders it (a run of spaces, tabs and line breaks is one
space; none at the edges of a block), and block elements (``p``, ``li``, ``h1``–``h6``,
``td``, ``blockquote``, ``div``, ``br``, …) end a paragraph: consecutive blocks are joined
by a blank line, so that :func:`linker.annotate.paragraph_blocks` numbers them and the
resolver never reads a citation across two of them. Inline elements do not break the text,
so ``<em>article</em> 12 of the <b>ICCPR</b>`` reads "article 12 of the ICCPR"::

    text_map = visible_text(root)
    pieces = text_map.pieces(mention.start, mention.end)  # one per text/tail slot crossed
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from itertools import repeat

from lxml import etree


def tag_set(names: str) -> frozenset[str]:
    """A set of tag names from a space-separated list."""
    return frozenset(names.split())


#: Elements that begin and end a paragraph of the visible text.
BLOCK_TAGS = tag_set(
    """address article aside blockquote br caption dd details dialog div dl dt fieldset
    figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section
    summary table tbody td tfoot th thead tr ul"""
)
PARAGRAPH_BREAK = "\n\n"
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_NO_SLOT = -1


@dataclass(frozen=True)
class Slot:
    """Where text lives in lxml: ``owner.tail`` when ``tail``, else ``owner.text``."""

    owner: etree._Element
    tail: bool

    def get(self) -> str:
        return (self.owner.tail if self.tail else self.owner.text) or ""

    def parent(self) -> etree._Element | None:
        """The element the text is rendered inside."""
        return self.owner.getparent() if self.tail else self.owner


@dataclass(frozen=True)
class Piece:
    """The part ``[start:end]`` of one slot's string that a span of visible text covers."""

    slot: int
    start: int
    end: int


@dataclass
class TextMap:
    """Visible text and, per character, its slot (index into ``slots``; -1 for the blank
    lines between paragraphs) and its offset in that slot's string."""

    text: str
    slots: list[Slot]
    slot_at: array = field(repr=False)
    raw_at: array = field(repr=False)

    def position(self, offset: int) -> Piece | None:
        """Where the character at ``offset`` sits, or ``None`` between paragraphs."""
        slot = self.slot_at[offset]
        if slot == _NO_SLOT:
            return None
        raw = self.raw_at[offset]
        return Piece(slot, raw, raw + 1)

    def pieces(self, start: int, end: int) -> list[Piece] | None:
        """The slot pieces of the text span ``[start:end]``, in document order, whitespace
        at their edges left out; ``None`` if the span crosses a paragraph break."""
        found: list[Piece] = []
        index = start
        while index < end:
            slot = self.slot_at[index]
            if slot == _NO_SLOT:
                return None
            last = index
            while last + 1 < end and self.slot_at[last + 1] == slot:
                last += 1
            piece = self._trimmed(Piece(slot, self.raw_at[index], self.raw_at[last] + 1))
            if piece is not None:
                found.append(piece)
            index = last + 1
        return found

    def _trimmed(self, piece: Piece) -> Piece | None:
        source = self.slots[piece.slot].get()
        start, end = piece.start, piece.end
        while start < end and source[start].isspace():
            start += 1
        while end > start and source[end - 1].isspace():
            end -= 1
        return Piece(piece.slot, start, end) if start < end else None


class _Builder:
    """Accumulates visible text slot by slot, collapsing whitespace across slots."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.slots: list[Slot] = []
        self.slot_at = array("i")
        self.raw_at = array("i")
        self.pending: tuple[int, int] | None = None  # a collapsed space not yet written
        self.in_block = False  # some text of the current paragraph was written
        self.written = False  # some text at all was written

    def block_break(self) -> None:
        self.pending = None
        self.in_block = False

    def add(self, owner: etree._Element, tail: bool, text: str | None) -> None:
        if not text:
            return
        slot = len(self.slots)
        self.slots.append(Slot(owner, tail))
        position = 0
        for match in _WHITESPACE.finditer(text):
            self._word(slot, position, text[position : match.start()])
            if self.in_block and self.pending is None:
                self.pending = (slot, match.start())
            position = match.end()
        self._word(slot, position, text[position:])

    def _word(self, slot: int, start: int, word: str) -> None:
        if not word:
            return
        if not self.in_block and self.written:
            self._emit(PARAGRAPH_BREAK, _NO_SLOT, [_NO_SLOT] * len(PARAGRAPH_BREAK))
        elif self.pending is not None:
            self._emit(" ", self.pending[0], [self.pending[1]])
        self.pending = None
        self._emit(word, slot, range(start, start + len(word)))
        self.in_block = self.written = True

    def _emit(self, text: str, slot: int, raw) -> None:
        self.parts.append(text)
        self.slot_at.extend(repeat(slot, len(text)))
        self.raw_at.extend(raw)

    def result(self) -> TextMap:
        return TextMap("".join(self.parts), self.slots, self.slot_at, self.raw_at)


def visible_text(root: etree._Element) -> TextMap:
    """The visible text inside ``root`` (its own tail excluded) with its map."""
    builder = _Builder()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        is_block = isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS
        if event == "start":
            if is_block:
                builder.block_break()
            if isinstance(element.tag, str):
                builder.add(element, False, element.text)
            continue
        if is_block:
            builder.block_break()
        if element is not root:
            builder.add(element, True, element.tail)
    return builder.result()
