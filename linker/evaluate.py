"""Scoring a resolver against a gold-annotated corpus.

Two measures, per instrument, per language, per style and overall:

- **mentions**: a predicted mention is a true positive when it overlaps a gold mention of
  the same instrument; each gold mention and each prediction is matched at most once (a
  maximum matching, so the order of overlapping spans cannot cost a match). Predicted
  mentions without an instrument (rights) are ignored.
- **pinpoints**: the set of (text id, instrument, article) triples that the gold mentions of
  a text carry, against the set the predicted mentions carry. Invalid articles are not
  scored: a pinpoint the resolver wrongly accepts shows up as a false positive.

Rights named and the pinpoints they let the resolver infer are scored apart, and only on
texts whose gold has a ``"rights"`` field (see :mod:`linker.evaluate_rights`); the two
measures above never look at them.

Gold comes as JSON Lines, one text a line::

    {"id": "un-formal-01", "lang": "en", "style": "un-formal", "text": "...",
     "mentions": [{"start": 10, "end": 42, "instrument": "iccpr", "articles": ["12(4)"]}]}

or as a folder holding ``gold.jsonl`` whose lines omit ``"text"``, with each text in
``<id>.txt`` beside it. A line may also hold ``"rights": [{"start", "end", "right": id}]``
(every right the text names; ``[]`` when it names none) and, on a mention,
``"inferred_articles": [...]`` (the articles a right named in the same sentence settles;
``[]`` when the instrument states no such right). Everything here is a pure function except
:func:`load_gold`.

Example::

    evaluation = score(load_gold("tests/corpus/gold.jsonl"), predict)
    print(format_report(evaluation, errors=True))
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, Protocol

from linker.models import Mention

if TYPE_CHECKING:
    from linker.evaluate_rights import RightsEvaluation

log = logging.getLogger(__name__)

#: Characters of context shown on each side of an error.
CONTEXT_CHARS = 60
#: The gold file looked for when :func:`load_gold` is given a folder.
GOLD_FILE_NAME = "gold.jsonl"


class GoldFormatError(ValueError):
    """The gold file or folder cannot be read as gold; the message names file and line."""


class _Span(Protocol):
    """What scoring reads from a mention, gold or predicted."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def instrument(self) -> str | None: ...
    @property
    def articles(self) -> tuple[str, ...]: ...


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldMention:
    """One annotated citation: a span, its instrument and its valid and invalid pinpoints.

    ``inferred_articles`` is ``None`` unless a right named in the same sentence settles the
    articles of an instrument cited without any (``()``: it states no such right);
    ``inferred_rights`` names that right (or those rights), for the reader only.
    """

    start: int
    end: int
    instrument: str
    articles: tuple[str, ...] = ()
    invalid_articles: tuple[str, ...] = ()
    inferred_articles: tuple[str, ...] | None = None
    inferred_rights: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRight:
    """One right or legal concept a text names: a span and the right's id."""

    start: int
    end: int
    right: str


@dataclass(frozen=True)
class GoldText:
    """One gold text with its mentions; ``lang`` and ``style`` group the scores.

    ``rights`` is ``None`` when the text was not annotated for rights (it is then not
    scored for them), else every right it names (``()``: none).
    """

    id: str
    text: str
    mentions: tuple[GoldMention, ...] = ()
    lang: str | None = None
    style: str | None = None
    rights: tuple[GoldRight, ...] | None = None


def load_gold(path: str | Path) -> list[GoldText]:
    """Read a gold JSONL file, or a folder with ``gold.jsonl`` and ``<id>.txt`` files.

    A line without ``"text"`` takes its text from ``<id>.txt`` in the same folder (read
    as UTF-8, a leading byte-order mark dropped, line ends kept so offsets hold). Texts
    not listed in the gold file are not scored. Raises :class:`GoldFormatError`.
    """
    path = Path(path)
    gold_file = path / GOLD_FILE_NAME if path.is_dir() else path
    if not gold_file.is_file():
        raise GoldFormatError(f"{gold_file}: no such gold file")
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    texts = [_gold_text(gold_file, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    _check_unique(gold_file, texts)
    if path.is_dir():
        _warn_unlisted(path, {t.id for t in texts})
    return texts


def _gold_text(gold_file: Path, number: int, line: str) -> GoldText:
    where = f"{gold_file}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{where}: not valid JSON: {exc.msg}") from None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise GoldFormatError(f"{where}: a line must be an object with a string 'id'")
    text = record.get("text")
    if text is None:
        text = _read_text(gold_file.parent / f"{record['id']}.txt", where)
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: 'text' must be a string")
    mentions = record.get("mentions", [])
    if not isinstance(mentions, list):
        raise GoldFormatError(f"{where}: 'mentions' must be a list")
    parsed = tuple(_gold_mention(text, m, f"{where}: mention {i}") for i, m in enumerate(mentions))
    rights = _gold_rights(text, record.get("rights"), where)
    return GoldText(record["id"], text, parsed, record.get("lang"), record.get("style"), rights)


def _read_text(file: Path, where: str) -> str:
    if not file.is_file():
        raise GoldFormatError(f"{where}: no 'text' and no file {file.name}")
    try:
        return file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{file}: not UTF-8: {exc.reason}") from None


def _gold_mention(text: str, data: Any, where: str) -> GoldMention:
    start, end = _span(text, data, where)
    instrument = data.get("instrument")
    if not isinstance(instrument, str) or not instrument:
        raise GoldFormatError(f"{where}: 'instrument' must be a non-empty string")
    articles = _pinpoints(data.get("articles", []), f"{where}: articles")
    invalid = _pinpoints(data.get("invalid_articles", []), f"{where}: invalid_articles")
    inferred = data.get("inferred_articles")
    if inferred is not None:
        inferred = _pinpoints(inferred, f"{where}: inferred_articles")
        if articles or invalid:
            raise GoldFormatError(f"{where}: 'inferred_articles' on a mention citing articles")
    inferred_rights = _pinpoints(data.get("inferred_rights", []), f"{where}: inferred_rights")
    return GoldMention(start, end, instrument, articles, invalid, inferred, inferred_rights)


def _gold_rights(text: str, value: Any, where: str) -> tuple[GoldRight, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: 'rights' must be a list")
    rights = []
    for index, data in enumerate(value):
        start, end = _span(text, data, f"{where}: right {index}")
        right = data.get("right")
        if not isinstance(right, str) or not right:
            raise GoldFormatError(f"{where}: right {index}: 'right' must be a non-empty string")
        rights.append(GoldRight(start, end, right))
    return tuple(rights)


def _span(text: str, data: Any, where: str) -> tuple[int, int]:
    """The checked ``start``/``end`` of an annotation (and its ``text``, when given)."""
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: must be an object")
    start, end = data.get("start"), data.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise GoldFormatError(f"{where}: bad span {start!r}-{end!r} (text has {len(text)} chars)")
    if data.get("text") is not None and data["text"] != text[start:end]:
        raise GoldFormatError(f"{where}: 'text' {data['text']!r} != {text[start:end]!r}")
    return start, end


def _pinpoints(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldFormatError(f"{where}: must be a list of strings")
    return tuple(value)


def _check_unique(gold_file: Path, texts: list[GoldText]) -> None:
    seen: set[str] = set()
    for text in texts:
        if text.id in seen:
            raise GoldFormatError(f"{gold_file}: duplicate id {text.id!r}")
        seen.add(text.id)


def _warn_unlisted(folder: Path, listed: set[str]) -> None:
    unlisted = sorted(f.stem for f in folder.glob("*.txt") if f.stem not in listed)
    if unlisted:
        log.warning(
            "%s: %d .txt file(s) not in the gold file, not scored: %s",
            folder,
            len(unlisted),
            ", ".join(unlisted),
        )


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the ratios they give.

    A ratio whose denominator is zero is 1.0 (nothing was wrong); F1 is 0.0 when both
    precision and recall are 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Score:
    """Mention and pinpoint counts for one group (an instrument, a language, everything)."""

    mentions: Counts = Counts()
    pinpoints: Counts = Counts()

    def __add__(self, other: Score) -> Score:
        return Score(self.mentions + other.mentions, self.pinpoints + other.pinpoints)

    def to_dict(self) -> dict[str, Any]:
        return {"mentions": self.mentions.to_dict(), "pinpoints": self.pinpoints.to_dict()}


@dataclass(frozen=True)
class ScoringError:
    """A false positive or false negative, at mention or pinpoint level, with context.

    For a pinpoint error the span is that of the first mention carrying the pinpoint.
    """

    kind: Literal["false-positive", "false-negative"]
    level: Literal["mention", "pinpoint"]
    text_id: str
    start: int
    end: int
    text: str
    instrument: str
    articles: tuple[str, ...]
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles": list(self.articles)}


@dataclass(frozen=True)
class Evaluation:
    """Everything one scoring run found: overall, grouped scores, and every error."""

    texts: int
    overall: Score
    instruments: Mapping[str, Score]
    languages: Mapping[str, Score]
    styles: Mapping[str, Score]
    errors: tuple[ScoringError, ...]
    #: Rights and inferred pinpoints, when some gold text is annotated for rights.
    rights: RightsEvaluation | None = None


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def score(
    gold_texts: Sequence[GoldText], predict: Callable[[str], Sequence[Mention]]
) -> Evaluation:
    """Run ``predict`` on every gold text and score what it returns."""
    return score_predictions(gold_texts, {g.id: predict(g.text) for g in gold_texts})


def score_predictions(
    gold_texts: Sequence[GoldText], predictions: Mapping[str, Sequence[Mention]]
) -> Evaluation:
    """Score predictions already made, keyed by text id (a missing id predicts nothing)."""
    from linker.evaluate_rights import score_rights  # the sibling builds on this module

    results = [_score_text(g, predictions.get(g.id, ())) for g in gold_texts]
    overall = sum((score for r in results for score in r.by_instrument.values()), Score())
    return Evaluation(
        texts=len(gold_texts),
        overall=overall,
        instruments=_freeze(_merge(r.by_instrument for r in results)),
        languages=_freeze(_group(gold_texts, results, lambda g: g.lang)),
        styles=_freeze(_group(gold_texts, results, lambda g: g.style)),
        errors=tuple(e for r in results for e in r.errors),
        rights=score_rights(gold_texts, predictions),
    )


@dataclass(frozen=True)
class _TextResult:
    by_instrument: dict[str, Score]
    errors: list[ScoringError]


def _score_text(gold: GoldText, predicted: Sequence[Mention]) -> _TextResult:
    preds = sorted((p for p in predicted if p.instrument is not None), key=_order)
    golds = sorted(gold.mentions, key=_order)
    by_instrument: dict[str, Score] = {}
    errors = _score_mentions(gold, preds, golds, by_instrument)
    errors += _score_pinpoints(gold, preds, golds, by_instrument)
    errors.sort(key=lambda e: (e.start, e.end, e.level, e.kind))
    return _TextResult(by_instrument, errors)


def _score_mentions(
    gold: GoldText,
    preds: Sequence[_Span],
    golds: Sequence[_Span],
    by_instrument: dict[str, Score],
) -> list[ScoringError]:
    pairs = _match(preds, golds)
    matched = set(pairs.values())
    errors = []
    for index, pred in enumerate(preds):
        if index in pairs:
            _add(by_instrument, pred.instrument, Score(Counts(tp=1)))
        else:
            _add(by_instrument, pred.instrument, Score(Counts(fp=1)))
            errors.append(_error(gold, pred, "false-positive", "mention"))
    for index, item in enumerate(golds):
        if index not in matched:
            _add(by_instrument, item.instrument, Score(Counts(fn=1)))
            errors.append(_error(gold, item, "false-negative", "mention"))
    return errors


def _order(mention: _Span) -> tuple[int, int]:
    return (mention.start, mention.end)


def _overlaps(a: _Span, b: _Span) -> bool:
    return a.start < b.end and b.start < a.end


def _match(
    preds: Sequence[Any],
    golds: Sequence[Any],
    key: Callable[[Any], str | None] = lambda mention: mention.instrument,
) -> dict[int, int]:
    """A maximum matching of predictions to gold mentions (same ``key``, by default the
    instrument, and overlapping), prediction index -> gold index; candidates with more
    overlap are tried first."""

    def overlap(p: _Span, g: _Span) -> int:
        return min(p.end, g.end) - max(p.start, g.start)

    options = [
        sorted(
            (j for j, g in enumerate(golds) if key(g) == key(p) and _overlaps(p, g)),
            key=lambda j, p=p: -overlap(p, golds[j]),
        )
        for p in preds
    ]
    owner: dict[int, int] = {}  # gold index -> prediction index
    for i in range(len(preds)):
        _augment(i, options, owner)
    return {i: j for j, i in owner.items()}


def _augment(start: int, options: list[list[int]], owner: dict[int, int]) -> bool:
    """Find an augmenting path from prediction ``start`` and apply it (iterative DFS, so a
    long chain of overlapping spans cannot exhaust the recursion limit)."""
    seen: set[int] = set()
    stack = [(start, iter(options[start]))]
    wanted: list[int] = []  # wanted[k]: the gold that stack[k] takes from stack[k + 1]
    while stack:
        for j in stack[-1][1]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner:
                owner[j] = stack[-1][0]
                for k, gold in enumerate(wanted):
                    owner[gold] = stack[k][0]
                return True
            wanted.append(j)
            stack.append((owner[j], iter(options[owner[j]])))
            break
        else:
            stack.pop()
            if wanted:
                wanted.pop()
    return False


def _score_pinpoints(
    gold: GoldText,
    preds: Sequence[_Span],
    golds: Sequence[_Span],
    by_instrument: dict[str, Score],
) -> list[ScoringError]:
    predicted, expected = _pinpoint_carriers(preds), _pinpoint_carriers(golds)
    errors = []
    for key in predicted.keys() | expected.keys():
        instrument, article = key
        if key in predicted and key in expected:
            _add(by_instrument, instrument, Score(pinpoints=Counts(tp=1)))
        elif key in predicted:
            _add(by_instrument, instrument, Score(pinpoints=Counts(fp=1)))
            errors.append(_error(gold, predicted[key], "false-positive", "pinpoint", article))
        else:
            _add(by_instrument, instrument, Score(pinpoints=Counts(fn=1)))
            errors.append(_error(gold, expected[key], "false-negative", "pinpoint", article))
    return errors


def _pinpoint_carriers(mentions: Sequence[_Span]) -> dict[tuple[str, str], _Span]:
    """Each (instrument, article) of a text, with the first mention that carries it."""
    carriers: dict[tuple[str, str], _Span] = {}
    for mention in mentions:
        for article in mention.articles:
            carriers.setdefault((mention.instrument or "", article), mention)
    return carriers


def _error(
    gold: GoldText,
    mention: _Span,
    kind: Literal["false-positive", "false-negative"],
    level: Literal["mention", "pinpoint"],
    article: str | None = None,
) -> ScoringError:
    text, start, end = gold.text, mention.start, mention.end
    return ScoringError(
        kind=kind,
        level=level,
        text_id=gold.id,
        start=start,
        end=end,
        text=text[start:end],
        instrument=mention.instrument or "",
        articles=(article,) if article is not None else tuple(mention.articles),
        before=text[max(0, start - CONTEXT_CHARS) : start],
        after=text[end : end + CONTEXT_CHARS],
    )


def _add(scores: dict[str, Score], key: str | None, value: Score) -> None:
    if key is not None:
        scores[key] = scores.get(key, Score()) + value


def _merge(groups: Iterable[Mapping[str, Score]]) -> dict[str, Score]:
    merged: dict[str, Score] = {}
    for group in groups:
        for key, value in group.items():
            _add(merged, key, value)
    return merged


def _group(
    gold_texts: Sequence[GoldText],
    results: Sequence[_TextResult],
    key: Callable[[GoldText], str | None],
) -> dict[str, Score]:
    grouped: dict[str, Score] = {}
    for gold, result in zip(gold_texts, results, strict=True):
        _add(grouped, key(gold), sum(result.by_instrument.values(), Score()))
    return grouped


def _freeze(scores: dict[str, Score]) -> Mapping[str, Score]:
    return MappingProxyType(dict(sorted(scores.items())))


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

_COLUMNS = f"{'gold':>5}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"
_NAME_WIDTH = 36
_HEADER = (
    f"{'':<{_NAME_WIDTH}}{'mentions':^38}   {'pinpoints':^38}\n"
    f"{'':<{_NAME_WIDTH}}{_COLUMNS}   {_COLUMNS}"
)


def format_report(evaluation: Evaluation, *, errors: bool = False) -> str:
    """A plain-text table: per instrument, overall, per language and style, and
    (with ``errors``) every false positive and false negative with its context; then,
    when texts are annotated for rights, the rights section (same shape, its own errors)."""
    from linker.evaluate_rights import format_rights

    lines = [f"{evaluation.texts} texts", "", _HEADER]
    lines += [_row(name, s) for name, s in evaluation.instruments.items()]
    lines += [_row("overall", evaluation.overall)]
    for title, groups in (("language", evaluation.languages), ("style", evaluation.styles)):
        if groups:
            lines += ["", f"by {title}"]
            lines += [_row(name, s) for name, s in groups.items()]
    if errors:
        lines += ["", f"errors ({len(evaluation.errors)})"]
        lines += [_error_line(e) for e in evaluation.errors] or ["none"]
    if evaluation.rights is not None:
        lines += ["", *format_rights(evaluation.rights, errors=errors)]
    return "\n".join(lines) + "\n"


def _row(name: str, value: Score) -> str:
    return f"{name:<{_NAME_WIDTH}}{_cells(value.mentions)}   {_cells(value.pinpoints)}"


def _cells(counts: Counts) -> str:
    gold, predicted = counts.tp + counts.fn, counts.tp + counts.fp
    ratios = f"{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
    return f"{gold:>5}{predicted:>6}{counts.tp:>6}{ratios}"


def _error_line(error: ScoringError) -> str:
    tag = ("FP" if error.kind == "false-positive" else "FN") + f" {error.level:<8}"
    articles = f" [{', '.join(error.articles)}]" if error.articles else ""
    context = f"…{_flat(error.before)}⟦{_flat(error.text)}⟧{_flat(error.after)}…"
    where = f"{error.text_id} {error.start}-{error.end}"
    return f"{tag} {where} {error.instrument}{articles}\n    {context}"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def as_dict(evaluation: Evaluation, *, errors: bool = True) -> dict[str, Any]:
    """The evaluation as plain JSON-able data (the shape ``--json`` prints); ``"rights"``
    is ``None`` when no text is annotated for rights."""
    from linker.evaluate_rights import rights_dict

    data: dict[str, Any] = {
        "texts": evaluation.texts,
        "overall": evaluation.overall.to_dict(),
        "instruments": {k: v.to_dict() for k, v in evaluation.instruments.items()},
        "languages": {k: v.to_dict() for k, v in evaluation.languages.items()},
        "styles": {k: v.to_dict() for k, v in evaluation.styles.items()},
    }
    if errors:
        data["errors"] = [e.to_dict() for e in evaluation.errors]
    rights = evaluation.rights
    data["rights"] = rights_dict(rights, errors=errors) if rights is not None else None
    return data
