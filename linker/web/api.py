"""The JSON API: resolve a text, read the catalogue, check health, describe itself.

Every answer is JSON, errors included (``{"error": message, "status": code}``, see
``linker.web.errors``); ``GET /api/openapi.json`` documents each endpoint.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from linker.annotate import site_link
from linker.errors import InputError, LinkerError
from linker.export import instrument_json, instrument_metadata
from linker.language import detect_language
from linker.resolve import resolve_mentions
from linker.sources import Statement, annotate_any, statement_json
from linker.web.inputs import STATEMENT_FIELDS, check_lang, json_object, read_statement
from linker.web.openapi import openapi_document
from linker.web.present import search_instruments
from linker.web.state import get_catalogue, get_rights

bp = Blueprint("api", __name__, url_prefix="/api")

FORMATS = ("json", "html")


@bp.post("/resolve")
def resolve() -> Response:
    """``{"text" | "url" | "html": …, "format": "json"|"html", "lang": "en"|"fr"|"es"}``
    → mentions and cited instruments, as ``linker resolve`` prints them; with
    ``"format": "html"`` also ``"html"``, the annotated fragment for embedding. Without
    ``lang`` the language is detected, as the CLI does. For ``url`` and ``html`` the
    answer adds ``text`` (the main content's text, which the offsets point into), and for
    ``url`` the ``source`` (where and when it was fetched)."""
    payload = json_object()
    output = _format(payload)
    lang = check_lang(payload.get("lang"))
    statement = _statement(payload)
    text = statement.text
    reader = lang or detect_language(text)
    catalogue, rights = get_catalogue(), get_rights()
    mentions = resolve_mentions(text, catalogue, rights, lang)
    result = statement_json(statement, mentions, catalogue, rights, reader)
    if output == "html":
        link = site_link(request.url_root.rstrip("/"))
        html = annotate_any(statement, mentions, catalogue, link=link, lang=reader, rights=rights)
        result = {"html": html, **result}
    return jsonify(result)


@bp.get("/instruments")
def instruments() -> Response:
    """Every instrument's metadata (no articles), filtered by ``?q=`` when given."""
    found = search_instruments(get_catalogue(), request.args.get("q", ""))
    return jsonify(instruments=[instrument_metadata(i) for i in found])


@bp.get("/instruments/<instrument_id>")
def instrument(instrument_id: str) -> Response:
    """One instrument with every article and its paragraphs."""
    found = get_catalogue().get(instrument_id)
    if found is None:
        raise LinkerError(f"no instrument with id {instrument_id!r}", status=404)
    return jsonify(instrument_json(found))


@bp.get("/health")
def health() -> Response:
    return jsonify(status="ok")


@bp.get("/openapi.json")
def openapi() -> Response:
    document = current_app.extensions.get("linker.openapi")
    if document is None:
        document = current_app.extensions["linker.openapi"] = openapi_document()
    return jsonify(document)


def _statement(payload: dict[str, Any]) -> Statement:
    """The statement of the request: exactly one of ``text``, ``url`` and ``html``."""
    given = [name for name in STATEMENT_FIELDS if name in payload]
    if not given:
        raise InputError(
            'missing field "text": send {"text": "..."}, {"url": "..."} or {"html": "..."}'
        )
    if len(given) > 1:
        names = " and ".join(f'"{name}"' for name in given)
        raise InputError(f"send one of text, url or html, not {names} together")
    field = given[0]
    value = payload[field]
    if not isinstance(value, str):
        raise InputError(f'field "{field}" must be a string, not {_json_type(value)}')
    return read_statement(field, value)


def _format(payload: dict[str, Any]) -> str:
    """The body's ``format``, else the query's, else ``json``; both are checked when both
    are given (the body's wins)."""
    query = request.args.get("format")
    if query is not None:
        _check_format(query, "parameter")
    value = payload.get("format", query if query is not None else "json")
    return _check_format(value, "field")


def _check_format(value: Any, where: str) -> str:
    if not isinstance(value, str) or value not in FORMATS:
        shown = repr(value) if isinstance(value, str) else _json_type(value)
        raise InputError(f'{where} "format" must be "json" or "html", not {shown[:40]}')
    return value


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array"}
    names.update({dict: "an object", str: "a string", type(None): "null"})
    return names.get(type(value), "a value")
