"""Plain text + mentions → an annotated HTML fragment, built with lxml.

The statement is split into paragraphs: blocks separated by a blank line become ``<p>``,
a single line break inside a block stays a ``<br>``. Each instrument mention becomes a
link to the instrument and the first valid article it cites, followed by a popover (a
``role="tooltip"`` span the link names in ``aria-describedby``) holding the cited
article's official text, or the instrument's title, adoption date and description when
no article is cited. Invalid pinpoints are marked visibly and never linked. An instrument
cited without an article but settled by a right the sentence names links to its first
*inferred* article: the link is marked as inferred (class, badge, popover label), never
presented as cited. A named right (``kind: "right"``) becomes a link to its entry in the
page's "Rights invoked" panel (``#right-<id>``), with a popover saying what it is and which
instruments state it.

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
from linker.rights import Right, RightsIndex
from linker.validate import anchor_for

log = logging.getLogger(__name__)

#: ``link(instrument_id, anchor_or_None) -> href`` decides where a mention points.
LinkBuilder = Callable[[str, str | None], str]
#: ``right_href(right_id) -> href`` decides where a named right points.
RightLinkBuilder = Callable[[str], str]

#: At most this many cited articles are quoted in one popover; the rest are in the panel.
POPOVER_ARTICLES = 3
#: A quoted article longer than this is cut at a word boundary in the popover.
POPOVER_TEXT_MAX = 1200
#: At most this many instruments are named in a right's popover; the rest are in the panel.
POPOVER_INSTRUMENTS = 6
#: How an inferred pinpoint is labelled wherever it is shown.
INFERRED_NOTE = "inferred from the right named here"

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


def right_panel_id(right_id: str) -> str:
    """Element id of a right's entry in the page's "Rights invoked" panel."""
    return f"right-{right_id}"


def right_panel_link(right_id: str) -> str:
    """Link a named right to its entry in the page's "Rights invoked" panel."""
    return f"#{right_panel_id(right_id)}"


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
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
) -> str:
    """The statement as ``<div class="linker-statement">`` with its paragraphs and links.

    ``id_prefix`` keeps element ids unique when several fragments share a page; popovers
    quote articles in ``lang`` where the catalogue holds that official text (else English).
    ``rights`` (the index the mentions were resolved with) gives named rights their label
    and description; ``right_href`` is where a named right links.
    """
    element = annotate_element(
        text,
        mentions,
        catalogue,
        link=link,
        id_prefix=id_prefix,
        lang=lang,
        rights=rights,
        right_href=right_href,
    )
    return lxml.html.tostring(element, encoding="unicode")


def annotate_element(
    text: str,
    mentions: Iterable[Mention],
    catalogue: Catalogue,
    *,
    link: LinkBuilder = panel_link,
    id_prefix: str = "linker",
    lang: str = "en",
    rights: RightsIndex | None = None,
    right_href: RightLinkBuilder = right_panel_link,
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
            if mention.instrument is None:
                href = right_href(mention.right)
                paragraph.append(right_citation(mention, catalogue, rights, href, tip_id))
            else:
                instrument = catalogue.instruments[mention.instrument]
                cite = citation(mention, instrument, link, tip_id, lang, rights=rights)
                paragraph.append(cite)
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
    """Mentions (of instruments and of rights) by paragraph number, each checked to fit
    where it claims."""
    placed: dict[int, list[Mention]] = {}
    starts = [b.start for b in blocks]
    last_end = 0
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        reason = misfit(text, mention, catalogue, last_end)
        index = bisect.bisect_right(starts, mention.start) - 1
        if reason is None and (index < 0 or mention.end > blocks[index].end):
            reason = "crosses a paragraph break"
        if reason is not None:
            # The span and instrument, never the words: statements are not logged.
            log.warning(
                "mention of %s at %d-%d skipped: %s",
                mention.instrument or mention.right,
                *_span(mention),
                reason,
            )
            continue
        placed.setdefault(blocks[index].number, []).append(mention)
        last_end = mention.end
    return placed


def misfit(text: str, mention: Mention, catalogue: Catalogue, last_end: int) -> str | None:
    """Why ``mention`` cannot be placed in ``text`` after ``last_end``, or ``None``."""
    if mention.instrument is None:
        if mention.kind != "right" or not mention.right:
            return "names neither an instrument nor a right"
    elif mention.instrument not in catalogue.instruments:
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
    rights: RightsIndex | None = None,
) -> etree._Element:
    """``<span class="linker-cite"><a …>mention</a> [badges] <span role=tooltip>``.

    ``label`` is the link's text when it is not the mention's own (a piece of a mention that
    an HTML page splits across inline elements). An instrument cited without an article
    that a named right settles gets an ``inferred: article 13(2)`` badge."""
    wrapper = etree.Element("span", {"class": "linker-cite"})
    wrapper.append(mention_link(mention, instrument, link, tip_id, label))
    for pinpoint in mention.invalid_articles:
        _span_with(wrapper, "linker-invalid", f"invalid pinpoint: {pinpoint}")
    inferred = _inferred_only(mention)
    if inferred:
        _span_with(wrapper, "linker-inferred", f"inferred: {units_text(instrument, inferred)}")
    wrapper.append(popover(mention, instrument, tip_id, lang, rights))
    return wrapper


def _inferred_only(mention: Mention) -> tuple[str, ...]:
    """The inferred pinpoints a mention links to: only when it cites none itself."""
    return () if mention.articles else tuple(mention.inferred_articles or ())


def units_text(instrument: Instrument, pinpoints: Iterable[str]) -> str:
    """``article 13(2)``, ``articles 6, 7``, ``principle 28(1)``."""
    pinpoints = list(pinpoints)
    unit = instrument.unit + ("s" if len(pinpoints) > 1 else "")
    return f"{unit} {', '.join(pinpoints)}"


def mention_link(
    mention: Mention,
    instrument: Instrument,
    link: LinkBuilder,
    tip_id: str,
    label: str | None = None,
) -> etree._Element:
    """The ``<a class="linker-mention" data-linker="1" …>`` of a mention, described by the
    popover ``tip_id``; ``data-linker`` marks it as linker's own (see :mod:`linker.htmldoc`)."""
    inferred = _inferred_only(mention)
    anchor = first_anchor(instrument, mention.articles) or first_anchor(instrument, inferred)
    classes = "linker-mention"
    if mention.invalid_articles and not mention.articles:
        classes += " linker-mention--invalid"
    if inferred:
        classes += " linker-mention--inferred"
    attributes = {
        "class": classes,
        "data-linker": "1",
        "href": link(instrument.id, anchor),
        "aria-describedby": tip_id,
        "data-instrument": instrument.id,
    }
    if mention.articles:
        attributes["data-articles"] = " ".join(mention.articles)
    if inferred:
        attributes["data-inferred-articles"] = " ".join(inferred)
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
    mention: Mention,
    instrument: Instrument,
    tip_id: str,
    lang: str = "en",
    rights: RightsIndex | None = None,
) -> etree._Element:
    """The tooltip of a mention: cited article text (in ``lang`` where the catalogue holds
    it), else the article inferred from a named right (labelled so), else the instrument in
    one line."""
    tip = etree.Element("span", {"class": "linker-popover", "role": "tooltip", "id": tip_id})
    title = instrument.title
    name = short_name(instrument)
    if name != title:
        title += f" ({name})"
    _span_with(tip, "linker-popover__title", title)
    inferred = mention.inferred_articles or ()
    note = _inferred_note(mention, rights)
    if mention.articles:
        _excerpts(tip, instrument, mention.articles, lang=lang)
        if inferred:
            units = units_text(instrument, inferred)
            _span_with(tip, "linker-popover__inferred", f"Also {note}: {units}")
    else:
        _span_with(tip, "linker-popover__date", adoption_line(instrument))
        if inferred:
            message = f"No article cited here; {note}:"
            _span_with(tip, "linker-popover__inferred", message)
            _excerpts(tip, instrument, inferred, "inferred", lang)
        elif mention.inferred_right is not None:
            message = (
                f"No article cited here, and none inferred: no {instrument.unit} of it "
                f"states the right named here ({_right_label(mention.inferred_right, rights)}) "
                "in its own words."
            )
            _span_with(tip, "linker-popover__inferred", message)
            _span_with(tip, "linker-popover__text", instrument.description)
        else:
            _span_with(tip, "linker-popover__text", instrument.description)
    for pinpoint in mention.invalid_articles:
        unit = unit_label(instrument, pinpoint).lower()
        message = f"invalid pinpoint: {pinpoint} — the {name} has no {unit}"
        _span_with(tip, "linker-popover__invalid", message)
    return tip


def _inferred_note(mention: Mention, rights: RightsIndex | None) -> str:
    """``inferred from the right named here (Right to return)``."""
    if mention.inferred_right is None:
        return INFERRED_NOTE
    return f"{INFERRED_NOTE} ({_right_label(mention.inferred_right, rights)})"


def _right_label(right_id: str | None, rights: RightsIndex | None) -> str:
    """A right's label from the index, else its id made readable."""
    right = rights.get(right_id) if rights is not None and right_id else None
    if right is not None:
        return right.label
    return (right_id or "a right").replace("-", " ").capitalize()


def right_citation(
    mention: Mention,
    catalogue: Catalogue,
    rights: RightsIndex | None,
    href: str,
    tip_id: str,
    label: str | None = None,
) -> etree._Element:
    """``<span class="linker-cite linker-cite--right"><a class="linker-right" …>right to
    return</a> <span role=tooltip>`` — a named right, marked apart from citations: its link
    goes to the right's entry in the panel, never to an instrument."""
    wrapper = etree.Element("span", {"class": "linker-cite linker-cite--right"})
    wrapper.append(right_mark(mention, href, tip_id, label))
    wrapper.append(right_popover(mention, catalogue, rights, tip_id))
    return wrapper


def right_mark(
    mention: Mention, href: str, tip_id: str, label: str | None = None
) -> etree._Element:
    """The ``<a class="linker-right" data-linker="1" data-right=id …>`` of a named right."""
    attributes = {
        "class": "linker-right",
        "data-linker": "1",
        "href": href,
        "aria-describedby": tip_id,
        "data-right": mention.right or "",
    }
    element = etree.Element("a", attributes)
    if label is None:
        append_text(element, mention.text)
    else:
        element.text = label
    return element


def right_popover(
    mention: Mention, catalogue: Catalogue, rights: RightsIndex | None, tip_id: str
) -> etree._Element:
    """What a named right is, and which instruments state it (and which do not)."""
    tip = etree.Element("span", {"class": "linker-popover", "role": "tooltip", "id": tip_id})
    right = rights.get(mention.right) if rights is not None and mention.right else None
    _span_with(tip, "linker-popover__title", _right_label(mention.right, rights))
    _span_with(tip, "linker-popover__kind", "A right or legal concept named here, not a citation")
    if right is not None:
        _span_with(tip, "linker-popover__text", right.description)
    stated = _stated_in(right, mention, catalogue)
    if stated:
        shown = " · ".join(stated[:POPOVER_INSTRUMENTS])
        more = len(stated) - POPOVER_INSTRUMENTS
        if more > 0:
            shown += f" · and {more} more"
        _span_with(tip, "linker-popover__stated", f"Stated in: {shown}")
    if right is not None and right.absent:
        names = ", ".join(_name(catalogue, i) for i in right.absent)
        _span_with(tip, "linker-popover__absent", f"Stated in no article of: {names}")
    for line in tip[:-1]:
        line.tail = " "  # lines are blocks on screen; a description read aloud needs spaces
    return tip


def _stated_in(right: Right | None, mention: Mention, catalogue: Catalogue) -> list[str]:
    """``UDHR article 13(2)`` for each instrument stating the right, in the index's order;
    ``(by interpretation)`` when only an authority's reading links it."""
    if right is None:
        by_instrument = {i: (tuple(p), None) for i, p in (mention.right_articles or {}).items()}
    else:
        by_instrument = {}
        for source in right.sources:
            pinpoints, bases = by_instrument.get(source.instrument, ((), set()))
            by_instrument[source.instrument] = (pinpoints + source.articles, bases | {source.basis})
    found = []
    for instrument_id, (pinpoints, bases) in by_instrument.items():
        instrument = catalogue.get(instrument_id)
        if instrument is None or not pinpoints:
            continue
        entry = f"{short_name(instrument)} {units_text(instrument, pinpoints)}"
        if bases == {"interpretation"}:
            entry += " (by interpretation)"
        found.append(entry)
    return found


def _name(catalogue: Catalogue, instrument_id: str) -> str:
    instrument = catalogue.get(instrument_id)
    return short_name(instrument) if instrument is not None else instrument_id


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
