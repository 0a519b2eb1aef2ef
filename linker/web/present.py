"""View models: what the templates show, computed from the core's values.

The templates only lay these out; every decision (what a mention links to, which text a
pinpoint quotes, which instruments a search finds) is made here or in the core.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from typing import Any

from markupsafe import Markup

from linker.annotate import (
    LinkBuilder,
    cited_id,
    paragraph_blocks,
    paragraph_of,
    right_panel_id,
    right_panel_link,
    shorten,
    units_text,
)
from linker.authorities import Authority, CitedUnit, table_of_authorities
from linker.catalogue import Catalogue
from linker.export import cited_article_json, instrument_json
from linker.labels import adoption_line, format_date, short_name, unit_label
from linker.language import detect_language
from linker.models import Instrument, Mention
from linker.resolve import resolve_mentions
from linker.rights import Right, RightsIndex
from linker.sources import Statement, annotate_any, source_json, text_statement
from linker.textnorm import fold_name
from linker.validate import anchor_for

#: Cited articles up to this long are shown whole in the panel, the cited unit marked;
#: longer ones show the cited unit, the whole article one click away.
WHOLE_ARTICLE_MAX = 1500
#: A right's article longer than this is shown cut to ``RIGHT_EXCERPT_MAX`` characters in
#: the "Rights invoked" panel, the whole text one click away.
RIGHT_EXCERPT_MAX = 700
#: A right none of whose instruments the statement cites shows this many open; more go
#: behind "Also stated in …".
RIGHT_OPEN_MAX = 3
#: How each basis of a right's articles is told to the reader.
BASIS_TEXT = "States it in its own words"
BASIS_INTERPRETATION = "By interpretation"


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
    fragment = annotate_any(
        statement, mentions, catalogue, link=statement_link, lang=reader, rights=rights
    )
    authorities = table_of_authorities(text, mentions, catalogue)
    panel = [authority_view(a, page_link, reader, rights) for a in authorities]
    cited = [m for m in mentions if m.instrument is not None]
    on_page = _panel_ids(panel)
    invoked = rights_view(text, mentions, catalogue, rights, page_link, on_page, reader)
    return {
        "text": text,
        "statement": Markup(fragment),
        "is_html": statement.is_html,
        "source": source_view(statement),
        "authorities": panel,
        "rights_invoked": invoked,
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
    authority: Authority,
    link: LinkBuilder | None,
    lang: str = "en",
    rights: RightsIndex | None = None,
) -> dict[str, Any]:
    """One instrument of the side panel, with the text of every unit cited; inferred units
    and the rights it states in no article name their right (``rights`` gives labels)."""
    instrument = authority.instrument
    seen: set[str] = set()
    units = [unit_view(instrument, u, link, seen, lang) for u in authority.units]
    for unit, cited in zip(units, authority.units, strict=True):
        unit["rights"] = [right_ref(r, rights) for r in cited.rights]
    return {
        "id": instrument.id,
        "panel_id": cited_id(instrument.id),
        "title": instrument.title,
        "short_name": short_name(instrument),
        "unit": instrument.unit,
        "description": instrument.description,
        "adopted": adoption_line(instrument).removeprefix("Adopted "),
        "document_symbol": instrument.document_symbol,
        "entry_into_force": format_date(instrument.entry_into_force),
        "url": instrument.url,
        "href": link(instrument.id, None) if link else None,
        "mentions": authority.mentions,
        "paragraphs": authority.paragraphs,
        "units": units,
        "no_inference": [right_ref(r, rights) for r in authority.no_inference],
    }


def right_ref(right_id: str, rights: RightsIndex | None) -> dict[str, str]:
    """A right as the panels link to it: id, label and the ``#right-<id>`` entry."""
    right = rights.get(right_id) if rights is not None else None
    label = right.label if right is not None else right_id.replace("-", " ").capitalize()
    return {"id": right_id, "label": label, "href": right_panel_link(right_id)}


def _panel_ids(panel: list[dict[str, Any]]) -> set[str]:
    """Element ids of the table of authorities: what a link within the page may target."""
    ids = {a["panel_id"] for a in panel}
    ids.update(u["panel_id"] for a in panel for u in a["units"] if u["panel_id"])
    return ids


def rights_view(
    text: str,
    mentions: list[Mention],
    catalogue: Catalogue,
    rights: RightsIndex | None,
    link: LinkBuilder | None,
    on_page: set[str],
    lang: str = "en",
) -> list[dict[str, Any]]:
    """The "Rights invoked" panel: each right the statement names, in the order first
    named, with where it is named and, per instrument, the articles that state it (basis
    and source), then the instruments that state no such article.

    Instruments the statement cites come first and open; the others follow behind "Also
    stated in …" (all open when the statement cites none of them and they are few).
    ``link`` points at instrument pages; without it, at ``on_page`` ids of the table of
    authorities when the article is there.
    """
    if rights is None:
        return []
    blocks = paragraph_blocks(text)
    starts = [b.start for b in blocks]
    named: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    inferred: dict[tuple[str, str], list[int]] = {}
    cited: set[str] = set()
    for mention in mentions:
        paragraph = paragraph_of(blocks, mention.start, starts)
        if mention.kind == "right" and mention.right and rights.get(mention.right):
            numbers = named.setdefault(mention.right, [])
            if paragraph not in numbers:
                numbers.append(paragraph)
            counts[mention.right] = counts.get(mention.right, 0) + 1
        elif mention.instrument is not None:
            cited.add(mention.instrument)
            if mention.inferred_right and mention.inferred_articles:
                where = inferred.setdefault((mention.inferred_right, mention.instrument), [])
                if paragraph not in where:
                    where.append(paragraph)
    views = []
    for right_id, paragraphs in named.items():
        right = rights.get(right_id)
        view = _right_view(right, catalogue, cited, inferred, link, on_page, lang)
        view.update(paragraphs=paragraphs, mentions=counts[right_id])
        views.append(view)
    return views


def _right_view(
    right: Right,
    catalogue: Catalogue,
    cited: set[str],
    inferred: dict[tuple[str, str], list[int]],
    link: LinkBuilder | None,
    on_page: set[str],
    lang: str,
) -> dict[str, Any]:
    stating: dict[str, dict[str, Any]] = {}
    for source in right.sources:
        instrument = catalogue.get(source.instrument)
        if instrument is None:
            continue
        entry = stating.get(instrument.id)
        if entry is None:
            entry = stating[instrument.id] = _instrument_entry(instrument, cited, link, on_page)
            where = inferred.get((right.id, instrument.id))
            pinpoints = right.articles_for(instrument.id, basis="text")
            entry["inferred"] = (
                {"paragraphs": where, "units": units_text(instrument, pinpoints)}
                if where and pinpoints
                else None
            )
            entry["sources"] = []
        entry["sources"].append(
            {
                "basis": source.basis,
                "basis_text": BASIS_TEXT if source.basis == "text" else BASIS_INTERPRETATION,
                "source": source.source,
                "note": source.note,
                "units": [
                    _right_unit(instrument, pinpoint, link, on_page, lang)
                    for pinpoint in source.articles
                ],
            }
        )
    absent = []
    for instrument_id, note in right.absent.items():
        instrument = catalogue.get(instrument_id)
        if instrument is None:
            continue
        entry = _instrument_entry(instrument, cited, link, on_page)
        entry["statement"] = f"The {instrument.title} has no {instrument.unit} stating this right"
        entry["note"] = note
        absent.append(entry)
    entries = list(stating.values())
    first = [e for e in entries if e["cited"]]
    first_absent = [a for a in absent if a["cited"]]
    if not first and not first_absent and len(entries) <= RIGHT_OPEN_MAX:
        first = entries
    return {
        "id": right.id,
        "panel_id": right_panel_id(right.id),
        "label": right.label,
        "description": right.description,
        "stating": first,
        "absent": first_absent,
        "other_stating": [e for e in entries if e not in first],
        "other_absent": [a for a in absent if a not in first_absent],
    }


def _instrument_entry(
    instrument: Instrument, cited: set[str], link: LinkBuilder | None, on_page: set[str]
) -> dict[str, Any]:
    panel_id = cited_id(instrument.id)
    if link is not None:
        href = link(instrument.id, None)
    else:
        href = f"#{panel_id}" if panel_id in on_page else None
    return {
        "id": instrument.id,
        "title": instrument.title,
        "short_name": short_name(instrument),
        "href": href,
        "cited": instrument.id in cited,
    }


def _right_unit(
    instrument: Instrument,
    pinpoint: str,
    link: LinkBuilder | None,
    on_page: set[str],
    lang: str,
) -> dict[str, Any]:
    """An article that states a right, as the panel quotes it (see :func:`unit_view`)."""
    anchor = anchor_for(instrument, pinpoint) or None
    view = unit_view(instrument, CitedUnit(pinpoint, "valid", anchor, ()), link, set(), lang)
    view["panel_id"] = None  # the table of authorities owns these ids
    if link is None:
        target = cited_id(instrument.id, anchor) if anchor else None
        view["href"] = f"#{target}" if target in on_page else None
    excerpt = view.get("excerpt")
    view["short_excerpt"] = None
    if excerpt and not view.get("parts") and len(excerpt) > WHOLE_ARTICLE_MAX:
        view["short_excerpt"] = shorten(excerpt, RIGHT_EXCERPT_MAX)
    return view


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
