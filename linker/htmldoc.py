"""HTML in, HTML out: a page's main content annotated in place, its markup kept.

:func:`read_html` finds and sanitises the main content (:mod:`linker.htmlclean`) and reads its
visible text with a map back into the tree (:mod:`linker.htmltext`); the resolver runs on that
text; :func:`annotate_document` then splices linker's links into the tree's ``text``/``tail``
slots, with the same markup and popovers as the plain-text path (:mod:`linker.annotate`)::

    document = read_html(page, base_url="https://example.org/press/1")
    mentions = resolve_mentions(document.text, catalogue)
    fragment = annotate_html(document, mentions, catalogue)

A mention that straddles inline elements (``<em>article</em> 12 of the <b>ICCPR</b>``) is
linked piece by piece, each piece in its own slot, all pointing at one popover (on the last
piece). Pieces inside a link of the page are left alone: the page's link is never nested,
and the mention still counts (it is in the resolution and the side panel). Every paragraph
of the visible text gets an empty anchor (``id="linker-p3"``), the target of the panel's
"cited in ¶ 3". Everything linker adds carries ``data-linker``, and reading linker's output
strips it first, so annotating annotated output changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import count

import lxml.html
from lxml import etree

from linker.annotate import (
    LinkBuilder,
    RightLinkBuilder,
    citation,
    mention_link,
    misfit,
    panel_link,
    paragraph_blocks,
    right_citation,
    right_mark,
    right_panel_link,
)
from linker.catalogue import Catalogue
from linker.htmlclean import MARKER, main_content
from linker.htmltext import Piece, TextMap, visible_text
from linker.models import Mention
from linker.rights import RightsIndex

log = logging.getLogger(__name__)

#: Makes the element spliced in for a piece, given the piece's own text.
Factory = Callable[[str], etree._Element]


@dataclass
class HtmlDocument:
    """The sanitised main content of a page (``root``) and its visible text."""

    root: lxml.html.HtmlElement
    text_map: TextMap = field(repr=False)
    annotated: bool = False

    @property
    def text(self) -> str:
        """The visible text the resolver reads; mention offsets point into it."""
        return self.text_map.text


@dataclass(frozen=True)
class _Splice:
    """Put ``make(piece text)`` in place of ``[piece.start:piece.end]`` of a slot."""

    piece: Piece
    make: Factory

    def key(self) -> tuple[int, int, int]:
        # Applied last-first: a splice only shortens its slot to the part before it, so the
        # offsets of earlier splices stay true. At one offset, the anchor goes in last.
        return self.piece.slot, self.piece.start, self.piece.end - self.piece.start


def read_html(page: str, base_url: str | None = None) -> HtmlDocument:
    """The main content of ``page`` (HTML, already decoded), sanitised, with its text.
    ``base_url`` is the page's address: relative links are made absolute against it."""
    root = main_content(page, base_url)
    return HtmlDocument(root, visible_text(root))


def annotate_html(
    document: HtmlDocument,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
) -> str:
    """:func:`annotate_document`, serialised: ``<div class="linker-statement
    linker-document" data-linker="document">…</div>``."""
    element = annotate_document(
        document,
        mentions,
        catalogue,
        link=link,
        id_prefix=id_prefix,
        lang=lang,
        rights=rights,
        right_href=right_href,
    )
    return lxml.html.tostring(element, encoding="unicode")


def annotate_document(
    document: HtmlDocument,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
) -> lxml.html.HtmlElement:
    """Splice paragraph anchors and mention links into ``document.root``, in place, once.
    Named rights are marked as in the plain-text path (``rights`` and ``right_href`` as
    in :func:`linker.annotate.annotate_statement`)."""
    if document.annotated:
        raise ValueError("this document is already annotated; read the page again")
    document.annotated = True
    splices = _anchors(document.text_map, id_prefix)
    splices += _mention_splices(
        document.text_map, mentions, catalogue, link, id_prefix, lang, rights, right_href
    )
    for splice in sorted(splices, key=_Splice.key, reverse=True):
        _apply(document.text_map, splice)
    return document.root


def _anchors(text_map: TextMap, id_prefix: str) -> list[_Splice]:
    """An empty anchor at the start of every paragraph, numbered as the panel numbers them."""
    splices = []
    for block in paragraph_blocks(text_map.text):
        at = text_map.position(block.start)
        if at is None:
            continue
        attributes = {
            "class": "linker-para",
            "id": f"{id_prefix}-p{block.number}",
            "data-para": str(block.number),
            MARKER: "para",
        }
        piece = Piece(at.slot, at.start, at.start)
        splices.append(_Splice(piece, lambda _text, a=attributes: etree.Element("span", a)))
    return splices


def _mention_splices(
    text_map: TextMap,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    link: LinkBuilder,
    id_prefix: str,
    lang: str,
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
) -> list[_Splice]:
    """The link pieces of every mention (of an instrument or a right) that can be placed."""
    splices: list[_Splice] = []
    tips = count(1)
    last_end = 0
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        pieces = _placeable(text_map, mention, catalogue, last_end)
        if not pieces:
            continue
        last_end = mention.end
        tip_id = f"{id_prefix}-tip-{next(tips)}"
        if mention.instrument is None:
            href = right_href(mention.right)
            for piece in pieces[:-1]:
                splices.append(_Splice(piece, _right_part(mention, href, tip_id)))
            make = _right_whole(mention, catalogue, rights, href, tip_id)
            splices.append(_Splice(pieces[-1], make))
            continue
        instrument = catalogue.instruments[mention.instrument]
        for piece in pieces[:-1]:
            splices.append(_Splice(piece, _part(mention, instrument, link, tip_id)))
        make = _whole(mention, instrument, link, tip_id, lang, rights)
        splices.append(_Splice(pieces[-1], make))
    return splices


def _placeable(
    text_map: TextMap, mention: Mention, catalogue: Catalogue, last_end: int
) -> list[Piece]:
    """The pieces of ``mention`` to link: none (logged) if it does not fit, or lies wholly
    inside links of the page."""
    reason = misfit(text_map.text, mention, catalogue, last_end)
    pieces = text_map.pieces(mention.start, mention.end) if reason is None else None
    if reason is None and pieces is None:
        reason = "crosses a paragraph break"
    if reason is not None:
        span = (mention.start, mention.end)
        # The span and instrument, never the words: statements are not logged.
        log.warning(
            "mention of %s at %d-%d skipped: %s", mention.instrument or mention.right, *span, reason
        )
        return []
    outside = [p for p in pieces or () if not _in_link(text_map, p)]
    if not outside:
        log.info(
            "mention of %s at %d is inside a link of the page",
            mention.instrument or mention.right,
            mention.start,
        )
    return outside


def _in_link(text_map: TextMap, piece: Piece) -> bool:
    element = text_map.slots[piece.slot].parent()
    while element is not None:
        if element.tag == "a":
            return True
        element = element.getparent()
    return False


def _part(mention, instrument, link, tip_id) -> Factory:
    """A piece that is not the last: a link without its own popover."""

    def make(text: str) -> etree._Element:
        wrapper = etree.Element("span", {"class": "linker-cite linker-cite--part"})
        wrapper.append(mention_link(mention, instrument, link, tip_id, label=text))
        return wrapper

    return make


def _whole(mention, instrument, link, tip_id, lang, rights=None) -> Factory:
    def make(text: str) -> etree._Element:
        return citation(mention, instrument, link, tip_id, lang, label=text, rights=rights)

    return make


def _right_part(mention, href, tip_id) -> Factory:
    """A piece of a named right that is not the last: its mark without a popover."""

    def make(text: str) -> etree._Element:
        classes = "linker-cite linker-cite--right linker-cite--part"
        wrapper = etree.Element("span", {"class": classes})
        wrapper.append(right_mark(mention, href, tip_id, label=text))
        return wrapper

    return make


def _right_whole(mention, catalogue, rights, href, tip_id) -> Factory:
    def make(text: str) -> etree._Element:
        return right_citation(mention, catalogue, rights, href, tip_id, label=text)

    return make


def _apply(text_map: TextMap, splice: _Splice) -> None:
    """Cut the slot at the piece and put the new element in its place (text/tail only)."""
    slot = text_map.slots[splice.piece.slot]
    source = slot.get()
    start, end = splice.piece.start, splice.piece.end
    element = splice.make(source[start:end])
    element.tail = source[end:] or None
    if slot.tail:
        slot.owner.tail = source[:start] or None
        # addnext, not parent.insert(parent.index(owner) + 1): index() walks the siblings,
        # which made a paragraph of thousands of inline elements quadratic.
        slot.owner.addnext(element)
    else:
        slot.owner.text = source[:start] or None
        slot.owner.insert(0, element)
