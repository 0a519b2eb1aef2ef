"""The ``linker`` command: resolve, annotate, serve, check, evaluate, cache.

Business logic lives in the core modules; this module reads input, calls them, and
turns every failure into a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from linker import __version__
from linker.catalogue import Catalogue, load_catalogue
from linker.errors import CatalogueError, LinkerError
from linker.evaluate import GoldFormatError, as_dict, format_report, load_gold, score
from linker.fetch import CACHE_FILE_NAME, FetchSettings, clear_cache
from linker.language import LANGUAGES, detect_language
from linker.resolve import resolve_mentions
from linker.rights import RIGHTS_FILE, RightsIndex, load_rights, rights_path
from linker.sources import (
    Statement,
    fetch_statement,
    html_statement,
    statement_json,
    text_statement,
)


def _fail(message: str) -> None:
    click.echo(f"linker: {message}", err=True)
    sys.exit(1)


def _catalogue(references: str | None) -> Catalogue:
    try:
        return load_catalogue(references)
    except CatalogueError as exc:
        _fail(exc.message)
    raise AssertionError("unreachable")


def _rights(references: str | None, catalogue: Catalogue) -> RightsIndex | None:
    """The rights index beside the catalogue, when there is one."""
    path = Path(references) / RIGHTS_FILE if references else rights_path()
    if not path.exists():
        return None
    try:
        return load_rights(path, catalogue)
    except CatalogueError as exc:
        _fail(exc.message)
    raise AssertionError("unreachable")


def read_input_text(source: str) -> str:
    """Text of FILE, or of standard input for '-': UTF-8 (a BOM is dropped)."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        _fail(f"no such file: {source}")
    except IsADirectoryError:
        _fail(f"is a directory, not a file: {source}")
    except OSError as exc:
        _fail(f"cannot read {source}: {exc.strerror}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(f"{source} is not UTF-8 text (undecodable byte at offset {exc.start})")
    raise AssertionError("unreachable")


def read_statement(source: str, url: str | None, as_html: bool) -> Statement:
    """The statement of FILE (text, or HTML with ``--html``) or of ``--url``."""
    if url is not None:
        if source != "-" or as_html:
            _fail("give FILE (or --html FILE) or --url URL, not both")
        try:
            return fetch_statement(url, _fetch_settings())
        except LinkerError as exc:
            _fail(exc.message)
    text = read_input_text(source)
    return html_statement(text) if as_html else text_statement(text)


def _fetch_settings() -> FetchSettings:
    """Settings from the LINKER_FETCH_* and LINKER_CACHE_* variables; the SQLite cache in
    the instance folder the web app uses."""
    from linker.web.fetching import default_instance_path

    try:
        return FetchSettings.from_env(os.environ, instance_path=default_instance_path())
    except LinkerError as exc:
        _fail(exc.message)
    raise AssertionError("unreachable")


references_option = click.option(
    "--references",
    type=click.Path(file_okay=False),
    envvar="LINKER_REFERENCES",
    help="Catalogue folder (default: the bundled references/; env LINKER_REFERENCES).",
)


lang_option = click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Language of the text (default: detected per paragraph); excerpts are given in it "
    "where linker holds the official text in that language.",
)


url_option = click.option(
    "--url",
    metavar="URL",
    help="Fetch the statement from URL (an HTML or plain-text page) instead of reading FILE; "
    "an HTML page's main text is read. Settings: LINKER_FETCH_* and LINKER_CACHE_*.",
)


html_option = click.option(
    "--html",
    "as_html",
    is_flag=True,
    help="FILE is HTML: read its main text and keep its markup (relative links dropped).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="linker")
def main() -> None:
    """linker finds citations of international legal instruments in a statement and
    links each to the instrument and article it cites."""


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@references_option
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation.")
@lang_option
@url_option
@html_option
def resolve(
    source: str,
    references: str | None,
    indent: int,
    lang: str | None,
    url: str | None,
    as_html: bool,
) -> None:
    """Print the mentions found in FILE (or standard input, or the page at --url) as JSON.

    For HTML and fetched pages the JSON adds "text" (the text the offsets point into) and,
    for --url, "source" (where and when the page was fetched)."""
    catalogue = _catalogue(references)
    rights = _rights(references, catalogue)
    statement = read_statement(source, url, as_html)
    try:
        mentions = resolve_mentions(statement.text, catalogue, rights, lang)
        reader_lang = lang or detect_language(statement.text)
        result = statement_json(statement, mentions, catalogue, rights, reader_lang)
    except LinkerError as exc:
        _fail(exc.message)
    click.echo(json.dumps(result, ensure_ascii=False, indent=indent or None))


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@references_option
@click.option(
    "-o",
    "--output",
    default="-",
    metavar="OUT",
    help="Write the page to OUT (default: standard output).",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Link mentions to the instrument pages of a running linker at URL "
    "(default: to the page's own table of authorities).",
)
@lang_option
@url_option
@html_option
def annotate(
    source: str,
    references: str | None,
    output: str,
    base_url: str | None,
    lang: str | None,
    url: str | None,
    as_html: bool,
) -> None:
    """Write FILE (or standard input, or the page at --url) as a standalone annotated HTML
    page; an HTML page keeps its own markup."""
    from linker.web.standalone import render_standalone

    statement = read_statement(source, url, as_html)
    app = _web_app(references)
    try:
        page = render_standalone(app, statement, base_url, lang)
    except LinkerError as exc:
        _fail(exc.message)
    if output == "-":
        click.echo(page, nl=False)
        return
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")


@main.command()
@references_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--debug", is_flag=True, help="Reload on code changes and show tracebacks.")
def serve(references: str | None, host: str, port: int, debug: bool) -> None:
    """Serve the web pages and the API with Flask's development server.

    For production run gunicorn over wsgi:app (see the README)."""
    from linker.web.devserver import PrivateRequestHandler

    app = _web_app(references)
    app.run(
        host=host,
        port=port,
        debug=debug,
        use_reloader=debug,
        request_handler=PrivateRequestHandler,
    )


def _web_app(references: str | None):
    """The web app over the catalogue at ``references``; a bad catalogue or setting is a
    one-line error. Imported here so that ``linker resolve`` does not load Flask."""
    from linker.web import create_app

    overrides = {"LINKER_REFERENCES": references} if references else None
    try:
        return create_app(overrides)
    except LinkerError as exc:
        _fail(exc.message)
    raise AssertionError("unreachable")


@main.command()
@references_option
def check(references: str | None) -> None:
    """Validate the catalogue and the rights index; list every instrument, or every
    problem (exit 1)."""
    catalogue = _catalogue(references)
    rights = _rights(references, catalogue)
    for instrument in catalogue:
        click.echo(
            f"{instrument.id:<36} {len(instrument.articles):>4} {instrument.unit}s, "
            f"{instrument.articles_with_text:>4} with text  {instrument.title}"
        )
    rights_count = len(rights) if rights is not None else 0
    click.echo(
        f"ok: {len(catalogue)} instruments, {len(catalogue.aliases)} aliases, {rights_count} rights"
    )


@main.command()
@click.argument("gold", type=click.Path(exists=True), metavar="GOLD")
@references_option
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures (and errors) as JSON.")
def evaluate(gold: str, references: str | None, errors: bool, as_json: bool) -> None:
    """Score the resolver against GOLD: a gold JSONL file with inline texts, or a folder
    of <id>.txt files with a gold.jsonl of their mentions."""
    catalogue = _catalogue(references)
    rights = _rights(references, catalogue)
    try:
        gold_texts = load_gold(gold)
    except (GoldFormatError, OSError) as exc:
        _fail(str(exc))
    evaluation = score(gold_texts, lambda text: resolve_mentions(text, catalogue, rights))
    if as_json:
        click.echo(json.dumps(as_dict(evaluation, errors=errors), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(evaluation, errors=errors))


@main.group()
def cache() -> None:
    """The cache of fetched pages (LINKER_CACHE_URL; by default a SQLite file in the
    instance folder)."""


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached page."""
    settings = _fetch_settings()
    try:
        clear_cache(settings)
    except LinkerError as exc:
        _fail(exc.message)
    except Exception as exc:  # a store that cannot be reached (Redis down, file locked)
        _fail(f"cannot clear the cache: {exc}")
    where = settings.cache_url or str(Path(settings.instance_path) / CACHE_FILE_NAME)
    click.echo(f"cleared the cache of fetched pages ({where})")
