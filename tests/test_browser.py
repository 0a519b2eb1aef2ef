"""The pages in a real browser: Debian's chromium driven by Playwright, against the app
served by a real HTTP server on a free loopback port."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from linker.web import create_app

from .conftest import SHARED

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEED = (SHARED / "corpus" / "seed-statement.txt").read_text(encoding="utf-8")
SEED_INSTRUMENTS = ["udhr", "iccpr", "refugee-convention-1951"]
PINPOINTED = "Article 12(4) of the ICCPR.\n\nArticle 99 of the Covenant does not exist."

#: Records CSP violations the page reports (run before any page script).
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def base_url():
    """The app on a real server thread, as a browser reaches it."""
    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page with every console error, page error and CSP violation recorded."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.context.add_init_script(WATCH_CSP)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def _console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def check_clean(self) -> None:
        if self.page.evaluate("typeof window.__csp") != "undefined":
            self.problems += self.page.evaluate("window.__csp")
        assert self.problems == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser):
    pages: list[Watched] = []

    def make(**options) -> Watched:
        pages.append(Watched(browser, **options))
        return pages[-1]

    yield make
    for page in pages:
        page.close()


def popover_of(page, mention):
    return page.locator(f"#{mention.get_attribute('aria-describedby')}")


def test_paste_submit_hover_focus_follow_and_share(base_url, watched, tmp_path):
    view = watched(viewport={"width": 1280, "height": 900})
    page = view.page
    page.goto(base_url + "/")
    page.fill("textarea[name=text]", SEED)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/annotate")

    mentions = page.locator(".linker-statement a.linker-mention")
    assert mentions.count() == 3
    assert [mentions.nth(i).get_attribute("data-instrument") for i in range(3)] == (
        SEED_INSTRUMENTS
    )
    assert page.locator("aside .authority").count() == 3

    # Hover: the popover appears with the instrument and the article text.
    first = mentions.nth(0)
    tip = popover_of(page, first)
    assert not tip.is_visible()
    first.hover()
    tip.wait_for(state="visible")
    assert "Universal Declaration of Human Rights" in tip.inner_text()
    page.mouse.move(5, 5)
    tip.wait_for(state="hidden")

    # Keyboard: Tab from the first mention to the second shows its popover; Escape hides it.
    first.focus()
    page.keyboard.press("Tab")
    second = mentions.nth(1)
    assert page.evaluate("document.activeElement.dataset.instrument") == "iccpr"
    second_tip = popover_of(page, second)
    second_tip.wait_for(state="visible")
    assert "International Covenant on Civil and Political Rights" in second_tip.inner_text()
    page.keyboard.press("Escape")
    second_tip.wait_for(state="hidden")

    page.screenshot(path=str(tmp_path / "annotated.png"), full_page=True)
    assert (tmp_path / "annotated.png").stat().st_size > 10_000

    # The shareable address opens the same annotation.
    share = page.get_attribute("#share-link", "href")
    assert share.startswith(base_url + "/annotate?text=")
    page.goto(share)
    assert page.locator(".linker-statement a.linker-mention").count() == 3

    # Following a link lands on the instrument page.
    href = page.locator("a.linker-mention").nth(1).get_attribute("href")
    page.locator("a.linker-mention").nth(1).click()
    page.wait_for_url(base_url + href)
    assert page.locator("h1").inner_text() == (
        "International Covenant on Civil and Political Rights"
    )
    view.check_clean()


def test_link_to_an_article_lands_on_its_anchor(base_url, watched, tmp_path):
    view = watched(viewport={"width": 1280, "height": 800})
    page = view.page
    page.goto(base_url + "/")
    page.fill("textarea[name=text]", PINPOINTED)
    page.click("button[type=submit]")
    page.locator(".linker-invalid").first.wait_for()
    assert page.locator(".linker-statement .linker-invalid").inner_text() == (
        "invalid pinpoint: 99"
    )
    page.locator("a.linker-mention").first.click()
    page.wait_for_url(base_url + "/instruments/iccpr#art_12__para_4")
    target = page.locator("#art_12__para_4")
    assert target.is_visible()
    assert page.evaluate("document.querySelector(':target').id") == "art_12__para_4"
    box = target.bounding_box()
    assert 0 <= box["y"] < 800, "the anchored paragraph is scrolled into view"
    page.screenshot(path=str(tmp_path / "instrument.png"))
    view.check_clean()


def test_phone_width_tap_opens_the_popover_then_follows(base_url, watched, tmp_path):
    view = watched(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = view.page
    page.goto(base_url + "/")
    page.fill("textarea[name=text]", PINPOINTED)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/annotate")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    mention = page.locator("a.linker-mention").first
    mention.tap()
    tip = popover_of(page, mention)
    tip.wait_for(state="visible")
    assert page.url == base_url + "/annotate", "the first tap only opens the popover"
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.screenshot(path=str(tmp_path / "phone.png"))
    mention.tap()
    page.wait_for_url(base_url + "/instruments/iccpr#art_12__para_4")
    view.check_clean()


def test_readable_without_javascript(base_url, watched):
    view = watched(java_script_enabled=False)
    page = view.page
    page.goto(base_url + "/annotate?text=Article+12(4)+of+the+ICCPR")
    panel = page.locator("#cited-iccpr--art_12__para_4")
    assert "No one shall be arbitrarily deprived" in panel.inner_text()
    mention = page.locator("a.linker-mention").first
    mention.hover()
    popover_of(page, mention).wait_for(state="visible")


def test_instrument_search_filters_as_one_types(base_url, watched):
    view = watched()
    page = view.page
    page.goto(base_url + "/instruments")
    rows = page.locator("#instrument-list tbody tr")
    total = rows.count()
    page.fill("#q", "refugee")
    visible = page.locator("#instrument-list tbody tr:visible")
    assert 0 < visible.count() < total
    assert "Convention relating to the Status of Refugees" in visible.first.inner_text() or any(
        "Status of Refugees" in visible.nth(i).inner_text() for i in range(visible.count())
    )
    page.press("#q", "Enter")
    page.wait_for_url(base_url + "/instruments?q=refugee")
    assert page.locator("#instrument-list tbody tr").count() == visible.count()
    view.check_clean()


def test_standalone_page_opens_from_disk(watched, tmp_path):
    from click.testing import CliRunner

    from linker.cli import main

    out = tmp_path / "seed.html"
    result = CliRunner().invoke(main, ["annotate", "-", "-o", str(out)], input=PINPOINTED)
    assert result.exit_code == 0, result.output
    view = watched()
    page = view.page
    page.goto(out.as_uri())
    mention = page.locator("a.linker-mention").first
    background = mention.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "inline styles apply"
    mention.hover()
    popover_of(page, mention).wait_for(state="visible")
    mention.click()
    assert page.url.endswith("#cited-iccpr--art_12__para_4")
    page.screenshot(path=str(tmp_path / "standalone.png"))
    view.check_clean()


def test_rights_panel_is_shown_and_the_named_right_is_reachable(base_url, watched, tmp_path):
    view = watched(viewport={"width": 1280, "height": 900})
    page = view.page
    page.goto(base_url + "/")
    page.fill("textarea[name=text]", SEED)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/annotate")

    entry = page.locator("#right-right-to-return")
    assert page.locator("#rights-heading").is_visible()
    assert entry.is_visible()
    said = entry.inner_text()
    for expected in ("Right to return", "Article 13(2)", "Article 12(4)", "not cited"):
        assert expected in said
    assert "Convention relating to the Status of Refugees has no article stating this right" in said

    # Keyboard: one Shift+Tab back from the UDHR mention is the named right; its popover
    # opens on focus, and Enter follows it to its entry in the panel.
    udhr = page.locator("a.linker-mention[data-instrument=udhr]")
    udhr.focus()
    udhr_tip = popover_of(page, udhr)
    udhr_tip.wait_for(state="visible")
    assert "inferred from the right named here" in udhr_tip.inner_text()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.dataset.right") == "right-to-return"
    right = page.locator("a.linker-right[data-right=right-to-return]")
    tip = popover_of(page, right)
    tip.wait_for(state="visible")
    assert "A right or legal concept named here" in tip.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/annotate#right-right-to-return")
    assert page.evaluate("document.querySelector(':target').id") == "right-right-to-return"
    box = entry.bounding_box()
    assert 0 <= box["y"] < 900, "the right's entry is scrolled into view"
    page.screenshot(path=str(tmp_path / "rights.png"), full_page=True)
    assert (tmp_path / "rights.png").stat().st_size > 10_000
    view.check_clean()

    # At phone width the panel fits; without JavaScript it is all there.
    phone = watched(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone.page.goto(base_url + "/")
    phone.page.fill("textarea[name=text]", SEED)
    phone.page.click("button[type=submit]")
    phone.page.locator("#right-right-to-return").scroll_into_view_if_needed()
    assert phone.page.locator("#right-right-to-return").is_visible()
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.page.screenshot(path=str(tmp_path / "rights-phone.png"), full_page=True)
    phone.check_clean()
    bare = watched(java_script_enabled=False)
    bare.page.goto(base_url + "/annotate?text=the+right+to+return+in+the+UDHR")
    assert "Article 13(2)" in bare.page.locator("#right-right-to-return").inner_text()
    bare.page.locator("a.linker-right").focus()
    popover_of(bare.page, bare.page.locator("a.linker-right")).wait_for(state="visible")
