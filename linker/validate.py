"""Pinpoints checked against an instrument's article tree.

A pinpoint is valid when its article exists and, where the catalogue carries the
article's text, every level of its path exists too. Valid pinpoints are rendered in the
canonical notation of DESIGN.md (``12(4)``, ``1A(2)``, ``I(1)``); the rest are rendered
as cited and reported as invalid, never linked.
"""

from __future__ import annotations

from collections.abc import Iterable

from linker.models import Article, Instrument, Paragraph, Pinpoint
from linker.pinpoints import read_pinpoints, roman_value, to_roman


def validate_pinpoints(
    instrument: Instrument,
    pinpoints: Iterable[Pinpoint],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split ``pinpoints`` into (valid, invalid) canonical strings, without duplicates."""
    valid: list[str] = []
    invalid: list[str] = []
    for pinpoint in pinpoints:
        rendered, ok = check_pinpoint(instrument, pinpoint)
        target = valid if ok else invalid
        if rendered not in target:
            target.append(rendered)
    return tuple(valid), tuple(invalid)


def check_pinpoint(instrument: Instrument, pinpoint: Pinpoint) -> tuple[str, bool]:
    """Return (canonical string, whether the instrument has it)."""
    number = _article_number(instrument, pinpoint.article)
    path = tuple(pinpoint.path)
    article = instrument.article(number) if number else None
    if article is None and number and number[-1].isalpha() and number[:-1].isdigit():
        # "1A(2)": article 1, section A, paragraph 2 (Refugee Convention).
        base = instrument.article(number[:-1])
        if base is not None:
            article, path = base, (number[-1].upper(), *path)
    if article is None:
        return _as_cited(number or pinpoint.article, path), False
    return _walk(article, path)


def _article_number(instrument: Instrument, token: str) -> str:
    token = token.strip()
    if instrument.numbering == "roman":
        if token.isdigit():
            return to_roman(int(token))
        return token.upper() if roman_value(token) else ""
    if roman_value(token) and not token.isdigit():
        return ""
    if token[:-1].isdigit() and token[-1:].isalpha():
        return token[:-1] + token[-1].upper()
    return token


def _walk(article: Article, path: tuple[str, ...]) -> tuple[str, bool]:
    if not path:
        return article.number, True
    if article.text is None:
        # Wording not carried: the article is known, its inner structure is not.
        return _as_cited(article.number, path), True
    units: tuple[Paragraph, ...] = article.paragraphs
    rendered = article.number
    for depth, unit_number in enumerate(path):
        unit = _find(units, unit_number)
        if unit is None:
            return _as_cited(article.number, path), False
        rendered += unit.number if unit.kind == "sec" else f"({unit.number})"
        units = unit.children
        if depth == len(path) - 1:
            return rendered, True
    return rendered, True


def _find(units: tuple[Paragraph, ...], number: str) -> Paragraph | None:
    wanted = number.lower()
    return next((u for u in units if u.number.lower() == wanted), None)


def _as_cited(article: str, path: tuple[str, ...]) -> str:
    head = article
    rest = list(path)
    if rest and len(rest[0]) == 1 and rest[0].isupper():
        head += rest.pop(0)
    return head + "".join(f"({p})" for p in rest)


def locate_pinpoint(
    instrument: Instrument, pinpoint: str
) -> tuple[Article | None, tuple[Paragraph, ...]]:
    """The article and the chain of units a canonical pinpoint names, as deep as exists."""
    read = read_pinpoints(f"article {pinpoint.lower()}", 0)
    if read is None or not read.pinpoints:
        return None, ()
    parsed = read.pinpoints[0]
    number = _article_number(instrument, parsed.article)
    article = instrument.article(number) if number else None
    path = list(parsed.path)
    if article is None and number[-1:].isalpha():
        article, path = instrument.article(number[:-1]), [number[-1], *path]
    if article is None:
        return None, ()
    chain: list[Paragraph] = []
    units = article.paragraphs
    for unit_number in path:
        found = _find(units, unit_number)
        if found is None:
            break
        chain.append(found)
        units = found.children
    return article, tuple(chain)


def anchor_for(instrument: Instrument, pinpoint: str) -> str:
    """Akoma Ntoso-style anchor of a canonical pinpoint: ``12(4)`` → ``art_12__para_4``."""
    article, chain = locate_pinpoint(instrument, pinpoint)
    if article is None:
        return ""
    return article_anchor(instrument, article.number, [(u.kind, u.number) for u in chain])


def article_anchor(instrument: Instrument, number: str, levels=()) -> str:
    """``art_12`` for an article, ``art_12__para_4`` with its levels."""
    unit = {"article": "art", "principle": "principle", "rule": "rule"}[instrument.unit]
    parts = [f"{unit}_{number.replace(' ', '_')}"]
    parts += [f"{kind}_{level}" for kind, level in levels]
    return "__".join(parts)
