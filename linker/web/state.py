"""What the app loads once at start-up and shares read-only with every request: the
catalogue, the rights index beside it (when there is one), and the resolver built over
both."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from linker.catalogue import Catalogue, load_catalogue, references_dir
from linker.errors import CatalogueError, Problem
from linker.resolve import prepare
from linker.rights import RIGHTS_FILE, RightsIndex, load_rights, rights_path

_CATALOGUE = "linker.catalogue"
_RIGHTS = "linker.rights"


def init_app(app: Flask) -> Catalogue:
    """Load (and validate) the catalogue named by ``LINKER_REFERENCES`` and its rights
    index, and build the resolver's automaton now, so the first request is as fast as
    the rest. A broken catalogue raises ``CatalogueError`` (a file that cannot be read at
    all, such as a missing schema, too): the app does not start."""
    references = app.config["LINKER_REFERENCES"]
    try:
        catalogue = load_catalogue(references)
        path = Path(references) / RIGHTS_FILE if references else rights_path()
        rights = load_rights(path, catalogue) if path.exists() else None
    except (OSError, ValueError) as exc:
        raise CatalogueError([_unreadable(exc, references)]) from exc
    prepare(catalogue, rights)
    app.extensions[_CATALOGUE] = catalogue
    app.extensions[_RIGHTS] = rights
    return catalogue


def _unreadable(exc: OSError | ValueError, references: str | None) -> Problem:
    """A file of the catalogue that could not be read at all (its schema missing, say)."""
    if isinstance(exc, OSError):
        return Problem(str(exc.filename or references_dir()), "-", f"cannot read: {exc.strerror}")
    return Problem(str(references or references_dir()), "-", f"a file is not valid: {exc}")


def get_catalogue() -> Catalogue:
    """The catalogue of the app handling the current request."""
    return current_app.extensions[_CATALOGUE]


def get_rights() -> RightsIndex | None:
    """The rights index of the app handling the current request, if it has one."""
    return current_app.extensions[_RIGHTS]
