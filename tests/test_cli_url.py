"""``linker resolve --url``, ``linker annotate --url``, ``--html`` and ``linker cache clear``,
against a real HTTP server on loopback (allowed through LINKER_FETCH_ALLOW_HOSTS, as only
tests do) with a SQLite cache in a temporary folder."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from linker.cli import main

from .htmltools import find_all, mention_links, parse_page, user_markup_problems
from .sample_pages import ARTICLE_PAGE, ARTICLE_TEXT, PAGE_FLAG

PAGE_PATH = "/news/2024/experts.html"


@pytest.fixture
def page_url(server: HTTPServer) -> Iterator[str]:
    server.clear()
    server.expect_request(PAGE_PATH).respond_with_data(
        ARTICLE_PAGE, content_type="text/html; charset=utf-8"
    )
    yield server.url_for(PAGE_PATH)
    server.clear()


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """Loopback allowed, the cache in this test's folder."""
    return {
        "LINKER_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost",
        "LINKER_CACHE_URL": f"sqlite:///{tmp_path / 'cache.sqlite'}",
        "LINKER_FETCH_TIMEOUT": "2,5",
    }


def run(*args, env=None, input=None):
    return CliRunner().invoke(main, list(args), env=env, input=input)


def test_resolve_url_prints_the_resolution_with_text_and_source(page_url, env):
    result = run("resolve", "--url", page_url, env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] == ARTICLE_TEXT
    assert data["source"]["final_url"] == page_url
    assert data["source"]["from_cache"] is False
    assert {m["instrument"] for m in data["mentions"] if m["instrument"]} == {
        "udhr",
        "iccpr",
        "refugee-convention-1951",
    }


def test_annotate_url_writes_the_page_annotated_in_its_own_markup(page_url, env, tmp_path):
    out = tmp_path / "page.html"
    result = run("annotate", "--url", page_url, "-o", str(out), env=env)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    tree = parse_page(html)
    statement = find_all(tree, "div", "linker-document")[0]
    assert len(mention_links(statement)) == 5
    assert statement.xpath(".//h1/em")
    assert find_all(tree, "p", "source")[0].xpath(".//a")[0].get("href") == page_url
    inline = tree.xpath("//script[not(@src)]")
    assert len(inline) == 1 and PAGE_FLAG not in html
    assert user_markup_problems(tree, allowed_scripts=(None,)) == []


def test_resolve_and_annotate_read_html_files(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<nav>ECHR</nav><p>Under <em>article</em> 12 of the <b>ICCPR</b>.</p>")
    data = json.loads(run("resolve", "--html", str(page)).stdout)
    assert data["text"] == "Under article 12 of the ICCPR."
    assert [m["articles"] for m in data["mentions"]] == [["12"]]
    result = run("annotate", "--html", "-", input=page.read_text())
    assert result.exit_code == 0
    assert len(mention_links(find_all(parse_page(result.stdout), "div", "linker-document")[0])) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "http://127.0.0.1:1/"], "does not fetch from 127.0.0.1"),
        (["--url", "ftp://example.org/"], "only http and https"),
        (["statement.txt", "--url", "http://example.org/"], "not both"),
    ],
)
def test_url_errors_are_one_line(args, message, tmp_path):
    """Without the allowance (no LINKER_FETCH_ALLOW_HOSTS) loopback is refused."""
    result = run(
        "resolve", *args, env={"LINKER_CACHE_URL": "memory://", "LINKER_FETCH_ALLOW_HOSTS": ""}
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("linker: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_an_upstream_404_is_one_line(server, env):
    server.clear()
    server.expect_request("/gone").respond_with_data("no", status=404)
    result = run("annotate", "--url", server.url_for("/gone"), env=env)
    assert result.exit_code == 1
    gone = server.url_for("/gone")
    assert result.stderr == f"linker: the site answered 404 NOT FOUND for {gone}\n"


def test_cache_clear_empties_the_cache(page_url, env, server):
    def from_cache() -> bool:
        result = run("resolve", "--url", page_url, env=env)
        return json.loads(result.stdout)["source"]["from_cache"]

    assert (from_cache(), from_cache()) == (False, True)
    assert len(server.log) == 1
    result = run("cache", "clear", env=env)
    assert result.exit_code == 0, result.output
    assert "cleared" in result.stdout and "cache.sqlite" in result.stdout
    assert from_cache() is False
    assert len(server.log) == 2


def test_cache_clear_with_a_bad_setting_is_one_line():
    result = run("cache", "clear", env={"LINKER_CACHE_URL": "mongodb://db/"})
    assert result.exit_code == 1
    assert result.stderr.startswith("linker: LINKER_CACHE_URL=")


def test_the_console_script_fetches_a_url(page_url, env):
    import os

    completed = subprocess.run(
        [sys.executable, "-m", "linker", "resolve", "--url", page_url, "--indent", "0"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["text"] == ARTICLE_TEXT
