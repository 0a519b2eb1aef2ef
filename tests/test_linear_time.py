"""No catastrophic backtracking: resolve time grows linearly on adversarial inputs.

A generous guard, not a benchmark: from 100 KB to 1 MB (10× the text) the time may grow
at most 30× (linear would be 10×; a quadratic blow-up would be 100×).
"""

from __future__ import annotations

import time

import pytest

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
}


def _seconds(text, catalogue, rights) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        resolve_mentions(text, catalogue, rights)
        best = min(best, time.perf_counter() - started)
    return best


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
