"""Scoring the rights a statement names and the pinpoints they let the resolver infer.

Only gold texts with a ``"rights"`` field are scored here (a text without one was never
annotated for rights, so it is not read as naming none). Three measures, overall, per
language and (right mentions) per right:

- **right mentions**: a predicted mention of kind ``right`` is a true positive when it
  overlaps a gold right of the same id; a maximum matching, as for instrument mentions.
- **inferred pinpoints**: the set of (text id, instrument, article) triples that the gold
  mentions' ``inferred_articles`` carry, against the set the predicted mentions'
  ``inferred_articles`` carry. Cited ``articles`` are never part of it, and an inferred
  pinpoint that is wrong counts against precision: precision comes first.
- **``[]`` decisions**: a gold mention whose ``inferred_articles`` is ``[]`` (the
  instrument states no such right) is a true positive when the prediction matched to it
  (same instrument, overlapping) says ``[]`` too, a false negative when it says nothing,
  gives articles or is missing; a predicted ``[]`` that no gold ``[]`` matches is a false
  positive. Accuracy is the share of gold ``[]`` the resolver also says (the recall).

Errors carry their context and a note on what the other side said, so each can be judged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from linker.evaluate import (
    _COLUMNS,
    _NAME_WIDTH,
    CONTEXT_CHARS,
    Counts,
    GoldMention,
    GoldText,
    _cells,
    _flat,
    _match,
    _order,
)
from linker.models import Mention

Level = Literal["right", "inferred", "empty"]


@dataclass(frozen=True)
class RightsScore:
    """Right mention, inferred pinpoint and ``[]`` decision counts for one group."""

    mentions: Counts = field(default_factory=Counts)
    inferred: Counts = field(default_factory=Counts)
    empty: Counts = field(default_factory=Counts)

    def __add__(self, other: RightsScore) -> RightsScore:
        return RightsScore(
            self.mentions + other.mentions,
            self.inferred + other.inferred,
            self.empty + other.empty,
        )

    def to_dict(self) -> dict[str, Any]:
        empty = {**self.empty.to_dict(), "accuracy": round(self.empty.recall, 4)}
        return {"mentions": self.mentions.to_dict(), "inferred": self.inferred.to_dict(),
                "empty": empty}  # fmt: skip


@dataclass(frozen=True)
class RightsError:
    """A false positive or negative: a right mention (``key`` is the right's id), an
    inferred pinpoint or a ``[]`` decision (``key`` is the instrument); ``note`` says what
    the other side said."""

    kind: Literal["false-positive", "false-negative"]
    level: Level
    text_id: str
    start: int
    end: int
    text: str
    key: str
    articles: tuple[str, ...]
    note: str
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles": list(self.articles)}


@dataclass(frozen=True)
class RightsEvaluation:
    """The rights part of a scoring run: texts annotated, overall, per language, right
    mentions per right, and every error."""

    texts: int
    overall: RightsScore
    languages: Mapping[str, RightsScore]
    rights: Mapping[str, Counts]
    errors: tuple[RightsError, ...]


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def score_rights(
    gold_texts: Sequence[GoldText], predictions: Mapping[str, Sequence[Mention]]
) -> RightsEvaluation | None:
    """Score the texts annotated for rights; ``None`` when there is none."""
    annotated = [g for g in gold_texts if g.rights is not None]
    if not annotated:
        return None
    overall, languages, per_right, errors = RightsScore(), {}, {}, []
    for gold in annotated:
        result, by_right, text_errors = _score_text(gold, predictions.get(gold.id, ()))
        overall += result
        if gold.lang is not None:
            languages[gold.lang] = languages.get(gold.lang, RightsScore()) + result
        for right, counts in by_right.items():
            per_right[right] = per_right.get(right, Counts()) + counts
        errors += text_errors
    return RightsEvaluation(
        texts=len(annotated),
        overall=overall,
        languages=MappingProxyType(dict(sorted(languages.items()))),
        rights=MappingProxyType(dict(sorted(per_right.items()))),
        errors=tuple(errors),
    )


def _score_text(
    gold: GoldText, predicted: Sequence[Mention]
) -> tuple[RightsScore, dict[str, Counts], list[RightsError]]:
    right_preds = sorted((p for p in predicted if p.kind == "right" and p.right), key=_order)
    right_golds = sorted(gold.rights or (), key=_order)
    by_right: dict[str, Counts] = {}
    errors = _score_right_mentions(gold, right_preds, right_golds, by_right)
    preds = sorted((p for p in predicted if p.instrument is not None), key=_order)
    golds = sorted(gold.mentions, key=_order)
    pairs = _match(preds, golds)
    inferred, inferred_errors = _score_inferred(gold, preds, golds, pairs)
    empty, empty_errors = _score_empty(gold, preds, golds, pairs)
    errors += inferred_errors + empty_errors
    errors.sort(key=lambda e: (e.start, e.end, e.level, e.kind))
    mentions = sum(by_right.values(), Counts())
    return RightsScore(mentions, inferred, empty), by_right, errors


def _score_right_mentions(
    gold: GoldText, preds: Sequence[Mention], golds: Sequence[Any], by_right: dict[str, Counts]
) -> list[RightsError]:
    pairs = _match(preds, golds, key=lambda mention: mention.right)
    matched = set(pairs.values())
    errors = []
    for index, pred in enumerate(preds):
        hit = index in pairs
        _add(by_right, pred.right, Counts(tp=1) if hit else Counts(fp=1))
        if not hit:
            note = _right_note(pred, golds, "gold")
            errors.append(_error(gold, pred, "false-positive", "right", pred.right, (), note))
    for index, item in enumerate(golds):
        if index not in matched:
            _add(by_right, item.right, Counts(fn=1))
            note = _right_note(item, preds, "resolver")
            errors.append(_error(gold, item, "false-negative", "right", item.right, (), note))
    return errors


def _right_note(mention: Any, others: Sequence[Any], side: str) -> str:
    """What the other side has over the same span: another right, or nothing."""
    over = [o.right for o in others if o.start < mention.end and mention.start < o.end]
    return f"{side}: {', '.join(over)} here" if over else f"{side}: no right here"


def _score_inferred(
    gold: GoldText,
    preds: Sequence[Mention],
    golds: Sequence[GoldMention],
    pairs: dict[int, int],
) -> tuple[Counts, list[RightsError]]:
    predicted = _carriers((i, p) for i, p in enumerate(preds))
    expected = _carriers((j, g) for j, g in enumerate(golds))
    pred_of = {j: i for i, j in pairs.items()}
    counts, errors = Counts(), []
    for key in sorted(predicted.keys() | expected.keys()):
        instrument, article = key
        if key in predicted and key in expected:
            counts += Counts(tp=1)
        elif key in predicted:
            counts += Counts(fp=1)
            index, pred = predicted[key]
            note = f"resolver: from {pred.inferred_right}; gold: " + _said(
                golds[pairs[index]] if index in pairs else None
            )
            errors.append(_error(gold, pred, "false-positive", "inferred", instrument,
                                 (article,), note))  # fmt: skip
        else:
            counts += Counts(fn=1)
            index, item = expected[key]
            note = f"gold: from {_source(item)}; resolver: " + _said(
                preds[pred_of[index]] if index in pred_of else None
            )
            errors.append(_error(gold, item, "false-negative", "inferred", instrument,
                                 (article,), note))  # fmt: skip
    return counts, errors


def _carriers(indexed: Any) -> dict[tuple[str, str], tuple[int, Any]]:
    """Each inferred (instrument, article) of a text, with the first mention carrying it."""
    carriers: dict[tuple[str, str], tuple[int, Any]] = {}
    for index, mention in indexed:
        for article in mention.inferred_articles or ():
            carriers.setdefault((mention.instrument, article), (index, mention))
    return carriers


def _score_empty(
    gold: GoldText,
    preds: Sequence[Mention],
    golds: Sequence[GoldMention],
    pairs: dict[int, int],
) -> tuple[Counts, list[RightsError]]:
    pred_of = {j: i for i, j in pairs.items()}
    counts, errors = Counts(), []
    for index, item in enumerate(golds):
        if item.inferred_articles != ():
            continue
        pred = preds[pred_of[index]] if index in pred_of else None
        if pred is not None and pred.inferred_articles == ():
            counts += Counts(tp=1)
        else:
            counts += Counts(fn=1)
            note = f"gold: [] for {_source(item)}; resolver: " + _said(pred)
            errors.append(_error(gold, item, "false-negative", "empty", item.instrument, (), note))
    for index, pred in enumerate(preds):
        if pred.inferred_articles != ():
            continue
        match = golds[pairs[index]] if index in pairs else None
        if match is None or match.inferred_articles != ():
            counts += Counts(fp=1)
            note = f"resolver: [] for {pred.inferred_right}; gold: " + _said(match)
            errors.append(_error(gold, pred, "false-positive", "empty", pred.instrument or "",
                                 (), note))  # fmt: skip
    return counts, errors


def _said(mention: Any) -> str:
    """What a (gold or predicted) instrument mention says about inference, in a few words."""
    if mention is None:
        return "no such mention"
    inferred = mention.inferred_articles
    if inferred is None:
        return "no inference"
    return f"[{', '.join(inferred)}] from {_source(mention)}"


def _source(mention: Any) -> str:
    """The right(s) an inference comes from: a gold mention's ``inferred_rights``, a
    predicted one's ``inferred_right``."""
    rights = getattr(mention, "inferred_rights", None) or (
        getattr(mention, "inferred_right", None),
    )
    return ", ".join(r for r in rights if r) or "?"


def _error(
    gold: GoldText,
    mention: Any,
    kind: Literal["false-positive", "false-negative"],
    level: Level,
    key: str | None,
    articles: tuple[str, ...],
    note: str,
) -> RightsError:
    text, start, end = gold.text, mention.start, mention.end
    return RightsError(
        kind=kind,
        level=level,
        text_id=gold.id,
        start=start,
        end=end,
        text=text[start:end],
        key=key or "",
        articles=articles,
        note=note,
        before=text[max(0, start - CONTEXT_CHARS) : start],
        after=text[end : end + CONTEXT_CHARS],
    )


def _add(scores: dict[str, Counts], key: str | None, value: Counts) -> None:
    if key is not None:
        scores[key] = scores.get(key, Counts()) + value


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

_HEADER = (
    f"{'':<{_NAME_WIDTH}}{'right mentions':^38}   {'inferred pinpoints':^38}\n"
    f"{'':<{_NAME_WIDTH}}{_COLUMNS}   {_COLUMNS}"
)
_EMPTY_HEADER = (
    f"{'':<{_NAME_WIDTH}}{'gold':>5}{'said []':>9}{'agree':>7}{'accuracy':>10}{'other []':>10}"
)


def format_rights(evaluation: RightsEvaluation, *, errors: bool = False) -> list[str]:
    """The rights section of the report, as lines: right mentions and inferred pinpoints
    overall and per language, ``[]`` decisions, right mentions per right, and (with
    ``errors``) every rights error with its context and note."""
    rows = [("overall", evaluation.overall), *evaluation.languages.items()]
    lines = [f"rights ({evaluation.texts} texts annotated for rights)", "", _HEADER]
    lines += [f"{n:<{_NAME_WIDTH}}{_cells(s.mentions)}   {_cells(s.inferred)}" for n, s in rows]
    lines += ["", "[] decisions (instruments that state no such right)", _EMPTY_HEADER]
    lines += [_empty_row(name, score.empty) for name, score in rows]
    lines += ["", "by right (right mentions)"]
    lines += [f"{name:<{_NAME_WIDTH}}{_cells(c)}" for name, c in evaluation.rights.items()]
    if errors:
        lines += ["", f"rights errors ({len(evaluation.errors)})"]
        lines += [_error_line(e) for e in evaluation.errors] or ["none"]
    return lines


def _empty_row(name: str, counts: Counts) -> str:
    gold, said = counts.tp + counts.fn, counts.tp + counts.fp
    return (
        f"{name:<{_NAME_WIDTH}}{gold:>5}{said:>9}{counts.tp:>7}"
        f"{counts.recall:>10.3f}{counts.fp:>10}"
    )


def _error_line(error: RightsError) -> str:
    tag = ("FP" if error.kind == "false-positive" else "FN") + f" {error.level:<8}"
    articles = f" [{', '.join(error.articles)}]" if error.articles else ""
    context = f"…{_flat(error.before)}⟦{_flat(error.text)}⟧{_flat(error.after)}…"
    where = f"{error.text_id} {error.start}-{error.end}"
    return f"{tag} {where} {error.key}{articles} ({error.note})\n    {context}"


def rights_dict(evaluation: RightsEvaluation, *, errors: bool = True) -> dict[str, Any]:
    """The rights part of :func:`linker.evaluate.as_dict`."""
    data: dict[str, Any] = {
        "texts": evaluation.texts,
        "overall": evaluation.overall.to_dict(),
        "languages": {k: v.to_dict() for k, v in evaluation.languages.items()},
        "rights": {k: v.to_dict() for k, v in evaluation.rights.items()},
    }
    if errors:
        data["errors"] = [e.to_dict() for e in evaluation.errors]
    return data
