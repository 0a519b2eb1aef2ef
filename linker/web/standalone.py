"""The annotated page as one standalone HTML file that opens from disk.

Same template and markup as the web page, with the stylesheet and script inlined and a
Content-Security-Policy in a ``<meta>`` tag that allows exactly those two (by hash) and
nothing else. Mentions link to the page's own side panel, or, given ``base_url``, to the
instrument pages of a running linker.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from flask import Flask, render_template
from markupsafe import Markup

from linker.annotate import panel_link, site_link
from linker.sources import Statement, text_statement
from linker.web.present import statement_view
from linker.web.state import get_catalogue, get_rights

STATIC = Path(__file__).resolve().parent / "static"


def render_standalone(
    app: Flask, text: str | Statement, base_url: str | None = None, lang: str | None = None
) -> str:
    """The whole annotated page for ``text`` (in ``lang``, default detected), as HTML;
    ``text`` may be a :class:`~linker.sources.Statement` (pasted HTML, a fetched page)."""
    statement = text_statement(text) if isinstance(text, str) else text
    css = _inline("linker.css", "</style")
    script = _inline("linker.js", "</script")
    policy = (
        f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(script)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    pages = site_link(base_url.rstrip("/")) if base_url else None
    with app.test_request_context("/annotate"):
        context = statement_view(
            statement,
            get_catalogue(),
            get_rights(),
            statement_link=pages or panel_link,
            page_link=pages,
            lang=lang,
        )
        return render_template(
            "annotated.html",
            **context,
            standalone=True,
            inline_css=Markup(css),
            inline_js=Markup(script),
            standalone_csp=policy,
            share_url=None,
            downloads=None,
        )


def _inline(name: str, closing_tag: str) -> str:
    text = (STATIC / name).read_text(encoding="utf-8")
    if closing_tag in text.lower():
        raise ValueError(f"{name} cannot be inlined: it contains {closing_tag}")
    return text


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
