"""View models: what the templates show, computed from the core's values.

The templates only lay these out; every decision (what a mention links to, which text a
pinpoint quotes, which instruments a search finds) is made here or in the core.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from typing import Any

from markupsafe import Markup

from linker.annotate import LinkBuilder, cited_id, paragraph_blocks
from linker.authorities import Authority, CitedUnit, table_of_authorities
from linker.catalogue import Catalogue
from linker.export import cited_article_json, instrument_json
from linker.labels import adoption_line, format_date, short_name, unit_label
from linker.language import detect_language
from linker.models import Instrument
from linker.resolve import resolve_mentions
from linker.rights import RightsIndex
from linker.sources import Statement, annotate_any, source_json, text_statement
from linker.textnorm import fold_name

#: Cited articles up to this long are shown whole in the panel, the cited unit marked;
#: longer ones show the cited unit, the whole article one click away.
WHOLE_ARTICLE_MAX = 1500


def search_instruments(catalogue: Catalogue, query: str) -> list[Instrument]:
    """Instruments whose id, title, short title, abbreviation or other name contains
    ``query`` (case, accents, quotes and dashes folded), sorted by title."""
    wanted = fold_name(query or "")
    found = [i for i in catalogue if not wanted or wanted in search_key(i)]
    return sorted(found, key=lambda i: fold_name(i.title))


def search_key(instrument: Instrument) -> str:
    """Every name of the instrument, folded, in one string (also used by the page's
    live filter)."""
    names = (instrument.id, instrument.title, *instrument.short_titles)
    names += (*instrument.abbreviations, *instrument.other_names)
    return " | ".join(fold_name(n) for n in names)


def annotated_view(
    text: str,
    catalogue: Catalogue,
    rights: RightsIndex | None = None,
    *,
    statement_link: LinkBuilder,
    page_link: LinkBuilder | None,
    lang: str | None = None,
) -> dict[str, Any]:
    """Context of the annotated page: the fragment, the side panel and a summary.

    ``statement_link`` is where mentions point; ``page_link`` where the panel links each
    instrument and article (``None`` when there are no instrument pages to link to).
    ``lang`` is the statement's language (default: detected); excerpts are quoted in it
    where the catalogue holds the official text in that language.
    """
    return statement_view(
        text_statement(text),
        catalogue,
        rights,
        statement_link=statement_link,
        page_link=page_link,
        lang=lang,
    )


def statement_view(
    statement: Statement,
    catalogue: Catalogue,
    rights: RightsIndex | None = None,
    *,
    statement_link: LinkBuilder,
    page_link: LinkBuilder | None,
    lang: str | None = None,
) -> dict[str, Any]:
    """:func:`annotated_view` for any statement: pasted text, pasted HTML (annotated in
    its own markup) or a fetched page (with ``source``: where and when it was fetched)."""
    text = statement.text
    reader = lang or detect_language(text)
    mentions = resolve_mentions(text, catalogue, rights, lang)
    fragment = annotate_any(statement, mentions, catalogue, link=statement_link, lang=reader)
    authorities = table_of_authorities(text, mentions, catalogue)
    panel = [authority_view(a, page_link, reader) for a in authorities]
    cited = [m for m in mentions if m.instrument is not None]
    return {
        "text": text,
        "statement": Markup(fragment),
        "is_html": statement.is_html,
        "source": source_view(statement),
        "authorities": panel,
        "mention_count": len(cited),
        "paragraph_count": len(paragraph_blocks(text)),
        "invalid_count": sum(len(m.invalid_articles) for m in cited),
        "lang": reader,
    }


def source_view(statement: Statement) -> dict[str, Any] | None:
    """Where a fetched statement came from, for the page's header (``None`` otherwise)."""
    source = source_json(statement)
    if source is None or statement.fetched is None:
        return None
    fetched_at = statement.fetched.fetched_at.astimezone(UTC)
    return {
        **source,
        "redirected": source["url"] != source["final_url"],
        "fetched_at_text": f"{format_date(fetched_at.date())}, {fetched_at:%H:%M} UTC",
    }


def authority_view(
    authority: Authority, link: LinkBuilder | None, lang: str = "en"
) -> dict[str, Any]:
    """One instrument of the side panel, with the text of every unit cited."""
    instrument = authority.instrument
    seen: set[str] = set()
    return {
        "id": instrument.id,
        "panel_id": cited_id(instrument.id),
        "title": instrument.title,
        "short_name": short_name(instrument),
        "description": instrument.description,
        "adopted": adoption_line(instrument).removeprefix("Adopted "),
        "document_symbol": instrument.document_symbol,
        "entry_into_force": format_date(instrument.entry_into_force),
        "url": instrument.url,
        "href": link(instrument.id, None) if link else None,
        "mentions": authority.mentions,
        "paragraphs": authority.paragraphs,
        "units": [unit_view(instrument, u, link, seen, lang) for u in authority.units],
    }


def unit_view(
    instrument: Instrument,
    unit: CitedUnit,
    link: LinkBuilder | None,
    seen: set[str],
    lang: str = "en",
) -> dict[str, Any]:
    """A cited pinpoint: its label, where it is cited, and the text it quotes."""
    view: dict[str, Any] = {
        "pinpoint": unit.pinpoint,
        "status": unit.status,
        "label": unit_label(instrument, unit.pinpoint),
        "paragraphs": unit.paragraphs,
        "panel_id": None,
        "href": None,
    }
    if unit.status == "invalid":
        return view
    panel_id = cited_id(instrument.id, unit.anchor) if unit.anchor else None
    if panel_id is not None and panel_id not in seen:
        seen.add(panel_id)
        view["panel_id"] = panel_id
    if link is not None:
        view["href"] = link(instrument.id, unit.anchor)
    cited = cited_article_json(instrument, unit.pinpoint, lang)
    view["text_lang"] = cited.get("text_lang", "en")
    view["heading"] = cited.get("heading")
    view["excerpt"] = cited.get("text")
    view["article_label"] = unit_label(instrument, cited.get("article"))
    view["text_note"] = instrument.text_note
    view.update(_article_parts(cited.get("article_text"), cited.get("text")))
    return view


def _article_parts(article_text: str | None, excerpt: str | None) -> dict[str, Any]:
    """The whole article split around the cited unit, so the panel can mark it;
    ``collapse`` when the article is long enough to fold away behind the excerpt."""
    if not article_text or not excerpt or article_text == excerpt:
        return {"parts": None, "collapse": False}
    at = article_text.find(excerpt)
    if at < 0:
        parts = (article_text, "", "")
    else:
        parts = (article_text[:at], excerpt, article_text[at + len(excerpt) :])
    return {"parts": parts, "collapse": len(article_text) > WHOLE_ARTICLE_MAX}


def instrument_view(instrument: Instrument) -> dict[str, Any]:
    """Context of an instrument page: metadata and every article as a tree of units,
    each with its anchor and its own lines (sub-units render below it)."""
    data = instrument_json(instrument)
    seen: set[str] = set()
    for article in data["articles"]:
        article["label"] = unit_label(instrument, article["number"])
        article["intro"] = _intro(article["text"], article["paragraphs"])
        _own_text(article["paragraphs"], seen)
    data["short_name"] = short_name(instrument)
    data["adopted_line"] = adoption_line(instrument)
    for key in ("adopted", "opened_for_signature", "entry_into_force"):
        data[f"{key}_text"] = format_date(getattr(instrument, key))
    return data


def _lines(text: str | None) -> int:
    return len(text.split("\n")) if text else 0


def _intro(text: str | None, units: list[dict[str, Any]]) -> str | None:
    """The article's lines before its first numbered unit (all of it when it has none)."""
    if text is None:
        return None
    lines = text.split("\n")
    keep = len(lines) - sum(_lines(u["text"]) for u in units)
    return "\n".join(lines[:keep]) or None


def _own_text(units: Iterable[dict[str, Any]], seen: set[str]) -> None:
    """Give each unit ``own_text`` (its lines without those of its sub-units) and
    ``dom_id``: its anchor, or ``None`` when an earlier unit took it (a few official
    texts number two lists alike), so that element ids stay unique."""
    for unit in units:
        children = unit.get("paragraphs", [])
        unit["own_text"] = _intro(unit["text"], children) or ""
        unit["dom_id"] = unit["anchor"] if unit["anchor"] not in seen else None
        seen.add(unit["anchor"])
        _own_text(children, seen)
