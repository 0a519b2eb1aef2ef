"""The web app's settings: ``LINKER_*`` environment variables with documented defaults.

================================  ====================================  ======================
variable                          meaning                               default
================================  ====================================  ======================
``LINKER_REFERENCES``             catalogue folder                      the bundled
                                                                        ``references/``
``LINKER_MAX_TEXT_BYTES``         largest request body (and text)       ``2097152`` (2 MiB)
                                  accepted; bigger bodies get 413
``LINKER_SHARE_URL_MAX``          longest shareable                     ``8000``
                                  ``/annotate?text=…`` address offered
``LINKER_FETCH_RATE_LIMIT``       requests that fetch a URL, per        ``30/minute``
                                  client address (Flask-Limiter
                                  notation, ``;`` between several;
                                  ``off`` disables); beyond: 429
``LINKER_FETCH_CONCURRENCY``      pages one worker fetches at once;     ``4``
                                  beyond: 503 with ``Retry-After``
``LINKER_RATELIMIT_STORAGE_URL``  where the rate limiter counts:        ``LINKER_CACHE_URL``
                                  ``memory://`` (per worker) or         when it names Redis,
                                  ``redis://HOST:PORT/DB`` (shared)     else ``memory://``
================================  ====================================  ======================

The same names are the Flask config keys, so ``create_app({"LINKER_MAX_TEXT_BYTES": 10})``
overrides one in tests. No setting needs a secret: the app keeps no session.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from linker.errors import ConfigurationError

DEFAULTS: dict[str, Any] = {
    "LINKER_REFERENCES": None,
    "LINKER_MAX_TEXT_BYTES": 2 * 1024 * 1024,
    "LINKER_SHARE_URL_MAX": 8000,
    "LINKER_FETCH_RATE_LIMIT": "30/minute",
    "LINKER_FETCH_CONCURRENCY": 4,
    "LINKER_RATELIMIT_STORAGE_URL": "",
}
_INTEGERS = ("LINKER_MAX_TEXT_BYTES", "LINKER_SHARE_URL_MAX", "LINKER_FETCH_CONCURRENCY")


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every setting, from ``environ`` (default ``os.environ``) or its default."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    for name in DEFAULTS:
        value = environ.get(name, "").strip()
        if value:
            settings[name] = value
    return settings


def finish(config: dict[str, Any]) -> None:
    """Check the settings in ``config`` and derive Flask's own limits from them."""
    for name in _INTEGERS:
        config[name] = _positive_int(name, config[name])
    limit = config["LINKER_MAX_TEXT_BYTES"]
    config["MAX_CONTENT_LENGTH"] = limit
    # Form fields are held in memory; the whole text must fit in one.
    config["MAX_FORM_MEMORY_SIZE"] = limit


def _positive_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}") from None
    if number <= 0:
        raise ConfigurationError(f"{name} must be positive, not {number}")
    return number
