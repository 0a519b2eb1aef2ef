"""The pinpoint grammar: "article 2, paragraph 1", "arts. 6 to 8", "paragraph 4 of article 12".

English, French and Spanish: "l'article 12, paragraphe 4", "les articles 6 et 7", "articles
6 à 8", "paragraphe 4 de l'article 12", "el artículo 13.2", "art. 12, párr. 4", "párrafo 4
del artículo 12", "los artículos 6 y 7", "artículos 6 a 8", "artículo 5 a)".

It runs on the folded view (lower case, no accents, straight quotes, '-' for dashes, single spaces)
from the position of a cue word and returns the article references it read and where
they end. Every pattern is anchored and bounded, and the reader advances strictly, so the
cost is linear in the length of the window whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linker.models import Pinpoint

#: Longest stretch of text one pinpoint expression may cover.
MAX_WINDOW = 240
#: Ranges longer than this are read as a typo, not expanded.
MAX_RANGE = 100

_ARTICLE_CUE = re.compile(
    r"(?:(?P<article>articles?|articulos?|arts?\.?|artt\.)"
    r"|(?P<principle>principles?|principes?|principios?))(?![a-z])\s?",
    re.ASCII,
)
_PARAGRAPH_WORDS = (
    r"paragraphes?|paragraphs?|parrafos?|parr\.|par\.|paras?\.?|apartados?|alineas?|§§?"
)
_PARAGRAPH_CUE = re.compile(
    r"(?:(?:paragraphes?|paragraphs?|parrafos?|paras?|apartados?|alineas?)(?![a-z])\.?"
    r"|parr\.|par\.|§§?)\s?",
    re.ASCII,
)
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?!\d)(?:[a-z](?![a-z]))?|(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![a-z]))"
    r"(?:\s(?P<latin>bis|ter|quater)(?![a-z]))?",
    re.ASCII,
)
_PAREN = re.compile(r"\s?\((?P<unit>\d{1,3}|[a-z]{1,6})\)", re.ASCII)
_INNER_PARAGRAPH = re.compile(rf",?\s?(?:{_PARAGRAPH_WORDS})\s?(?P<unit>\d{{1,3}})(?!\d)", re.ASCII)
_SIBLING = re.compile(
    r"(?:\s?,\s?(?:and\s|or\s|et\s|y\s)?|\s(?:and|or|et|y|e|o|&)\s)"
    r"\((?P<unit>[a-z]{1,6}|\d{1,3})\)",
    re.ASCII,
)
_SIBLING_NUMBER = re.compile(
    r"(?:\s?,\s?(?:and\s|et\s|y\s)?|\s(?:and|et|y|&)\s)(?P<unit>\d{1,3})(?!\d|\(|\.\d)", re.ASCII
)
_DOTTED_PARAGRAPH = re.compile(r"\.(?P<unit>\d{1,3})(?![\d.])", re.ASCII)
_INNER_SUBPARAGRAPH = re.compile(
    r",?\s?(?:sub-?paragraph|subpara\.?|letter|point|lettre|literal|inciso|alinea)?\s?"
    r"(?:\((?P<unit>[a-z]{1,6})\)|(?P<bare>[a-z])\)(?![a-z]))",
    re.ASCII,
)
_LIST_SEPARATOR = re.compile(
    r"(?:\s?,\s?(?:and\s|or\s|et\s|ou\s|y\s|o\s)?|\s(?:and|or|&|et|ou|y|e|o)\s)", re.ASCII
)
_RANGE_SEPARATOR = re.compile(r"\s?(?:-|to|through|a|au|hasta)\s?(?=\d|[ivxl]+\b)", re.ASCII)
_OF_ARTICLE = re.compile(
    r"\s?,?\s?(?:of\s(?:the\s)?|de\sl'|del\s)(?:article|articulo|art\.?)\s?", re.ASCII
)
_UNIT_NUMBER = re.compile(r"\d{1,3}(?!\d)", re.ASCII)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


@dataclass(frozen=True)
class PinpointRead:
    """What the grammar read: the references, where they end in the view, and the unit
    the cue named: "article", "principle", or "paragraph" (a paragraph with no article)."""

    pinpoints: tuple[Pinpoint, ...]
    end: int
    unit: str = "article"


def read_pinpoints(view: str, start: int) -> PinpointRead | None:
    """Read a pinpoint expression whose cue word begins at ``view[start]``."""
    window = view[start : start + MAX_WINDOW]
    read = _read_article_form(window) or _read_paragraph_form(window)
    if read is None:
        return None
    return PinpointRead(read.pinpoints, start + read.end, read.unit)


def _read_article_form(window: str) -> PinpointRead | None:
    cue = _ARTICLE_CUE.match(window)
    if cue is None:
        return None
    refs, end = _read_list(window, cue.end())
    if not refs:
        return None
    return PinpointRead(tuple(refs), end, "principle" if cue["principle"] else "article")


def _read_paragraph_form(window: str) -> PinpointRead | None:
    """``paragraph 4 of article 12`` → 12(4); a bare ``paragraph 4`` → path ("4",)."""
    cue = _PARAGRAPH_CUE.match(window)
    if cue is None:
        return None
    units, end = _read_units(window, cue.end())
    if not units:
        return None
    of_article = _OF_ARTICLE.match(window, end)
    if of_article is not None:
        article = _NUMBER.match(window, of_article.end())
        if article is not None and article["num"].isdigit():
            refs = tuple(Pinpoint(article["num"], (u,)) for u in units)
            return PinpointRead(refs, article.end())
    refs = tuple(Pinpoint("", (u,)) for u in units)
    return PinpointRead(refs, end, "paragraph")


def _read_units(window: str, pos: int) -> tuple[list[str], int]:
    units: list[str] = []
    end = pos
    while len(units) < MAX_RANGE:
        match = _UNIT_NUMBER.match(window, pos)
        if match is None:
            break
        units.append(match.group())
        end = match.end()
        separator = _LIST_SEPARATOR.match(window, end) or _RANGE_SEPARATOR.match(window, end)
        if separator is None:
            break
        pos = separator.end()
    return units, end


def _read_list(window: str, pos: int) -> tuple[list[Pinpoint], int]:
    refs: list[Pinpoint] = []
    end = pos
    while len(refs) < MAX_RANGE:
        single = _read_single(window, pos)
        if single is None:
            break
        found, end = single
        ref = found[0]
        range_sep = _RANGE_SEPARATOR.match(window, end)
        if range_sep is not None and len(found) == 1 and not ref.path:
            upper = _read_single(window, range_sep.end())
            if upper is not None and len(upper[0]) == 1 and not upper[0][0].path:
                expanded = _expand_range(ref.article, upper[0][0].article)
                if expanded:
                    refs.extend(expanded)
                    end = upper[1]
                    separator = _LIST_SEPARATOR.match(window, end)
                    if separator is None:
                        break
                    pos = separator.end()
                    continue
        refs.extend(found)
        separator = _LIST_SEPARATOR.match(window, end)
        if separator is None:
            break
        pos = separator.end()
    return refs, end


def _read_single(window: str, pos: int) -> tuple[list[Pinpoint], int] | None:
    """One article number with its path, and the siblings listed after it:
    "9 (3) and (4)", "2 (c) and (e)", "9, paragraphs 3 and 4", "35 §§ 1 and 4"."""
    number = _NUMBER.match(window, pos)
    if number is None or not number.group():
        return None
    article = number["num"] + (f" {number['latin']}" if number["latin"] else "")
    path, end, by_paragraph_word = _read_path(window, number.end(), number["num"].isdigit())
    refs = [Pinpoint(article, tuple(path))]
    while path and len(refs) < MAX_RANGE:
        sibling = _SIBLING.match(window, end)
        if sibling is None and by_paragraph_word and len(path) == 1:
            sibling = _SIBLING_NUMBER.match(window, end)
        if sibling is None:
            break
        deeper, end, _ = _read_path(window, sibling.end(), False, only_parens=True)
        path = [*path[:-1], sibling["unit"], *deeper]
        refs.append(Pinpoint(article, tuple(path)))
    return refs, end


def _read_path(
    window: str, end: int, arabic: bool, only_parens: bool = False
) -> tuple[list[str], int, bool]:
    """The units after an article number: "(2)(a)", ", paragraph 1 (a)", ".2", " a)"."""
    path: list[str] = []
    by_paragraph_word = False
    while len(path) < 4:
        step = _PAREN.match(window, end)
        if step is None and not path and not only_parens:
            step = _INNER_PARAGRAPH.match(window, end)
            by_paragraph_word = step is not None
            if step is None and arabic:
                step = _DOTTED_PARAGRAPH.match(window, end)
        if step is None and not only_parens:
            step = _INNER_SUBPARAGRAPH.match(window, end)
        if step is None:
            break
        path.append(step["unit"] or step["bare"])
        end = step.end()
    return path, end, by_paragraph_word


def _expand_range(low: str, high: str) -> list[Pinpoint]:
    low_value, high_value = _value(low), _value(high)
    if low_value is None or high_value is None or low.isdigit() != high.isdigit():
        return []
    if not 0 < high_value - low_value <= MAX_RANGE:
        return []
    render = str if low.isdigit() else to_roman
    return [Pinpoint(render(n).lower()) for n in range(low_value, high_value + 1)]


def _value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return roman_value(token)


def roman_value(token: str) -> int | None:
    """Value of a roman numeral (any case), or None when it is not one."""
    token = token.lower()
    if not token or any(c not in _ROMAN_VALUES for c in token):
        return None
    total = 0
    for index, char in enumerate(token):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[token[index + 1]] if index + 1 < len(token) else 0
        total += -value if value < following else value
    return total if to_roman(total).lower() == token else None


def to_roman(value: int) -> str:
    """1 → 'I', 19 → 'XIX' (values up to 89, enough for any article number here)."""
    numerals = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for amount, numeral in numerals:
        while value >= amount:
            out.append(numeral)
            value -= amount
    return "".join(out)
