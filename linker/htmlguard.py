"""Bounds on markup before an HTML parser sees it.

The HTML parsers linker uses (libxml2 through lxml, and html5ever through nh3) check each
attribute of a tag against every attribute before it, so one tag with 100,000 attributes
(``<p a0 a1 a2 …>``, 600 KB) takes them minutes: time grows with the square of the count.
:func:`cap_attributes` keeps the first :data:`MAX_ATTRIBUTES` of every tag and drops the rest
before parsing::

    >>> cap_attributes('<p a b="x>y" c>text</p>', limit=2)
    '<p a b="x>y">text</p>'

It costs one regular-expression search over the page (no real page has such a tag, and
then nothing else runs); each attribute is one atomic group, so the search never
backtracks. No real page comes near the limit, and linker's sanitiser keeps at most a
handful of attributes of any element anyway.
"""

from __future__ import annotations

import functools
import re

#: Attributes kept per tag; any beyond are dropped unread.
MAX_ATTRIBUTES = 256

_BLANK = " \t\n\r\f"
# One attribute, as HTML tokenizes it: separators (blanks or "/"), a name, and optionally
# "=" and a value (quoted, to its closing quote or the end of the page, or unquoted).
# Atomic and possessive throughout: nothing is ever tried twice.
_ATTRIBUTE = (
    rf"(?>[{_BLANK}/]*+[^{_BLANK}\"'>/=]++"
    rf"(?:[{_BLANK}]*+=[{_BLANK}]*+(?:\"[^\"]*+\"?|'[^']*+'?|[^{_BLANK}\"'>]*+))?+)"
)
_ONE_ATTRIBUTE = re.compile(_ATTRIBUTE)
_TAG_NAME = rf"</?[A-Za-z][^{_BLANK}/>]*+"


@functools.cache
def _dense(limit: int) -> re.Pattern[str]:
    """A tag name followed by ``limit`` attributes: where to cut."""
    return re.compile(rf"{_TAG_NAME}{_ATTRIBUTE}{{{limit}}}")


def cap_attributes(page: str, limit: int = MAX_ATTRIBUTES) -> str:
    """``page`` with every tag's attributes beyond the first ``limit`` removed."""
    pieces: list[str] = []
    copied = 0
    for found in _dense(limit).finditer(page):
        if found.start() < copied:
            continue  # inside attributes already dropped
        end = found.end()
        while (attribute := _ONE_ATTRIBUTE.match(page, end)) is not None and attribute.end() > end:
            end = attribute.end()
        pieces.append(page[copied : found.end()])
        copied = end
    if not pieces:
        return page
    pieces.append(page[copied:])
    return "".join(pieces)
