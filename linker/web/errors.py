"""One place that turns every failure into a response: JSON ``{"error", "status"}``
under ``/api``, an HTML page elsewhere; never a traceback.

An unexpected failure is logged with its type and stack but not its message: messages can
quote the statement, and statements are not written to logs.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from linker.errors import BusyError, LinkerError

log = logging.getLogger(__name__)

TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Too large",
    415: "Unsupported media type",
    422: "Not valid text",
    429: "Too many requests",
    500: "Internal error",
    501: "Not available yet",
    502: "The site failed",
    503: "Busy",
    504: "The site did not answer in time",
}


def init_app(app: Flask) -> None:
    app.register_error_handler(LinkerError, _linker_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


def is_api_request() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def error_response(status: int, message: str, headers: dict | None = None) -> Response:
    """The error as JSON under ``/api``, as the error page elsewhere."""
    if is_api_request():
        response = jsonify(error=message, status=status)
    else:
        title = TITLES.get(status, "Error")
        response = Response(
            render_template("error.html", status=status, title=title, message=message)
        )
    response.status_code = status
    response.headers.update(headers or {})
    return response


def error_headers(exc: LinkerError) -> dict[str, str]:
    """The headers an error answer carries: ``Retry-After`` when the client may retry."""
    if isinstance(exc, BusyError):
        return {"Retry-After": str(exc.retry_after)}
    return {}


def _linker_error(exc: LinkerError) -> Response:
    return error_response(exc.status, exc.message, error_headers(exc))


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    headers = {}
    if status == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(exc.valid_methods)
    return error_response(status, _message(exc, status), headers)


def _message(exc: HTTPException, status: int) -> str:
    """Our own description when one was given, else a short sentence for the status."""
    if exc.description and exc.description != type(exc).description:
        return exc.description
    if status == 404:
        return f"nothing at {request.path}"
    if status == 405:
        allowed = ", ".join(getattr(exc, "valid_methods", None) or ())
        return f"{request.method} is not allowed on {request.path}; allowed: {allowed}"
    if status == 413:
        limit = current_app.config["LINKER_MAX_TEXT_BYTES"]
        return f"the request body is larger than the limit of {limit} bytes"
    return (exc.name or "error").lower()


def _unexpected(exc: Exception) -> Response:
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error(
        "unhandled %s on %s %s\n%s", type(exc).__qualname__, request.method, request.path, stack
    )
    return error_response(500, "internal error: the failure was logged")
