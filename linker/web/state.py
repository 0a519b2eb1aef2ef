"""What the app loads once at start-up and shares read-only with every request: the
catalogue, the rights index beside it (when there is one), and the resolver built over
both."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from linker.catalogue import Catalogue, load_catalogue
from linker.resolve import prepare
from linker.rights import RIGHTS_FILE, RightsIndex, load_rights, rights_path

_CATALOGUE = "linker.catalogue"
_RIGHTS = "linker.rights"


def init_app(app: Flask) -> Catalogue:
    """Load (and validate) the catalogue named by ``LINKER_REFERENCES`` and its rights
    index, and build the resolver's automaton now, so the first request is as fast as
    the rest. A broken catalogue raises ``CatalogueError``: the app does not start."""
    references = app.config["LINKER_REFERENCES"]
    catalogue = load_catalogue(references)
    path = Path(references) / RIGHTS_FILE if references else rights_path()
    rights = load_rights(path, catalogue) if path.exists() else None
    prepare(catalogue, rights)
    app.extensions[_CATALOGUE] = catalogue
    app.extensions[_RIGHTS] = rights
    return catalogue


def get_catalogue() -> Catalogue:
    """The catalogue of the app handling the current request."""
    return current_app.extensions[_CATALOGUE]


def get_rights() -> RightsIndex | None:
    """The rights index of the app handling the current request, if it has one."""
    return current_app.extensions[_RIGHTS]
