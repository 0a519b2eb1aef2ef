"""Invariants of the resolver for any input (hypothesis): it never raises, and every span
is in range, sorted, disjoint and exactly the text it claims.

CI runs a short run; ``LINKER_FUZZ_EXAMPLES=20000 python3 -m pytest tests/test_properties.py``
is the long one (see README).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linker.resolve import resolve_mentions

EXAMPLES = int(os.environ.get("LINKER_FUZZ_EXAMPLES", "300"))
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
