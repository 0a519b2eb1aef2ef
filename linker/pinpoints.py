"""The pinpoint grammar: "article 2, paragraph 1", "arts. 6 to 8", "paragraph 4 of article 12".

English, French and Spanish: "l'article 12, paragraphe 4", "les articles 6 et 7", "articles
6 à 8", "paragraphe 4 de l'article 12", "article 2 (par. 3)", "article 7-1-d", "article 1er,
section A, paragraphe 2", "alinéa c) du paragraphe 1 de l'article 14", "el artículo 13.2",
"artículo 8.2.h)", "art. 12, párr. 4", "párrafo 4 del artículo 12", "los artículos 6 y 7",
"artículos 6 a 8", "apartados a) y d) del párrafo 1 del artículo 7", "párrafo 2 de dicho
artículo".

It runs on the folded view (lower case, no accents, straight quotes, '-' for dashes, single
spaces) from the position of a cue word and returns the article references it read and where
they end. Every pattern is anchored and bounded, the reader only moves forward, and the window
is capped, so the cost is linear in the length of the text whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linker.models import Pinpoint

#: Longest stretch of text one pinpoint expression may cover.
MAX_WINDOW = 240
#: Ranges longer than this are read as a typo, not expanded.
MAX_RANGE = 100
#: Deepest path below an article: paragraph, sub-paragraph, item, point.
MAX_DEPTH = 4

_ARTICLE_CUE = re.compile(
    r"(?:(?P<plural>articles|articulos|arts\.?|artt\.)|(?P<article>article|articulo|art\.?)"
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
_LETTER_CUE = re.compile(
    r"(?:sub-?paragraphs?|subparas?\.?|alineas?|apartados?|incisos?|literales?|lettres?|letters?)"
    r"(?![a-z])\s?",
    re.ASCII,
)
_ORDINAL_WORDS = {"premier": "1", "premiere": "1", "primero": "1", "first": "1"}
_NUMBER = re.compile(
    r"(?P<word>premiere?|primero|first)(?![a-z])"
    r"|(?P<num>\d{1,3}(?!\d)(?:(?P<ordinal>er|re|eme|e|o)(?![a-z])|[a-z](?![a-z]))?"
    r"|(?P<roman>(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![a-z])(?!\.\s?\d)))"
    r"(?:\s(?P<latin>bis|ter|quater)(?![a-z]))?",
    re.ASCII,
)
_PAREN = re.compile(r"\s?\((?P<unit>\d{1,3}|[a-z]{1,6})\)", re.ASCII)
_BARE = re.compile(r",?\s?(?P<unit>[a-z]|[ivx]{1,5})\)(?![a-z])", re.ASCII)
_BARE_NUMBER = re.compile(r"\s(?P<unit>\d{1,2})\)(?![a-z\d])", re.ASCII)
_INNER_PARAGRAPH = re.compile(rf",?\s?(?:{_PARAGRAPH_WORDS})\s?(?P<unit>\d{{1,3}})(?!\d)", re.ASCII)
_INNER_SUBPARAGRAPH = re.compile(
    r",?\s?(?:sub-?paragraph|subpara\.?|letter|point|lettre|literal|inciso|alinea|apartado)\s?"
    r"(?:\((?P<unit>[a-z]{1,6})\)|(?P<bare>[a-z]|[ivx]{1,5})\)(?![a-z]))",
    re.ASCII,
)
_SECTION = re.compile(r",\s?(?P<unit>[a-f])(?=,|\s?[;.)]|$|\s(?:de|du|of|del)\s)", re.ASCII)
_EXPLICIT_SECTION = re.compile(r",?\s?(?:section|seccion)\s(?P<unit>[a-f])(?![a-z])")
_SECTION_NUMBER = re.compile(r",\s?(?P<unit>\d{1,2})(?![\d(.])")
_DOTTED = re.compile(r"\.(?P<unit>\d{1,3}|[a-z]{1,6})(?![\da-z])\)?", re.ASCII)
_HYPHENATED = re.compile(r"-(?P<unit>\d{1,3}|[a-z]{1,6})(?![\da-z])", re.ASCII)
_PAR_OPEN = re.compile(r"\s?\((?:par\.|paragraphe|parr\.|para\.|paragraph)\s?", re.ASCII)
_PAR_ITEM = re.compile(r"(?P<num>\d{1,3})(?!\d)|\(?(?P<letter>[a-z]|[ivx]{1,5})\)", re.ASCII)
_PAR_JOIN = re.compile(r"\s?(?:,|et|and|y)\s?|\s", re.ASCII)
_SIBLING = re.compile(
    r"(?:\s?,\s?(?:and\s|or\s|et\s|y\s)?|\s(?:and|or|et|y|e|o|&)\s)"
    r"\((?P<unit>[a-z]{1,6}|\d{1,3})\)",
    re.ASCII,
)
_BARE_SIBLING = re.compile(
    r"(?:\s?,\s?(?:and\s|or\s|et\s|y\s)?|\s(?:and|or|et|y|e|o|&)\s)"
    r"(?P<unit>[a-z]|[ivx]{1,5})\)(?![a-z])",
    re.ASCII,
)
_SIBLING_NUMBER = re.compile(
    r"(?:\s?,\s?(?:and\s|et\s|y\s)?|\s(?:and|et|y|&)\s)(?P<unit>\d{1,3})(?!\d|\(|\.\d)", re.ASCII
)
_LIST_SEPARATOR = re.compile(
    r"(?:\s?,\s?(?:and\s|or\s|et\s|ou\s|y\s|o\s)?|\s(?:and|or|&|et|ou|y|e|o)\s)", re.ASCII
)
_RANGE_SEPARATOR = re.compile(r"\s?(?:-|to|through|a|au|hasta)\s?(?=\d|[ivxl]+\b)", re.ASCII)
_OF_ARTICLE = re.compile(
    r"\s?,?\s?(?:of\s(?:the\s)?|de\sl'|del\s|de\s)(?:article|articulo|art\.?)\s?", re.ASCII
)
_OF_PARAGRAPH = re.compile(
    r"\s?,?\s?(?:of\s(?:the\s)?|du\s|del\s|de\sla\s|de\s)(?:paragraphe|paragraph|parrafo|par\.|"
    r"parr\.|para\.?)\s?(?P<unit>\d{1,3})(?!\d)",
    re.ASCII,
)
#: "of that article", "de dicho artículo": the paragraph belongs to the article cited last.
_OF_THAT_ARTICLE = re.compile(
    r"\s?,?\s?(?:of\s(?:that|this|the\ssame)|de\s(?:dicho|ese|este|cet)|del\smismo"
    r"|du\smeme|de\sce\smeme)\s(?:article|articulo)(?![a-z])",
    re.ASCII,
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
    read = _read_article_form(window) or _read_paragraph_form(window) or _read_letter_form(window)
    if read is None:
        return None
    return PinpointRead(read.pinpoints, start + read.end, read.unit)


# -- "article 12(4)", "articles 6 to 8" ---------------------------------------------------


def _read_article_form(window: str) -> PinpointRead | None:
    cue = _ARTICLE_CUE.match(window)
    if cue is None:
        return None
    refs, end = _read_list(window, cue.end(), singular=bool(cue["article"]))
    if not refs:
        return None
    return PinpointRead(tuple(refs), end, "principle" if cue["principle"] else "article")


def _read_list(window: str, pos: int, singular: bool) -> tuple[list[Pinpoint], int]:
    refs: list[Pinpoint] = []
    end = pos
    while len(refs) < MAX_RANGE:
        single = _read_single(window, pos, singular)
        if single is None:
            break
        found, end = single
        expanded = _range_after(window, found, end, singular)
        if expanded is not None:
            more, end = expanded
            refs.extend(more)
        else:
            refs.extend(found)
        separator = _LIST_SEPARATOR.match(window, end)
        if separator is None:
            break
        pos = separator.end()
    return refs, end


def _range_after(window, found, end, singular):
    """'6 to 8' → 6, 7, 8 (a bare article number on each side)."""
    if len(found) != 1 or found[0].path:
        return None
    separator = _RANGE_SEPARATOR.match(window, end)
    if separator is None:
        return None
    upper = _read_single(window, separator.end(), singular)
    if upper is None or len(upper[0]) != 1 or upper[0][0].path:
        return None
    expanded = _expand_range(found[0].article, upper[0][0].article)
    return (expanded, upper[1]) if expanded else None


def _read_single(window: str, pos: int, singular: bool) -> tuple[list[Pinpoint], int] | None:
    """One article number with its path, and the siblings listed after it:
    "9 (3) and (4)", "2 (c) and (e)", "9, paragraphs 3 and 4", "35 §§ 1 and 4"."""
    number = _NUMBER.match(window, pos)
    if number is None or not number.group():
        return None
    article = _ORDINAL_WORDS.get(number["word"] or "") or _article_token(number)
    ordinal = bool(number["word"] or number["ordinal"])
    parenthesised = _read_par_parenthesis(window, number.end(), article)
    if parenthesised is not None:
        return parenthesised
    path, end, by_paragraph_word = _read_path(
        window, number.end(), bool(number["num"]), singular, ordinal
    )
    refs = [Pinpoint(article, tuple(path))]
    while path and len(refs) < MAX_RANGE:
        sibling = _SIBLING.match(window, end) or _BARE_SIBLING.match(window, end)
        if sibling is None and by_paragraph_word and len(path) == 1:
            sibling = _SIBLING_NUMBER.match(window, end)
        if sibling is None:
            break
        deeper, end = _read_parens(window, sibling.end())
        level = _sibling_level(path, sibling["unit"])
        path = [*path[:level], sibling["unit"], *deeper]
        refs.append(Pinpoint(article, tuple(path)))
    return refs, end


def _unit_kind(unit: str, previous: str | None) -> str:
    if unit.isdigit():
        return "digit"
    if roman_value(unit) and (len(unit) > 1 or (previous is not None and previous.isalpha())):
        return "roman"
    return "letter"


def _sibling_level(path: list[str], unit: str) -> int:
    """Which level a listed sibling replaces: the deepest of the same kind, so that
    "5 (d) (v) and (e) (vi)" gives 5(e)(vi) and "9 (3) and (4)" gives 9(4)."""
    kinds = [_unit_kind(u, path[i - 1] if i else None) for i, u in enumerate(path)]
    wanted = _unit_kind(unit, path[-2] if len(path) > 1 else None)
    if wanted == "roman" and "roman" not in kinds:
        wanted = "letter"
    for level in range(len(path) - 1, -1, -1):
        if kinds[level] == wanted:
            return level
    return len(path) - 1


def _article_token(number: re.Match) -> str:
    token = number["num"] or number["roman"] or ""
    if number["ordinal"]:
        token = token[: -len(number["ordinal"])]
    return token + (f" {number['latin']}" if number["latin"] else "")


def _read_path(
    window: str, end: int, arabic: bool, singular: bool, ordinal: bool
) -> tuple[list[str], int, bool]:
    """The units after an article number: "(2)(a)", ", paragraph 1 (a)", ".2", "-1-d",
    " 3) a)", ", section A, paragraph 2"."""
    if arabic:
        special = _read_dotted(window, end) or (_read_hyphenated(window, end) if singular else None)
        if special is not None:
            deeper, after = _read_parens(window, special[1])
            return [*special[0], *deeper][:MAX_DEPTH], after, False
    path: list[str] = []
    by_paragraph_word = False
    section = _EXPLICIT_SECTION.match(window, end) or (
        _SECTION.match(window, end) if ordinal else None
    )
    if section is not None:
        path.append(section["unit"])
        end = section.end()
        number = _SECTION_NUMBER.match(window, end)
        if number is not None and _INNER_PARAGRAPH.match(window, end) is None:
            path.append(number["unit"])
            end = number.end()
    while len(path) < MAX_DEPTH:
        step = _PAREN.match(window, end)
        if step is None and len(path) <= (1 if section else 0):
            step = _INNER_PARAGRAPH.match(window, end)
            by_paragraph_word = step is not None
            if step is None and not path and arabic:
                step = _BARE_NUMBER.match(window, end)
        if step is None:
            step = _INNER_SUBPARAGRAPH.match(window, end) or _BARE.match(window, end)
        if step is None:
            break
        path.append(step["unit"] or step["bare"])
        end = step.end()
    return path, end, by_paragraph_word


def _read_parens(window: str, end: int) -> tuple[list[str], int]:
    path: list[str] = []
    while len(path) < MAX_DEPTH:
        step = _PAREN.match(window, end) or _BARE.match(window, end)
        if step is None:
            break
        path.append(step["unit"])
        end = step.end()
    return path, end


def _read_dotted(window: str, end: int) -> tuple[list[str], int] | None:
    """Spanish style: "13.2", "8.2.h)", "7.1.i)", "8.2.e.viii", "1.A.2"."""
    path: list[str] = []
    while len(path) < MAX_DEPTH:
        step = _DOTTED.match(window, end)
        if step is None:
            break
        path.append(step["unit"])
        end = step.end()
    return (path, end) if path else None


def _read_hyphenated(window: str, end: int) -> tuple[list[str], int] | None:
    """French ICC style after a singular "article": "7-1-d", "8-2-e-viii", "12-3", "28-a"."""
    path: list[str] = []
    while len(path) < MAX_DEPTH:
        step = _HYPHENATED.match(window, end)
        if step is None:
            break
        path.append(step["unit"])
        end = step.end()
    return (path, end) if path else None


def _read_par_parenthesis(window: str, pos: int, article: str):
    """UN French style: "2 (par. 3)", "(par. 1 et 4)", "(par. 2 b))", "(par. 3 b) et g))"."""
    opening = _PAR_OPEN.match(window, pos)
    if opening is None:
        return None
    refs: list[Pinpoint] = []
    paragraph: str | None = None
    end = opening.end()
    while len(refs) < MAX_RANGE:
        item = _PAR_ITEM.match(window, end)
        if item is None:
            break
        if item["num"]:
            paragraph = item["num"]
            refs.append(Pinpoint(article, (paragraph,)))
        elif paragraph is not None:
            if refs and refs[-1].path == (paragraph,):
                refs.pop()
            refs.append(Pinpoint(article, (paragraph, item["letter"])))
        end = item.end()
        joint = _PAR_JOIN.match(window, end)
        if joint is None or not _PAR_ITEM.match(window, joint.end()):
            break
        end = joint.end()
    if not refs or not window.startswith(")", end):
        return None
    return refs, end + 1


# -- "paragraph 4 of article 12", "alinéa c) du paragraphe 1 de l'article 14" --------------


def _read_paragraph_form(window: str) -> PinpointRead | None:
    """``paragraph 4 of article 12`` → 12(4); a bare ``paragraph 4`` → path ("4",)."""
    cue = _PARAGRAPH_CUE.match(window)
    if cue is None:
        return None
    paths, end = _read_unit_paths(window, cue.end())
    if not paths:
        return None
    article = _article_after(window, end)
    if article is not None:
        number, end = article
        return PinpointRead(tuple(Pinpoint(number, p) for p in paths), end)
    that_article = _OF_THAT_ARTICLE.match(window, end)
    end = that_article.end() if that_article else end
    return PinpointRead(tuple(Pinpoint("", p) for p in paths), end, "paragraph")


def _read_letter_form(window: str) -> PinpointRead | None:
    """``alinéas a) et b) de l'article II``, ``apartados a), d) y h) del párrafo 1 del
    artículo 7``, ``subparagraph (d) of paragraph 3 of article 14``."""
    cue = _LETTER_CUE.match(window)
    if cue is None:
        return None
    letters, end = _read_letters(window, cue.end())
    if not letters:
        return None
    paragraph = _OF_PARAGRAPH.match(window, end)
    prefix: tuple[str, ...] = ()
    if paragraph is not None:
        prefix, end = (paragraph["unit"],), paragraph.end()
    article = _article_after(window, end)
    if article is None:
        that_article = _OF_THAT_ARTICLE.match(window, end)
        if that_article is None or not prefix:
            return None
        refs = tuple(Pinpoint("", (*prefix, x)) for x in letters)
        return PinpointRead(refs, that_article.end(), "paragraph")
    number, end = article
    return PinpointRead(tuple(Pinpoint(number, (*prefix, x)) for x in letters), end)


def _read_letters(window: str, pos: int) -> tuple[list[str], int]:
    letters: list[str] = []
    end = pos
    step = _PAREN.match(window, pos) or _BARE.match(window, pos)
    while step is not None and len(letters) < MAX_RANGE:
        letters.append(step["unit"])
        end = step.end()
        step = _SIBLING.match(window, end) or _BARE_SIBLING.match(window, end)
    return letters, end


def _read_unit_paths(window: str, pos: int) -> tuple[list[tuple[str, ...]], int]:
    """Paragraph numbers, each with the letters it carries: "2 b)", "3 (b) and (g)",
    "1 and 2", "1 to 3"."""
    paths: list[tuple[str, ...]] = []
    end = pos
    while len(paths) < MAX_RANGE:
        match = _UNIT_NUMBER.match(window, pos)
        if match is None:
            break
        number, end = match.group(), match.end()
        letters, after = _read_letters(window, end)
        paths.extend([(number, x) for x in letters] or [(number,)])
        end = after
        upper = _RANGE_SEPARATOR.match(window, end)
        if upper is not None and not letters:
            high = _UNIT_NUMBER.match(window, upper.end())
            if high is not None and 0 < int(high.group()) - int(number) <= MAX_RANGE:
                paths.extend((str(n),) for n in range(int(number) + 1, int(high.group()) + 1))
                end = high.end()
        separator = _LIST_SEPARATOR.match(window, end)
        if separator is None:
            break
        pos = separator.end()
    return paths, end


def _article_after(window: str, end: int) -> tuple[str, int] | None:
    of_article = _OF_ARTICLE.match(window, end)
    if of_article is None:
        return None
    article = _NUMBER.match(window, of_article.end())
    if article is None or not article.group():
        return None
    token = _ORDINAL_WORDS.get(article["word"] or "") or _article_token(article)
    return token, article.end()


# -- ranges and roman numerals ------------------------------------------------------------


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
