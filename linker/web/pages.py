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
from linker.web.inputs import check_lang, check_text
from linker.web.present import annotated_view, instrument_view, search_instruments, search_key
from linker.web.state import get_catalogue, get_rights

bp = Blueprint("pages", __name__)

URL_NOT_YET = "Fetching a statement from its address arrives in a later version; paste its text."
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
    """The annotated page; ``GET /annotate?text=…`` is its shareable address."""
    try:
        text = _statement()
    except LinkerError as exc:
        if exc.status not in (400, 501):
            raise
        context = _form_context(error=exc.message, text=_submitted("text"))
        return render_template("index.html", **context), exc.status
    lang = check_lang(_submitted("lang"))
    link = site_link(request.script_root)
    context = annotated_view(
        text, get_catalogue(), get_rights(), statement_link=link, page_link=link, lang=lang
    )
    share_url = _share_url(text, lang)
    downloads = _downloads(share_url, text, lang)
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


def _statement() -> str:
    # Browsers send a form's line breaks as CRLF; the page reads better (and its shareable
    # address is shorter) with plain LF.
    text = _submitted("text").replace("\r\n", "\n")
    if not text.strip():
        if _submitted("url").strip():
            raise LinkerError(URL_NOT_YET, status=501)
        raise InputError("Paste the text of a statement to annotate.")
    return check_text(text)


def _authorities():
    text = _statement()
    catalogue = get_catalogue()
    mentions = resolve_mentions(text, catalogue, get_rights(), check_lang(_submitted("lang")))
    return table_of_authorities(text, mentions, catalogue)


def _form_context(**extra: Any) -> dict[str, Any]:
    config = current_app.config
    return {
        "max_text_bytes": config["LINKER_MAX_TEXT_BYTES"],
        "share_url_max": config["LINKER_SHARE_URL_MAX"],
        "url_note": URL_NOT_YET,
        "example_text": EXAMPLE,
        "languages": LANGUAGE_NAMES,
        "lang": _submitted("lang"),
        **extra,
    }


def _share_url(text: str, lang: str | None) -> str | None:
    """The address that reopens this page, when it is short enough to share."""
    url = url_for("pages.annotate", text=text, lang=lang, _external=True)
    return url if len(url) <= current_app.config["LINKER_SHARE_URL_MAX"] else None


def _downloads(share_url: str | None, text: str, lang: str | None) -> dict[str, Any]:
    """Links to the table of authorities: plain links when the text fits in an address,
    else a form that posts the text again."""
    if share_url is not None:
        return {
            "csv": url_for("pages.authorities_as_csv", text=text, lang=lang),
            "json": url_for("pages.authorities_as_json", text=text, lang=lang),
        }
    return {"post": True, "text": text, "lang": lang}


def _download(body: str, content_type: str, filename: str) -> Response:
    response = Response(body, content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
