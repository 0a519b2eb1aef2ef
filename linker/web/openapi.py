"""The OpenAPI 3.1 description of ``/api``, served at ``GET /api/openapi.json``.

Written out by hand so it reads as documentation; ``tests/test_web_api.py`` checks that
it is a valid OpenAPI 3.1 document, that it names every route under ``/api``, and that
real answers validate against the schemas it gives.
"""

from __future__ import annotations

import copy
from typing import Any

from linker import __version__

JSON = "application/json"
#: A text must not hold NUL (binary, not text: 422); JSON Schema cannot say "no lone
#: surrogate", which the API refuses with 422 too.
NO_NUL = "^[^\\u0000]*$"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


def _strings() -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}}


def _object(required: list[str], properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties, **extra}


def _pinpoints(description: str) -> dict[str, Any]:
    return {**_strings(), "description": description}


INSTRUMENT_MENTION = _object(
    ["start", "end", "text", "instrument", "articles", "kind", "invalid_articles"],
    {
        "start": {"type": "integer", "minimum": 0, "description": "code-point offset"},
        "end": {"type": "integer", "minimum": 0, "description": "exclusive"},
        "text": {"type": "string", "description": "exactly text[start:end]"},
        "instrument": {"type": "string", "description": "instrument id"},
        "articles": _pinpoints(
            "valid canonical pinpoints the text itself cites, e.g. 12(4); never inferred ones"
        ),
        "kind": {
            "type": "string",
            "not": {"const": "right"},
            "examples": ["title", "short-title", "abbreviation", "short-form", "defined-term"],
        },
        "invalid_articles": _pinpoints("pinpoints the instrument does not have"),
        "inferred_articles": _pinpoints(
            "present only when the mention cites no article and its sentence names a right "
            "(`inferred_right`): the articles of this instrument that state that right in "
            "their own words (basis `text` in `rights`). Empty when the instrument has none "
            "— nothing is guessed; the right's `absent` says why. Never mixed into `articles`"
        ),
        "inferred_right": {
            "type": "string",
            "description": "present with `inferred_articles`: the id of the right that "
            "settled them, a key of the top-level `rights`",
            "examples": ["right-to-return"],
        },
    },
    dependentRequired={
        "inferred_articles": ["inferred_right"],
        "inferred_right": ["inferred_articles"],
    },
    description="A citation of an instrument, with the articles the text cites and, where "
    "a named right settles an article-less citation, the articles inferred from it.",
    additionalProperties=False,
)

RIGHT_MENTION = _object(
    ["start", "end", "text", "kind", "right", "instrument", "right_articles"],
    {
        "start": {"type": "integer", "minimum": 0, "description": "code-point offset"},
        "end": {"type": "integer", "minimum": 0, "description": "exclusive"},
        "text": {"type": "string", "description": "exactly text[start:end]"},
        "kind": {"const": "right"},
        "right": {
            "type": "string",
            "pattern": "^[a-z0-9-]+$",
            "description": "right id, a key of the top-level `rights`",
            "examples": ["right-to-return", "non-refoulement"],
        },
        "instrument": {"type": "null", "description": "a named right cites no instrument"},
        "right_articles": {
            "type": "object",
            "description": "instrument id → the pinpoints that state the right there, on "
            "any basis (`rights` says which are by interpretation)",
            "additionalProperties": _strings(),
            "examples": [{"udhr": ["13(2)"], "iccpr": ["12(4)"]}],
        },
    },
    description='A right or legal concept the text names ("the right to return"); not a '
    "citation of any instrument.",
    additionalProperties=False,
)

INSTRUMENT_METADATA = _object(
    [
        "id",
        "title",
        "short_titles",
        "abbreviations",
        "kind",
        "unit",
        "adopted",
        "entry_into_force",
        "document_symbol",
        "url",
        "source",
        "articles_count",
    ],
    {
        "id": {"type": "string", "pattern": "^[a-z0-9-]+$"},
        "title": {"type": "string"},
        "titles": {
            "type": "object",
            "description": "the official title by language code",
            "additionalProperties": {"type": "string"},
        },
        "text_languages": {**_strings(), "description": "languages of the texts held"},
        "short_titles": _strings(),
        "abbreviations": _strings(),
        "other_names": _strings(),
        "kind": {"type": "string"},
        "unit": {"enum": ["article", "principle", "rule"]},
        "description": {"type": "string"},
        "adopted": _nullable("string", format="date"),
        "adopted_place": _nullable("string"),
        "document_symbol": _nullable("string"),
        "opened_for_signature": _nullable("string", format="date"),
        "entry_into_force": _nullable("string", format="date"),
        "url": {"type": "string", "format": "uri"},
        "other_urls": _strings(),
        "source": {"type": "string"},
        "text_note": _nullable("string"),
        "parent": _nullable("string"),
        "members": _strings(),
        "articles_count": {"type": "integer", "minimum": 0},
        "articles_with_text": {"type": "integer", "minimum": 0},
    },
)

CITED_ARTICLE = _object(
    ["pinpoint", "article", "text", "anchor"],
    {
        "pinpoint": {"type": "string"},
        "article": _nullable("string", description="the article number"),
        "heading": _nullable("string"),
        "text": _nullable("string", description="text of the deepest unit cited"),
        "article_text": _nullable("string", description="the whole article"),
        "text_lang": {"enum": ["en", "fr", "es"], "description": "language of the text"},
        "anchor": _nullable("string", examples=["art_12__para_4"]),
    },
)

PARAGRAPH = _object(
    ["number", "kind", "text", "anchor"],
    {
        "number": {"type": "string"},
        "kind": {"enum": ["sec", "para", "subpara", "item", "point"]},
        "text": {"type": "string", "description": "the unit's text, sub-units included"},
        "anchor": {"type": "string"},
        "paragraphs": {"type": "array", "items": _ref("Paragraph")},
    },
)

ARTICLE = _object(
    ["number", "heading", "text", "anchor", "paragraphs"],
    {
        "number": {"type": "string"},
        "heading": _nullable("string"),
        "text": _nullable("string", description="as published, heading not included"),
        "anchor": {"type": "string", "examples": ["art_12"]},
        "paragraphs": {"type": "array", "items": _ref("Paragraph")},
    },
)

RIGHT = _object(
    ["id", "label", "description", "articles", "absent"],
    {
        "id": {"type": "string", "examples": ["right-to-return"]},
        "label": {"type": "string", "examples": ["Right to return"]},
        "description": {"type": "string", "description": "one neutral line"},
        "articles": {
            "type": "array",
            "description": "where each instrument states the right (an instrument may have "
            "one entry per basis)",
            "items": _object(
                ["instrument", "articles", "basis", "source"],
                {
                    "instrument": {"type": "string", "description": "instrument id"},
                    "articles": _pinpoints("pinpoints, e.g. 13(2)"),
                    "basis": {
                        "enum": ["text", "interpretation"],
                        "description": "`text`: the articles state it in their own words "
                        "(only these are ever inferred); `interpretation`: an authority "
                        "reads it into them",
                    },
                    "source": {
                        "type": "string",
                        "description": "the instrument itself for `text`; the general "
                        "comment, judgment or study for `interpretation`",
                    },
                },
            ),
        },
        "absent": {
            "type": "array",
            "description": "instruments often cited for the right that state it in no "
            "article, with the reason",
            "items": _object(
                ["instrument", "note"],
                {
                    "instrument": {"type": "string", "description": "instrument id"},
                    "note": {"type": "string"},
                },
            ),
        },
    },
    description="A right or legal concept of linker's rights index.",
)

SCHEMAS: dict[str, Any] = {
    "ResolveRequest": {
        "type": "object",
        "description": "The statement in exactly one of `text`, `url` or `html`.",
        "properties": {
            "text": {
                "type": "string",
                "pattern": NO_NUL,
                "description": "the statement, plain text (no NUL character: 422)",
            },
            "url": {
                "type": "string",
                "format": "uri",
                "description": "an http(s) address to fetch: an HTML page (its main text is "
                "read) or a plain-text page. Private, loopback and link-local addresses "
                "are refused",
                "examples": ["https://www.ohchr.org/en/press-releases"],
            },
            "html": {
                "type": "string",
                "pattern": NO_NUL,
                "description": "the statement as HTML: its main text is read and, with "
                "`format` `html`, annotated in its own (sanitised) markup",
            },
            "format": {"enum": ["json", "html"], "default": "json"},
            "lang": {
                "enum": ["en", "fr", "es", None],
                "description": "the text's language; detected per paragraph when absent. "
                "Excerpts are quoted in it where the catalogue holds that official text",
            },
        },
        "oneOf": [{"required": [name]} for name in ("text", "url", "html")],
    },
    "Source": _object(
        ["url", "final_url", "fetched_at", "media_type", "charset", "from_cache"],
        {
            "url": {"type": "string", "description": "the address asked for"},
            "final_url": {"type": "string", "description": "the address after redirects"},
            "fetched_at": {
                "type": "string",
                "format": "date-time",
                "description": "when the site sent the page (UTC)",
            },
            "media_type": {"enum": ["text/html", "application/xhtml+xml", "text/plain"]},
            "charset": {"type": "string", "description": "the codec the page was read with"},
            "from_cache": {"type": "boolean", "description": "served from linker's cache"},
        },
    ),
    "InstrumentMention": INSTRUMENT_MENTION,
    "RightMention": RIGHT_MENTION,
    "Mention": {"oneOf": [_ref("InstrumentMention"), _ref("RightMention")]},
    "CitedArticle": CITED_ARTICLE,
    "InstrumentMetadata": INSTRUMENT_METADATA,
    "CitedInstrument": {
        "allOf": [
            _ref("InstrumentMetadata"),
            _object(
                ["cited_articles"],
                {
                    "cited_articles": {
                        "type": "object",
                        "description": "pinpoint → its text, for every pinpoint a mention "
                        "cites or has inferred (the mention's `articles` and "
                        "`inferred_articles` say which)",
                        "additionalProperties": _ref("CitedArticle"),
                    }
                },
            ),
        ]
    },
    "Resolution": _object(
        ["lang", "mentions", "instruments"],
        {
            "lang": {
                "enum": ["en", "fr", "es"],
                "description": "the language read (`lang` of the request, else detected); "
                "`cited_articles` quote the official text in it where the catalogue holds "
                "it",
            },
            "mentions": {
                "type": "array",
                "description": "citations of instruments and named rights, sorted by "
                "`start`, never overlapping",
                "items": _ref("Mention"),
            },
            "instruments": {"type": "object", "additionalProperties": _ref("CitedInstrument")},
            "rights": {
                "type": "object",
                "description": "right id → each right the text names, in the order first "
                "named: label, description, the articles that state it per instrument "
                "(basis and source) and the instruments that do not (present when the "
                "catalogue has a rights index)",
                "additionalProperties": _ref("Right"),
            },
            "text": {
                "type": "string",
                "description": "for `url` and `html`: the text read (the main content's "
                "visible text, paragraphs separated by a blank line); offsets point into it",
            },
            "source": {**_ref("Source"), "description": "for `url`: the page fetched"},
        },
    ),
    "Right": RIGHT,
    "ResolutionWithHtml": {
        "allOf": [
            _ref("Resolution"),
            _object(
                ["html"],
                {
                    "html": {
                        "type": "string",
                        "description": "annotated fragment: each citation a link to the "
                        "instrument's page with a popover (an inferred article is badged "
                        "`inferred`); each named right a `linker-right` link to "
                        "`#right-<id>`, with a popover on what it is and where it is stated",
                    }
                },
            ),
        ]
    },
    "Paragraph": PARAGRAPH,
    "Article": ARTICLE,
    "Instrument": {
        "allOf": [
            _ref("InstrumentMetadata"),
            _object(["articles"], {"articles": {"type": "array", "items": _ref("Article")}}),
        ]
    },
    "InstrumentList": _object(
        ["instruments"],
        {"instruments": {"type": "array", "items": _ref("InstrumentMetadata")}},
    ),
    "Health": _object(["status"], {"status": {"const": "ok"}}),
    "Error": _object(
        ["error", "status"],
        {
            "error": {"type": "string", "description": "what went wrong, in a sentence"},
            "status": {"type": "integer", "description": "the HTTP status, repeated"},
        },
        additionalProperties=False,
    ),
}

ERRORS = {
    "400": "Malformed JSON, a body that is not an object, none or more than one of `text`, "
    "`url` and `html`, a value that is not a string, an unknown `format` or `lang`; a `url` "
    "linker does not fetch (not http or https, no host, or an address that is private, "
    "loopback, link-local or otherwise not public, also after a redirect).",
    "404": "No such instrument or endpoint.",
    "405": "Method not allowed on this path (the `Allow` header lists those that are).",
    "413": "The request body (or the text) is larger than `LINKER_MAX_TEXT_BYTES`, or the "
    "page at `url` is larger than `LINKER_FETCH_MAX_BYTES`.",
    "415": "The body was not sent as `application/json`, or the page at `url` is not HTML or "
    "plain text (a PDF, an image, an archive); the message names its type.",
    "422": "The text is not valid text: it holds a NUL character or a lone surrogate.",
    "429": "Too many requests that fetch a `url` from this client address "
    "(`LINKER_FETCH_RATE_LIMIT`, default 30 per minute); `Retry-After` says when to try "
    "again. Requests with `text` or `html` are not counted.",
    "500": "An internal error (logged; no details are given).",
    "502": "The site at `url` failed: unreachable, a TLS failure, an error status (404, "
    "500, …), a redirect loop or too many redirects.",
    "503": "This worker is already fetching as many pages as it may at once "
    "(`LINKER_FETCH_CONCURRENCY`, default 4); `Retry-After` says when to try again.",
    "504": "The site at `url` did not answer within `LINKER_FETCH_TIMEOUT`.",
}
#: Answers that tell the client when to try again.
RETRY_AFTER = {
    "Retry-After": {
        "description": "seconds to wait before trying again",
        "schema": {"type": "integer", "minimum": 0},
    }
}


def _error_response(code: str, description: str) -> dict[str, Any]:
    response = _json_response(description, "Error")
    if code in ("429", "503"):
        response["headers"] = copy.deepcopy(RETRY_AFTER)
    return response


def _error(code: str) -> dict[str, Any]:
    return {"$ref": f"#/components/responses/Error{code}"}


def _json_response(description: str, schema: str, example: Any = None) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": _ref(schema)}
    if example is not None:
        content["example"] = example
    return {"description": description, "content": {JSON: content}}


def _get(summary: str, ok: dict[str, Any], errors: list[str], **extra: Any) -> dict[str, Any]:
    responses = {"200": ok, **{code: _error(code) for code in errors}}
    return {"get": {"summary": summary, "responses": responses, **extra}}


RESOLVE_EXAMPLE = {"text": "Art. 3 ECHR and article 13(2) UDHR"}
HTML_EXAMPLE = {"html": "<p>Under <em>article</em> 13(2) of the <b>UDHR</b>…</p>"}

PATHS: dict[str, Any] = {
    "/api/resolve": {
        "post": {
            "summary": "Find and resolve every citation of an instrument in a text",
            "operationId": "resolve",
            "description": "Returns the same JSON as `linker resolve`. The statement comes "
            "as `text`, as `html`, or as a `url` that linker fetches (cached; private "
            "addresses refused). For `url` and `html` the answer adds `text`, the main "
            "content's visible text that the offsets point into, and for `url` the "
            '`source`. With `"format": "html"` the answer also carries `html`, the '
            "annotated fragment (links absolute, popovers included) for embedding; for "
            "`url` and `html` it is the page's own main content, sanitised, annotated in "
            "place. Requests with `url` are limited per client address "
            "(`LINKER_FETCH_RATE_LIMIT`: 429 beyond it, with `X-RateLimit-Limit`, "
            "`X-RateLimit-Remaining`, `X-RateLimit-Reset` and `Retry-After`) and per worker "
            "(`LINKER_FETCH_CONCURRENCY` pages fetched at once: 503 beyond it).",
            "parameters": [
                {
                    "name": "format",
                    "in": "query",
                    "required": False,
                    "description": "`html` adds the annotated fragment (the body's "
                    "`format` wins when both are given; both must be valid)",
                    "schema": {"enum": ["json", "html"], "default": "json"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    JSON: {
                        "schema": _ref("ResolveRequest"),
                        "examples": {
                            "json": {"value": RESOLVE_EXAMPLE},
                            "html": {"value": {**RESOLVE_EXAMPLE, "format": "html"}},
                            "pasted HTML": {"value": HTML_EXAMPLE},
                        },
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Mentions and the cited instruments",
                    "content": {
                        JSON: {
                            "schema": {
                                "anyOf": [_ref("ResolutionWithHtml"), _ref("Resolution")],
                            }
                        }
                    },
                },
                **{
                    code: _error(code)
                    for code in ("400", "405", "413", "415", "422", "429", "502", "503", "504")
                },
                "500": _error("500"),
            },
        }
    },
    "/api/instruments": _get(
        "Every instrument of the catalogue (metadata, no articles)",
        _json_response("The instruments, sorted by title", "InstrumentList"),
        ["405", "500"],
        operationId="listInstruments",
        parameters=[
            {
                "name": "q",
                "in": "query",
                "required": False,
                "description": "keep instruments whose id, title, short title, "
                "abbreviation or other name contains this (case and accents ignored)",
                "schema": {"type": "string"},
            }
        ],
    ),
    "/api/instruments/{id}": _get(
        "One instrument with every article and its paragraphs",
        _json_response("The instrument", "Instrument"),
        ["404", "405", "500"],
        operationId="getInstrument",
        parameters=[
            {
                "name": "id",
                "in": "path",
                "required": True,
                "schema": {"type": "string"},
                "example": "iccpr",
            }
        ],
    ),
    "/api/health": _get(
        "Liveness check",
        _json_response("The service is up", "Health", {"status": "ok"}),
        ["405"],
        operationId="health",
    ),
    "/api/openapi.json": _get(
        "This document",
        {"description": "OpenAPI 3.1 document", "content": {JSON: {"schema": {"type": "object"}}}},
        ["405"],
        operationId="openapi",
    ),
}


def openapi_document() -> dict[str, Any]:
    """The whole OpenAPI 3.1 document, as a fresh dict."""
    responses = {
        f"Error{code}": _error_response(code, description) for code, description in ERRORS.items()
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "linker API",
            "version": __version__,
            "summary": "Find and resolve citations of international legal instruments.",
            "description": 'Errors are always JSON `{"error": message, "status": code}`.',
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": copy.deepcopy(PATHS),
        "components": {"schemas": copy.deepcopy(SCHEMAS), "responses": responses},
    }
