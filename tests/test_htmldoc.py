"""HTML in, HTML out: main content, sanitising, absolute links, annotation in place
(linker.htmlclean, linker.htmltext, linker.htmldoc). No network: pages are strings here;
tests/test_web_url.py serves them over HTTP."""

from __future__ import annotations

import functools

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linker.annotate import paragraph_blocks
from linker.catalogue import load_catalogue
from linker.htmldoc import annotate_html, read_html
from linker.resolve import resolve_mentions

from .fuzzing import examples
from .htmltools import find_all, mention_links, user_markup_problems
from .sample_pages import ARTICLE_PAGE, ARTICLE_TEXT, FRENCH, LEFT_OUT, french_page

BASE = "https://news.example.org/news/2024/experts.html"


def annotate(page: str, catalogue, rights=None, base_url: str | None = BASE):
    """(visible text, mentions, annotated fragment as a tree, fragment as HTML)."""
    document = read_html(page, base_url)
    mentions = resolve_mentions(document.text, catalogue, rights)
    html = annotate_html(document, mentions, catalogue)
    return document.text, mentions, lxml.html.fragment_fromstring(html), html


def reading(element) -> str:
    """The text a reader sees in ``element``, popovers and badges left out."""
    copy = lxml.html.fragment_fromstring(lxml.html.tostring(element, encoding="unicode"))
    for extra in copy.xpath(".//*[@role='tooltip'] | .//*[@class='linker-invalid']"):
        extra.drop_tree()
    return copy.text_content()


def linked_text(tree, tip_id: str) -> str:
    """The characters of every piece linked to one popover, in document order, whitespace
    left out (it lies between the pieces)."""
    pieces = tree.xpath(f".//a[@aria-describedby='{tip_id}']")
    return "".join("".join(a.text_content() for a in pieces).split())


# -- the main content ---------------------------------------------------------------------


def test_the_main_text_is_the_article_without_navigation_banners_or_scripts(catalogue):
    text, mentions, tree, _ = annotate(ARTICLE_PAGE, catalogue)
    assert text == ARTICLE_TEXT
    for left_out in LEFT_OUT:
        assert left_out not in text
    assert {m.instrument for m in mentions} == {"udhr", "iccpr", "refugee-convention-1951"}
    # The article's own header (its title) stays; the site's header and footer go.
    assert reading(tree.xpath(".//h1")[0]) == "Experts recall the Universal Declaration"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "<body><div>Menu Article 3 ECHR</div><div role='main'><p>UDHR art. 13</p></div>",
            "UDHR art. 13",
        ),
        ("<body><p>Teaser ICCPR</p><article><p>Article 12 ICCPR.</p></article>", "Article 12"),
        (  # no landmark: the element holding the most paragraph text
            "<body><div><p>Short ECHR.</p></div><div class='content'><p>Article 13 of the "
            "UDHR says so.</p><p>And more text here, at length.</p></div></body>",
            "Article 13 of the UDHR says so.\n\nAnd more text here, at length.",
        ),
        (  # a layout table: the cell with the paragraphs, not the menu beside it
            "<table><tr><td>Menu | ECHR</td><td><p>Article 13 of the UDHR, at length.</p>"
            "<p>Another paragraph.</p></td></tr></table>",
            "Article 13 of the UDHR, at length.\n\nAnother paragraph.",
        ),
        (  # consent platforms by id, hidden by style or attribute, dialogs by role
            "<main><div id='onetrust-banner-sdk'>ECHR</div><p style='display: none'>ECHR</p>"
            "<p aria-hidden='true'>ECHR</p><div role='dialog'>ECHR</div><p>UDHR</p></main>",
            "UDHR",
        ),
    ],
    ids=["role-main", "article", "largest-block", "layout-table", "banners-and-hidden"],
)
def test_main_content_is_found(page, expected):
    text = read_html(page).text
    assert expected in text
    assert "ECHR" not in text and "Menu" not in text and "Teaser" not in text


@pytest.mark.parametrize("page", ["", "   ", "plain words only", "<p></p>", "<!-- x -->"])
def test_empty_and_bare_pages_give_a_text(page, catalogue):
    text, mentions, _, html = annotate(page, catalogue)
    assert text == page.strip() if page.strip() == "plain words only" else text == ""
    assert mentions == []
    assert 'data-linker="document"' in html


# -- sanitising ------------------------------------------------------------------------------


def test_the_output_has_no_script_handler_style_or_dangerous_url(catalogue):
    _, _, tree, html = annotate(ARTICLE_PAGE, catalogue)
    assert user_markup_problems(tree) == []
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on")
            assert name not in ("style", "srcset", "src", "action", "formaction")
            assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
    for tag in ("script", "style", "iframe", "object", "embed", "form", "input", "img"):
        assert not tree.xpath(f".//{tag}"), tag
    assert "tracker" not in html and "alert" not in html and "pageScriptRan" not in html


@pytest.mark.parametrize(
    "attack",
    [
        "<p>UDHR<script>alert(1)</script></p>",
        "<p onclick=alert(1)>UDHR</p>",
        "<p>UDHR <a href=' javascript:alert(1)'>x</a></p>",
        "<p>UDHR <a href='JaVaScRiPt&colon;alert(1)'>x</a></p>",
        "<p>UDHR <a href='data:text/html;base64,PHNjcmlwdD4='>x</a></p>",
        "<p>UDHR <img src=x onerror=alert(1)></p>",
        "<p>UDHR <svg><script>alert(1)</script></svg></p>",
        "<p>UDHR <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<p>UDHR <iframe srcdoc='<script>alert(1)</script>'></iframe></p>",
        "<p style='background:url(javascript:alert(1))'>UDHR</p>",
        "<p>UDHR</p><base href='javascript:alert(1)//'><a href='x'>x</a>",
        "<noscript><p title='</noscript><img src=x onerror=alert(1)>'>UDHR</p></noscript>",
        "<p>UDHR <form><button formaction=javascript:alert(1)>x</button></form></p>",
    ],
)
def test_attacks_come_out_inert(attack, catalogue):
    _, _, tree, html = annotate(attack, catalogue)
    assert user_markup_problems(tree) == []
    assert "alert" not in html.replace("alert(1)</", "")  # only as inert text, if at all
    for element in tree.iter():
        assert not any(name.startswith("on") for name in element.attrib)


# -- links -----------------------------------------------------------------------------------


def test_relative_links_are_made_absolute_against_the_page(catalogue):
    _, _, tree, _ = annotate(ARTICLE_PAGE, catalogue)
    hrefs = [a.get("href") for a in tree.iter("a") if a.get("data-linker") is None]
    assert hrefs == [
        "https://news.example.org/reports/2024/udhr.html",
        "https://news.example.org/news/statements/full.html",
        BASE + "#top",
    ]
    for a in tree.iter("a"):
        if a.get("data-linker") is None:
            assert a.get("rel") == "nofollow noopener noreferrer"


def test_base_href_counts_and_pasted_html_without_an_address_loses_relative_links():
    page = "<head><base href='/docs/'></head><body><p><a href='a.html'>A</a> <a href='https://x.org/b'>B</a></p>"
    with_base = read_html(page, "https://example.org/news/1").root
    assert [a.get("href") for a in with_base.iter("a")] == [
        "https://example.org/docs/a.html",
        "https://x.org/b",
    ]
    pasted = read_html(page).root
    assert [a.get("href") for a in pasted.iter("a")] == ["https://x.org/b"]
    assert pasted.text_content() == "A B"


def test_a_link_of_the_page_is_never_nested_but_its_mention_still_counts(catalogue):
    _, mentions, tree, _ = annotate(ARTICLE_PAGE, catalogue)
    assert tree.xpath(".//a//a") == []
    inside = next(m for m in mentions if m.articles == ("13",))
    assert inside.text == "article 13 of the Universal Declaration of Human Rights"
    page_link = tree.xpath(".//a[contains(@href, 'udhr.html')]")[0]
    assert page_link.text_content() == inside.text
    assert [a.get("data-instrument") for a in mention_links(tree)] == [
        "udhr",
        "iccpr",
        "iccpr",
        "iccpr",
        "refugee-convention-1951",
    ]
    # The javascript: link lost its address, so it is no link: its citation is linked.
    assert tree.xpath(".//a[@data-instrument='refugee-convention-1951']")


def test_a_mention_half_inside_a_link_is_linked_outside_it(catalogue):
    page = "<p>See <a href='https://x.org/'>article 12</a> of the ICCPR.</p>"
    _, mentions, tree, _ = annotate(page, catalogue)
    assert [m.text for m in mentions] == ["article 12 of the ICCPR"]
    assert tree.xpath(".//a//a") == []
    assert linked_text(tree, "linker-tip-1") == "ofthe ICCPR".replace(" ", "")


# -- citations across inline markup ------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "articles"),
    [
        ("<p>Under <em>article</em> 12 of the <b>ICCPR</b>, everyone…</p>", ("12",)),
        ("<p><strong>Art.</strong> <span>3</span> <abbr title='x'>ECHR</abbr></p>", ("3",)),
        ("<p>article 12(<i>4</i>) of the\n   <span>ICCPR</span></p>", ("12(4)",)),
        ("<p>UDHR, <span><span><em>art. 13(2)</em></span></span></p>", ("13(2)",)),
    ],
)
def test_a_citation_straddling_inline_tags_is_found_and_linked(page, articles, catalogue):
    text, mentions, tree, _ = annotate(page, catalogue)
    mention = next(m for m in mentions if m.articles)
    assert mention.articles == articles
    assert text[mention.start : mention.end] == mention.text
    pieces = tree.xpath(".//a[@aria-describedby='linker-tip-1']")
    assert len({a.get("href") for a in pieces}) == 1
    assert linked_text(tree, "linker-tip-1") == "".join(mention.text.split())
    wholes = len(find_all(tree, "span", "linker-cite"))
    parts = len(find_all(tree, "span", "linker-cite--part"))
    assert len(tree.xpath(".//*[@role='tooltip']")) == wholes - parts


@pytest.mark.parametrize(
    "page",
    [
        "<p>Article 12</p><p>of the ICCPR</p>",
        "<ul><li>Article 12</li><li>of the ICCPR</li></ul>",
        "<table><tr><td>Article 12</td><td>of the ICCPR</td></tr></table>",
        "<div>Article 12<br>of the ICCPR</div>",
        "<blockquote>Article 12</blockquote>of the ICCPR",
        "<h2>Article 12</h2>of the ICCPR",
    ],
)
def test_blocks_separate_paragraphs(page, catalogue):
    text, _, tree, _ = annotate(page, catalogue)
    assert text == "Article 12\n\nof the ICCPR"
    anchors = tree.xpath(".//span[@data-linker='para']")
    assert [a.get("id") for a in anchors] == ["linker-p1", "linker-p2"]
    # No link of linker runs from one paragraph into the next.
    first_block = anchors[0].getparent()
    if first_block is not anchors[1].getparent():
        assert not mention_links(first_block)


def test_the_resolver_keeps_a_mention_inside_its_paragraph(catalogue):
    text = read_html("<h2>The ICCPR</h2><p>Article 12 applies.</p>").text
    assert text == "The ICCPR\n\nArticle 12 applies."
    mentions = resolve_mentions(text, catalogue)
    assert [m.text for m in mentions] == ["ICCPR"]
    assert all("\n\n" not in m.text for m in mentions)


def test_paragraph_anchors_match_the_numbers_of_the_panel(catalogue):
    text, _, tree, _ = annotate(ARTICLE_PAGE, catalogue)
    blocks = paragraph_blocks(text)
    anchors = tree.xpath(".//span[@data-linker='para']")
    assert [a.get("data-para") for a in anchors] == [str(b.number) for b in blocks]
    for anchor, block in zip(anchors, blocks, strict=True):
        following = "".join(anchor.itertext()) + (anchor.tail or "")
        assert text[block.start :].startswith(following.split()[0])


# -- idempotence and encodings ----------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        ARTICLE_PAGE,
        "<p>Under <em>article</em> 12 of the <b>ICCPR</b>, and <a href='/x'>UDHR art. 13</a>.</p>",
        "<p>Article 99 of the ICCPR and article 12 (4) of the Covenant.</p><p>Art. 3 ECHR</p>",
        "text with UDHR<br>and <pre>ICCPR   art.\n 6</pre> &amp; &lt;ECHR&gt;",
    ],
    ids=["article-page", "straddle-and-link", "invalid-pinpoint", "bare-text"],
)
def test_annotating_annotated_output_changes_nothing(page, catalogue, rights):
    text, _, _, first = annotate(page, catalogue, rights)
    again_text, _, _, second = annotate(first, catalogue, rights)
    assert again_text == text
    assert second == first
    assert annotate(second, catalogue, rights)[3] == first


def test_a_windows_1252_page_decoded_by_fetch_reads_right(catalogue):
    """The fetched text is already decoded; its <meta charset> must not decode it again."""
    text, mentions, tree, _ = annotate(french_page("windows-1252"), catalogue)
    assert text == FRENCH
    assert {m.instrument for m in mentions} == {"udhr", "iccpr"}
    assert "« coût : 5 € »" in tree.text_content()


def test_an_xml_declaration_and_control_characters_do_not_break_parsing(catalogue):
    page = (
        '<?xml version="1.0" encoding="windows-1252"?>'
        "<html><body><p>UDHR\x00 \x01 art. 13</p></body></html>"
    )
    text, mentions, _, html = annotate(page, catalogue)
    assert text == "UDHR\ufffd \ufffd art. 13"
    assert mentions and "\x01" not in html


# -- properties ---------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "Article 12",
        " of the ",
        "ICCPR",
        "UDHR",
        "art. 13(2)",
        "the Covenant",
        ", ",
        "\n",
        "  ",
        "é€",
        "<em>",
        "</em>",
        "<b>",
        "</b>",
        "<p>",
        "</p>",
        "<br>",
        "<a href='/x'>",
        "</a>",
        "<li>",
        "<div>",
        "</div>",
        "<script>x()</script>",
        "<span onclick='x()'>",
        "</span>",
        "<nav>",
        "</nav>",
        "&amp;",
        "<!-- c -->",
    ]
)


@functools.cache
def _catalogue():
    """Loaded here, not as a fixture: hypothesis prints every argument of a failing case."""
    return load_catalogue()


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(FRAGMENTS, max_size=30).map("".join))
def test_any_markup_gives_valid_offsets_safe_output_and_a_fixed_point(page):
    catalogue = _catalogue()
    text, mentions, tree, html = annotate(page, catalogue)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert user_markup_problems(tree) == []
    assert tree.xpath(".//a//a") == []
    assert annotate(html, catalogue)[3] == html
