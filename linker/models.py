"""The value objects that flow through linker: catalogue records and mentions.

Everything here is a frozen dataclass so a loaded catalogue and a resolution can be
shared freely between threads and requests. This module imports nothing of linker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

#: Kinds of paragraph level, outermost first, as used in anchors (``art_1__sec_A__para_2``).
PARAGRAPH_KINDS = ("sec", "para", "subpara", "item", "point")


@dataclass(frozen=True)
class Paragraph:
    """One numbered unit inside an article: a section, paragraph, sub-paragraph or item.

    ``text`` is the unit's whole text as published, its own sub-units included.
    """

    number: str
    kind: str
    text: str
    children: tuple[Paragraph, ...] = ()

    def child(self, number: str) -> Paragraph | None:
        return next((c for c in self.children if c.number == number), None)


@dataclass(frozen=True)
class Article:
    """An article (or principle, or rule) of an instrument.

    ``text`` is ``None`` when the catalogue lists the article without its wording
    (the instrument file then says why in ``text_note``).
    """

    number: str
    heading: str | None
    text: str | None
    paragraphs: tuple[Paragraph, ...] = ()

    def paragraph(self, number: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.number == number), None)


@dataclass(frozen=True)
class Alias:
    """A name by which an instrument is written: ``kind`` is title, short-title,
    abbreviation or other-name; abbreviations match case-sensitively. ``lang`` is the
    ISO 639-1 code of the language the name is written in."""

    name: str
    instrument: str
    kind: str
    lang: str = "en"


@dataclass(frozen=True)
class Translation:
    """An instrument's names in another language."""

    lang: str
    title: str
    short_titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    other_names: tuple[str, ...]
    source: str
    examples: tuple[str, ...] = ()
    treaty_bodies: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalText:
    """An instrument's official text in another language, article by article."""

    lang: str
    title: str
    source: str
    text_note: str | None
    articles: tuple[Article, ...]
    _article_index: Mapping[str, Article] = field(default_factory=dict, repr=False, compare=False)

    def article(self, number: str) -> Article | None:
        return self._article_index.get(number)


@dataclass(frozen=True, eq=False)
class Instrument:
    """One instrument of the catalogue, with its metadata and its articles.

    Compared and hashed by identity: a loaded catalogue holds one object per instrument."""

    id: str
    title: str
    kind: str
    unit: str
    numbering: str
    description: str
    short_titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    other_names: tuple[str, ...]
    head: str | None
    parent: str | None
    treaty_bodies: tuple[str, ...]
    adopted: date | None
    adopted_place: str | None
    document_symbol: str | None
    opened_for_signature: date | None
    entry_into_force: date | None
    url: str
    other_urls: tuple[str, ...]
    source: str
    text_note: str | None
    examples: tuple[str, ...]
    articles: tuple[Article, ...]
    members: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    translations: Mapping[str, Translation] = field(default_factory=dict, compare=False)
    texts: Mapping[str, LocalText] = field(default_factory=dict, compare=False)
    _article_index: Mapping[str, Article] = field(default_factory=dict, repr=False, compare=False)

    def article(self, number: str) -> Article | None:
        return self._article_index.get(number)

    @property
    def articles_with_text(self) -> int:
        return sum(1 for a in self.articles if a.text)


@dataclass(frozen=True)
class AmbiguousAlias:
    """An alias that several instruments share, with the rule that settles it.

    ``rule`` is ``"antecedent"``: the nearest preceding mention of one of the
    ``candidates`` wins, else ``default`` (``None`` leaves the mention unlinked).
    """

    name: str
    candidates: tuple[str, ...]
    default: str | None
    note: str


@dataclass(frozen=True)
class Pinpoint:
    """A parsed article reference: the article number and the path below it."""

    article: str
    path: tuple[str, ...] = ()

    def render(self, section_levels: int = 0) -> str:
        """Canonical string: ``12(4)``; the first ``section_levels`` levels attach
        without parentheses (``1A(2)`` for the Refugee Convention)."""
        head = self.article + "".join(self.path[:section_levels])
        return head + "".join(f"({p})" for p in self.path[section_levels:])


@dataclass(frozen=True)
class Mention:
    """A span of the submitted text that cites an instrument (or names a right).

    ``start``/``end`` are code-point offsets into the submitted text, end exclusive.
    """

    start: int
    end: int
    text: str
    kind: str
    instrument: str | None
    articles: tuple[str, ...] = ()
    invalid_articles: tuple[str, ...] = ()
    right: str | None = None
    right_articles: Mapping[str, tuple[str, ...]] | None = None
    inferred_articles: tuple[str, ...] | None = None
    inferred_right: str | None = None
