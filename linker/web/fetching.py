"""The app's fetch settings, and reading a statement by URL within them.

Settings are the ``LINKER_FETCH_*`` and ``LINKER_CACHE_*`` variables of
:data:`linker.fetch.ENVIRONMENT`: a key in the app's config (``create_app({...})``) wins over
the environment variable of the same name. They are checked when the app starts (a bad value
stops it, as for the other settings); the SQLite cache lives in the app's instance folder
unless ``LINKER_CACHE_URL`` names another store. Loopback stays refused unless
``LINKER_FETCH_ALLOW_HOSTS`` allows it, as the tests do.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from flask import Flask, current_app

from linker.fetch import ENVIRONMENT, FetchSettings
from linker.sources import Statement, fetch_statement

_SETTINGS = "linker.fetch"


def init_app(app: Flask) -> FetchSettings:
    """Check the fetch settings now and keep them for every request."""
    settings = fetch_settings(app.config, app.instance_path)
    app.extensions[_SETTINGS] = settings
    return settings


def fetch_settings(
    config: Mapping[str, Any],
    instance_path: str,
    environ: Mapping[str, str] | None = None,
) -> FetchSettings:
    """Settings from ``config`` keys, else ``environ`` (default ``os.environ``)."""
    environ = os.environ if environ is None else environ
    values = {name: environ.get(name, "") for name in ENVIRONMENT}
    for name in ENVIRONMENT:
        if config.get(name) is not None:
            values[name] = _as_text(config[name])
    return FetchSettings.from_env(values, instance_path=instance_path)


def default_instance_path() -> str:
    """The instance folder ``create_app()`` uses, for commands that run without the app
    (``linker resolve --url``, ``linker cache clear``): the same cache file."""
    return Flask("linker.web").instance_path


def get_fetch_settings() -> FetchSettings:
    """The fetch settings of the app handling the current request."""
    return settings_of(current_app)


def settings_of(app: Flask) -> FetchSettings:
    """The fetch settings ``app`` was started with."""
    return app.extensions[_SETTINGS]


def fetch(url: str) -> Statement:
    """Fetch and read ``url`` with the app's settings (errors carry their status)."""
    return fetch_statement(url, get_fetch_settings())


def _as_text(value: Any) -> str:
    """A config value as the environment would spell it (lists joined with commas)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, Iterable):
        return ",".join(str(item) for item in value)
    return str(value)
