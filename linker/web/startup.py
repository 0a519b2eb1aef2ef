"""Starting the app under a WSGI server (``wsgi.py``): a catalogue or a setting that cannot
be used stops the process with one line on standard error, instead of a traceback or an
app that serves broken links.

The exit status is 4, which gunicorn reads as "App failed to load": the master stops,
rather than restarting workers that would fail the same way::

    linker: cannot start: invalid catalogue in references: instruments/udhr.toml: adopted:
    not an ISO date: '1948-13-45' (and 2 more problems: run `linker check`)

(one line on the terminal).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from linker.catalogue import references_dir
from linker.errors import CatalogueError, LinkerError

#: gunicorn's ``Arbiter.APP_LOAD_ERROR``: a worker exiting with it halts the master.
APP_LOAD_ERROR = 4


def startup_message(exc: LinkerError, references: Path | str | None = None) -> str:
    """``exc`` as one line naming, for a catalogue, the folder and the first problem's
    file, field and reason."""
    if isinstance(exc, CatalogueError) and exc.problems:
        folder = references if references is not None else references_dir()
        more = len(exc.problems) - 1
        tail = f" (and {more} more problem{'s' * (more > 1)}: run `linker check`)" if more else ""
        reason = f"invalid catalogue in {folder}: {exc.problems[0]}{tail}"
    else:
        reason = exc.message
    return "linker: cannot start: " + " ".join(reason.split())


@contextmanager
def exit_on_error(references: Path | str | None = None) -> Iterator[None]:
    """Turn a :class:`LinkerError` raised inside into :func:`startup_message` on standard
    error and exit status :data:`APP_LOAD_ERROR`."""
    try:
        yield
    except LinkerError as exc:
        print(startup_message(exc, references), file=sys.stderr, flush=True)
        raise SystemExit(APP_LOAD_ERROR) from None
