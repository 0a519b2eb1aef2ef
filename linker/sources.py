"""Where a statement comes from: pasted text, pasted HTML, or a page fetched by URL.

The web app and the CLI both turn their input into a :class:`Statement`, resolve its
``text``, and give back one JSON shape (:func:`statement_json`: the resolution, plus the text
read and the source when the input was not plain text) or one annotated fragment
(:func:`annotate_any`). HTML pages go through :mod:`linker.htmldoc` (main content, sanitised,
annotated in place); plain-text pages and pasted text through :mod:`linker.annotate`::

    statement = fetch_statement("https://example.org/press/1", FetchSettings.from_env())
    mentions = resolve_mentions(statement.text, catalogue)
    data = statement_json(statement, mentions, catalogue)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from linker.annotate import (
    LinkBuilder,
    RightLinkBuilder,
    annotate_statement,
    panel_link,
    right_panel_link,
)
from linker.catalogue import Catalogue
from linker.export import resolution_json
from linker.fetch import FetchedDocument, FetchSettings, fetch_document
from linker.htmldoc import HtmlDocument, annotate_html, read_html
from linker.models import Mention
from linker.rights import RightsIndex


@dataclass
class Statement:
    """A statement to resolve: ``text`` is what the resolver reads (for HTML, the visible
    text of the main content); ``document`` the HTML it came from, ``fetched`` the fetched
    page and ``requested_url`` the address asked for (before redirects)."""

    text: str
    document: HtmlDocument | None = None
    fetched: FetchedDocument | None = None
    requested_url: str | None = None

    @property
    def is_html(self) -> bool:
        return self.document is not None


def text_statement(text: str) -> Statement:
    """Plain text, as pasted."""
    return Statement(text)


def html_statement(page: str, base_url: str | None = None) -> Statement:
    """Pasted HTML: its main content, sanitised; without ``base_url`` relative links are
    dropped (they would point into linker)."""
    document = read_html(page, base_url)
    return Statement(document.text, document=document)


def fetched_statement(fetched: FetchedDocument, requested_url: str) -> Statement:
    """A fetched page: HTML read in place, plain text as text."""
    if fetched.is_html:
        document = read_html(fetched.text, fetched.url)
        return Statement(document.text, document, fetched, requested_url)
    return Statement(fetched.text, None, fetched, requested_url)


def fetch_statement(url: str, settings: FetchSettings) -> Statement:
    """Fetch ``url`` (see :func:`linker.fetch.fetch_document` for the errors) and read it."""
    return fetched_statement(fetch_document(url, settings), url.strip())


def source_json(statement: Statement) -> dict[str, Any] | None:
    """Where a fetched statement came from and when, or ``None`` if it was not fetched."""
    fetched = statement.fetched
    if fetched is None:
        return None
    return {
        "url": statement.requested_url,
        "final_url": fetched.url,
        "fetched_at": fetched.fetched_at.isoformat(timespec="seconds"),
        "media_type": fetched.media_type,
        "charset": fetched.charset,
        "from_cache": fetched.from_cache,
    }


def statement_json(
    statement: Statement,
    mentions: list[Mention],
    catalogue: Catalogue,
    rights: RightsIndex | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """:func:`linker.export.resolution_json`, plus ``text`` (the text the offsets point
    into) for HTML and fetched statements, and ``source`` for fetched ones."""
    result = resolution_json(statement.text, mentions, catalogue, rights, lang)
    if statement.document is not None or statement.fetched is not None:
        result["text"] = statement.text
    source = source_json(statement)
    if source is not None:
        result["source"] = source
    return result


def annotate_any(
    statement: Statement,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
) -> str:
    """The annotated fragment: the page's own markup for HTML, paragraphs for text. Named
    rights link to ``right_href(id)`` (the page's "Rights invoked" panel by default)."""
    options = {
        "link": link,
        "id_prefix": id_prefix,
        "lang": lang,
        "rights": rights,
        "right_href": right_href,
    }
    if statement.document is not None:
        return annotate_html(statement.document, mentions, catalogue, **options)
    return annotate_statement(statement.text, mentions, catalogue, **options)
