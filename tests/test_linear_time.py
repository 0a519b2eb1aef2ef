"""No catastrophic backtracking: resolve time grows linearly on adversarial inputs, and so
does reading and annotating adversarial HTML.

A generous guard, not a benchmark: from 100 KB to 1 MB (10× the text) the time may grow
at most 30× (linear would be 10×; a quadratic blow-up would be 100×).
"""

from __future__ import annotations

import time

import pytest

from linker.htmldoc import annotate_html, read_html
from linker.resolve import resolve_mentions

ADVERSARIAL = {
    "article list": lambda n: "article " + ", ".join(str(i % 999) for i in range(n)),
    "digits": lambda n: "article " + "1" * n,
    "commas": lambda n: "articles 1" + "," * n,
    "and-and": lambda n: "articles 1" + " and" * n,
    "parentheses": lambda n: "article 1" + "(" * n + ")" * n,
    "nested paren units": lambda n: "article 1" + "(a)" * n,
    "article article": lambda n: "article " * n,
    "the Convention": lambda n: "the Convention " * n,
    "titles without spaces": lambda n: "InternationalCovenantonCivilandPoliticalRights" * n,
    "hereinafter": lambda n: "ICCPR (hereinafter " * n,
    "paragraphs": lambda n: "paragraph 4 of " * n,
    "sentence ends": lambda n: "right to return. " * n,
    # The pinpoint grammar's other languages and styles.
    "dash chain": lambda n: "article 7-1-" + "d-" * n,
    "dot chain": lambda n: "el artículo 13." + "2." * n,
    "par et": lambda n: "article 2 (par. 1" + " et 2" * n,
    "ranges with à": lambda n: "articles 6" + " à 8" * n,
    "y lists": lambda n: "los artículos 1" + " y 2" * n,
    "alinea of paragraph of": lambda n: "alinéa c) du paragraphe 1 de " * n,
    "apartados del articulo": lambda n: "apartados a) y d) del párrafo 1 del artículo 7 " * n,
    "section signs": lambda n: "§§ " + "1, " * n,
}

#: Markup that parsers and the annotator in place have choked on: deep nesting, long and
#: many attributes, thousands of inline elements in one paragraph, tags never closed. Each
#: with the size it starts from (the large one is 10 times that): as large as the time
#: allows, since a quadratic term shows only once it outweighs the linear work.
ADVERSARIAL_HTML = {
    "nested blocks": (50_000, lambda n: "<div>" * n + "<p>UDHR art. 13</p>" + "</div>" * n),
    "nested inline": (
        50_000,
        lambda n: "<p>" + "<em>" * n + "Article 12 ICCPR" + "</em>" * n + "</p>",
    ),
    "long attribute values": (
        50_000,
        lambda n: (
            f'<p title="{"x" * 10 * n}">Article 12 ICCPR</p>'
            f'<a href="https://x.org/{"a" * 10 * n}">UDHR</a>'
        ),
    ),
    "many attributes": (
        50_000,
        lambda n: "<p " + " ".join(f"a{i}=1" for i in range(n)) + ">UDHR</p>",
    ),
    "many inline citations": (20_000, lambda n: "<p>" + "<b>Art.</b> <i>3</i> ECHR " * n + "</p>"),
    "tags never closed": (50_000, lambda n: "<p><b>" * n + "ICCPR"),
}


def _seconds(text, catalogue, rights, run=resolve_mentions) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        run(text, catalogue, rights)
        best = min(best, time.perf_counter() - started)
    return best


def annotate_page(page: str, catalogue, rights) -> str:
    """The whole HTML path: read (parse, sanitise), resolve, annotate in place."""
    document = read_html(page)
    return annotate_html(document, resolve_mentions(document.text, catalogue, rights), catalogue)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_time_grows_linearly(name, catalogue, rights):
    make = ADVERSARIAL[name]
    small = make(1)
    unit = max(1, 100_000 // len(small))
    small_text = make(unit)[:100_000]
    large_text = make(unit * 10)[:1_000_000]
    small_time = max(_seconds(small_text, catalogue, rights), 0.002)
    large_time = _seconds(large_text, catalogue, rights)
    assert large_time <= 30 * small_time, (name, small_time, large_time)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_HTML))
def test_html_time_grows_linearly(name, catalogue, rights):
    """The same guard for pasted or fetched HTML: read, resolved and annotated in place
    (the annotator makes a link and a popover per citation, so a megabyte of citations takes
    seconds, linearly)."""
    size, make = ADVERSARIAL_HTML[name]
    unit = max(1, size // len(make(1)))
    small_page, large_page = make(unit), make(unit * 10)
    small = max(_seconds(small_page, catalogue, rights, annotate_page), 0.002)
    large = _seconds(large_page, catalogue, rights, annotate_page)
    assert large <= 30 * small, (name, small, large)
