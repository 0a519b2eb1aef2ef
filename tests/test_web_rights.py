"""The rights a statement invokes, on the annotated page and in its downloads: the
"Rights invoked" panel, named rights marked apart from citations, and inferred pinpoints
shown as inferred — never as cited — in the statement, the side panel, the CSV and JSON."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest
from click.testing import CliRunner

from linker.cli import main

from .conftest import SHARED
from .htmltools import find_all, mention_links, parse_page, user_markup_problems

SEED = (SHARED / "corpus" / "seed-statement.txt").read_text(encoding="utf-8")
SEED_RIGHTS = ["crimes-against-humanity", "racial-discrimination", "right-to-return"]
REFUGEE_ABSENT = (
    "The Convention relating to the Status of Refugees has no article stating this right"
)
#: The seed's sentence, as a page would carry it: the right's name split by inline markup.
SEED_HTML = (
    "<h1>Appeal</h1><p>Based on the <em>right</em> to return enshrined in the "
    "<b>Universal Declaration of Human Rights</b>, the International Covenant on Civil and "
    "Political Rights, the Convention Relating to the Status of Refugees, the Community "
    "aspires toward ensuring the return of Azerbaijanis.</p>"
)


def page_of(client, text: str, **fields):
    response = client.post("/annotate", data={"text": text, **fields})
    assert response.status_code == 200
    return parse_page(response.data)


@pytest.fixture(scope="module")
def seed_page(app):
    return page_of(app.test_client(), SEED)


def rights_panel(tree):
    (panel,) = tree.xpath("//section[@aria-labelledby='rights-heading']")
    return panel


def text_of(element) -> str:
    return " ".join(element.text_content().split())


# -- the panel ------------------------------------------------------------------------------


def test_the_panel_lists_each_right_named_with_what_it_is_and_where(seed_page):
    panel = rights_panel(seed_page)
    assert panel.get_element_by_id("rights-heading").text == "Rights invoked"
    entries = find_all(panel, "section", "right")
    assert [e.get("id") for e in entries] == [f"right-{r}" for r in SEED_RIGHTS]
    entry = seed_page.get_element_by_id("right-right-to-return")
    assert entry.get("aria-labelledby") == "right-right-to-return-title"
    assert entry.xpath("./h3")[0].text == "Right to return"
    assert text_of(find_all(entry, "p", "right__description")[0]).startswith(
        "The right of a person to return to, and enter, their own country"
    )
    where = find_all(entry, "p", "right__where")[0]
    assert [a.get("href") for a in where.xpath(".//a")] == ["#linker-p10"]
    assert seed_page.get_element_by_id("linker-p10") is not None
    assert "3 rights invoked" in text_of(seed_page.xpath("//p[@class='summary']")[0])


def test_the_right_to_return_quotes_udhr_13_2_and_iccpr_12_4_as_inferred(seed_page):
    entry = seed_page.get_element_by_id("right-right-to-return")
    # The instruments the statement cites come first, open; the rest behind a summary.
    first = entry.xpath("./div[contains(@class, 'right-source')]")
    assert [text_of(s.xpath("./h4/a")[0]) for s in first] == [
        "Universal Declaration of Human Rights",
        "International Covenant on Civil and Political Rights",
    ]
    for source, pinpoint, words in zip(
        first,
        ("13(2)", "12(4)"),
        ("and to return to his country", "the right to enter his own country"),
        strict=True,
    ):
        assert "right-source--inferred" in source.get("class")
        inferred = text_of(find_all(source, "p", "right-source__inferred")[0])
        assert f"article {pinpoint} is inferred from this right, not cited" in inferred
        assert text_of(find_all(source, "p", "right-basis__label")[0]) == (
            "States it in its own words"
        )
        label = find_all(source, "h5", "cited__label")[0].xpath("./a")[0]
        assert label.text == f"Article {pinpoint}"
        anchor = "art_13__para_2" if pinpoint == "13(2)" else "art_12__para_4"
        assert label.get("href").endswith(f"#{anchor}")
        assert words in source.xpath(".//blockquote/mark")[0].text


def test_the_refugee_convention_is_said_to_state_no_such_right(seed_page):
    entry = seed_page.get_element_by_id("right-right-to-return")
    (absent,) = entry.xpath("./p[@class='right-absent']")
    assert text_of(absent).startswith(REFUGEE_ABSENT + ": The Convention states no right")
    others = find_all(entry, "details", "right__others")[0]
    summary = text_of(others.xpath("./summary")[0])
    assert summary == "Also stated in 9 other instruments; 2 instruments state no such article"
    # An interpretation is marked with its source; the Refugee Convention gets no article.
    gc_iv = [s for s in find_all(others, "div", "right-basis--interpretation")]
    assert text_of(gc_iv[0].xpath("./p")[0]).startswith("By interpretation: ICRC, Customary")
    assert "Refugee Convention" not in text_of(entry.xpath("./div")[0])


def test_a_right_none_of_whose_few_instruments_is_cited_shows_them_open(seed_page):
    entry = seed_page.get_element_by_id("right-crimes-against-humanity")
    (source,) = entry.xpath("./div[contains(@class, 'right-source')]")
    assert "right-source--inferred" not in source.get("class")
    assert text_of(source.xpath("./h4/a")[0]) == "Rome Statute of the International Criminal Court"
    # Article 7 is long: a cut, then the whole of it one click away.
    assert text_of(source.xpath(".//blockquote")[0]).endswith("…")
    assert find_all(source, "details", "cited__whole")


# -- marks in the statement -----------------------------------------------------------------


def test_named_rights_are_marked_apart_and_link_to_their_entry(seed_page):
    statement = find_all(seed_page, "div", "linker-statement")[0]
    marks = find_all(statement, "a", "linker-right")
    assert [m.get("data-right") for m in marks] == [
        "crimes-against-humanity",
        "racial-discrimination",
        "crimes-against-humanity",
        "right-to-return",
    ]
    mark = marks[-1]
    assert mark.text == "right to return"
    assert mark.get("href") == "#right-right-to-return"
    assert mark.get("data-instrument") is None and mark not in mention_links(statement)
    assert "linker-cite--right" in mark.getparent().get("class")
    tip = seed_page.get_element_by_id(mark.get("aria-describedby"))
    assert tip.get("role") == "tooltip"
    said = text_of(tip)
    assert said.startswith("Right to return A right or legal concept named here, not a citation")
    assert "UDHR article 13(2) · ICCPR article 12(4)" in said
    assert "Stated in no article of: Refugee Convention" in said


def test_inferred_pinpoints_are_never_presented_as_cited(seed_page):
    statement = find_all(seed_page, "div", "linker-statement")[0]
    udhr, iccpr, refugees = mention_links(statement)
    for link, pinpoint in ((udhr, "13(2)"), (iccpr, "12(4)")):
        assert link.get("data-articles") is None, "nothing is cited"
        assert link.get("data-inferred-articles") == pinpoint
        assert "linker-mention--inferred" in link.get("class")
        badge = link.getparent().xpath("./span[@class='linker-inferred']")[0]
        assert badge.text == f"inferred: article {pinpoint}"
        tip = text_of(seed_page.get_element_by_id(link.get("aria-describedby")))
        assert "No article cited here; inferred from the right named here (Right to return)" in tip
        assert f"Article {pinpoint}" in tip and "· inferred" in tip
    assert refugees.get("href") == "/instruments/refugee-convention-1951"
    assert not refugees.getparent().xpath("./span[@class='linker-inferred']")
    tip = text_of(seed_page.get_element_by_id(refugees.get("aria-describedby")))
    assert "none inferred: no article of it states the right named here" in tip


def test_the_side_panel_marks_inferred_units_and_the_instrument_with_none(seed_page):
    aside = seed_page.xpath("//aside[@aria-labelledby='toa-heading']")[0]
    assert not find_all(aside, "div", "cited--valid"), "the seed cites no article"
    units = find_all(aside, "div", "cited--inferred")
    assert [u.get("id") for u in units] == [
        "cited-udhr--art_13__para_2",
        "cited-iccpr--art_12__para_4",
    ]
    for unit in units:
        where = text_of(find_all(unit, "p", "cited__where")[0])
        assert (
            where == "inferred Not cited: inferred from the right named in ¶ 10 (Right to return)"
        )
        assert unit.xpath(".//p[@class='cited__where']/a")[-1].get("href") == (
            "#right-right-to-return"
        )
        assert "Cited in" not in text_of(unit)
    refugees = seed_page.get_element_by_id("cited-refugee-convention-1951")
    (note,) = find_all(refugees, "p", "authority__no-inference")
    assert text_of(note) == (
        "Named with Right to return, which none of its articles states in its own words: "
        "nothing is inferred."
    )


def test_every_id_on_the_page_is_unique_and_every_link_within_it_lands(seed_page):
    ids = Counter(seed_page.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []
    targets = {h[1:] for h in seed_page.xpath("//a/@href") if h.startswith("#")}
    assert targets <= set(ids)


def test_a_statement_without_rights_has_no_panel(client):
    tree = page_of(client, "Article 12(4) of the ICCPR.")
    assert not tree.xpath("//section[@aria-labelledby='rights-heading']")
    assert not find_all(tree, "a", "linker-right")
    assert "invoked" not in text_of(tree.xpath("//p[@class='summary']")[0])


def test_pasted_html_gets_the_same_panel_and_marks(client):
    tree = page_of(client, SEED_HTML, as_html="1")
    document = find_all(tree, "div", "linker-document")[0]
    pieces = find_all(document, "a", "linker-right")
    assert [p.text for p in pieces] == ["right", "to return"]
    assert {p.get("href") for p in pieces} == {"#right-right-to-return"}
    assert len({p.get("aria-describedby") for p in pieces}) == 1
    entry = tree.get_element_by_id("right-right-to-return")
    assert [a.get("href") for a in find_all(entry, "p", "right__where")[0].xpath(".//a")] == [
        "#linker-p2"
    ]
    assert tree.get_element_by_id("linker-p2") is not None
    assert REFUGEE_ABSENT in text_of(entry)
    assert [a.get("data-inferred-articles") for a in mention_links(document)] == [
        "13(2)",
        "12(4)",
        None,
    ]


def test_rights_are_escaped_like_everything_else(client):
    text = '<script>alert(1)</script> the "right to return" <b onclick=x>under the UDHR</b>'
    response = client.post("/annotate", data={"text": text})
    tree = parse_page(response.data)
    assert user_markup_problems(tree, allowed_scripts=("/static/linker.js",)) == []
    (mark,) = find_all(tree, "a", "linker-right")
    assert mark.text == "right to return"
    statement = find_all(tree, "div", "linker-statement")[0]
    assert "<script>alert(1)</script>" in statement.text_content()


def test_the_standalone_page_has_the_panel_and_links_within_itself(tmp_path):
    out = tmp_path / "seed.html"
    result = CliRunner().invoke(main, ["annotate", "-", "-o", str(out)], input=SEED)
    assert result.exit_code == 0, result.output
    tree = parse_page(out.read_bytes())
    entry = tree.get_element_by_id("right-right-to-return")
    labels = [a.get("href") for a in entry.xpath("./div//h5/a")]
    assert labels == ["#cited-udhr--art_13__para_2", "#cited-iccpr--art_12__para_4"]
    ids = set(tree.xpath("//@id"))
    assert {h[1:] for h in tree.xpath("//a/@href") if h.startswith("#")} <= ids
    # Instruments the page does not cite link nowhere rather than to a missing entry.
    others = find_all(entry, "details", "right__others")[0]
    assert not [h for h in others.xpath(".//a/@href") if h.startswith("/")]


# -- the downloads --------------------------------------------------------------------------


def test_the_csv_flags_inferred_rows_and_names_the_right(client):
    response = client.post("/annotate.csv", data={"text": SEED + "\n\nArticle 13(2) UDHR."})
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    table = [
        (r["instrument"], r["pinpoint"], r["status"], r["inferred"], r["inferred_from"])
        for r in rows
    ]
    assert table == [
        ("udhr", "", "cited", "no", ""),
        ("udhr", "13(2)", "valid", "no", ""),
        ("udhr", "13(2)", "inferred", "yes", "right-to-return"),
        ("iccpr", "", "cited", "no", ""),
        ("iccpr", "12(4)", "inferred", "yes", "right-to-return"),
        ("refugee-convention-1951", "", "cited", "no", ""),
    ]


def test_the_json_flags_inferred_articles_and_the_instrument_with_none(client):
    data = client.get("/annotate.json", query_string={"text": SEED}).get_json()
    by_id = {a["instrument"]["id"]: a for a in data["authorities"]}
    assert by_id["udhr"]["articles"] == [
        {
            "pinpoint": "13(2)",
            "status": "inferred",
            "anchor": "art_13__para_2",
            "paragraphs": [10],
            "inferred": True,
            "inferred_from": ["right-to-return"],
        }
    ]
    assert by_id["iccpr"]["articles"][0]["inferred"] is True
    assert by_id["refugee-convention-1951"]["articles"] == []
    assert by_id["refugee-convention-1951"]["no_inference"] == ["right-to-return"]
    assert by_id["udhr"]["no_inference"] == []


def test_the_api_fragment_marks_rights_with_what_they_are(client):
    body = {"text": SEED, "format": "html"}
    data = client.post("/api/resolve", json=body).get_json()
    fragment = parse_page(data["html"])
    mark = find_all(fragment, "a", "linker-right")[-1]
    assert mark.get("href") == "#right-right-to-return"
    tip = text_of(fragment.get_element_by_id(mark.get("aria-describedby")))
    assert data["rights"]["right-to-return"]["description"] in tip
    badges = [b.text for b in find_all(fragment, "span", "linker-inferred")]
    assert badges == ["inferred: article 13(2)", "inferred: article 12(4)"]
