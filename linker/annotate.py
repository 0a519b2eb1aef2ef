"""Plain text + mentions → an annotated HTML fragment, built with lxml.

The statement is split into paragraphs: blocks separated by a blank line become ``<p>``,
a single line break inside a block stays a ``<br>``. Each instrument mention becomes a
link to the instrument and the first valid article it cites, followed by a popover (a
``role="tooltip"`` span the link names in ``aria-describedby``) holding the cited
article's official text, or the instrument's title, adoption date and description when
no article is cited. Invalid pinpoints are marked visibly and never linked.

User text only ever lands in lxml ``text``/``tail`` slots, so nothing the user wrote can
become markup; characters XML cannot hold (NUL, other C0 controls, lone surrogates) are
shown as U+FFFD, one for one. A mention that cannot be placed (out of range, overlapping
another, crossing a paragraph break) is logged and left as plain text, never fatal::

    mentions = resolve_mentions(text, catalogue)
    html = annotate_statement(text, mentions, catalogue)
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import count

import lxml.html
from lxml import etree

from linker.catalogue import Catalogue
from linker.export import cited_article_json
from linker.labels import adoption_line, short_name, unit_label
from linker.models import Instrument, Mention
from linker.validate import anchor_for

log = logging.getLogger(__name__)

#: ``link(instrument_id, anchor_or_None) -> href`` decides where a mention points.
LinkBuilder = Callable[[str, str | None], str]

#: At most this many cited articles are quoted in one popover; the rest are in the panel.
POPOVER_ARTICLES = 3
#: A quoted article longer than this is cut at a word boundary in the popover.
POPOVER_TEXT_MAX = 1200

_BLANK_LINE = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Block:
    """One paragraph of the statement: ``number`` counts from 1, ``start``/``end`` are
    offsets into the text with surrounding whitespace left out."""

    number: int
    start: int
    end: int


def paragraph_blocks(text: str) -> list[Block]:
    """The statement's paragraphs: blocks of text separated by at least one blank line."""
    blocks: list[Block] = []
    position = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        start, stop = _strip_span(text, position, end)
        if start < stop:
            blocks.append(Block(len(blocks) + 1, start, stop))
        position = match.end() if match is not None else len(text)
    return blocks


def paragraph_of(blocks: list[Block], offset: int, starts: list[int] | None = None) -> int:
    """Number of the paragraph that holds ``offset`` (the nearest before it, else 1).
    Pass ``starts`` (each block's start) when looking up many offsets."""
    if starts is None:
        starts = [b.start for b in blocks]
    index = bisect.bisect_right(starts, offset)
    return blocks[index - 1].number if index else 1


def cited_id(instrument_id: str, anchor: str | None = None) -> str:
    """Element id of an instrument's entry (or a cited article's) in the side panel."""
    return f"cited-{instrument_id}" + (f"--{anchor}" if anchor else "")


def panel_link(instrument_id: str, anchor: str | None) -> str:
    """Link a mention to its entry in the page's own side panel (standalone pages)."""
    return f"#{cited_id(instrument_id, anchor)}"


def site_link(base: str = "") -> LinkBuilder:
    """Link mentions to linker's instrument pages under ``base`` (``""`` for this site)."""

    def link(instrument_id: str, anchor: str | None) -> str:
        return f"{base}/instruments/{instrument_id}" + (f"#{anchor}" if anchor else "")

    return link


def annotate_statement(
    text: str,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
) -> str:
    """The statement as ``<div class="linker-statement">`` with its paragraphs and links.

    ``id_prefix`` keeps element ids unique when several fragments share a page; popovers
    quote articles in ``lang`` where the catalogue holds that official text (else English).
    """
    element = annotate_element(text, mentions, catalogue, link=link, id_prefix=id_prefix, lang=lang)
    return lxml.html.tostring(element, encoding="unicode")


def annotate_element(
    text: str,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
) -> etree._Element:
    """Like :func:`annotate_statement`, as an lxml element."""
    root = etree.Element("div", {"class": "linker-statement"})
    blocks = paragraph_blocks(text)
    placed = _place(text, mentions, blocks, catalogue)
    tips = count(1)
    for block in blocks:
        paragraph = etree.SubElement(
            root, "p", {"id": f"{id_prefix}-p{block.number}", "data-para": str(block.number)}
        )
        cursor = block.start
        for mention in placed.get(block.number, ()):
            append_text(paragraph, text[cursor : mention.start])
            tip_id = f"{id_prefix}-tip-{next(tips)}"
            instrument = catalogue.instruments[mention.instrument]
            paragraph.append(citation(mention, instrument, link, tip_id, lang))
            cursor = mention.end
        append_text(paragraph, text[cursor : block.end])
    return root


def append_text(parent: etree._Element, text: str) -> None:
    """Append ``text`` to ``parent`` through lxml's text/tail slots, a ``<br>`` per line
    break; characters XML cannot hold become U+FFFD."""
    for index, line in enumerate(_LINE_BREAK.split(text)):
        if index:
            etree.SubElement(parent, "br")
        _append_plain(parent, _NOT_XML.sub("\ufffd", line))


def _append_plain(parent: etree._Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _place(
    text: str, mentions: Iterable[Mention], blocks: list[Block], catalogue: Catalogue
) -> dict[int, list[Mention]]:
    """Instrument mentions by paragraph number, each checked to fit where it claims."""
    placed: dict[int, list[Mention]] = {}
    starts = [b.start for b in blocks]
    last_end = 0
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if mention.instrument is None:
            continue  # a named right: not linked (yet)
        reason = misfit(text, mention, catalogue, last_end)
        index = bisect.bisect_right(starts, mention.start) - 1
        if reason is None and (index < 0 or mention.end > blocks[index].end):
            reason = "crosses a paragraph break"
        if reason is not None:
            log.warning("mention %r at %d-%d skipped: %s", mention.text, *_span(mention), reason)
            continue
        placed.setdefault(blocks[index].number, []).append(mention)
        last_end = mention.end
    return placed


def misfit(text: str, mention: Mention, catalogue: Catalogue, last_end: int) -> str | None:
    """Why ``mention`` cannot be placed in ``text`` after ``last_end``, or ``None``."""
    if mention.instrument not in catalogue.instruments:
        return f"unknown instrument {mention.instrument!r}"
    if not 0 <= mention.start < mention.end <= len(text):
        return "span outside the text"
    if mention.start < last_end:
        return "overlaps the mention before it"
    if text[mention.start : mention.end] != mention.text:
        return "text does not match its span"
    return None


def _span(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


def citation(
    mention: Mention,
    instrument: Instrument,
    link: LinkBuilder,
    tip_id: str,
    lang: str = "en",
    label: str | None = None,
) -> etree._Element:
    """``<span class="linker-cite"><a …>mention</a> [badges] <span role=tooltip>``.

    ``label`` is the link's text when it is not the mention's own (a piece of a mention that
    an HTML page splits across inline elements)."""
    wrapper = etree.Element("span", {"class": "linker-cite"})
    wrapper.append(mention_link(mention, instrument, link, tip_id, label))
    for pinpoint in mention.invalid_articles:
        _span_with(wrapper, "linker-invalid", f"invalid pinpoint: {pinpoint}")
    wrapper.append(popover(mention, instrument, tip_id, lang))
    return wrapper


def mention_link(
    mention: Mention,
    instrument: Instrument,
    link: LinkBuilder,
    tip_id: str,
    label: str | None = None,
) -> etree._Element:
    """The ``<a class="linker-mention" data-linker="1" …>`` of a mention, described by the
    popover ``tip_id``; ``data-linker`` marks it as linker's own (see :mod:`linker.htmldoc`)."""
    inferred = mention.inferred_articles or ()
    anchor = first_anchor(instrument, mention.articles) or first_anchor(instrument, inferred)
    classes = "linker-mention"
    if mention.invalid_articles and not mention.articles:
        classes += " linker-mention--invalid"
    attributes = {
        "class": classes,
        "data-linker": "1",
        "href": link(instrument.id, anchor),
        "aria-describedby": tip_id,
        "data-instrument": instrument.id,
    }
    if mention.articles:
        attributes["data-articles"] = " ".join(mention.articles)
    element = etree.Element("a", attributes)
    if label is None:
        append_text(element, mention.text)
    else:
        element.text = label  # a piece of a page's text node: its line breaks are spaces
    return element


def first_anchor(instrument: Instrument, pinpoints: Iterable[str]) -> str | None:
    """Anchor of the first pinpoint that has one on the instrument page, else ``None``."""
    for pinpoint in pinpoints:
        anchor = anchor_for(instrument, pinpoint)
        if anchor:
            return anchor
    return None


def popover(
    mention: Mention, instrument: Instrument, tip_id: str, lang: str = "en"
) -> etree._Element:
    """The tooltip of a mention: cited article text (in ``lang`` where the catalogue holds
    it), or the instrument in one line."""
    tip = etree.Element("span", {"class": "linker-popover", "role": "tooltip", "id": tip_id})
    title = instrument.title
    name = short_name(instrument)
    if name != title:
        title += f" ({name})"
    _span_with(tip, "linker-popover__title", title)
    inferred = mention.inferred_articles or ()
    if mention.articles:
        _excerpts(tip, instrument, mention.articles, lang=lang)
        if inferred:
            units = ", ".join(inferred)
            _span_with(tip, "linker-popover__inferred", f"For the right named here: {units}")
    else:
        _span_with(tip, "linker-popover__date", adoption_line(instrument))
        if inferred:
            _excerpts(tip, instrument, inferred, "for the right named here", lang)
        else:
            _span_with(tip, "linker-popover__text", instrument.description)
    for pinpoint in mention.invalid_articles:
        unit = unit_label(instrument, pinpoint).lower()
        message = f"invalid pinpoint: {pinpoint} — the {name} has no {unit}"
        _span_with(tip, "linker-popover__invalid", message)
    return tip


def _excerpts(
    tip: etree._Element,
    instrument: Instrument,
    pinpoints: tuple[str, ...],
    note: str = "",
    lang: str = "en",
) -> None:
    for pinpoint in pinpoints[:POPOVER_ARTICLES]:
        tip.append(_excerpt(instrument, pinpoint, note, lang))
    more = len(pinpoints) - POPOVER_ARTICLES
    if more > 0:
        _span_with(tip, "linker-popover__more", f"and {more} more in the panel")


def _excerpt(
    instrument: Instrument, pinpoint: str, note: str = "", lang: str = "en"
) -> etree._Element:
    cited = cited_article_json(instrument, pinpoint, lang)
    excerpt = etree.Element("span", {"class": "linker-popover__article"})
    label = unit_label(instrument, pinpoint)
    if cited.get("heading"):
        label += f" — {cited['heading']}"
    if note:
        label += f" · {note}"
    _span_with(excerpt, "linker-popover__label", label)
    text = cited.get("text")
    if text is None:
        text = instrument.text_note or "The catalogue does not carry the wording of this article."
    body = _span_with(excerpt, "linker-popover__text", shorten(text, POPOVER_TEXT_MAX))
    if body is not None and cited.get("text_lang", "en") != "en":
        body.set("lang", cited["text_lang"])
    return excerpt


def shorten(text: str, limit: int) -> str:
    """``text`` cut at the last space before ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " …"


def _span_with(parent: etree._Element, css_class: str, text: str) -> etree._Element | None:
    """Append ``<span class=css_class>text</span>`` (nothing for empty text)."""
    if not text:
        return None
    span = etree.SubElement(parent, "span", {"class": css_class})
    append_text(span, text)
    return span
