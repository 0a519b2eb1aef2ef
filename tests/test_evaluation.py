"""A guard on resolution quality: the project's own gold corpus must keep its scores.

The floors are the figures measured when they were set (README, "Measured quality"); a
change that loses a mention or a pinpoint fails here, with the errors listed. Rights are
guarded apart, on the texts annotated for them (English only: the rights index has English
names only), precision first for inferred pinpoints.
"""

from __future__ import annotations

import pytest

from linker.evaluate import format_report, load_gold, score
from linker.resolve import resolve_mentions

from .conftest import ROOT

GOLD = ROOT / "tests" / "corpus" / "gold.jsonl"
#: language → (mention F1 floor, pinpoint F1 floor), as measured.
FLOORS = {"en": (0.998, 0.999), "fr": (0.999, 0.999), "es": (0.999, 0.999)}
#: language → floors for rights, as measured: right mentions (precision, F1), inferred
#: pinpoints (precision, F1), and the share of gold ``[]`` decisions the resolver also makes.
RIGHTS_FLOORS = {"en": {"mentions": (0.973, 0.866), "inferred": (0.985, 0.912), "empty": 1.0}}


@pytest.fixture(scope="module")
def evaluation(catalogue, rights):
    gold = load_gold(GOLD)
    return score(gold, lambda text: resolve_mentions(text, catalogue, rights))


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_scores_stay_at_their_floor(lang, evaluation):
    mention_floor, pinpoint_floor = FLOORS[lang]
    scores = evaluation.languages[lang]
    report = format_report(evaluation, errors=True)
    assert scores.mentions.f1 >= mention_floor, report
    assert scores.pinpoints.f1 >= pinpoint_floor, report


def test_overall_scores_meet_the_issue_targets(evaluation):
    assert evaluation.overall.mentions.f1 >= 0.97
    assert evaluation.overall.pinpoints.f1 >= 0.95


@pytest.mark.parametrize("lang", sorted(RIGHTS_FLOORS))
def test_rights_stay_at_their_floor(lang, evaluation):
    floors = RIGHTS_FLOORS[lang]
    scores = evaluation.rights.languages[lang]
    report = format_report(evaluation, errors=True)
    for measure in ("mentions", "inferred"):
        counts = getattr(scores, measure)
        precision_floor, f1_floor = floors[measure]
        assert counts.precision >= precision_floor, f"{measure} precision\n{report}"
        assert counts.f1 >= f1_floor, f"{measure} F1\n{report}"
    assert scores.empty.recall >= floors["empty"], f"[] decisions\n{report}"
