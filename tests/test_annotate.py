"""The annotated fragment and the table of authorities, as pure functions."""

from __future__ import annotations

import csv
import io
import re

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linker.annotate import (
    annotate_statement,
    paragraph_blocks,
    paragraph_of,
    shorten,
    site_link,
)
from linker.authorities import (
    authorities_csv,
    authorities_json,
    authorities_rows,
    table_of_authorities,
)
from linker.labels import format_date, short_name
from linker.models import Mention
from linker.resolve import resolve_mentions

from .fuzzing import examples
from .htmltools import find_all, mention_links

#: What XML cannot hold, and the fragment therefore shows as U+FFFD.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def fragment(html: str):
    return lxml.html.fragment_fromstring(html)


def visible_text(element) -> str:
    """The statement as a reader sees it: popovers and badges left out, <br> as newline."""
    element = lxml.html.fragment_fromstring(lxml.html.tostring(element, encoding="unicode"))
    badges = "@class='linker-invalid' or @class='linker-inferred'"
    for extra in element.xpath(f".//span[@role='tooltip'] | .//span[{badges}]"):
        extra.drop_tree()
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return element.text_content()


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("one", ["one"]),
        ("one\ntwo", ["one\ntwo"]),
        ("one\n\ntwo", ["one", "two"]),
        ("  one \n \t \n\n two  ", ["one", "two"]),
        ("one\r\n\r\ntwo\r\nthree", ["one", "two\r\nthree"]),
        ("\n\n\n", []),
        ("", []),
    ],
)
def test_paragraph_blocks(text, blocks):
    found = paragraph_blocks(text)
    assert [text[b.start : b.end] for b in found] == blocks
    assert [b.number for b in found] == list(range(1, len(blocks) + 1))


def test_paragraph_of_an_offset():
    text = "one\n\ntwo\n\nthree"
    blocks = paragraph_blocks(text)
    assert [paragraph_of(blocks, text.index(w)) for w in ("one", "two", "three")] == [1, 2, 3]


def test_mentions_become_links_with_popovers(catalogue):
    text = "See article 12(4) of the ICCPR."
    html = annotate_statement(text, resolve_mentions(text, catalogue), catalogue)
    root = fragment(html)
    (link,) = mention_links(root)
    assert link.get("href") == "#cited-iccpr--art_12__para_4"
    assert link.get("data-articles") == "12(4)"
    tip = root.get_element_by_id(link.get("aria-describedby"))
    assert tip.getparent() is link.getparent()
    assert "4. No one shall be arbitrarily deprived" in tip.text_content()
    assert visible_text(root) == text


def test_site_links_point_at_instrument_pages(catalogue):
    text = "Article 3 of the ECHR and the Genocide Convention"
    html = annotate_statement(
        text, resolve_mentions(text, catalogue), catalogue, link=site_link("https://x.org")
    )
    assert [a.get("href") for a in mention_links(fragment(html))] == [
        "https://x.org/instruments/echr#art_3",
        "https://x.org/instruments/genocide-convention",
    ]


def test_bad_mentions_are_left_as_text_and_rights_are_marked_apart(catalogue):
    text = "the right to return, and the UDHR, and more\n\ntext"
    good = resolve_mentions(text, catalogue)
    udhr = next(m for m in good if m.instrument == "udhr")
    bad = [
        Mention(0, 19, text[0:19], "right", None, right="right-to-return"),
        Mention(udhr.start, udhr.end, udhr.text, "title", "no-such-instrument"),
        Mention(5, 3, "", "title", "udhr"),
        Mention(udhr.start + 1, udhr.end, text[udhr.start + 1 : udhr.end], "title", "udhr"),
        Mention(40, 48, text[40:48], "title", "udhr"),  # crosses the blank line
        Mention(0, 3, "xyz", "title", "udhr"),  # text does not match the span
        Mention(10_000, 10_004, "", "title", "udhr"),
    ]
    root = fragment(annotate_statement(text, [udhr, *bad], catalogue))
    assert [a.text_content() for a in mention_links(root)] == ["UDHR"]
    (right,) = find_all(root, "a", "linker-right")
    assert right.text_content() == "the right to return"
    assert right.get("href") == "#right-right-to-return"
    assert right.get("data-instrument") is None
    assert visible_text(root) == "the right to return, and the UDHR, and moretext"


def test_characters_xml_cannot_hold_are_replaced_one_for_one(catalogue):
    text = "a\x00b\x07c\ud800d\x0ce ICCPR"
    root = fragment(annotate_statement(text, resolve_mentions(text, catalogue), catalogue))
    assert visible_text(root) == "a\ufffdb\ufffdc\ufffdd\ufffde ICCPR"
    assert len(mention_links(root)) == 1


def test_invalid_pinpoints_are_badged(catalogue):
    text = "Article 99 of the ICCPR"
    root = fragment(annotate_statement(text, resolve_mentions(text, catalogue), catalogue))
    (link,) = mention_links(root)
    assert link.get("href") == "#cited-iccpr"
    assert [b.text for b in find_all(root, "span", "linker-invalid")] == ["invalid pinpoint: 99"]


def test_long_articles_are_shortened_in_popovers(catalogue):
    text = "article 8 of the Rome Statute"
    root = fragment(annotate_statement(text, resolve_mentions(text, catalogue), catalogue))
    body = find_all(root, "span", "linker-popover__text")[0].text_content()
    assert len(body) < 1300 and body.endswith(" …")


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("short", 10, "short"), ("one two three", 9, "one two …"), ("abcdefghij", 4, "abcd …")],
)
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


def test_labels(catalogue):
    names = {i: short_name(catalogue.get(i)) for i in ("iccpr", "refugee-convention-1951")}
    assert names == {"iccpr": "ICCPR", "refugee-convention-1951": "Refugee Convention"}
    assert format_date(catalogue.get("udhr").adopted) == "10 December 1948"


TOA_TEXT = (
    "Article 12(4) ICCPR and art. 2 ICCPR.\n\n"
    "Article 99 of the Covenant; the UDHR; article 2 of the Covenant again."
)


def test_table_of_authorities(catalogue):
    table = table_of_authorities(TOA_TEXT, resolve_mentions(TOA_TEXT, catalogue), catalogue)
    assert [a.instrument.id for a in table] == ["iccpr", "udhr"]
    iccpr = table[0]
    assert (iccpr.mentions, iccpr.paragraphs) == (4, (1, 2))
    assert [(u.pinpoint, u.status, u.anchor, u.paragraphs) for u in iccpr.units] == [
        ("2", "valid", "art_2", (1, 2)),
        ("12(4)", "valid", "art_12__para_4", (1,)),
        ("99", "invalid", None, (2,)),
    ]
    assert table[1].units == ()


def test_table_of_authorities_renderers(catalogue):
    table = table_of_authorities(TOA_TEXT, resolve_mentions(TOA_TEXT, catalogue), catalogue)
    data = authorities_json(table)
    assert data["authorities"][0]["instrument"]["id"] == "iccpr"
    assert data["authorities"][0]["articles"][0] == {
        "pinpoint": "2",
        "status": "valid",
        "anchor": "art_2",
        "paragraphs": [1, 2],
        "inferred": False,
        "inferred_from": [],
    }
    rows = list(csv.DictReader(io.StringIO(authorities_csv(table))))
    assert rows == authorities_rows(table)
    assert [r["status"] for r in rows] == ["cited", "valid", "valid", "invalid", "cited"]


def test_csv_cells_cannot_start_a_formula(catalogue):
    from linker.authorities import _defuse

    assert _defuse("=HYPERLINK()") == "'=HYPERLINK()"
    assert _defuse("12(4)") == "12(4)"


@settings(max_examples=examples(150), deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["ICCPR", "art. 12(4)", "\n\n", "\r\n", "UDHR, art. 13", " the "]),
        ),
        max_size=12,
    )
)
def test_any_text_annotates_without_losing_a_character(catalogue, pieces):
    text = "".join(pieces)
    html = annotate_statement(text, resolve_mentions(text, catalogue), catalogue)
    root = fragment(html)
    blocks = paragraph_blocks(text)
    expected = "".join(text[b.start : b.end] for b in blocks)
    expected = expected.replace("\r\n", "\n").replace("\r", "\n")
    expected = NOT_XML.sub("\ufffd", expected)
    assert visible_text(root) == expected
    assert len(root.xpath("./p")) == len(blocks)
