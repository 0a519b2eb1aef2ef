"""Statements by URL and as HTML through the web app: the API and the pages, against real
HTTP servers on loopback (pytest-httpserver) and Flask's test client.

Loopback is reachable only because these apps allow it (``LINKER_FETCH_ALLOW_HOSTS`` in their
config), as production never does; one test proves the refusal without that allowance.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from linker.errors import ConfigurationError
from linker.fetch import ENVIRONMENT
from linker.web import create_app
from linker.web.fetching import get_fetch_settings

from .conftest import ROOT
from .htmltools import find_all, mention_links, parse_page, user_markup_problems
from .sample_pages import ARTICLE_PAGE, ARTICLE_TEXT, FRENCH, LEFT_OUT, PAGE_FLAG, french_page
from .test_web_api import assert_matches, schema_validator

LOOPBACK = "127.0.0.1,localhost"
PAGE_PATH = "/news/2024/experts.html"


@pytest.fixture(scope="module")
def url_app():
    """Loopback allowed; an in-memory cache that lives for one fetch (no test sees
    another's pages)."""
    return create_app(
        {
            "TESTING": True,
            "LINKER_FETCH_ALLOW_HOSTS": LOOPBACK,
            "LINKER_CACHE_URL": "memory://",
            "LINKER_FETCH_TIMEOUT": "2,3",
            "LINKER_FETCH_MAX_BYTES": 100_000,
            # Every test of this module fetches from one client address.
            "LINKER_FETCH_RATE_LIMIT": "1000/minute",
        }
    )


@pytest.fixture
def url_client(url_app):
    return url_app.test_client()


@pytest.fixture(scope="module")
def openapi(url_app):
    return url_app.test_client().get("/api/openapi.json").get_json()


def serve_article(upstream: HTTPServer) -> str:
    upstream.expect_request(PAGE_PATH).respond_with_data(
        ARTICLE_PAGE, content_type="text/html; charset=utf-8"
    )
    return upstream.url_for(PAGE_PATH)


def statement_of(response):
    tree = parse_page(response.data)
    return tree, find_all(tree, "div", "linker-document")[0]


def reading(element) -> str:
    """What a reader sees in ``element``: popovers and badges left out."""
    copy = lxml.html.fragment_fromstring(lxml.html.tostring(element, encoding="unicode"))
    for extra in copy.xpath(".//*[@role='tooltip'] | .//*[@class='linker-invalid']"):
        extra.drop_tree()
    return " ".join(copy.text_content().split())


# -- the API --------------------------------------------------------------------------------


def test_resolve_a_url(url_client, upstream, openapi):
    url = serve_article(upstream)
    response = url_client.post("/api/resolve", json={"url": url})
    assert response.status_code == 200
    data = response.get_json()
    assert data["text"] == ARTICLE_TEXT
    for mention in data["mentions"]:
        assert data["text"][mention["start"] : mention["end"]] == mention["text"]
    cited = [(m["instrument"], m["articles"]) for m in data["mentions"] if m["instrument"]]
    assert cited == [
        ("udhr", []),
        ("iccpr", ["12(2)"]),
        ("udhr", ["13"]),
        ("refugee-convention-1951", []),
    ]
    source = data["source"]
    assert source["url"] == source["final_url"] == url
    assert (source["media_type"], source["charset"], source["from_cache"]) == (
        "text/html",
        "utf-8",
        False,
    )
    fetched_at = datetime.fromisoformat(source["fetched_at"])
    assert abs(fetched_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert_matches(openapi, "/api/resolve", "post", response)


def test_resolve_a_url_as_html_gives_the_page_annotated_in_its_own_markup(url_client, upstream):
    url = serve_article(upstream)
    data = url_client.post("/api/resolve", json={"url": url, "format": "html"}).get_json()
    fragment = lxml.html.fragment_fromstring(data["html"])
    assert user_markup_problems(fragment) == []
    assert fragment.xpath(".//em") and fragment.xpath(".//b") and fragment.xpath(".//h1")
    links = mention_links(fragment)
    assert links[0].get("href") == "http://localhost/instruments/udhr"
    assert {a.get("href") for a in links[1:4]} == {
        "http://localhost/instruments/iccpr#art_12__para_2"
    }
    assert fragment.xpath(".//a//a") == []
    page_links = [a.get("href") for a in fragment.iter("a") if a.get("data-linker") is None]
    assert page_links[0] == upstream.url_for("/reports/2024/udhr.html")
    assert page_links[1] == upstream.url_for("/news/statements/full.html")


def test_resolve_pasted_html(url_client, openapi):
    html = "<nav>Art. 3 ECHR</nav><p>Under <em>article</em> 13(2) of the <b>UDHR</b>.</p>"
    response = url_client.post("/api/resolve", json={"html": html, "format": "html"})
    data = response.get_json()
    assert data["text"] == "Under article 13(2) of the UDHR."
    assert "source" not in data
    assert [(m["instrument"], m["articles"]) for m in data["mentions"]] == [("udhr", ["13(2)"])]
    assert mention_links(lxml.html.fragment_fromstring(data["html"]))
    assert_matches(openapi, "/api/resolve", "post", response)
    schemas = openapi["components"]["schemas"]
    schema_validator(openapi, schemas["ResolveRequest"]).validate({"html": html})


def test_a_plain_text_page_is_read_as_text(url_client, upstream):
    upstream.expect_request("/note.txt").respond_with_data(
        "Art. 3 ECHR.\n\n<b>UDHR</b>", content_type="text/plain; charset=utf-8"
    )
    data = url_client.post(
        "/api/resolve", json={"url": upstream.url_for("/note.txt"), "format": "html"}
    ).get_json()
    assert data["text"] == "Art. 3 ECHR.\n\n<b>UDHR</b>"
    assert data["source"]["media_type"] == "text/plain"
    fragment = lxml.html.fragment_fromstring(data["html"])
    assert [p.get("id") for p in fragment.iter("p")] == ["linker-p1", "linker-p2"]
    assert fragment.xpath(".//b") == []  # text, not markup


@pytest.mark.parametrize(
    ("charset", "declared_in"),
    [("windows-1252", "header"), ("windows-1252", "meta"), ("utf-8", "header")],
)
def test_encodings_come_out_right(url_client, upstream, charset, declared_in):
    raw = french_page(charset).encode(charset)
    content_type = f"text/html; charset={charset}" if declared_in == "header" else "text/html"
    upstream.expect_request("/fr").respond_with_data(raw, content_type=content_type)
    data = url_client.post("/api/resolve", json={"url": upstream.url_for("/fr")}).get_json()
    assert data["text"] == FRENCH
    assert data["source"]["charset"] == ("cp1252" if charset == "windows-1252" else "utf-8")
    assert {m["instrument"] for m in data["mentions"]} == {"udhr", "iccpr"}


def test_a_gzipped_page_and_a_redirect_are_followed(url_client, upstream):
    upstream.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    upstream.expect_request("/new").respond_with_data(
        gzip.compress(b"<main><p>Art. 3 ECHR</p></main>"),
        headers={"Content-Encoding": "gzip", "Content-Type": "text/html"},
    )
    data = url_client.post("/api/resolve", json={"url": upstream.url_for("/old")}).get_json()
    assert data["text"] == "Art. 3 ECHR"
    assert data["source"]["final_url"] == upstream.url_for("/new")


# -- errors -----------------------------------------------------------------------------------


def _upstream_error(upstream: HTTPServer, case: str) -> str:
    if case == "404":
        upstream.expect_request("/gone").respond_with_data("no", status=404)
        return upstream.url_for("/gone")
    if case == "500":
        upstream.expect_request("/broken").respond_with_data("oops", status=500)
        return upstream.url_for("/broken")
    if case == "pdf":
        upstream.expect_request("/r.pdf").respond_with_data(
            b"%PDF-1.7 ...", content_type="application/pdf"
        )
        return upstream.url_for("/r.pdf")
    if case == "too large":
        upstream.expect_request("/big").respond_with_data("<p>" + "x" * 200_000)
        return upstream.url_for("/big")
    if case == "loop":
        upstream.expect_request("/a").respond_with_data("", 302, {"Location": "/b"})
        upstream.expect_request("/b").respond_with_data("", 302, {"Location": "/a"})
        return upstream.url_for("/a")
    if case == "redirect to metadata":
        target = "http://169.254.169.254/latest/meta-data/"
        upstream.expect_request("/r").respond_with_data("", 302, {"Location": target})
        return upstream.url_for("/r")
    raise AssertionError(case)


UPSTREAM_ERRORS = [
    ("404", 502, "answered 404"),
    ("500", 502, "answered 500"),
    ("pdf", 415, "application/pdf"),
    ("too large", 413, "at most 100000 bytes"),
    ("loop", 502, "redirect loop"),
    ("redirect to metadata", 400, "link-local"),
]


@pytest.mark.parametrize(("case", "status", "message"), UPSTREAM_ERRORS)
def test_fetch_failures_are_json_with_their_status(
    url_client, upstream, openapi, case, status, message
):
    url = _upstream_error(upstream, case)
    response = url_client.post("/api/resolve", json={"url": url})
    assert response.status_code == status
    data = response.get_json()
    assert data["status"] == status and message in data["error"]
    assert str(status) in openapi["paths"]["/api/resolve"]["post"]["responses"]
    assert_matches(openapi, "/api/resolve", "post", response)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown, so handlers that stall on it end with the test."""
    event = threading.Event()
    yield event
    event.set()


def test_a_slow_site_is_a_504(upstream, release):
    def stall(request):
        release.wait(10)
        return Response("too late")

    app = create_app(
        {
            "LINKER_FETCH_ALLOW_HOSTS": LOOPBACK,
            "LINKER_CACHE_URL": "memory://",
            "LINKER_FETCH_TIMEOUT": "0.5,0.8",
        }
    )
    upstream.expect_request("/slow").respond_with_handler(stall)
    response = app.test_client().post("/api/resolve", json={"url": upstream.url_for("/slow")})
    assert response.status_code == 504
    assert "in time" in response.get_json()["error"] or "within" in response.get_json()["error"]


def test_a_private_address_is_refused_without_the_allowance(client, upstream):
    """The shared app has no allowance: loopback is refused before any connection."""
    upstream.expect_request("/").respond_with_data("<p>UDHR</p>")
    for url in (upstream.url_for("/"), "http://localhost:1/", "http://0x7f000001/"):
        response = client.post("/api/resolve", json={"url": url})
        assert response.status_code == 400, url
        assert "does not fetch from" in response.get_json()["error"]
    assert [request for request, _ in upstream.log if request.path == "/"] == []


def test_fetch_settings_come_from_the_config_or_the_environment(monkeypatch, tmp_path):
    app = create_app({"LINKER_FETCH_ALLOW_HOSTS": ["127.0.0.1"], "LINKER_CACHE_EXPIRE": 60})
    with app.app_context():
        settings = get_fetch_settings()
    assert settings.allow_hosts == {"127.0.0.1"} and settings.cache_expire == 60
    assert settings.instance_path == app.instance_path
    monkeypatch.setenv("LINKER_FETCH_ALLOW_HOSTS", "localhost")
    with create_app().app_context():
        assert get_fetch_settings().allow_hosts == {"localhost"}
    with pytest.raises(ConfigurationError, match="LINKER_FETCH_TIMEOUT"):
        create_app({"LINKER_FETCH_TIMEOUT": "soon"})


def test_every_fetch_setting_and_the_cache_command_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ENVIRONMENT:
        assert f"`{name}`" in readme, f"{name} is not in the README"
    assert "linker cache clear" in readme and "--url" in readme


def test_production_allows_no_private_address_by_default(monkeypatch):
    monkeypatch.delenv("LINKER_FETCH_ALLOW_HOSTS", raising=False)
    with create_app().app_context():
        assert get_fetch_settings().allow_hosts == frozenset()


def test_a_second_fetch_comes_from_the_cache(upstream, tmp_path):
    app = create_app(
        {
            "LINKER_FETCH_ALLOW_HOSTS": LOOPBACK,
            "LINKER_CACHE_URL": f"sqlite:///{tmp_path / 'cache.sqlite'}",
        }
    )
    url = serve_article(upstream)
    client = app.test_client()
    first = client.post("/api/resolve", json={"url": url}).get_json()
    second = client.post("/api/resolve", json={"url": url}).get_json()
    assert (first["source"]["from_cache"], second["source"]["from_cache"]) == (False, True)
    assert first["mentions"] == second["mentions"]
    assert len(upstream.log) == 1


# -- the pages ---------------------------------------------------------------------------------


def test_the_annotated_page_of_a_url(url_client, upstream):
    url = serve_article(upstream)
    response = url_client.get("/annotate", query_string={"url": url})
    assert response.status_code == 200
    tree, statement = statement_of(response)
    # The page's own text and markup, annotated; nothing it should not bring.
    assert reading(statement) == " ".join(ARTICLE_TEXT.split())
    for left_out in LEFT_OUT:
        assert left_out not in reading(statement)
    assert statement.xpath(".//h1/em") and statement.xpath(".//p/b")
    assert user_markup_problems(tree, allowed_scripts=("/static/linker.js",)) == []
    assert PAGE_FLAG not in response.get_data(as_text=True)
    # Links with popovers and excerpts, and the side panel as for text.
    links = mention_links(statement)
    assert [a.get("data-instrument") for a in links] == [
        "udhr",
        "iccpr",
        "iccpr",
        "iccpr",
        "refugee-convention-1951",
    ]
    tip = tree.get_element_by_id(links[3].get("aria-describedby"))
    assert "Everyone shall be free to leave any country" in tip.text_content()
    panel = [s.get("id") for s in find_all(tree, "section", "authority")]
    assert panel == ["cited-udhr", "cited-iccpr", "cited-refugee-convention-1951"]
    assert tree.get_element_by_id("linker-p3") is not None  # "cited in ¶ 3" has a target
    # The source and the fetch time are shown; the page has a shareable address.
    source = find_all(tree, "p", "source")[0]
    assert source.xpath(".//a")[0].get("href") == url
    assert source.xpath(".//time")[0].get("datetime")
    share = tree.get_element_by_id("share-url").get("value")
    assert parse_qs(urlsplit(share).query)["url"] == [url]


def test_the_form_posts_a_url(url_client, upstream):
    url = serve_article(upstream)
    response = url_client.post("/annotate", data={"text": "", "url": url, "lang": ""})
    assert response.status_code == 200
    _, statement = statement_of(response)
    assert len(mention_links(statement)) == 5


def test_the_form_takes_pasted_html(url_client):
    html = "<script>alert(1)</script><p>Under <em>article</em> 13(2) of the <b>UDHR</b>.</p>"
    response = url_client.post("/annotate", data={"text": html, "as_html": "1"})
    tree, statement = statement_of(response)
    assert reading(statement) == "Under article 13(2) of the UDHR."
    assert user_markup_problems(tree, allowed_scripts=("/static/linker.js",)) == []


def test_the_table_of_authorities_of_a_url_downloads(url_client, upstream):
    url = serve_article(upstream)
    response = url_client.get("/annotate.csv", query_string={"url": url})
    assert response.status_code == 200
    rows = response.get_data(as_text=True).splitlines()
    assert rows[0].startswith("instrument,")
    assert {row.split(",")[0] for row in rows[1:]} == {
        "udhr",
        "iccpr",
        "refugee-convention-1951",
    }


@pytest.mark.parametrize(("case", "status", "message"), UPSTREAM_ERRORS[:3])
def test_fetch_failures_show_the_form_with_the_reason(url_client, upstream, case, status, message):
    url = _upstream_error(upstream, case)
    response = url_client.post("/annotate", data={"url": url})
    assert response.status_code == status
    tree = parse_page(response.data)
    assert message in tree.xpath("//*[@role='alert']")[0].text_content()
    assert tree.xpath("//input[@name='url']")[0].get("value") == url


def test_annotating_the_annotated_page_again_changes_nothing(url_client, upstream):
    url = serve_article(upstream)
    first = url_client.get("/annotate", query_string={"url": url})
    upstream.expect_request("/annotated.html").respond_with_data(
        first.data, content_type="text/html; charset=utf-8"
    )
    again = url_client.get("/annotate", query_string={"url": upstream.url_for("/annotated.html")})
    first_statement = lxml.html.tostring(statement_of(first)[1], encoding="unicode")
    again_statement = lxml.html.tostring(statement_of(again)[1], encoding="unicode")
    assert again_statement == first_statement


def test_the_annotated_page_of_a_url_shows_the_rights_it_invokes(url_client, upstream):
    url = serve_article(upstream)
    tree, statement = statement_of(url_client.get("/annotate", query_string={"url": url}))
    (mark,) = find_all(statement, "a", "linker-right")
    assert mark.text == "right to leave any country"
    assert mark.get("href") == "#right-leave-any-country"
    entry = tree.get_element_by_id("right-leave-any-country")
    assert entry.xpath("./h3")[0].text == "Right to leave any country"
    where = entry.xpath(".//p[@class='right__where']/a/@href")
    assert where and all(tree.get_element_by_id(h[1:]) is not None for h in where)
    # The page cites article 12(2) itself: quoted under the right, never inferred.
    labels = entry.xpath("./div[contains(@class, 'right-source')]//h5/a/text()")
    assert labels == ["Article 13(2)", "Article 12(2)"]
    assert not find_all(statement, "span", "linker-inferred")
    assert not find_all(tree, "div", "cited--inferred")
