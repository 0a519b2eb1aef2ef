"""Scoring against gold: hand-made gold and predictions, no resolver needed."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

import pytest

from linker.evaluate import (
    CONTEXT_CHARS,
    Counts,
    GoldFormatError,
    GoldMention,
    GoldRight,
    GoldText,
    as_dict,
    format_report,
    load_gold,
    score,
    score_predictions,
)
from linker.models import Mention

CORPUS = Path(__file__).parent / "corpus"

#: "article 12(4) of the Covenant" is [6, 35), "Art. 3 ECHR" [40, 51), "return" [53, 59).
TEXT = "Under article 12(4) of the Covenant and Art. 3 ECHR, return is a right."


def gold(*mentions: GoldMention, text: str = TEXT, id: str = "t1", lang: str = "en") -> GoldText:
    return GoldText(id, text, tuple(mentions), lang=lang, style="court")


def g(start: int, end: int, instrument: str, *articles: str) -> GoldMention:
    return GoldMention(start, end, instrument, articles)


def p(start: int, end: int, instrument: str | None, *articles: str) -> Mention:
    kind = "right" if instrument is None else "title"
    return Mention(start, end, TEXT[start:end], kind, instrument, articles)


COVENANT = g(6, 35, "iccpr", "12(4)")
ECHR = g(40, 51, "echr", "3")


def run(gold_text: GoldText, *predicted: Mention):
    return score_predictions([gold_text], {gold_text.id: list(predicted)})


# --- mention counting ---------------------------------------------------------------------


def test_exact_predictions_score_one() -> None:
    result = run(gold(COVENANT, ECHR), p(6, 35, "iccpr", "12(4)"), p(40, 51, "echr", "3"))
    assert result.overall.mentions == Counts(tp=2)
    assert result.overall.pinpoints == Counts(tp=2)
    assert result.overall.mentions.f1 == 1.0
    assert result.errors == ()


def test_missing_and_spurious_mentions() -> None:
    result = run(gold(COVENANT, ECHR), p(6, 35, "iccpr", "12(4)"), p(60, 66, "udhr"))
    assert result.overall.mentions == Counts(tp=1, fp=1, fn=1)
    assert result.instruments["echr"].mentions == Counts(fn=1)
    assert result.instruments["udhr"].mentions == Counts(fp=1)
    assert result.overall.mentions.precision == 0.5
    assert result.overall.mentions.recall == 0.5


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        pytest.param(p(34, 35, "iccpr"), Counts(tp=1), id="one-char-overlap"),
        pytest.param(p(0, 72, "iccpr"), Counts(tp=1), id="covers-gold"),
        pytest.param(p(0, 6, "iccpr"), Counts(fp=1, fn=1), id="touching-is-not-overlap"),
        pytest.param(p(35, 40, "iccpr"), Counts(fp=1, fn=1), id="after-the-end"),
        pytest.param(p(6, 35, "icescr"), Counts(fp=1, fn=1), id="other-instrument"),
    ],
)
def test_overlap_rules(predicted: Mention, expected: Counts) -> None:
    assert run(gold(COVENANT), predicted).overall.mentions == expected


def test_a_gold_mention_is_matched_once() -> None:
    result = run(gold(COVENANT), p(6, 19, "iccpr", "12(4)"), p(27, 35, "iccpr"))
    assert result.overall.mentions == Counts(tp=1, fp=1)


def test_a_prediction_matches_one_gold_mention() -> None:
    two = gold(g(6, 19, "iccpr", "12(4)"), g(27, 35, "iccpr"))
    result = run(two, p(6, 35, "iccpr", "12(4)"))
    assert result.overall.mentions == Counts(tp=1, fn=1)


def test_matching_is_maximal_not_greedy() -> None:
    # The first prediction overlaps both gold mentions, the second only the first one:
    # a greedy left-to-right match would pair (A, g1) and leave B unmatched.
    two = gold(g(6, 19, "iccpr"), g(27, 35, "iccpr"))
    result = run(two, p(10, 30, "iccpr"), p(6, 12, "iccpr"))
    assert result.overall.mentions == Counts(tp=2)


def test_rights_are_ignored() -> None:
    result = run(gold(COVENANT), p(6, 35, "iccpr", "12(4)"), p(53, 59, None))
    assert result.overall.mentions == Counts(tp=1)
    assert result.errors == ()


# --- pinpoints ----------------------------------------------------------------------------


def test_pinpoints_are_a_set_per_text() -> None:
    repeated = gold(g(6, 19, "iccpr", "12(4)"), g(27, 35, "iccpr", "12(4)"))
    result = run(repeated, p(6, 19, "iccpr", "12(4)", "12(4)"), p(27, 35, "iccpr"))
    assert result.overall.pinpoints == Counts(tp=1)


def test_pinpoints_do_not_depend_on_spans() -> None:
    # Right article, wrong place: the mention misses, the pinpoint still counts.
    result = run(gold(COVENANT), p(60, 66, "iccpr", "12(4)"))
    assert result.overall.mentions == Counts(fp=1, fn=1)
    assert result.overall.pinpoints == Counts(tp=1)


def test_pinpoint_errors() -> None:
    result = run(gold(COVENANT, ECHR), p(6, 35, "iccpr", "12"), p(40, 51, "echr", "3"))
    assert result.instruments["iccpr"].pinpoints == Counts(fp=1, fn=1)
    assert result.instruments["echr"].pinpoints == Counts(tp=1)
    kinds = {(e.kind, e.level, e.articles) for e in result.errors}
    assert kinds == {
        ("false-positive", "pinpoint", ("12",)),
        ("false-negative", "pinpoint", ("12(4)",)),
    }


def test_same_article_of_another_instrument_is_wrong() -> None:
    result = run(gold(ECHR), p(40, 51, "cat", "3"))
    assert result.overall.pinpoints == Counts(fp=1, fn=1)


def test_pinpoints_are_per_text() -> None:
    first = gold(COVENANT, id="a")
    second = gold(id="b")
    predictions = {"a": [p(6, 35, "iccpr")], "b": [p(6, 35, "iccpr", "12(4)")]}
    result = score_predictions([first, second], predictions)
    assert result.overall.pinpoints == Counts(fp=1, fn=1)


def test_invalid_articles_are_not_scored() -> None:
    invalid = GoldMention(6, 35, "iccpr", (), ("99",))
    result = run(gold(invalid), p(6, 35, "iccpr"))
    assert result.overall.pinpoints == Counts()
    assert result.overall.pinpoints.f1 == 1.0


# --- ratios, groups, errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(), 1.0, 1.0, 1.0),
        (Counts(fn=3), 1.0, 0.0, 0.0),
        (Counts(fp=2), 0.0, 1.0, 0.0),
        (Counts(tp=3, fp=1, fn=2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
    ],
)
def test_ratios(counts: Counts, precision: float, recall: float, f1: float) -> None:
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


def test_groups_by_instrument_language_and_style() -> None:
    english = gold(COVENANT, id="en-1")
    french = gold(ECHR, id="fr-1", lang="fr")
    result = score_predictions([english, french], {"en-1": [p(6, 35, "iccpr", "12(4)")]})
    assert list(result.instruments) == ["echr", "iccpr"]
    assert result.languages["en"].mentions == Counts(tp=1)
    assert result.languages["fr"].mentions == Counts(fn=1)
    assert result.styles["court"].mentions == Counts(tp=1, fn=1)
    assert result.texts == 2


def test_no_language_no_language_breakdown() -> None:
    unlabelled = GoldText("x", TEXT, (COVENANT,))
    result = score_predictions([unlabelled], {})
    assert dict(result.languages) == {}
    assert "by language" not in format_report(result)


def test_error_carries_span_and_context() -> None:
    text = "x" * 100 + " Article 3 ECHR " + "y" * 100
    mention = GoldMention(101, 115, "echr", ("3",))
    result = score_predictions([gold(mention, text=text)], {})
    error = next(e for e in result.errors if e.level == "mention")
    assert (error.kind, error.text_id, error.start, error.end) == ("false-negative", "t1", 101, 115)
    assert (error.text, error.instrument, error.articles) == ("Article 3 ECHR", "echr", ("3",))
    assert error.before == text[101 - CONTEXT_CHARS : 101]
    assert error.after == text[115 : 115 + CONTEXT_CHARS]


def test_score_runs_the_predictor_on_each_text() -> None:
    seen: list[str] = []

    def predict(text: str) -> list[Mention]:
        seen.append(text)
        return [p(6, 35, "iccpr", "12(4)")]

    result = score([gold(COVENANT)], predict)
    assert seen == [TEXT]
    assert result.overall.mentions == Counts(tp=1)


def test_report_and_json() -> None:
    result = run(gold(COVENANT, ECHR), p(6, 35, "iccpr", "12(4)"))
    report = format_report(result, errors=True)
    assert "iccpr" in report and "overall" in report and "errors (2)" in report
    assert "⟦Art. 3 ECHR⟧" in report
    assert "errors" not in format_report(result)
    data = json.loads(json.dumps(as_dict(result)))
    assert data["overall"]["mentions"] == {
        "gold": 2,
        "predicted": 1,
        "tp": 1,
        "fp": 0,
        "fn": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
    }
    assert data["instruments"]["echr"]["mentions"]["fn"] == 1
    assert data["languages"]["en"]["pinpoints"]["tp"] == 1
    assert data["errors"][0]["text"] == "Art. 3 ECHR"
    assert "errors" not in as_dict(result, errors=False)


# --- loading ------------------------------------------------------------------------------


def write_lines(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_inline_jsonl(tmp_path: Path) -> None:
    record = {
        "id": "t1",
        "lang": "en",
        "style": "court",
        "text": TEXT,
        "mentions": [{"start": 40, "end": 51, "text": "Art. 3 ECHR", "instrument": "echr",
                      "articles": ["3"], "invalid_articles": []}],
    }  # fmt: skip
    [loaded] = load_gold(write_lines(tmp_path / "g.jsonl", record))
    assert loaded == GoldText("t1", TEXT, (ECHR,), "en", "court")


def test_load_folder_layout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Title\r\nsee Art. 3 ECHR.\r\n")
    (tmp_path / "b.txt").write_text("Nothing cited here.", encoding="utf-8")
    write_lines(
        tmp_path / "gold.jsonl",
        {
            "id": "a",
            "mentions": [{"start": 11, "end": 22, "instrument": "echr", "articles": ["3"]}],
        },
        {"id": "b", "mentions": []},
    )
    first, second = load_gold(tmp_path)
    assert first.text[first.mentions[0].start : first.mentions[0].end] == "Art. 3 ECHR"
    assert "\r\n" in first.text  # line ends are kept, so offsets hold
    assert (second.id, second.mentions, second.lang) == ("b", (), None)


def test_folder_text_not_listed_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "extra.txt").write_text("text", encoding="utf-8")
    write_lines(tmp_path / "gold.jsonl", {"id": "a", "mentions": []})
    with caplog.at_level(logging.WARNING, logger="linker.evaluate"):
        assert [t.id for t in load_gold(tmp_path)] == ["a"]
    assert "extra" in caplog.text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "g.jsonl:1: not valid JSON"),
        ('{"text": "abc"}', "string 'id'"),
        ('{"id": "x"}', "no 'text' and no file x.txt"),
        ('{"id": "x", "text": "abc", "mentions": [{"start": 1, "end": 9, "instrument": "a"}]}',
         "bad span"),
        ('{"id": "x", "text": "abc", "mentions": [{"start": 0, "end": 2}]}', "'instrument'"),
        ('{"id": "x", "text": "abc", "mentions": [{"start": 0, "end": 2, "instrument": "a",'
         ' "text": "bc"}]}', "'bc' != 'ab'"),
        ('{"id": "x", "text": "abc", "mentions": [{"start": 0, "end": 2, "instrument": "a",'
         ' "articles": "1"}]}', "articles: must be a list"),
        ('{"id": "x", "text": "a", "mentions": []}\n{"id": "x", "text": "b", "mentions": []}',
         "duplicate id 'x'"),
    ],
)  # fmt: skip
def test_bad_gold_is_refused(tmp_path: Path, line: str, message: str) -> None:
    file = tmp_path / "g.jsonl"
    file.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message.replace("(", r"\(")):
        load_gold(file)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such gold file"):
        load_gold(tmp_path)


# --- rights and inferred pinpoints --------------------------------------------------------

#: "right to return" [4, 19), "UDHR" [30, 34), "ICCPR" [36, 41), "Refugee Convention"
#: [46, 64), "article 12(4) of the ICCPR" [73, 99), "tax return" [107, 117).
RIGHTS_TEXT = (
    "The right to return is in the UDHR, ICCPR and Refugee Convention, and in article 12(4) "
    "of the ICCPR; not a tax return."
)
RETURN = GoldRight(4, 19, "right-to-return")


def rights_gold(*mentions: GoldMention, rights=(RETURN,), id: str = "r1", lang: str = "en"):
    return GoldText(id, RIGHTS_TEXT, tuple(mentions), lang=lang, style="ngo", rights=rights)


def gi(start: int, end: int, instrument: str, inferred, *articles: str) -> GoldMention:
    """A gold mention with ``inferred_articles`` (``None``: no inference)."""
    inferred = tuple(inferred) if inferred is not None else None
    return GoldMention(start, end, instrument, articles, (), inferred, ("right-to-return",))


def pi(start: int, end: int, instrument: str, inferred, *articles: str) -> Mention:
    inferred = tuple(inferred) if inferred is not None else None
    source = "right-to-return" if inferred is not None else None
    return Mention(start, end, RIGHTS_TEXT[start:end], "title", instrument, articles,
                   inferred_articles=inferred, inferred_right=source)  # fmt: skip


def pr(start: int, end: int, right: str) -> Mention:
    return Mention(start, end, RIGHTS_TEXT[start:end], "right", None, right=right)


UDHR = gi(30, 34, "udhr", ["13(2)"])
ICCPR = gi(36, 41, "iccpr", ["12(4)"])
REFUGEES = gi(46, 64, "refugee-convention-1951", [])
CITED = gi(73, 99, "iccpr", None, "12(4)")


def run_rights(gold_text: GoldText, *predicted: Mention):
    return score_predictions([gold_text], {gold_text.id: list(predicted)}).rights


def test_right_mentions_overlap_with_the_same_right() -> None:
    result = run_rights(rights_gold(), pr(8, 19, "right-to-return"), pr(107, 117, "property"))
    assert result.overall.mentions == Counts(tp=1, fp=1)
    assert result.rights["right-to-return"] == Counts(tp=1)
    assert result.rights["property"] == Counts(fp=1)
    [error] = result.errors
    assert (error.kind, error.level, error.key, error.text) == (
        "false-positive", "right", "property", "tax return")  # fmt: skip


def test_a_right_mention_of_another_right_is_wrong() -> None:
    result = run_rights(rights_gold(), pr(4, 19, "leave-any-country"))
    assert result.overall.mentions == Counts(fp=1, fn=1)
    notes = {e.kind: e.note for e in result.errors}
    assert notes["false-negative"] == "resolver: leave-any-country here"


def test_texts_without_a_rights_field_are_not_scored_for_rights() -> None:
    plain = GoldText("p", RIGHTS_TEXT, (), lang="en")
    assert score_predictions([plain], {"p": [pr(4, 19, "right-to-return")]}).rights is None
    none_named = rights_gold(rights=())
    result = run_rights(none_named, pr(107, 117, "right-to-return"))
    assert (result.texts, result.overall.mentions) == (1, Counts(fp=1))


def test_inferred_pinpoints_are_triples_apart_from_cited_ones() -> None:
    gold_text = rights_gold(UDHR, ICCPR, REFUGEES, CITED)
    predicted = [
        pi(30, 34, "udhr", ["13(2)"]),
        pi(36, 41, "iccpr", ["12(4)"]),
        pi(46, 64, "refugee-convention-1951", []),
        pi(73, 99, "iccpr", None, "12(4)"),
        pr(4, 19, "right-to-return"),
    ]
    evaluation = score_predictions([gold_text], {"r1": predicted})
    assert evaluation.rights.overall.inferred == Counts(tp=2)
    assert evaluation.overall.pinpoints == Counts(tp=1)  # the cited 12(4) only
    assert evaluation.rights.errors == ()


def test_a_wrong_inferred_pinpoint_costs_precision() -> None:
    result = run_rights(rights_gold(UDHR), pi(30, 34, "udhr", ["13(1)"]))
    assert result.overall.inferred == Counts(fp=1, fn=1)
    wrong = next(e for e in result.errors if e.kind == "false-positive")
    assert (wrong.level, wrong.key, wrong.articles) == ("inferred", "udhr", ("13(1)",))
    assert wrong.note == "resolver: from right-to-return; gold: [13(2)] from right-to-return"


def test_inference_where_gold_has_none_is_a_false_positive() -> None:
    no_inference = rights_gold(gi(30, 34, "udhr", None), rights=())
    result = run_rights(no_inference, pi(30, 34, "udhr", ["13(2)"]))
    assert result.overall.inferred == Counts(fp=1)
    assert result.errors[0].note.endswith("gold: no inference")


def test_empty_decisions_must_match() -> None:
    refugees_only = rights_gold(REFUGEES, rights=())
    said = run_rights(refugees_only, pi(46, 64, "refugee-convention-1951", []))
    assert said.overall.empty == Counts(tp=1)
    silent = run_rights(refugees_only, pi(46, 64, "refugee-convention-1951", None))
    assert silent.overall.empty == Counts(fn=1)
    assert silent.errors[0].note == "gold: [] for right-to-return; resolver: no inference"
    guessed = run_rights(refugees_only, pi(46, 64, "refugee-convention-1951", ["1"]))
    assert (guessed.overall.empty, guessed.overall.inferred) == (Counts(fn=1), Counts(fp=1))
    missing = run_rights(refugees_only)
    assert missing.overall.empty == Counts(fn=1)
    assert missing.overall.empty.recall == 0.0


def test_a_predicted_empty_decision_gold_lacks_is_a_false_positive() -> None:
    result = run_rights(rights_gold(UDHR, rights=()), pi(30, 34, "udhr", []))
    assert result.overall.empty == Counts(fp=1)
    assert result.overall.inferred == Counts(fn=1)
    kinds = {(e.kind, e.level) for e in result.errors}
    assert kinds == {("false-positive", "empty"), ("false-negative", "inferred")}


def test_rights_are_grouped_by_language() -> None:
    english = rights_gold(UDHR, id="en-1")
    french = rights_gold(UDHR, id="fr-1", lang="fr")
    predictions = {"en-1": [pi(30, 34, "udhr", ["13(2)"]), pr(4, 19, "right-to-return")]}
    result = score_predictions([english, french], predictions).rights
    assert list(result.languages) == ["en", "fr"]
    assert result.languages["en"].inferred == Counts(tp=1)
    assert result.languages["fr"].mentions == Counts(fn=1)
    assert result.overall.inferred == Counts(tp=1, fn=1)


def test_rights_in_report_and_json() -> None:
    gold_text = rights_gold(UDHR, REFUGEES)
    evaluation = score_predictions([gold_text], {"r1": [pi(30, 34, "udhr", ["13(1)"])]})
    report = format_report(evaluation, errors=True)
    assert "rights (1 texts annotated for rights)" in report
    assert "[] decisions" in report and "by right" in report
    assert "FP inferred r1 30-34 udhr [13(1)]" in report
    assert "⟦Refugee Convention⟧" in report
    assert "rights errors" not in format_report(evaluation)
    data = json.loads(json.dumps(as_dict(evaluation)))
    rights = data["rights"]
    assert rights["overall"]["inferred"]["fp"] == 1
    assert rights["overall"]["empty"]["accuracy"] == 0.0
    assert rights["rights"]["right-to-return"]["fn"] == 1
    assert {e["level"] for e in rights["errors"]} == {"right", "inferred", "empty"}
    assert "errors" not in as_dict(evaluation, errors=False)["rights"]
    assert as_dict(run(gold(COVENANT)))["rights"] is None
    assert "rights (" not in format_report(run(gold(COVENANT)))


def test_load_rights_and_inferred_articles(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "text": RIGHTS_TEXT,
        "mentions": [{"start": 46, "end": 64, "instrument": "refugee-convention-1951",
                      "inferred_articles": [], "inferred_rights": ["right-to-return"]}],
        "rights": [{"start": 4, "end": 19, "text": "right to return", "right": "right-to-return"}],
    }  # fmt: skip
    [loaded] = load_gold(write_lines(tmp_path / "g.jsonl", record))
    assert loaded.rights == (RETURN,)
    assert loaded.mentions[0].inferred_articles == ()
    assert loaded.mentions[0].inferred_rights == ("right-to-return",)
    [plain] = load_gold(write_lines(tmp_path / "p.jsonl", {"id": "p", "text": "x"}))
    assert plain.rights is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rights": {}}, "'rights' must be a list"),
        ({"rights": [{"start": 0, "end": 99, "right": "life"}]}, "right 0: bad span"),
        ({"rights": [{"start": 0, "end": 2}]}, "'right' must be a non-empty string"),
        ({"rights": [{"start": 0, "end": 2, "right": "life", "text": "xx"}]}, "'xx' != 'ab'"),
        ({"mentions": [{"start": 0, "end": 2, "instrument": "a", "inferred_articles": "1"}]},
         "inferred_articles: must be a list"),
        ({"mentions": [{"start": 0, "end": 2, "instrument": "a", "articles": ["1"],
                        "inferred_articles": []}]}, "on a mention citing articles"),
    ],
)  # fmt: skip
def test_bad_rights_gold_is_refused(tmp_path: Path, fields: dict, message: str) -> None:
    file = write_lines(tmp_path / "g.jsonl", {"id": "x", "text": "abc", **fields})
    with pytest.raises(GoldFormatError, match=message):
        load_gold(file)


# --- the project's own corpus -------------------------------------------------------------


def test_corpus_loads_and_scores_itself_perfectly() -> None:
    texts = load_gold(CORPUS / "gold.jsonl")
    assert len(texts) >= 45
    predictions = {
        t.id: [Mention(m.start, m.end, "", "title", m.instrument, m.articles) for m in t.mentions]
        for t in texts
    }
    result = score_predictions(texts, predictions)
    assert result.overall.mentions.f1 == 1.0 and result.overall.pinpoints.f1 == 1.0


def _as_predicted(m: GoldMention) -> Mention:
    inferred = m.inferred_articles
    return Mention(
        m.start, m.end, "", "title", m.instrument, m.articles, inferred_articles=inferred
    )


def test_corpus_rights_score_themselves_perfectly() -> None:
    texts = load_gold(CORPUS / "gold.jsonl")
    annotated = [t for t in texts if t.rights is not None]
    assert len(annotated) >= 50
    assert sum(len(t.rights) for t in annotated) >= 150
    predictions = {
        t.id: [
            *(Mention(r.start, r.end, "", "right", None, right=r.right) for r in t.rights or ()),
            *(_as_predicted(m) for m in t.mentions),
        ]
        for t in texts
    }
    rights = score_predictions(texts, predictions).rights
    assert rights.overall.mentions.f1 == 1.0
    assert rights.overall.inferred.f1 == 1.0
    assert rights.overall.empty == Counts(tp=rights.overall.empty.tp)
    assert rights.overall.empty.tp >= 5


def test_corpus_file_matches_its_build_script(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("build_gold", CORPUS / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_gold", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    content, _ = module.build_all(module.TEXTS)
    assert content == (CORPUS / "gold.jsonl").read_text(encoding="utf-8")
