"""linker's own subjects, called the way the web app calls them (``linker/web/api.py``).

- ``resolver``: ``resolve_mentions`` alone — the figure the targets use;
- ``api_json``: what ``POST /api/resolve`` does minus HTTP: detect the language, resolve,
  build the JSON (``statement_json``) and serialise it;
- ``text_annotator`` / ``html_annotator``: text → annotated HTML, and an HTML page read,
  resolved and annotated in place (``annotate_any``), as ``POST /annotate`` does.

The web layer was written alongside the benchmark: a module that is not there yet makes
its figure "not available", with the reason, never a crash.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

from bench.engines import Engine, Missing
from linker.catalogue import Catalogue
from linker.resolve import resolve_mentions


def resolver(catalogue: Catalogue, rights: Any = None) -> Engine:
    """``resolve_mentions`` over the whole text: names, pinpoints, short forms,
    validation and, given the rights index, named rights."""
    if rights is None:
        return Engine(run=lambda text: len(resolve_mentions(text, catalogue)))
    return Engine(
        run=lambda text: len(resolve_mentions(text, catalogue, rights)),
        note="with the rights index",
    )


def rights_index(catalogue: Catalogue) -> tuple[Any, str]:
    """The rights index the API resolves with, when linker has one: (index, note).

    ``(None, reason)`` when there is none, or it does not load (it is being written)."""
    if "rights" not in inspect.signature(resolve_mentions).parameters:
        return None, "resolve_mentions takes no rights index"
    try:
        from linker.rights import load_rights, rights_path

        if not rights_path().exists():
            return None, "no rights index in references/"
        return load_rights(None, catalogue), "with the rights index"
    except Exception as error:  # a rights index in the making must not stop the benchmark
        return None, f"rights index not loaded: {type(error).__name__}: {error}"[:200]


def api_json(catalogue: Catalogue, rights: Any) -> Engine | Missing:
    """Text → the API's JSON document, serialised: the work of ``POST /api/resolve``."""
    try:
        from linker.language import detect_language
        from linker.sources import statement_json, text_statement
    except ImportError as error:
        return Missing(f"not available ({error})")

    def run(text: str) -> int:
        statement = text_statement(text)
        reader = detect_language(statement.text)
        mentions = resolve_mentions(statement.text, catalogue, rights)
        document = statement_json(statement, mentions, catalogue, rights, reader)
        return len(json.dumps(document))

    return Engine(run=run, note="detect_language + resolve + statement_json + json.dumps")


def text_annotator(catalogue: Catalogue, rights: Any) -> Engine | Missing:
    """Plain text → the annotated HTML fragment, resolve included."""
    try:
        from linker.sources import text_statement
    except ImportError as error:
        return Missing(f"not available ({error})")
    return _annotator(text_statement, catalogue, rights, "text_statement")


def html_annotator(catalogue: Catalogue, rights: Any) -> Engine | Missing:
    """An HTML page → its main content, sanitised and annotated in place, resolve
    included."""
    try:
        from linker.sources import html_statement
    except ImportError as error:
        return Missing(f"not available ({error})")
    return _annotator(html_statement, catalogue, rights, "html_statement")


def _annotator(
    read: Callable[[str], Any], catalogue: Catalogue, rights: Any, reader_name: str
) -> Engine | Missing:
    try:
        from linker.language import detect_language
        from linker.sources import annotate_any
    except ImportError as error:
        return Missing(f"not available ({error})")

    def run(data: str) -> int:
        statement = read(data)
        reader = detect_language(statement.text)
        mentions = resolve_mentions(statement.text, catalogue, rights)
        return len(annotate_any(statement, mentions, catalogue, lang=reader))

    return Engine(run=run, note=f"{reader_name} + resolve + annotate_any")
