"""The pages through Flask's test client: the form, the annotated page and its table of
authorities, the instrument pages, error pages, headers and escaping."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

import pytest

from linker.annotate import paragraph_blocks
from linker.export import instrument_json
from linker.web import create_app
from linker.web.security import SECURITY_HEADERS

from .conftest import SHARED
from .htmltools import find_all, mention_links, parse_page, user_markup_problems

SEED = (SHARED / "corpus" / "seed-statement.txt").read_text(encoding="utf-8")
SEED_INSTRUMENTS = ["udhr", "iccpr", "refugee-convention-1951"]
PINPOINTED = "Article 12(4) of the ICCPR.\n\nArticle 99 of the Covenant does not exist."


def annotate(client, text: str, method: str = "post"):
    if method == "post":
        return client.post("/annotate", data={"text": text}, content_type="multipart/form-data")
    return client.get("/annotate", query_string={"text": text})


def statement(tree):
    return find_all(tree, "div", "linker-statement")[0]


# -- the form ---------------------------------------------------------------------------


def test_home_page_has_the_form(client):
    response = client.get("/")
    assert response.status_code == 200
    tree = parse_page(response.data)
    form = tree.xpath("//form[@action='/annotate']")[0]
    assert form.get("method") == "post"
    assert form.xpath(".//textarea[@name='text']")
    url = form.xpath(".//input[@name='url']")[0]
    assert url.get("disabled") is None and url.get("type") == "url"
    assert form.xpath(".//input[@type='checkbox'][@name='as_html']")
    assert "later version" not in tree.text_content()


# -- the annotated page -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "get"])
def test_seed_statement_is_annotated_with_its_three_instruments(client, method):
    response = annotate(client, SEED, method)
    assert response.status_code == 200
    tree = parse_page(response.data)
    links = mention_links(statement(tree))
    assert [a.get("data-instrument") for a in links] == SEED_INSTRUMENTS
    for link, instrument in zip(links, SEED_INSTRUMENTS, strict=True):
        assert link.get("href").startswith(f"/instruments/{instrument}")
        assert link.get("data-linker") == "1"
        tip = tree.get_element_by_id(link.get("aria-describedby"))
        assert tip.get("role") == "tooltip"
    assert [a.text_content() for a in links] == [
        "Universal Declaration of Human Rights",
        "International Covenant on Civil and Political Rights",
        "Convention Relating to the Status of Refugees",
    ]


def test_paragraphs_are_kept(client):
    tree = parse_page(annotate(client, SEED).data)
    paragraphs = statement(tree).xpath("./p")
    assert len(paragraphs) == len(paragraph_blocks(SEED)) == SEED.count("\n\n") + 1
    assert paragraphs[0].text_content().startswith("date 2023-01-12 BAKU")
    assert [p.get("id") for p in paragraphs[:2]] == ["linker-p1", "linker-p2"]


def test_a_single_line_break_stays_a_br(client):
    tree = parse_page(annotate(client, "first line\nsecond line\n\nnext paragraph").data)
    paragraphs = statement(tree).xpath("./p")
    assert len(paragraphs) == 2
    assert len(paragraphs[0].xpath("./br")) == 1


def test_side_panel_lists_every_instrument_cited(client):
    tree = parse_page(annotate(client, SEED).data)
    panel = tree.xpath("//aside[@aria-labelledby='toa-heading']")[0]
    sections = find_all(panel, "section", "authority")
    assert [s.get("id") for s in sections] == [f"cited-{i}" for i in SEED_INSTRUMENTS]
    iccpr = panel.xpath(".//section[@id='cited-iccpr']")[0].text_content()
    for expected in ("16 December 1966", "A/RES/2200A(XXI)", "23 March 1976", "¶ 10"):
        assert expected in iccpr
    official = sections[1].xpath(".//a[@rel='external noopener noreferrer']")[0]
    assert official.get("href").startswith("https://")


def test_pinpoints_link_to_the_article_anchor_and_quote_it(client):
    tree = parse_page(annotate(client, PINPOINTED).data)
    valid, _ = mention_links(statement(tree))
    assert valid.get("href") == "/instruments/iccpr#art_12__para_4"
    tip = tree.get_element_by_id(valid.get("aria-describedby")).text_content()
    assert "No one shall be arbitrarily deprived of the right to enter his own country" in tip
    panel_entry = tree.get_element_by_id("cited-iccpr--art_12__para_4")
    assert "Article 12(4)" in panel_entry.text_content()
    assert panel_entry.xpath(".//mark")[0].text.startswith("4. No one shall")


def test_invalid_pinpoints_are_marked_and_not_linked_to_an_article(client):
    tree = parse_page(annotate(client, PINPOINTED).data)
    _, invalid = mention_links(statement(tree))
    assert invalid.get("href") == "/instruments/iccpr"
    assert "linker-mention--invalid" in invalid.get("class")
    badges = find_all(statement(tree), "span", "linker-invalid")
    assert [b.text for b in badges] == ["invalid pinpoint: 99"]
    tip = tree.get_element_by_id(invalid.get("aria-describedby")).text_content()
    assert "invalid pinpoint: 99" in tip
    assert "1 invalid pinpoint" in tree.xpath("//p[@class='summary']")[0].text_content()


def test_no_pinpoint_popover_gives_title_date_and_description(client):
    tree = parse_page(annotate(client, "the Convention against Torture").data)
    tip = tree.get_element_by_id(mention_links(tree)[0].get("aria-describedby")).text_content()
    assert "Convention against Torture and Other Cruel" in tip
    assert "Adopted 10 December 1984" in tip


def test_the_form_offers_the_languages_and_the_page_quotes_in_the_one_chosen(client):
    form = parse_page(client.get("/").data)
    assert form.xpath("//select[@name='lang']/option/@value") == ["", "en", "fr", "es"]
    response = client.post("/annotate", data={"text": "Article 13(2) UDHR", "lang": "fr"})
    tree = parse_page(response.data)
    quoted = tree.xpath("//blockquote[@lang='fr']")[0].text_content()
    assert "Toute personne a le droit de quitter tout pays" in quoted
    assert "lang=fr" in tree.get_element_by_id("share-link").get("href")
    assert client.get("/annotate?text=x&lang=xx").status_code == 400


def test_the_page_offers_its_shareable_address(client):
    tree = parse_page(annotate(client, PINPOINTED).data)
    share = tree.get_element_by_id("share-link").get("href")
    parts = urlsplit(share)
    assert parts.path == "/annotate"
    again = client.get(f"{parts.path}?{parts.query}")
    assert again.status_code == 200
    assert [a.get("href") for a in mention_links(parse_page(again.data))] == [
        "/instruments/iccpr#art_12__para_4",
        "/instruments/iccpr",
    ]


def test_a_long_statement_gets_no_shareable_address_but_keeps_its_downloads():
    app = create_app({"LINKER_SHARE_URL_MAX": 100})
    tree = parse_page(annotate(app.test_client(), PINPOINTED).data)
    assert not tree.xpath("//*[@id='share-link']")
    assert "too long for a shareable address" in tree.text_content()
    (form,) = tree.xpath("//form[@action='/annotate.csv']")
    assert form.xpath(".//button[@formaction='/annotate.json']")
    assert form.xpath(".//input[@name='text']")[0].get("value") == PINPOINTED


@pytest.mark.parametrize(
    ("text", "status", "message"),
    [
        ("   ", 400, "Paste the text of a statement"),
        ("bad \x00 byte", 422, "NUL character"),
    ],
)
def test_unusable_text_gets_an_html_answer(client, text, status, message):
    response = annotate(client, text)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert message in response.get_data(as_text=True)


def test_a_url_that_is_refused_shows_the_form_with_the_reason(client):
    """Fetching itself is tested in test_web_url.py; here no connection is made."""
    response = client.post("/annotate", data={"text": "", "url": "ftp://example.org/"})
    assert response.status_code == 400
    tree = parse_page(response.data)
    assert "only http and https" in tree.xpath("//*[@role='alert']")[0].text_content()
    assert tree.xpath("//input[@name='url']")[0].get("value") == "ftp://example.org/"


def test_text_and_a_url_together_are_refused(client):
    response = client.post("/annotate", data={"text": "UDHR", "url": "https://example.org/"})
    assert response.status_code == 400
    assert "not both" in response.get_data(as_text=True)


def test_text_over_the_limit_is_413_as_a_page():
    client = create_app({"LINKER_MAX_TEXT_BYTES": 500}).test_client()
    for response in (annotate(client, "x" * 600), annotate(client, "é" * 300, "get")):
        assert response.status_code == 413
        assert response.mimetype == "text/html"
        assert "Too large" in response.get_data(as_text=True)


# -- table of authorities downloads ------------------------------------------------------


def test_table_of_authorities_as_csv(client):
    tree = parse_page(annotate(client, PINPOINTED).data)
    href = tree.xpath("//a[@download='authorities.csv']")[0].get("href")
    response = client.get(href)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["instrument"], r["pinpoint"], r["status"], r["paragraphs"]) for r in rows] == [
        ("iccpr", "", "cited", "1 2"),
        ("iccpr", "12(4)", "valid", "1"),
        ("iccpr", "99", "invalid", "2"),
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_table_of_authorities_as_json(client, method):
    if method == "get":
        response = client.get("/annotate.json", query_string={"text": SEED})
    else:
        response = client.post("/annotate.json", data={"text": SEED})
    assert response.status_code == 200
    data = response.get_json()
    assert [a["instrument"]["id"] for a in data["authorities"]] == SEED_INSTRUMENTS
    assert all(a["paragraphs"] == [10] for a in data["authorities"])


def test_table_download_without_text_is_400(client):
    assert client.get("/annotate.csv").status_code == 400


# -- instrument pages ----------------------------------------------------------------------


def test_instrument_list_shows_the_whole_catalogue(client, catalogue):
    tree = parse_page(client.get("/instruments").data)
    rows = tree.xpath("//table[@id='instrument-list']/tbody/tr")
    assert len(rows) == len(catalogue)
    assert tree.xpath("//form[@role='search']//input[@name='q']")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ICCPR", "/instruments/iccpr"), ("refugees", "/instruments/refugee-convention-1951")],
)
def test_instrument_search_works_without_javascript(client, query, expected):
    tree = parse_page(client.get("/instruments", query_string={"q": query}).data)
    hrefs = tree.xpath("//table[@id='instrument-list']/tbody/tr/td[1]/a/@href")
    assert expected in hrefs
    assert len(hrefs) < 43


def test_instrument_search_with_no_match(client):
    tree = parse_page(client.get("/instruments?q=zzzz").data)
    assert not tree.xpath("//table[@id='instrument-list']")
    assert "No instrument matches" in tree.text_content()


def _anchors(units):
    for unit in units:
        yield unit["anchor"]
        yield from _anchors(unit.get("paragraphs", ()))


def test_every_article_and_paragraph_of_every_instrument_is_anchored(client, catalogue):
    for instrument in catalogue:
        response = client.get(f"/instruments/{instrument.id}")
        assert response.status_code == 200
        ids = parse_page(response.data).xpath("//@id")
        assert len(ids) == len(set(ids)), f"duplicate ids on {instrument.id}"
        data = instrument_json(instrument)
        expected = {a["anchor"] for a in data["articles"]}
        expected |= set(_anchors(p for a in data["articles"] for p in a["paragraphs"]))
        assert expected <= set(ids), instrument.id


def test_instrument_page_shows_metadata_and_text(client):
    tree = parse_page(client.get("/instruments/iccpr").data)
    text = tree.text_content()
    for expected in ("International Covenant on Civil and Political Rights", "16 December 1966"):
        assert expected in text
    unit = tree.get_element_by_id("art_12__para_4")
    assert "No one shall be arbitrarily deprived" in unit.text_content()
    assert tree.xpath("//a[starts-with(@href, 'https://treaties.un.org/')]")


def test_own_text_of_a_unit_is_not_repeated_by_its_parent(client):
    tree = parse_page(client.get("/instruments/iccpr").data)
    article = tree.get_element_by_id("art_14")
    assert article.text_content().count("To be tried without undue delay") == 1


def test_unknown_instrument_is_a_404_page(client):
    response = client.get("/instruments/no-such-thing")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "no-such-thing" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [("get", "/no/such/page", 404), ("post", "/instruments", 405), ("delete", "/", 405)],
)
def test_other_errors_are_html_pages(client, method, url, status):
    response = getattr(client, method)(url)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert "Traceback" not in response.get_data(as_text=True)


# -- headers and escaping -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/instruments", "/instruments/udhr", "/static/linker.css", "/nope"]
)
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    response.close()
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


HOSTILE = (
    '<script>alert(1)</script> Article 12(4) of the ICCPR"><img src=x onerror=alert(2)>\n'
    "' onmouseover='alert(3)' x=' <a href=\"javascript:alert(4)\">UDHR</a>\n\n"
    "</p></div><svg onload=alert(5)> &lt;b&gt; &amp; the Covenant <!-- comment -->"
)


def test_user_text_is_escaped_on_the_annotated_page(client):
    response = annotate(client, HOSTILE)
    assert response.status_code == 200
    tree = parse_page(response.data)
    assert user_markup_problems(tree, allowed_scripts=("/static/linker.js",)) == []
    assert "<script>alert(1)</script>" in statement(tree).text_content()
    assert "&lt;b&gt; &amp;" in statement(tree).text_content()
    assert [a.get("data-instrument") for a in mention_links(tree)] == ["iccpr", "udhr", "iccpr"]


def test_user_text_is_escaped_in_the_api_fragment(client):
    html = client.post("/api/resolve", json={"text": HOSTILE, "format": "html"}).json["html"]
    tree = parse_page(f"<html><body>{html}</body></html>")
    assert user_markup_problems(tree) == []
    assert not re.search(r"<(script|img|svg)", html)


@pytest.mark.parametrize(
    "data",
    [
        {"text": "</textarea><script>alert(1)</script>\x00"},
        {"text": " ", "url": "javascript:alert(1)</textarea><script>alert(1)</script>"},
        {"text": "\n</textarea><script>alert(1)</script>"},
    ],
)
def test_user_text_is_escaped_on_error_and_form_pages(client, data):
    response = client.post("/annotate", data=data)
    tree = parse_page(response.data)
    assert user_markup_problems(tree, allowed_scripts=("/static/linker.js",)) == []
