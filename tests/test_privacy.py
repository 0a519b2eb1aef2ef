"""Statements are not written to logs: not by the API, the pages, the downloads, their error
paths, an unexpected failure, the annotators, nor the request log of ``linker serve`` (nor
gunicorn's access log, if one turns it on).

Every statement here carries a marker; with every logger at DEBUG, no log record may hold it.
"""

from __future__ import annotations

import logging
import runpy
import threading
import urllib.request
from collections.abc import Iterator

import pytest
from werkzeug.serving import make_server

from linker.annotate import annotate_statement
from linker.htmldoc import annotate_html, read_html
from linker.models import Mention
from linker.web import api, create_app
from linker.web.devserver import PrivateRequestHandler

from .conftest import ROOT

MARKER = "Zanzibar-7f3a"
STATEMENT = f"{MARKER}: under Article 12(4) of the ICCPR and UDHR, art. 13(2), {MARKER}."


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog
    leaked = [r.getMessage() for r in caplog.records if MARKER in r.getMessage()]
    leaked += [r.exc_text for r in caplog.records if r.exc_text and MARKER in r.exc_text]
    assert leaked == []


@pytest.fixture(scope="module")
def client():
    app = create_app(
        {
            "TESTING": True,
            "LINKER_CACHE_URL": "memory://",
            "LINKER_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost",
            "LINKER_MAX_TEXT_BYTES": 4000,
            "LINKER_FETCH_RATE_LIMIT": "3/minute",
        }
    )
    return app.test_client()


def test_the_api_and_its_errors_log_no_statement(client, logs):
    answers = [
        client.post("/api/resolve", json={"text": STATEMENT, "format": "html"}),
        client.post("/api/resolve", json={"html": f"<p>{STATEMENT}</p>", "format": "html"}),
        client.post("/api/resolve", json={"text": STATEMENT + "\x00"}),
        client.post("/api/resolve", json={"text": STATEMENT * 100}),
        client.post("/api/resolve", json={"text": STATEMENT, "lang": MARKER}),
        client.post("/api/resolve", json={"text": STATEMENT, "url": "http://x.example/"}),
        client.post(
            "/api/resolve", data=f'{{"text": "{STATEMENT}"', content_type="application/json"
        ),
        client.post("/api/resolve", data=STATEMENT, content_type="text/plain"),
    ]
    assert [a.status_code for a in answers] == [200, 200, 422, 413, 400, 400, 400, 415]


def test_the_pages_downloads_and_their_errors_log_no_statement(client, logs):
    answers = [
        client.get("/annotate", query_string={"text": STATEMENT}),
        client.post("/annotate", data={"text": STATEMENT}),
        client.post("/annotate", data={"html": f"<p>{STATEMENT}</p>"}),
        client.get("/annotate.csv", query_string={"text": STATEMENT}),
        client.post("/annotate.json", data={"text": STATEMENT}),
        client.post("/annotate", data={"text": STATEMENT + "\x00"}),
        client.post("/annotate", data={"text": STATEMENT * 100}),
        client.post("/annotate", data={"text": STATEMENT, "url": "http://x.example/"}),
        client.get("/annotate", query_string={"text": STATEMENT, "lang": MARKER}),
        client.get(f"/instruments/{MARKER}"),
        client.get(f"/{MARKER}"),
    ]
    assert [a.status_code for a in answers] == [
        200,
        200,
        200,
        200,
        200,
        422,
        413,
        400,
        400,
        404,
        404,
    ]


def test_a_fetched_statement_and_fetch_failures_log_no_statement(client, server, logs):
    server.expect_request("/statement").respond_with_data(
        f"<main><p>{STATEMENT}</p></main>", content_type="text/html"
    )
    server.expect_request("/gone").respond_with_data(STATEMENT, status=404)
    answers = [
        client.post("/api/resolve", json={"url": server.url_for("/statement")}),
        client.get("/annotate", query_string={"url": server.url_for("/gone")}),
        client.post("/api/resolve", json={"url": server.url_for("/statement")}),
        client.post("/api/resolve", json={"url": server.url_for("/statement")}),
    ]
    assert [a.status_code for a in answers] == [200, 502, 200, 429]


def test_an_unexpected_failure_logs_its_stack_but_not_its_message(client, logs, monkeypatch):
    def fail(text, *args, **kwargs):
        raise ValueError(f"cannot read {text!r}")

    monkeypatch.setattr(api, "resolve_mentions", fail)
    response = client.post("/api/resolve", json={"text": STATEMENT})
    assert response.status_code == 500
    assert MARKER not in response.get_data(as_text=True)
    (record,) = [r for r in logs.records if r.levelno >= logging.ERROR]
    assert "unhandled ValueError on POST /api/resolve" in record.getMessage()
    assert "resolve_mentions" in record.getMessage() or "fail" in record.getMessage()


def test_a_mention_that_cannot_be_placed_is_logged_without_its_words(catalogue, logs):
    wrong = Mention(0, len(MARKER), MARKER + "!", kind="title", instrument="iccpr")
    annotate_statement(STATEMENT, [wrong], catalogue)
    annotate_html(read_html(f"<p>{STATEMENT}</p>"), [wrong], catalogue)
    warnings = [r.getMessage() for r in logs.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2 and all("iccpr at 0-13" in w for w in warnings)


def test_linker_serve_logs_requests_without_their_query(logs):
    app = create_app({"LINKER_CACHE_URL": "memory://"})
    server = make_server("127.0.0.1", 0, app, request_handler=PrivateRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        query = urllib.request.quote(STATEMENT)
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/annotate?text={query}"):
            pass
    finally:
        server.shutdown()
        thread.join(timeout=10)
    lines = [r.getMessage() for r in logs.records if r.name == "werkzeug"]
    assert any('"GET /annotate?… HTTP/1.1" 200' in line for line in lines), lines


def test_gunicorn_access_log_format_leaves_out_the_query():
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    log_format = settings["access_log_format"]
    assert "%(U)s" in log_format
    for with_query in ("%(r)s", "%(q)s", "%({raw_uri}e)s"):
        assert with_query not in log_format
