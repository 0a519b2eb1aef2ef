"""The catalogue's article texts checked against the independent oracle copies.

The oracle (``../shared/oracle/texts``) holds official English texts assembled from published
copies, with their caveats. Wording is compared strictly after folding what the README of the
oracle calls presentation (whitespace, quote and dash styles, list-marker styles). Every place
where the catalogue departs from the oracle on purpose is listed in ``DEVIATIONS`` with why.
"""

from __future__ import annotations

import json
import re

import pytest

from .conftest import SHARED

ORACLE = SHARED / "oracle" / "texts"
ORACLE_IDS = {
    "geneva-convention-1": "gc-i",
    "geneva-convention-2": "gc-ii",
    "geneva-convention-3": "gc-iii",
    "geneva-convention-4": "gc-iv",
    "additional-protocol-1": "ap-i",
    "additional-protocol-2": "ap-ii",
    "additional-protocol-3": "ap-iii",
}

#: (instrument, article) → why the catalogue's wording differs from the oracle's.
DEVIATIONS = {
    ("echr", "21"): "as amended by Protocol No. 15 (in force 1 August 2021)",
    ("echr", "23"): "as amended by Protocol No. 15",
    ("echr", "30"): "as amended by Protocol No. 15",
    ("echr", "35"): "as amended by Protocol No. 15; paragraph 2 settled against a second copy",
    ("gc-i", "3"): "oracle keying errors 'treated humanity', 'dignity in particular' corrected "
    "against the same common article in GC II-IV",
    ("ap-i", "90"): "oracle's uncertain 'aquire' read as 'enquire'",
    ("ap-i", "61"): "the source numbers item (x) of paragraph (a) '(ix)' a second time",
}

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "‐": "-", "‑": "-", "–": "-"})
_MARKER = re.compile(r"(?m)^\s*(?:\(?([a-z0-9]{1,5})[.)]|\(([a-z0-9]{1,5})\))\s")


def normalise(text: str) -> str:
    text = _MARKER.sub(lambda m: f"({m[1] or m[2]}) ", text.translate(_QUOTES))
    return " ".join(text.split())


def _oracle_files():
    return sorted(ORACLE.glob("*.json"))


@pytest.mark.parametrize("path", _oracle_files(), ids=lambda p: p.stem)
def test_article_text_matches_the_oracle(path, catalogue):
    oracle = json.loads(path.read_text(encoding="utf-8"))
    instrument = catalogue.get(ORACLE_IDS.get(oracle["id"], oracle["id"]))
    labels = oracle.get("article_labels", {})
    mismatched = []
    for key, text in oracle["articles"].items():
        number = labels.get(key, key)
        article = instrument.article(number)
        assert article is not None, f"{instrument.id} lacks article {number}"
        if article.text is None or (instrument.id, number) in DEVIATIONS:
            continue
        if normalise(article.text) != normalise(text):
            mismatched.append(number)
    assert mismatched == []


@pytest.mark.parametrize("path", _oracle_files(), ids=lambda p: p.stem)
def test_headings_match_the_oracle(path, catalogue):
    oracle = json.loads(path.read_text(encoding="utf-8"))
    instrument = catalogue.get(ORACLE_IDS.get(oracle["id"], oracle["id"]))
    labels = oracle.get("article_labels", {})
    for key, heading in oracle.get("article_titles", {}).items():
        assert instrument.article(labels.get(key, key)).heading == heading


def test_common_articles_are_those_of_the_first_convention(catalogue):
    """The group entry quotes the common articles from GC I, its named source."""
    group, gc_i = catalogue.get("geneva-conventions-1949"), catalogue.get("gc-i")
    for number in ("1", "2", "3"):
        assert group.article(number).text == gc_i.article(number).text
