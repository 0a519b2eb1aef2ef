"""Article text → paragraph tree, read from the markers the official text carries.

Official texts mark their units at the start of a line: ``1.`` (paragraph), ``A.``
(section, the Refugee Convention's article 1), ``(1)`` (paragraph, or a section's
paragraph), ``(a)``/``a)``/``a.`` (sub-paragraph) and ``(i)`` (item). A line with no
marker continues the unit before it. ``(i)``, ``(v)`` and ``(x)`` are letters when they
follow ``(h)``, ``(u)`` and ``(w)``; otherwise roman items below a lettered unit. Letters
below a roman item that has no lettered parent are points: ``1(2)(iii)(a)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linker.models import Paragraph

_MARKER = re.compile(
    r"""^(?:
        (?P<sec>[A-H])\.(?:\s|$)              # A.  section
      | (?P<num>\d{1,3})\.(?:\s|$)              # 1.  paragraph
      | \((?P<pnum>\d{1,3})\)(?:\s|$)           # (1) paragraph
      | \((?P<paren>[a-z]{1,6})\)(?:\s|$)       # (a) or (iv)
      | (?P<bare>[a-z])[.)](?:\s|$)             # a. or a)
    )""",
    re.VERBOSE,
)
_ROMAN = re.compile(r"^(?=[ivxl])x{0,3}(?:ix|iv|v?i{0,3})$|^xl$|^l$")
_LETTER_BEFORE_ROMAN = {"i": "h", "v": "u", "x": "w", "l": "k"}
_RANK = {"sec": 0, "para": 1, "subpara": 2, "item": 3, "point": 4}


@dataclass
class _Node:
    number: str
    kind: str
    lines: list[str]
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> Paragraph:
        text = "\n".join(self.lines + [line for c in self.children for line in c.all_lines()])
        return Paragraph(self.number, self.kind, text, tuple(c.freeze() for c in self.children))

    def all_lines(self) -> list[str]:
        return self.lines + [line for c in self.children for line in c.all_lines()]


def parse_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split an article's text into its numbered units (empty when it has none)."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    previous = ""
    for line in text.split("\n"):
        marker = _classify(line, stack)
        if marker is not None:
            marker = _placed(marker, stack, roots)
        if marker is None:
            if _starts_unnumbered_paragraph(line, previous):
                stack.clear()  # the list ended; this paragraph belongs to no unit
            elif stack:
                stack[-1].lines.append(line)
            previous = line
            continue
        number, kind = marker
        while stack and _RANK[stack[-1].kind] >= _RANK[kind]:
            stack.pop()
        node = _Node(number, kind, [line])
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        previous = line
    return tuple(n.freeze() for n in roots)


def _starts_unnumbered_paragraph(line: str, previous: str) -> bool:
    """'The following may be accommodated …' after a list that closed with a full stop."""
    return line[:1].isupper() and previous.rstrip().endswith((".", ":"))


def _placed(marker: tuple[str, str], stack: list[_Node], roots: list[_Node]):
    """Where a unit goes, so that no two siblings share a number: a letter that repeats
    one of its would-be siblings is a point of the unit above it ("93(10)(b)(i)(a)");
    any other repeat is not a unit of its own (returns None)."""
    number, kind = marker
    parents = [n for n in stack if _RANK[n.kind] < _RANK[kind]]
    siblings = parents[-1].children if parents else roots
    if all(s.number != number for s in siblings):
        return marker
    items = [n for n in stack if n.kind == "item"]
    if kind == "subpara" and items and all(c.number != number for c in items[-1].children):
        return number, "point"
    return None


def _classify(line: str, stack: list[_Node]) -> tuple[str, str] | None:
    match = _MARKER.match(line)
    if match is None:
        return None
    if match["sec"]:
        return match["sec"], "sec"
    if match["num"] or match["pnum"]:
        return match["num"] or match["pnum"], "para"
    token = match["paren"] or match["bare"]
    if _is_roman_item(token, stack):
        return token, "item"
    if len(token) > 1:
        return None
    below_item = any(n.kind == "item" for n in stack) and match["bare"] and line[1] == "."
    if below_item or (
        any(n.kind == "item" for n in stack) and not any(n.kind == "subpara" for n in stack)
    ):
        # letters below a roman item: (2)(iii)(a), or "a." in "(a)(i) a. b. c."
        return token, "point"
    return token, "subpara"


def _is_roman_item(token: str, stack: list[_Node]) -> bool:
    if not _ROMAN.match(token):
        return False
    letter_units = [n for n in stack if n.kind == "subpara"]
    if not letter_units:
        return True
    last_letter = letter_units[-1].number
    return _LETTER_BEFORE_ROMAN.get(token) != last_letter
