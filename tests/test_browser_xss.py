"""No payload runs in a real browser: Debian's chromium (Playwright) loads linker's pages
built from a sample of tests/xss_payloads.py — as text, as pasted HTML through the form, as
a fetched page, in URL parameters and in paths — fires every event a handler could hang on,
and checks that no dialog opened, the flag the payloads set stays unset, no script was even
attempted (no CSP violation), the page did not navigate away, and nothing was requested from
another origin.

The lxml checks of every payload through every way in are in tests/test_xss.py; this file
proves the same in the engine that would run them.
"""

from __future__ import annotations

import threading
from urllib.parse import quote, urlencode

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.serving import make_server

from linker.web import create_app

from .test_browser import CHROMIUM, browser  # noqa: F401 - browser: a fixture
from .test_browser import watched as watched  # the fixture, shared
from .xss_payloads import FLAG, as_page, in_statement, sample

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")

#: Fire every event a leftover handler could listen to, on every element.
FIRE_EVENTS = """
() => {
  const kinds = ["mouseover", "mouseenter", "pointerenter", "focus", "focusin", "click",
                 "toggle", "load", "error", "animationstart", "input", "change"];
  for (const element of document.querySelectorAll("body *")) {
    for (const kind of kinds) {
      if (kind === "click" && element.closest("a, button, input, label, summary")) continue;
      element.dispatchEvent(new Event(kind, {bubbles: true}));
    }
  }
}
"""
#: The first payload of every family (the whole corpus goes through tests/test_xss.py).
SAMPLE = sample(1)
#: Those sent in parameters and paths: a script tag, a javascript: URL, an attribute
#: breakout (parameters come back in attribute values) and an encoded one.
REFLECTED = (0, 2, 5, 8)


@pytest.fixture(scope="module")
def site():
    """Each payload as a web page of its own, for linker to fetch."""
    httpd = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpd.start()
    for index, payload in enumerate(SAMPLE):
        httpd.expect_request(f"/page/{index}").respond_with_data(
            as_page(payload), content_type="text/html; charset=utf-8"
        )
    yield httpd
    httpd.clear()
    httpd.stop()


@pytest.fixture(scope="module")
def base_url():
    app = create_app(
        {
            "LINKER_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost",
            "LINKER_CACHE_URL": "memory://",
            "LINKER_FETCH_RATE_LIMIT": "off",
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


class Probe:
    """One browser page that records dialogs, requests to other origins and navigations."""

    def __init__(self, view, base_url: str) -> None:
        self.view, self.page, self.base_url = view, view.page, base_url
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("request", self._request)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, request) -> None:
        if not request.url.startswith((self.base_url, "data:image/svg")):
            self.foreign.append(request.url)

    def problems(self, label: str) -> list[str]:
        """Poke the loaded page, then list what ran or leaked."""
        page = self.page
        page.evaluate(FIRE_EVENTS)
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.wait_for_timeout(50)
        found = [f"{label}: dialog {m!r}" for m in self.dialogs]
        if page.evaluate(f"typeof window.{FLAG}") != "undefined":
            found.append(f"{label}: window.{FLAG} was set")
        if not page.url.startswith(self.base_url):
            found.append(f"{label}: navigated to {page.url}")
        found += [f"{label}: CSP blocked {v}" for v in page.evaluate("window.__csp || []")]
        found += [f"{label}: requested {url}" for url in self.foreign]
        found += [f"{label}: {p}" for p in self.view.problems if "Failed to load" not in p]
        self.dialogs.clear()
        self.foreign.clear()
        self.view.problems.clear()
        return found

    def visit(self, path: str) -> list[str]:
        self.page.goto(self.base_url + path)
        return self.problems(path[:80])

    def paste_html(self, html: str) -> list[str]:
        """Through the form, as a reader pastes a page: the HTML box ticked."""
        page = self.page
        page.goto(self.base_url + "/")
        page.fill("textarea[name=text]", html)
        page.check("input[name=as_html]")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        return self.problems(f"pasted {html[:60]!r}")


@pytest.fixture
def probe(watched, base_url):
    return Probe(watched(viewport={"width": 1280, "height": 900}), base_url)


def test_text_pasted_and_fetched_payloads_run_nothing(probe, site):
    problems = []
    for index, payload in enumerate(SAMPLE):
        text = urlencode({"text": in_statement(payload)})
        problems += probe.visit(f"/annotate?{text}")
        problems += probe.visit("/annotate?" + urlencode({"url": site.url_for(f"/page/{index}")}))
        if index % 2 == 0:  # the form is slower to drive; the HTML path is the fetched one's
            problems += probe.paste_html(as_page(payload).replace("\x00", ""))
    assert probe.page.locator("a.linker-mention").count() >= 1, "the last page was annotated"
    assert problems == []


def test_payloads_in_parameters_and_paths_run_nothing(probe):
    problems = []
    for payload in (SAMPLE[i] for i in REFLECTED):
        quoted = quote(payload, safe="")
        for path in (
            "/annotate?" + urlencode({"url": payload}),
            "/annotate?" + urlencode({"text": "UDHR", "lang": payload}),
            "/instruments?" + urlencode({"q": payload}),
            f"/instruments/{quoted}",
            f"/{quoted}",
        ):
            problems += probe.visit(path)
    assert problems == []


def test_the_probe_sees_a_payload_that_runs(watched, site):
    """The same probe, on a page that runs its payload (served raw, no CSP): caught."""
    site.expect_request("/raw").respond_with_data(
        f"<p>{SAMPLE[0]}</p><p><img src=x onerror={FLAG}=2></p>", content_type="text/html"
    )
    probe = Probe(watched(), site.url_for("/"))
    problems = probe.visit("raw")
    assert any("dialog" in p for p in problems) and any(FLAG in p for p in problems)
