"""Abuse limits on the requests that make linker fetch a page.

Fetching costs linker a connection to another site and up to ``LINKER_FETCH_TIMEOUT`` of a
worker's time, so the requests that fetch — ``url`` in ``POST /api/resolve``, ``/annotate``
and the ``/annotate.csv`` / ``/annotate.json`` downloads — are limited twice:

* **a rate per client address** (Flask-Limiter, ``LINKER_FETCH_RATE_LIMIT``, default
  ``30/minute``), shared by all those endpoints and counted only when a fetch is about to
  happen (pasted text and HTML are never counted). Beyond it: 429 with ``Retry-After``, JSON
  under ``/api``, the error page elsewhere. The counts live in ``LINKER_RATELIMIT_STORAGE_URL``,
  else in the Redis of ``LINKER_CACHE_URL`` when it names one (shared by every worker), else
  in memory (each worker counts for itself). If the store cannot be reached the limiter
  counts in memory until it is back, rather than failing the request.
* **a cap on concurrent fetches per worker** (a semaphore, ``LINKER_FETCH_CONCURRENCY``,
  default 4): one more gets 503 with ``Retry-After`` at once, instead of queueing behind
  slow sites.

The client address is the connection's (``request.remote_addr``): behind a reverse proxy,
make the proxy's forwarded address the remote address (werkzeug's ``ProxyFix``) or every
client shares one budget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many
from limits.errors import ConfigurationError as StorageConfigurationError

from linker.errors import BusyError, ConfigurationError
from linker.sources import Statement
from linker.web.fetching import fetch, settings_of

#: Seconds a client is told to wait when every fetch slot of the worker is taken.
BUSY_RETRY_AFTER = 5
_GUARD = "linker.fetch_guard"
_OFF = frozenset({"off", "none", "0", "false", "no"})


@dataclass(frozen=True)
class FetchGuard:
    """The app's limits on fetching: ``fetch`` is :func:`linker.web.fetching.fetch` inside
    the rate limit (or plain, with the limit off); ``slots`` the per-worker cap."""

    fetch: Callable[[str], Statement]
    slots: threading.BoundedSemaphore
    concurrency: int


def init_app(app: Flask) -> FetchGuard:
    """Check the limit settings and set up the limiter and the fetch slots for ``app``."""
    config = app.config
    rate = _rate(config["LINKER_FETCH_RATE_LIMIT"])
    limited = fetch
    if rate is not None:
        limiter = _limiter(app, storage_uri(config, settings_of(app).cache_url))
        limit = limiter.shared_limit(rate, scope="fetch", error_message=_message(rate))
        limited = limit(fetch)
    concurrency = config["LINKER_FETCH_CONCURRENCY"]
    guard = FetchGuard(limited, threading.BoundedSemaphore(concurrency), concurrency)
    app.extensions[_GUARD] = guard
    return guard


def fetch_within_limits(url: str) -> Statement:
    """Fetch ``url`` for the current request if the client's rate and this worker's fetch
    slots allow it: ``RateLimitExceeded`` (429) or :class:`BusyError` (503) otherwise."""
    guard: FetchGuard = current_app.extensions[_GUARD]
    if not guard.slots.acquire(blocking=False):
        raise BusyError(
            f"linker is already fetching {guard.concurrency} pages at once; "
            f"try again in {BUSY_RETRY_AFTER} seconds",
            retry_after=BUSY_RETRY_AFTER,
        )
    try:
        return guard.fetch(url)
    finally:
        guard.slots.release()


def storage_uri(config: Mapping[str, Any], cache_url: str = "") -> str:
    """``LINKER_RATELIMIT_STORAGE_URL``, else ``cache_url`` (``LINKER_CACHE_URL``) when it
    names Redis, else ``memory://``."""
    explicit = str(config.get("LINKER_RATELIMIT_STORAGE_URL") or "").strip()
    if explicit:
        return explicit
    if cache_url.lower().startswith(("redis://", "rediss://")):
        return cache_url
    return "memory://"


def _limiter(app: Flask, uri: str) -> Limiter:
    """A limiter of ``app``'s own (every app counts in its own store), with the rate
    headers on the answers it limits."""
    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=uri,
        headers_enabled=True,
        in_memory_fallback_enabled=True,
        key_prefix="linker",
    )
    try:
        limiter.init_app(app)
    except StorageConfigurationError as exc:
        raise ConfigurationError(
            f"LINKER_RATELIMIT_STORAGE_URL={uri!r}: use memory:// or redis://HOST:PORT/DB ({exc})"
        ) from None
    return limiter


def _rate(value: Any) -> str | None:
    """The rate limit string, checked; ``None`` when limiting is off."""
    text = str(value).strip()
    if text.lower() in _OFF:
        return None
    try:
        parse_many(text)
    except ValueError:
        raise ConfigurationError(
            f"LINKER_FETCH_RATE_LIMIT must be a rate such as 30/minute or 5/second;1000/day, "
            f"or off, not {text!r}"
        ) from None
    return text


def _message(rate: str) -> str:
    return (
        f"too many pages fetched for this client: the limit is {rate}; "
        "try again after the time in the Retry-After header"
    )
