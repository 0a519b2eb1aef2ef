"""Abuse limits: the rate of requests that fetch a URL (Flask-Limiter, in memory and in a
real redis-server), the cap on concurrent fetches per worker, and the request size limit.

Pages come from a real HTTP server on loopback (pytest-httpserver), allowed as in
tests/test_web_url.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from linker.errors import ConfigurationError
from linker.web import create_app
from linker.web.limits import BUSY_RETRY_AFTER, storage_uri
from linker.web.security import SECURITY_HEADERS

from .htmltools import parse_page
from .test_fetch import redis_url  # noqa: F401 - a fixture: a throwaway redis-server

LOOPBACK = "127.0.0.1,localhost"
PAGE = "<main><p>Article 13(2) of the UDHR.</p></main>"


@pytest.fixture
def page_url(upstream: HTTPServer) -> str:
    upstream.expect_request("/statement").respond_with_data(PAGE, content_type="text/html")
    return upstream.url_for("/statement")


def make_app(**settings):
    config = {
        "TESTING": True,
        "LINKER_FETCH_ALLOW_HOSTS": LOOPBACK,
        "LINKER_CACHE_URL": "memory://",
        "LINKER_FETCH_TIMEOUT": "2,3",
    }
    return create_app({**config, **settings})


def fetch_by(client, how: str, url: str):
    """One request that fetches ``url``, through each endpoint that can."""
    if how == "api":
        return client.post("/api/resolve", json={"url": url})
    if how == "form":
        return client.post("/annotate", data={"url": url})
    path = {"page": "/annotate", "csv": "/annotate.csv", "json": "/annotate.json"}[how]
    return client.get(path, query_string={"url": url})


# -- the rate ------------------------------------------------------------------------------------


def test_beyond_the_rate_the_api_answers_429_json_with_retry_after(page_url):
    client = make_app(LINKER_FETCH_RATE_LIMIT="2/minute").test_client()
    for remaining in ("1", "0"):
        response = fetch_by(client, "api", page_url)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "2"
        assert response.headers["X-RateLimit-Remaining"] == remaining
    response = fetch_by(client, "api", page_url)
    assert response.status_code == 429
    data = response.get_json()
    assert data["status"] == 429 and "2/minute" in data["error"]
    assert 0 < int(response.headers["Retry-After"]) <= 60
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


@pytest.mark.parametrize("how", ["page", "form", "csv", "json"])
def test_beyond_the_rate_pages_and_downloads_answer_a_429_page(page_url, how):
    client = make_app(LINKER_FETCH_RATE_LIMIT="1/minute").test_client()
    assert fetch_by(client, how, page_url).status_code == 200
    response = fetch_by(client, how, page_url)
    assert response.status_code == 429
    assert response.mimetype == "text/html"
    assert int(response.headers["Retry-After"]) > 0
    assert "Too many requests" in parse_page(response.data).findtext(".//title")


def test_every_endpoint_that_fetches_shares_one_budget(page_url):
    client = make_app(LINKER_FETCH_RATE_LIMIT="4/minute").test_client()
    for how in ("api", "page", "form", "csv"):
        assert fetch_by(client, how, page_url).status_code == 200, how
    assert fetch_by(client, "json", page_url).status_code == 429


def test_pasted_text_and_html_are_never_counted(page_url):
    client = make_app(LINKER_FETCH_RATE_LIMIT="1/minute").test_client()
    for _ in range(5):
        assert client.post("/api/resolve", json={"text": "Art. 3 ECHR"}).status_code == 200
        assert client.post("/api/resolve", json={"html": "<p>UDHR</p>"}).status_code == 200
        assert client.get("/annotate", query_string={"text": "UDHR"}).status_code == 200
        assert client.post("/annotate", data={"text": "UDHR", "as_html": "1"}).status_code == 200
    assert fetch_by(client, "api", page_url).status_code == 200
    assert fetch_by(client, "api", page_url).status_code == 429
    # Over the budget for fetching, text is still welcome, without rate headers.
    response = client.post("/api/resolve", json={"text": "Art. 3 ECHR"})
    assert response.status_code == 200
    assert "X-RateLimit-Limit" not in response.headers


def test_each_client_address_has_its_own_budget(page_url):
    client = make_app(LINKER_FETCH_RATE_LIMIT="1/minute").test_client()
    first = {"REMOTE_ADDR": "192.0.2.1"}
    second = {"REMOTE_ADDR": "192.0.2.2"}
    post = client.post
    assert post("/api/resolve", json={"url": page_url}, environ_base=first).status_code == 200
    assert post("/api/resolve", json={"url": page_url}, environ_base=first).status_code == 429
    assert post("/api/resolve", json={"url": page_url}, environ_base=second).status_code == 200


def test_the_limit_can_be_turned_off(page_url):
    client = make_app(LINKER_FETCH_RATE_LIMIT="off").test_client()
    for _ in range(40):
        assert fetch_by(client, "api", page_url).status_code == 200


def test_the_default_rate_is_30_a_minute(page_url):
    client = make_app().test_client()
    statuses = [fetch_by(client, "api", page_url).status_code for _ in range(31)]
    assert statuses == [200] * 30 + [429]


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("LINKER_FETCH_RATE_LIMIT", "lots"),
        ("LINKER_FETCH_RATE_LIMIT", "30 per fortnight"),
        ("LINKER_RATELIMIT_STORAGE_URL", "mongodb+nothing://db"),
        ("LINKER_FETCH_CONCURRENCY", "0"),
        ("LINKER_FETCH_CONCURRENCY", "four"),
    ],
)
def test_a_bad_limit_setting_stops_the_app_naming_it(setting, value):
    with pytest.raises(ConfigurationError, match=setting):
        make_app(**{setting: value})


@pytest.mark.parametrize(
    ("config", "cache_url", "expected"),
    [
        ({}, "", "memory://"),
        ({}, "sqlite:///cache.sqlite", "memory://"),
        ({}, "redis://127.0.0.1:6379/1", "redis://127.0.0.1:6379/1"),
        ({}, "rediss://cache.internal:6380/0", "rediss://cache.internal:6380/0"),
        ({"LINKER_RATELIMIT_STORAGE_URL": "memory://"}, "redis://r:6379/0", "memory://"),
        ({"LINKER_RATELIMIT_STORAGE_URL": "redis://r:1/2"}, "", "redis://r:1/2"),
    ],
)
def test_the_limiter_counts_in_redis_when_one_is_named(config, cache_url, expected):
    assert storage_uri(config, cache_url) == expected


# -- the rate in a real redis-server -------------------------------------------------------------


def test_workers_sharing_redis_share_the_budget(page_url, redis_url):  # noqa: F811
    import redis

    # Two apps stand for two gunicorn workers; the fetch cache's Redis holds the counts too.
    workers = [
        make_app(LINKER_CACHE_URL=redis_url, LINKER_FETCH_RATE_LIMIT="3/minute").test_client()
        for _ in range(2)
    ]
    statuses = [fetch_by(workers[i % 2], "api", page_url).status_code for i in range(4)]
    assert statuses == [200, 200, 200, 429]
    keys = redis.Redis.from_url(redis_url).keys("LIMITS:*")
    assert any(b"linker" in key and b"fetch" in key for key in keys), keys


def test_a_dedicated_redis_store_for_the_limiter(page_url, redis_url):  # noqa: F811
    settings = {"LINKER_RATELIMIT_STORAGE_URL": redis_url, "LINKER_FETCH_RATE_LIMIT": "1/minute"}
    first, second = (make_app(**settings).test_client() for _ in range(2))
    assert fetch_by(first, "page", page_url).status_code == 200
    assert fetch_by(second, "page", page_url).status_code == 429


def test_an_unreachable_limiter_store_does_not_fail_requests(page_url):
    """Counting falls back to memory while the store is down: no 500."""
    client = make_app(
        LINKER_RATELIMIT_STORAGE_URL="redis://127.0.0.1:1/0", LINKER_FETCH_RATE_LIMIT="2/minute"
    ).test_client()
    statuses = [fetch_by(client, "api", page_url).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


# -- concurrent fetches per worker ---------------------------------------------------------------


@pytest.fixture
def stalled(upstream: HTTPServer) -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """A page that is served only once ``release`` is set; ``arrived`` tells that linker is
    waiting for it."""
    arrived, release = threading.Event(), threading.Event()

    def handler(request):
        arrived.set()
        release.wait(10)
        return Response(PAGE, content_type="text/html")

    upstream.expect_request("/stalled").respond_with_handler(handler)
    yield upstream.url_for("/stalled"), arrived, release
    release.set()


def test_over_the_fetch_cap_the_answer_is_503_with_retry_after(stalled, page_url):
    url, arrived, release = stalled
    app = make_app(LINKER_FETCH_CONCURRENCY=1)
    answers = []
    first = threading.Thread(target=lambda: answers.append(fetch_by(app.test_client(), "api", url)))
    first.start()
    assert arrived.wait(5)
    client = app.test_client()
    busy = fetch_by(client, "api", page_url)
    assert busy.status_code == 503
    assert busy.get_json()["status"] == 503 and "at once" in busy.get_json()["error"]
    assert busy.headers["Retry-After"] == str(BUSY_RETRY_AFTER)
    page = fetch_by(client, "form", page_url)
    assert page.status_code == 503 and page.mimetype == "text/html"
    assert page.headers["Retry-After"] == str(BUSY_RETRY_AFTER)
    assert "at once" in page.get_data(as_text=True)
    # Text needs no fetch slot.
    assert client.post("/api/resolve", json={"text": "UDHR"}).status_code == 200
    release.set()
    first.join(10)
    assert [a.status_code for a in answers] == [200]
    assert fetch_by(client, "api", page_url).status_code == 200


def test_a_failed_fetch_gives_its_slot_back(upstream, page_url):
    upstream.expect_request("/broken").respond_with_data("no", status=500)
    client = make_app(LINKER_FETCH_CONCURRENCY=1).test_client()
    for _ in range(3):
        assert fetch_by(client, "api", upstream.url_for("/broken")).status_code == 502
    assert fetch_by(client, "api", page_url).status_code == 200


# -- request size ---------------------------------------------------------------------------------

LIMIT = 500


@pytest.fixture(scope="module")
def small_client():
    return make_app(LINKER_MAX_TEXT_BYTES=LIMIT).test_client()


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "api"),
    [
        ("post", "/api/resolve", {"json": {"text": "x" * 600}}, True),
        ("post", "/api/resolve", {"json": {"html": "<p>" + "x" * 600}}, True),
        ("post", "/api/resolve", {"data": "[" * 600, "content_type": "application/json"}, True),
        ("get", "/annotate", {"query_string": {"text": "x" * 600}}, False),
        ("get", "/annotate", {"query_string": {"text": "é€" * 200}}, False),
        ("get", "/annotate.csv", {"query_string": {"text": "x" * 600}}, False),
        ("get", "/annotate.json", {"query_string": {"text": "x" * 600}}, False),
        ("post", "/annotate", {"data": {"text": "x" * 600}}, False),
        ("post", "/annotate", {"data": {"html": "<p>" + "x" * 600}}, False),
        ("post", "/annotate.json", {"data": {"text": "x" * 600}}, False),
    ],
    ids=[
        "api-text",
        "api-html",
        "api-nested",
        "page-query",
        "page-query-multibyte",
        "csv-query",
        "json-query",
        "form-text",
        "form-html",
        "json-form",
    ],
)
def test_over_the_size_limit_is_413_everywhere(small_client, method, path, kwargs, api):
    response = getattr(small_client, method)(path, **kwargs)
    assert response.status_code == 413
    if api:
        assert response.get_json()["status"] == 413
    else:
        assert response.mimetype == "text/html"
    assert str(LIMIT) in response.get_data(as_text=True)


def test_just_under_the_size_limit_is_accepted(small_client):
    assert small_client.get("/annotate", query_string={"text": "é" * 240}).status_code == 200
    assert small_client.post("/api/resolve", json={"text": "x" * 400}).status_code == 200
