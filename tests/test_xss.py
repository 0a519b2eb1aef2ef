"""No script from anyone runs: every payload of tests/xss_payloads.py, sent through every
way into the app — as text (API and pages), as pasted HTML, as a fetched page, and in every
URL parameter and path — comes back inert.

Each answer is parsed with lxml and must hold no script but linker's own, no event-handler
attribute, no ``javascript:``/``data:``/``vbscript:`` (or other unknown-scheme) URL, no
``<base>``, no ``<meta http-equiv>``, no element or attribute outside what linker's templates
and its sanitiser write, and the payload's code in no attribute but ``value`` and ``title``
(where it is escaped text). Every answer carries the security headers. The real browser
check is tests/test_browser_xss.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from urllib.parse import quote

import lxml.html
import pytest

from linker.htmlclean import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from linker.web import create_app
from linker.web.security import SECURITY_HEADERS

from .xss_payloads import FAMILIES, JS, PAYLOADS, as_page, in_statement


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Elements linker's own templates write, beside what the sanitiser lets through.
TEMPLATE_TAGS = words(
    """html head body title meta link script header nav main footer section article aside form
    label input textarea select option button details summary"""
)
TEMPLATE_ATTRIBUTES = words(
    """action aria-current aria-describedby aria-hidden aria-label aria-labelledby aria-live
    autocomplete charset checked class content data-articles data-copy data-filter
    data-instrument data-linker data-para data-search datetime defer download enctype for
    formaction hidden href id inputmode lang method name placeholder readonly rel role rows
    scope selected spellcheck src tabindex type value"""
)
ALLOWED = TEMPLATE_TAGS | ALLOWED_TAGS
ATTRIBUTES = TEMPLATE_ATTRIBUTES | {name for names in ALLOWED_ATTRIBUTES.values() for name in names}
URL_ATTRIBUTES = words(
    """href src action formaction cite data poster background srcset ping xlink:href
    {http://www.w3.org/1999/xlink}href codebase longdesc usemap manifest"""
)
#: Attributes where the payload may appear, escaped, as the text the user gave.
TEXT_ATTRIBUTES = frozenset({"value", "title"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f\u200b\ufeff]")
LINKER_SCRIPT = "/static/linker.js"


# -- what an answer may hold -----------------------------------------------------------------


def url_problem(value: str) -> str | None:
    """Why ``value`` is a dangerous URL (browsers ignore whitespace and controls in it)."""
    folded = _IGNORED_IN_URLS.sub("", value).lower()
    scheme = _SCHEME.match(folded)
    if scheme and scheme.group(1) not in SAFE_SCHEMES:
        return f"{scheme.group(1)}: URL"
    if folded.startswith("//") and not folded.startswith("//localhost"):
        return "URL to another origin"
    return None


def element_problems(element) -> list[str]:
    tag = element.tag
    found = []
    if tag not in ALLOWED:
        found.append(f"<{tag}> element")
    if tag == "script" and (element.get("src") != LINKER_SCRIPT or (element.text or "").strip()):
        found.append(f"script src={element.get('src')!r}")
    if tag == "meta" and (element.get("http-equiv") or element.get("content", "").count("url")):
        found.append(f"meta {dict(element.attrib)}")
    for name, value in element.attrib.items():
        lowered = name.lower()
        if lowered.startswith("on"):
            found.append(f"{name} handler on <{tag}>")
        elif lowered not in ATTRIBUTES:
            found.append(f"{name} attribute on <{tag}>")
        if lowered in URL_ATTRIBUTES and (reason := url_problem(value)):
            found.append(f"{reason} in {name} of <{tag}>: {value[:60]!r}")
        if "alert(1)" in value and not carries_text(lowered, value):
            found.append(f"payload code in {name} of <{tag}>")
    return found


def carries_text(name: str, value: str) -> bool:
    """Whether attribute ``name`` may hold the payload's code inertly: as escaped text
    (``value``, ``title``), or inside an http(s) or same-site address (a shareable link, a
    fetched page's link resolved against its address), which only ever navigates."""
    return name in TEXT_ATTRIBUTES or (name in URL_ATTRIBUTES and url_problem(value) is None)


def tree_problems(tree) -> list[str]:
    found = []
    for element in tree.iter():
        if isinstance(element.tag, str):
            found += element_problems(element)
    return found


def header_problems(response) -> list[str]:
    found = [
        f"header {name}: {response.headers.get(name)!r}"
        for name, value in SECURITY_HEADERS.items()
        if response.headers.get(name) != value
    ]
    script_src = re.search(
        r"script-src([^;]*)", response.headers.get("Content-Security-Policy", "")
    )
    if script_src is None or "unsafe" in script_src.group(1):
        found.append("CSP script-src missing or unsafe")
    return found


def answer_problems(response) -> list[str]:
    """Everything wrong with one answer: status, headers, markup."""
    found = header_problems(response)
    if response.status_code >= 500:
        found.append(f"status {response.status_code}")
    body = response.get_data(as_text=True)
    if "<Config" in body or "&lt;Config" in body:
        found.append("template syntax was evaluated")
    if response.mimetype == "text/html":
        found += tree_problems(lxml.html.document_fromstring(body or "<html></html>"))
    elif response.mimetype == "application/json":
        data = json.loads(body)
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            fragment = lxml.html.fragment_fromstring(data["html"], create_parent="div")
            found += tree_problems(fragment)
    elif response.headers.get("Content-Disposition", "").startswith("attachment") is False:
        found.append(f"{response.mimetype} answer that is not a download")
    return found


# -- the ways in ------------------------------------------------------------------------------

Send = Callable[..., list]


@pytest.fixture(scope="module")
def client():
    """Loopback allowed (for the fetched pages), no rate limit: one client sends them all."""
    app = create_app(
        {
            "TESTING": True,
            "LINKER_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost",
            "LINKER_CACHE_URL": "memory://",
            "LINKER_FETCH_RATE_LIMIT": "off",
        }
    )
    return app.test_client()


def as_text(client, payload, _server):
    text = in_statement(payload)
    return [
        client.post("/api/resolve", json={"text": text, "format": "html"}),
        client.post("/api/resolve", json={"text": text}),
        client.get("/annotate", query_string={"text": text}),
        client.post("/annotate", data={"text": text}),
        client.get("/annotate.csv", query_string={"text": text}),
        client.post("/annotate.json", data={"text": text}),
    ]


def as_html(client, payload, _server):
    page = as_page(payload)
    return [
        client.post("/api/resolve", json={"html": page, "format": "html"}),
        client.post("/annotate", data={"html": page}),
        client.post("/annotate", data={"text": page, "as_html": "1"}),
        client.post("/annotate", data={"html": in_statement(payload)}),
    ]


def as_fetched_page(client, payload, server):
    path = f"/page/{PAYLOADS.index(payload)}"
    server.expect_request(path).respond_with_data(
        as_page(payload), content_type="text/html; charset=utf-8"
    )
    url = server.url_for(path)
    return [
        client.post("/api/resolve", json={"url": url, "format": "html"}),
        client.get("/annotate", query_string={"url": url}),
    ]


def in_parameters(client, payload, _server):
    return [
        client.get("/annotate", query_string={"url": payload}),
        client.post("/annotate", data={"url": payload}),
        client.post("/api/resolve", json={"url": payload}),
        client.get("/annotate", query_string={"text": "UDHR", "lang": payload}),
        client.post("/api/resolve", json={"text": "UDHR", "lang": payload}),
        client.post("/api/resolve", query_string={"format": payload}, json={"text": "UDHR"}),
        client.get("/instruments", query_string={"q": payload}),
        client.get("/api/instruments", query_string={"q": payload}),
        client.get("/annotate.csv", query_string={"url": payload}),
    ]


def in_paths(client, payload, _server):
    quoted = quote(payload, safe="")
    return [
        client.get(f"/instruments/{quoted}"),
        client.get(f"/api/instruments/{quoted}"),
        client.get(f"/{quoted}"),
        client.get(f"/api/{quoted}"),
        client.get(f"/instruments/{quoted}/{quoted}?q={quoted}"),
        client.delete(f"/instruments/{quoted}"),
        client.put("/annotate", data={"text": payload}),
    ]


WAYS_IN: dict[str, Send] = {
    "text": as_text,
    "html": as_html,
    "fetched": as_fetched_page,
    "parameters": in_parameters,
    "paths": in_paths,
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("way", list(WAYS_IN))
def test_every_payload_comes_back_inert(client, server, way, family):
    problems = []
    for payload in FAMILIES[family]:
        for index, response in enumerate(WAYS_IN[way](client, payload, server)):
            problems += [f"{payload!r} [{index}]: {p}" for p in answer_problems(response)]
    server.clear()
    assert problems == []


def test_the_corpus_covers_every_family_and_runs_code():
    assert len(PAYLOADS) >= 100
    assert all(len(family) >= 3 for family in FAMILIES.values())
    assert sum(JS in p or "alert(1)" in p for p in PAYLOADS) > 0.9 * len(PAYLOADS)


# -- the checker itself catches what it must ------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<script>x()</script>",
        "<script src='https://evil.example/x.js'></script>",
        "<p onclick='x()'>a</p>",
        "<a href=' JaVa\tScript:x()'>a</a>",
        "<a href='data:text/html,x'>a</a>",
        "<a href='vbscript:x'>a</a>",
        "<form action='javascript:x()'></form>",
        "<button formaction='javascript:x()'>a</button>",
        "<base href='https://evil.example/'>",
        "<meta http-equiv='refresh' content='0;url=https://evil.example/'>",
        "<p style='x'>a</p>",
        "<img src='x.png'>",
        "<input value='ok' autofocus>",
        "<a href='//evil.example/'>a</a>",
        "<p class='x' data-x='alert(1)'>a</p>",
    ],
)
def test_the_checker_sees_a_live_payload(markup):
    tree = lxml.html.document_fromstring(f"<html><head></head><body>{markup}</body></html>")
    assert tree_problems(tree)


def test_the_checker_passes_linker_pages(client):
    for url in ("/", "/instruments", "/instruments/iccpr", "/annotate?text=UDHR%20art.%2013"):
        response = client.get(url)
        assert answer_problems(response) == [], url


# -- the security headers, on every route and every error ------------------------------------


def _path(rule) -> str:
    """A real address for ``rule``: an instrument id or a static file for its variables."""
    path = rule.rule
    for name in rule.arguments:
        value = "linker.css" if name == "filename" else "udhr"
        path = re.sub(rf"<(?:[^:>]+:)?{name}>", value, path)
    return path


def test_security_headers_on_every_route_and_every_error():
    app = create_app(
        {
            "TESTING": True,
            "LINKER_CACHE_URL": "memory://",
            "LINKER_MAX_TEXT_BYTES": 200,
            "LINKER_FETCH_RATE_LIMIT": "1/minute",
        }
    )

    @app.get("/api/fail")
    def fail():
        raise RuntimeError("boom")

    client = app.test_client()
    bodies = {"POST": {"json": {"text": "UDHR"}}}
    answers = []
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            kwargs = bodies.get(method, {}) if rule.rule.startswith("/api") else {}
            if method == "POST" and not rule.rule.startswith("/api"):
                kwargs = {"data": {"text": "UDHR"}}
            answers.append(client.open(_path(rule), method=method, **kwargs))
    blocked = {"url": "http://127.0.0.1:9/"}
    answers += [
        client.get("/nowhere"),
        client.delete("/api/resolve"),
        client.post("/api/resolve", json={"text": "x" * 300}),
        client.post("/api/resolve", data="x", content_type="text/plain"),
        client.post("/api/resolve", json={"text": "\x00"}),
        client.post("/api/resolve", json=blocked),
        client.post("/api/resolve", json=blocked),
        client.get("/annotate", query_string=blocked),
        client.get("/api/fail"),
    ]
    statuses = {response.status_code for response in answers}
    assert {200, 400, 404, 405, 413, 415, 422, 429, 500} <= statuses
    for response in answers:
        assert header_problems(response) == [], (response.request.path, response.status_code)
        response.close()
