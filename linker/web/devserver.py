"""``linker serve``'s request log, without query strings.

A shareable page is ``GET /annotate?text=…``: its address carries the statement, and
statements are not written to logs. Werkzeug's development server logs every request line;
this handler logs the path with the query replaced by ``?…``.
"""

from __future__ import annotations

from werkzeug.serving import WSGIRequestHandler


class PrivateRequestHandler(WSGIRequestHandler):
    """Werkzeug's request handler, logging ``/annotate?…`` for ``/annotate?text=…``."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path, mark, _ = self.path.partition("?")
        full = self.path
        self.path = path + ("?…" if mark else "")
        try:
            super().log_request(code, size)
        finally:
            self.path = full
