"""A page fetched by URL, in a real browser: Debian's chromium driven by Playwright, the app
on a real server thread (as in test_browser.py) and the page on pytest-httpserver.

The page carries scripts, event handlers, a javascript: link, navigation and a cookie banner;
the annotated page must show its article, linked, and run none of its code.
"""

from __future__ import annotations

import threading

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.serving import make_server

from linker.web import create_app

from .sample_pages import ARTICLE_PAGE, LEFT_OUT, PAGE_FLAG
from .test_browser import CHROMIUM, browser, popover_of  # noqa: F401 - browser: a fixture
from .test_browser import watched as watched  # the fixture, shared

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def site():
    """The page to annotate, on its own server."""
    httpd = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpd.start()
    httpd.expect_request("/news/2024/experts.html").respond_with_data(
        ARTICLE_PAGE, content_type="text/html; charset=utf-8"
    )
    yield httpd
    httpd.clear()
    httpd.stop()


@pytest.fixture(scope="module")
def base_url():
    """linker, allowed to fetch from loopback, on a real server thread."""
    app = create_app(
        {"LINKER_FETCH_ALLOW_HOSTS": "127.0.0.1,localhost", "LINKER_CACHE_URL": "memory://"}
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


def test_a_fetched_page_is_annotated_and_none_of_its_code_runs(base_url, site, watched, tmp_path):
    view = watched(viewport={"width": 1280, "height": 900})
    page = view.page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    # Through the form, as a reader would.
    page.goto(base_url + "/")
    page.fill("input[name=url]", site.url_for("/news/2024/experts.html"))
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/annotate")

    statement = page.locator(".linker-document")
    text = statement.inner_text()
    assert "under article 12(2) of the ICCPR" in text
    for left_out in LEFT_OUT:
        assert left_out not in text
    assert statement.locator("h1 em").count() == 1
    assert page.locator(".source a").get_attribute("href") == site.url_for(
        "/news/2024/experts.html"
    )

    # Every handler the page had is gone: hover, click and wait; nothing runs.
    page.locator(".linker-document p").nth(1).hover()
    page.locator(".linker-document a", has_text="full").hover()
    page.wait_for_timeout(300)
    handlers = page.evaluate(
        "Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes))"
        ".filter(a => a.name.startsWith('on')).length"
    )
    assert handlers == 0
    assert dialogs == []
    assert page.evaluate(f"typeof window.{PAGE_FLAG}") == "undefined"
    assert page.evaluate("document.body.dataset.pwned") is None

    # The straddling citation is linked piece by piece; its popover quotes the article.
    pieces = page.locator("a.linker-mention[data-instrument=iccpr]")
    assert pieces.count() == 3
    last = pieces.nth(2)
    last.hover()
    tip = popover_of(page, last)
    tip.wait_for(state="visible")
    assert "Everyone shall be free to leave any country" in tip.inner_text()

    # The panel's "cited in ¶ 2" lands on the paragraph's anchor.
    page.locator("#cited-iccpr a[href='#linker-p2']").first.click()
    assert page.evaluate("location.hash") == "#linker-p2"
    page.screenshot(path=str(tmp_path / "fetched.png"), full_page=True)
    view.check_clean()
