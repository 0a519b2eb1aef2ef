"""The pages a person reads: the form, the annotated statement, its table of authorities
for download, and the catalogue's instrument pages."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for

from linker.annotate import site_link
from linker.authorities import authorities_csv, authorities_json, table_of_authorities
from linker.errors import InputError, LinkerError
from linker.resolve import resolve_mentions
from linker.web.errors import error_headers
from linker.web.inputs import check_lang, read_statement
from linker.web.present import instrument_view, search_instruments, search_key, statement_view
from linker.web.state import get_catalogue, get_rights

bp = Blueprint("pages", __name__)

URL_HELP = (
    "linker fetches the page and annotates its main text in place, keeping its headings, "
    "emphasis and links; scripts, navigation and banners are left out."
)
#: The languages linker reads, as the form offers them.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("es", "Español"))
#: The statement behind the home page's "See an example" link.
EXAMPLE = (
    "Everyone is free to leave any country, including his own (article 13(2) of the "
    "Universal Declaration of Human Rights; article 12(2) ICCPR).\n\n"
    "No one shall be arbitrarily deprived of the right to enter his own country "
    "(article 12, paragraph 4, of the Covenant), and Article 99 of the Covenant does not "
    "exist. States must respect the Refugee Convention, art. 33(1)."
)


@bp.get("/")
def index() -> str:
    return render_template("index.html", **_form_context())


@bp.route("/annotate", methods=["GET", "POST"])
def annotate() -> Any:
    """The annotated page; ``GET /annotate?text=…`` (or ``?url=…``) is its shareable
    address. A fetched page shows its own main content, markup kept, with its source."""
    try:
        field, value = _statement_field()
        statement = read_statement(field, value)
    except LinkerError as exc:
        if exc.status == 400 or _submitted("url").strip():
            context = _form_context(error=exc.message, text=_submitted("text"))
            context.update(url=_submitted("url"), as_html=bool(_submitted("as_html")))
            return render_template("index.html", **context), exc.status, error_headers(exc)
        raise
    lang = check_lang(_submitted("lang"))
    link = site_link(request.script_root)
    context = statement_view(
        statement, get_catalogue(), get_rights(), statement_link=link, page_link=link, lang=lang
    )
    share_url = _share_url(field, value, lang)
    downloads = _downloads(share_url, field, value, lang)
    return render_template("annotated.html", **context, share_url=share_url, downloads=downloads)


@bp.route("/annotate.csv", methods=["GET", "POST"])
def authorities_as_csv() -> Response:
    """The table of authorities of ``text`` as CSV (download)."""
    body = authorities_csv(_authorities())
    return _download(body, "text/csv; charset=utf-8", "authorities.csv")


@bp.route("/annotate.json", methods=["GET", "POST"])
def authorities_as_json() -> Response:
    """The table of authorities of ``text`` as JSON (download)."""
    body = json.dumps(authorities_json(_authorities()), ensure_ascii=False, indent=2)
    return _download(body + "\n", "application/json", "authorities.json")


@bp.get("/instruments")
def instruments() -> str:
    """The catalogue, filtered by ``?q=`` (name, short title or abbreviation)."""
    query = request.args.get("q", "").strip()
    found = search_instruments(get_catalogue(), query)
    rows = [(i, search_key(i)) for i in found]
    return render_template("instruments.html", query=query, rows=rows, total=len(get_catalogue()))


@bp.get("/instruments/<instrument_id>")
def instrument(instrument_id: str) -> str:
    """One instrument: metadata, official links, every article and paragraph anchored."""
    found = get_catalogue().get(instrument_id)
    if found is None:
        raise LinkerError(f"No instrument has the id “{instrument_id}”.", status=404)
    return render_template("instrument.html", instrument=instrument_view(found))


def _submitted(name: str) -> str:
    source = request.form if request.method == "POST" else request.args
    return source.get(name, "")


def _statement_field() -> tuple[str, str]:
    """Which field holds the statement (``text``, ``url`` or ``html``) and its value. The
    form's "It is HTML" box makes the pasted text HTML."""
    # Browsers send a form's line breaks as CRLF; the page reads better (and its shareable
    # address is shorter) with plain LF.
    text = _submitted("text").replace("\r\n", "\n")
    url = _submitted("url").strip()
    html = _submitted("html") or (text if _submitted("as_html") else "")
    if html.strip():
        return "html", html
    if url and text.strip():
        raise InputError("Give the statement’s text or its address, not both.")
    if url:
        return "url", url
    if not text.strip():
        raise InputError("Paste the text of a statement, or give its address, to annotate.")
    return "text", text


def _authorities():
    statement = read_statement(*_statement_field())
    catalogue = get_catalogue()
    lang = check_lang(_submitted("lang"))
    mentions = resolve_mentions(statement.text, catalogue, get_rights(), lang)
    return table_of_authorities(statement.text, mentions, catalogue)


def _form_context(**extra: Any) -> dict[str, Any]:
    config = current_app.config
    return {
        "max_text_bytes": config["LINKER_MAX_TEXT_BYTES"],
        "share_url_max": config["LINKER_SHARE_URL_MAX"],
        "url_help": URL_HELP,
        "example_text": EXAMPLE,
        "languages": LANGUAGE_NAMES,
        "lang": _submitted("lang"),
        **extra,
    }


def _share_url(field: str, value: str, lang: str | None) -> str | None:
    """The address that reopens this page, when it is short enough to share."""
    url = url_for("pages.annotate", **{field: value}, lang=lang, _external=True)
    return url if len(url) <= current_app.config["LINKER_SHARE_URL_MAX"] else None


def _downloads(share_url: str | None, field: str, value: str, lang: str | None) -> dict[str, Any]:
    """Links to the table of authorities: plain links when the statement fits in an
    address, else a form that posts it again."""
    if share_url is not None:
        return {
            "csv": url_for("pages.authorities_as_csv", **{field: value}, lang=lang),
            "json": url_for("pages.authorities_as_json", **{field: value}, lang=lang),
        }
    return {"post": True, "field": field, "value": value, "lang": lang}


def _download(body: str, content_type: str, filename: str) -> Response:
    response = Response(body, content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
