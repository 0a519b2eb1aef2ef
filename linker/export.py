"""The one JSON shape of a resolution, shared by the API and the CLI, and the catalogue
as JSON. Pure functions from model objects to plain dicts."""

from __future__ import annotations

import functools
from typing import Any

from linker.catalogue import Catalogue
from linker.models import Article, Instrument, Mention, Paragraph
from linker.rights import Right, RightsIndex
from linker.validate import anchor_for, article_anchor, locate_pinpoint


def mention_json(mention: Mention) -> dict[str, Any]:
    """A mention in the contract's shape (DESIGN.md)."""
    if mention.kind == "right":
        return {
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "kind": "right",
            "right": mention.right,
            "instrument": None,
            "right_articles": {k: list(v) for k, v in (mention.right_articles or {}).items()},
        }
    data: dict[str, Any] = {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "instrument": mention.instrument,
        "articles": list(mention.articles),
        "kind": mention.kind,
        "invalid_articles": list(mention.invalid_articles),
    }
    if mention.inferred_articles is not None:
        data["inferred_articles"] = list(mention.inferred_articles)
        data["inferred_right"] = mention.inferred_right
    return data


def instrument_metadata(instrument: Instrument) -> dict[str, Any]:
    """Everything about an instrument except its articles (a fresh dict each call)."""
    return dict(_metadata(instrument))


@functools.cache
def _metadata(instrument: Instrument) -> dict[str, Any]:
    # Instruments are immutable and hashed by identity: built once per instrument.
    return {
        "id": instrument.id,
        "title": instrument.title,
        "titles": {
            "en": instrument.title,
            **{lang: t.title for lang, t in instrument.translations.items()},
        },
        "text_languages": ["en", *sorted(instrument.texts)],
        "short_titles": list(instrument.short_titles),
        "abbreviations": list(instrument.abbreviations),
        "other_names": list(instrument.other_names),
        "kind": instrument.kind,
        "unit": instrument.unit,
        "description": instrument.description,
        "adopted": _iso(instrument.adopted),
        "adopted_place": instrument.adopted_place,
        "document_symbol": instrument.document_symbol,
        "opened_for_signature": _iso(instrument.opened_for_signature),
        "entry_into_force": _iso(instrument.entry_into_force),
        "url": instrument.url,
        "other_urls": list(instrument.other_urls),
        "source": instrument.source,
        "text_note": instrument.text_note,
        "parent": instrument.parent,
        "members": list(instrument.members),
        "articles_count": len(instrument.articles),
        "articles_with_text": instrument.articles_with_text,
    }


def instrument_json(instrument: Instrument) -> dict[str, Any]:
    """An instrument with every article and its paragraphs."""
    data = instrument_metadata(instrument)
    data["articles"] = [article_json(instrument, a) for a in instrument.articles]
    return data


def article_json(instrument: Instrument, article: Article) -> dict[str, Any]:
    return {
        "number": article.number,
        "heading": article.heading,
        "text": article.text,
        "anchor": article_anchor(instrument, article.number),
        "paragraphs": [_paragraph_json(instrument, article, (), p) for p in article.paragraphs],
    }


def _paragraph_json(instrument, article, levels, paragraph: Paragraph) -> dict[str, Any]:
    levels = (*levels, (paragraph.kind, paragraph.number))
    data: dict[str, Any] = {
        "number": paragraph.number,
        "kind": paragraph.kind,
        "text": paragraph.text,
        "anchor": article_anchor(instrument, article.number, levels),
    }
    if paragraph.children:
        data["paragraphs"] = [
            _paragraph_json(instrument, article, levels, c) for c in paragraph.children
        ]
    return data


def cited_article_json(instrument: Instrument, pinpoint: str, lang: str = "en") -> dict[str, Any]:
    """The text a pinpoint points at (see ``_cited_article``), as a fresh dict."""
    return dict(_cited_article(instrument, pinpoint, lang))


@functools.lru_cache(maxsize=4096)
def _cited_article(instrument: Instrument, pinpoint: str, lang: str) -> dict[str, Any]:
    """The text a pinpoint points at: the deepest unit that exists, and its article —
    in ``lang`` where the catalogue holds the official text in that language, else in
    English (``text_lang`` says which)."""
    article, chain = locate_pinpoint(instrument, pinpoint)
    if article is None:
        return {"pinpoint": pinpoint, "article": None, "text": None, "anchor": None}
    anchor = anchor_for(instrument, pinpoint)
    local = instrument.texts.get(lang)
    local_article = local.article(article.number) if local is not None else None
    if local_article is not None and local_article.text:
        article, chain = local_article, _same_units(local_article, chain)
    else:
        lang = "en"
    return {
        "pinpoint": pinpoint,
        "article": article.number,
        "heading": article.heading,
        "text": chain[-1].text if chain else article.text,
        "article_text": article.text,
        "text_lang": lang,
        "anchor": anchor,
    }


def _same_units(article: Article, chain: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The units of a translated article at the path an English chain names."""
    found: list[Paragraph] = []
    units = article.paragraphs
    for unit in chain:
        match = next((u for u in units if u.number == unit.number), None)
        if match is None:
            break
        found.append(match)
        units = match.children
    return tuple(found)


def resolution_json(
    text: str,
    mentions: list[Mention],
    catalogue: Catalogue,
    rights: RightsIndex | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """``{"mentions": [...], "instruments": {id: metadata + cited articles},
    "rights": {id: label, description, articles by instrument}}``."""
    cited: dict[str, list[str]] = {}
    for mention in mentions:
        if mention.instrument is None:
            continue
        pinpoints = cited.setdefault(mention.instrument, [])
        for pinpoint in (*mention.articles, *(mention.inferred_articles or ())):
            if pinpoint not in pinpoints:
                pinpoints.append(pinpoint)
    instruments = {}
    for instrument_id, pinpoints in cited.items():
        instrument = catalogue.instruments[instrument_id]
        data = instrument_metadata(instrument)
        data["cited_articles"] = {p: cited_article_json(instrument, p, lang) for p in pinpoints}
        instruments[instrument_id] = data
    result = {
        "lang": lang,
        "mentions": [mention_json(m) for m in mentions],
        "instruments": instruments,
    }
    if rights is not None:
        named = dict.fromkeys(m.right for m in mentions if m.kind == "right")
        result["rights"] = {r: right_json(rights.get(r)) for r in named}
    return result


def right_json(right: Right) -> dict[str, Any]:
    """A right of the index: what it is, and where each instrument states it."""
    return dict(_right(right))


@functools.cache
def _right(right: Right) -> dict[str, Any]:
    return {
        "id": right.id,
        "label": right.label,
        "description": right.description,
        "articles": [
            {
                "instrument": source.instrument,
                "articles": list(source.articles),
                "basis": source.basis,
                "source": source.source,
            }
            for source in right.sources
        ],
        "absent": [{"instrument": i, "note": note} for i, note in right.absent.items()],
    }


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
