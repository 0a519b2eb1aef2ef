"""Reading a statement from a request, and refusing what is not usable text.

A statement comes as ``text`` (plain text), ``html`` (pasted HTML, annotated in its own
markup) or ``url`` (fetched within the limits of ``linker.web.limits``, with the settings of
``linker.web.fetching``): exactly one of them.

A text is refused with 422 when it holds a lone surrogate (``"\\ud800"`` in JSON: not a
character at all) or a NUL (``U+0000``: binary, not text). Other control characters are
accepted; the annotated page shows them as U+FFFD. A text longer than
``LINKER_MAX_TEXT_BYTES`` in UTF-8 is refused with 413 even when it came in a URL.
"""

from __future__ import annotations

import json
import re
from typing import Any

from flask import current_app, request

from linker.errors import InputError, TooLargeError, UnprocessableTextError, UnsupportedMediaError
from linker.language import LANGUAGES
from linker.sources import Statement, html_statement, text_statement
from linker.web.limits import fetch_within_limits

#: The fields a statement can come in, in the order they are documented.
STATEMENT_FIELDS = ("text", "url", "html")

_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def check_text(text: str) -> str:
    """Return ``text`` if it is usable text within the size limit; raise otherwise."""
    bad = _NOT_TEXT.search(text)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else "a lone surrogate"
        raise UnprocessableTextError(
            f"text is not valid text: it contains {what} at offset {bad.start()}"
        )
    limit = current_app.config["LINKER_MAX_TEXT_BYTES"]
    if len(text) > limit // 4 and len(text.encode("utf-8")) > limit:
        raise TooLargeError(f"text is larger than the limit of {limit} bytes")
    return text


def read_statement(field: str, value: str) -> Statement:
    """The statement given as ``field`` (one of :data:`STATEMENT_FIELDS`)."""
    if field == "url":
        return fetch_within_limits(value)
    value = check_text(value)
    return html_statement(value) if field == "html" else text_statement(value)


def check_lang(value: Any) -> str | None:
    """A language code linker reads (``en``, ``fr``, ``es``), or ``None`` for "detect"
    (absent, null or empty); anything else is a 400."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or value not in LANGUAGES:
        shown = repr(value)[:20] if isinstance(value, str) else "that value"
        raise InputError(f'"lang" must be one of {", ".join(LANGUAGES)}, not {shown}')
    return value


def json_object() -> dict[str, Any]:
    """The request body as a JSON object: 415 unless sent as JSON, 400 unless it parses
    to an object. A body over the limit raises 413 as it is read."""
    if not request.is_json:
        kind = request.mimetype or "no content type"
        raise UnsupportedMediaError(f"send the body as application/json, not {kind}")
    data = request.get_data(cache=False)
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"malformed JSON: {_reason(exc)}") from None
    if not isinstance(payload, dict):
        raise InputError('the JSON body must be an object such as {"text": "..."}')
    return payload


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return "the body is not UTF-8"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)
