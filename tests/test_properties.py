"""Invariants for any input (hypothesis): the resolver never raises, and every span is in
range, sorted, disjoint and exactly the text it claims; the annotated page shows the
statement exactly (nothing lost, nothing added), and annotating linker's annotated output
again changes nothing.

CI runs a short run; ``LINKER_FUZZ_EXAMPLES=5000 python3 -m pytest tests/test_properties.py
tests/test_annotate.py tests/test_htmldoc.py`` is the long one (see README and
``tests/fuzzing.py``).
"""

from __future__ import annotations

import functools
import re

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linker.annotate import annotate_statement, paragraph_blocks
from linker.catalogue import load_catalogue
from linker.htmldoc import annotate_html, read_html
from linker.resolve import resolve_mentions
from linker.rights import load_rights

from .fuzzing import examples

EXAMPLES = examples(300)
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Fragments of real citations, so random texts often come close to real ones.
FRAGMENTS = [
    "Article ",
    "article 12(4) of the Covenant",
    "arts. 6 and 7",
    " the Convention",
    "(hereinafter “the Convention”)",
    "ICCPR",
    "UDHR, art. 13(2)",
    "paragraph 4 of article 12",
    "the 1951 Geneva Convention",
    "Optional Protocol to the ",
    "Human Rights Committee",
    "§§ 1 and 4",
    "l'article 12, paragraphe 4, du Pacte",
    "el artículo 13.2 de la Declaración",
    "right to return",
    "1A(2)",
    "(a) and (c)",
    " to ",
    ", ",
    "\n\n",
    "\u00a0",
    "\u200f",
    "\u0301",
    "\x00",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map(
    "".join
)


def check_invariants(text, mentions):
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous_end
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end


@SETTINGS
@given(text=texts)
def test_resolve_never_raises_and_spans_hold(text, catalogue, rights):
    check_invariants(text, resolve_mentions(text, catalogue, rights))


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_unicode(text, catalogue, rights):
    check_invariants(text, resolve_mentions(text, catalogue, rights))


def test_a_megabyte_line_with_control_characters(catalogue, rights):
    line = ("\x00\x1b[31m Article 12 of the ICCPR \u202e\u0301" * 30_000)[:1_000_000]
    mentions = resolve_mentions(line, catalogue, rights)
    check_invariants(line, mentions)
    assert mentions


# -- the annotated page shows the statement, exactly; annotating it again changes nothing ----

#: What XML cannot hold: the page shows each as U+FFFD, one for one.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: What cannot be sent at all (refused with 422): NUL and lone surrogates.
NOT_SENDABLE = re.compile("[\x00\ud800-\udfff]")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
sendable_texts = texts.map(lambda text: NOT_SENDABLE.sub("", text))
PAGE_SETTINGS = settings(SETTINGS, max_examples=max(10, EXAMPLES // 3))


def expected_shown(text: str) -> str:
    """The statement as the page must show it: each paragraph exactly, line breaks as
    line breaks, paragraphs one blank line apart, characters XML cannot hold as U+FFFD."""
    shown = (LINE_BREAK.sub("\n", text[b.start : b.end]) for b in paragraph_blocks(text))
    return "\n\n".join(NOT_XML.sub("\ufffd", paragraph) for paragraph in shown)


def shown_text(statement) -> str:
    """What a reader sees of the statement in linker's ``.linker-statement`` element: the
    words of each mention's link, not linker's popovers and badges beside it."""
    copy = lxml.html.fragment_fromstring(lxml.html.tostring(statement, encoding="unicode"))
    for cite in copy.xpath(".//span[contains(concat(' ', @class, ' '), ' linker-cite ')]"):
        cite.text = None
        for child in list(cite):
            if child.tag != "a":
                child.drop_tree()
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return "\n\n".join(p.text_content() for p in copy.xpath("./p"))


def words(text: str) -> str:
    return "".join(NOT_XML.sub("\ufffd", text).split())


@PAGE_SETTINGS
@given(text=sendable_texts)
def test_the_annotated_page_shows_the_statement_exactly(text, app):
    client = app.test_client()
    page = client.post("/annotate", data={"text": text})
    if not text.strip():
        assert page.status_code == 400  # nothing to annotate: the form again
        return
    assert page.status_code == 200
    tree = lxml.html.document_fromstring(page.data)
    (statement,) = tree.xpath("//article//div[@class='linker-statement']")
    assert shown_text(statement) == expected_shown(text.replace("\r\n", "\n"))
    data = client.post("/api/resolve", json={"text": text, "format": "html"}).get_json()
    fragment = lxml.html.fragment_fromstring(data["html"])
    assert shown_text(fragment) == expected_shown(text)


@functools.cache
def _catalogue_and_rights():
    """Loaded here, not as fixtures: hypothesis prints every argument of a failing case."""
    catalogue = load_catalogue()
    return catalogue, load_rights(None, catalogue)


@SETTINGS
@given(text=texts)
def test_annotating_the_annotated_statement_again_changes_nothing(text):
    catalogue, rights = _catalogue_and_rights()
    first = annotate_statement(text, resolve_mentions(text, catalogue, rights), catalogue)
    document = read_html(first)
    # Read back as HTML, the text keeps every character (whitespace is HTML's to fold).
    assert words(document.text) == words(expected_shown(text))
    again = annotate_html(document, resolve_mentions(document.text, catalogue, rights), catalogue)
    reread = read_html(again)
    assert reread.text == document.text
    assert (
        annotate_html(reread, resolve_mentions(reread.text, catalogue, rights), catalogue) == again
    )
