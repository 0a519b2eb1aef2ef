"""Rights named in a statement, and the pinpoints they let linker infer (issue 9)."""

from __future__ import annotations

import pytest

from linker.export import resolution_json
from linker.resolve import resolve_mentions

from .test_seed import SEED


def _rights_and_inferences(text, catalogue, rights):
    mentions = resolve_mentions(text, catalogue, rights)
    named = [(m.text, m.right) for m in mentions if m.kind == "right"]
    inferred = [
        (m.instrument, m.inferred_right, list(m.inferred_articles))
        for m in mentions
        if m.inferred_articles is not None
    ]
    return named, inferred


def test_seed_statement_yields_the_right_to_return_and_its_articles(catalogue, rights):
    text = SEED.read_text(encoding="utf-8")
    named, inferred = _rights_and_inferences(text, catalogue, rights)
    assert ("right to return", "right-to-return") in named
    assert inferred == [
        ("udhr", "right-to-return", ["13(2)"]),
        ("iccpr", "right-to-return", ["12(4)"]),
        ("refugee-convention-1951", "right-to-return", []),
    ]


def test_inferred_articles_never_mix_with_cited_ones(catalogue, rights):
    text = "The right to return is in article 12(4) of the ICCPR and in the UDHR."
    mentions = resolve_mentions(text, catalogue, rights)
    iccpr = next(m for m in mentions if m.instrument == "iccpr")
    udhr = next(m for m in mentions if m.instrument == "udhr")
    assert (list(iccpr.articles), iccpr.inferred_articles) == (["12(4)"], None)
    assert (list(udhr.articles), list(udhr.inferred_articles)) == ([], ["13(2)"])


def test_inference_stays_inside_the_sentence(catalogue, rights):
    text = "They invoked the right to return. Separately, the ICCPR was ratified."
    _, inferred = _rights_and_inferences(text, catalogue, rights)
    assert inferred == []


def test_right_named_after_the_instrument_also_settles_it(catalogue, rights):
    text = "The Universal Declaration of Human Rights protects the right to asylum."
    _, inferred = _rights_and_inferences(text, catalogue, rights)
    assert inferred == [("udhr", "asylum", ["14(1)"])]


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("the right of return of refugees", "right-to-return"),
        ("the principle of non-refoulement", "non-refoulement"),
        ("freedom of expression", "expression"),
        ("the right to life", "life"),
        ("crimes against humanity", "crimes-against-humanity"),
        ("the prohibition of torture", "torture"),
    ],
)
def test_rights_are_found_by_their_names(text, right, catalogue, rights):
    named, _ = _rights_and_inferences(text, catalogue, rights)
    assert [r for _, r in named] == [right]


@pytest.mark.parametrize(
    "text",
    [
        "Workers will return to work on Monday.",
        "She filed her tax return late.",
        "The right to return to work after illness.",
        "Life goes on.",
        "The Committee against Torture met in Geneva.",
        "The Genocide Convention was adopted in 1948.",
    ],
)
def test_negatives_are_not_rights(text, catalogue, rights):
    named, _ = _rights_and_inferences(text, catalogue, rights)
    assert named == []


def test_resolution_json_carries_rights(catalogue, rights):
    text = "the right to return in the UDHR"
    data = resolution_json(text, resolve_mentions(text, catalogue, rights), catalogue, rights)
    right_mention = data["mentions"][0]
    assert right_mention["kind"] == "right"
    assert right_mention["instrument"] is None
    assert right_mention["right_articles"]["udhr"] == ["13(2)"]
    assert data["mentions"][1]["inferred_articles"] == ["13(2)"]
    assert data["rights"]["right-to-return"]["label"] == "Right to return"
    absent = {a["instrument"] for a in data["rights"]["right-to-return"]["absent"]}
    assert "refugee-convention-1951" in absent
    assert "13(2)" in data["instruments"]["udhr"]["cited_articles"]


def test_without_a_rights_index_no_right_mentions(catalogue):
    assert all(m.kind != "right" for m in resolve_mentions("the right to return", catalogue))
