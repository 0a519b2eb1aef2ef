"""linker's web app: the pages people read and the JSON API programs call.

``create_app()`` reads the ``LINKER_*`` settings (see ``linker.web.config``, and
``linker.web.fetching`` for fetching by URL), sets up the limits on fetching
(``linker.web.limits``), loads and checks the catalogue once, builds the resolver, and
registers the ``pages`` and ``api`` blueprints, one error handler, and the protective
headers. ``wsgi.py`` serves it with gunicorn; ``linker serve`` with Flask's development
server.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask

from linker.labels import format_date
from linker.web import api, config, errors, fetching, limits, pages, security, state

log = logging.getLogger(__name__)


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app. ``test_config`` overrides settings (same keys as the environment
    variables, e.g. ``{"LINKER_MAX_TEXT_BYTES": 100}``) and any Flask config key."""
    app = Flask(__name__)
    app.config.update(config.settings_from_env())
    if test_config is not None:
        app.config.update(test_config)
    config.finish(app.config)
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    fetching.init_app(app)
    limits.init_app(app)
    catalogue = state.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    log.info("linker app ready: %d instruments", len(catalogue))
    return app
