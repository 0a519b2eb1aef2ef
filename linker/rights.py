"""references/rights.toml → a validated, immutable RightsIndex.

The rights index lists the rights and legal concepts a statement may invoke ("the right to
return", "non-refoulement", "crimes against humanity"), the names people write for each,
and, per instrument of the catalogue, the articles that state it: by their own words
(``basis = "text"``) or by an authority's reading (``basis = "interpretation"``, with the
general comment or judgment as source). An instrument often cited for a right that has
no such article is listed under ``absent`` with a note, so a reader is told so rather
than given a guess.

Loading checks the file against ``schema/rights.schema.json`` and then against the
catalogue: unique ids, names unique across rights, every instrument known, every pinpoint
present in the instrument's article tree (where the catalogue holds its text). Every
fault is collected and raised as one ``CatalogueError`` naming file, field and reason.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema

from linker.catalogue import Catalogue, references_dir
from linker.errors import CatalogueError, Problem
from linker.models import Instrument, Pinpoint
from linker.textnorm import fold_name
from linker.validate import locate_pinpoint

log = logging.getLogger(__name__)

#: How an article is linked to a right: by its own words, or by an authority's reading.
BASES = ("text", "interpretation")

RIGHTS_FILE = "rights.toml"
SCHEMA_FILE = "schema/rights.schema.json"

_PINPOINT = re.compile(
    r"""^
    (?P<article>[0-9]+|[IVXL]+)          # article number, Arabic or Roman: 13, II
    (?P<section>[A-Z])?                  # section letter attached to it: 1A(2)
    (?P<path>(?:\([0-9a-z]{1,6}\))*)     # paragraph levels: (2), (d)(ii)
    $""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class RightSource:
    """Where one instrument states a right: its pinpoints, on what basis, and on whose
    authority (the instrument itself for ``text``, a general comment or judgment for
    ``interpretation``). ``checked`` says what the pinpoints were checked against."""

    instrument: str
    articles: tuple[str, ...]
    basis: str
    source: str
    checked: str
    note: str | None = None


@dataclass(frozen=True, eq=False)
class Right:
    """One right or legal concept of the index.

    ``articles`` maps each instrument to its pinpoints on every basis, in file order
    (``{"udhr": ("13(2)",), "iccpr": ("12(4)",)}``); ``sources`` keeps the basis and
    source of each; ``absent`` maps an instrument that states no such right to the
    reason why.
    """

    id: str
    label: str
    description: str
    names: tuple[str, ...]
    articles: Mapping[str, tuple[str, ...]]
    sources: tuple[RightSource, ...]
    absent: Mapping[str, str] = field(default_factory=dict)
    negatives: tuple[str, ...] = ()

    def articles_for(self, instrument: str, basis: str | None = None) -> tuple[str, ...]:
        """The pinpoints of ``instrument`` that state this right, on ``basis`` if given:
        for the right to return, ``articles_for("udhr")`` is ``("13(2)",)``."""
        return tuple(
            pinpoint
            for source in self.sources
            if source.instrument == instrument and basis in (None, source.basis)
            for pinpoint in source.articles
        )

    def basis_of(self, instrument: str, pinpoint: str) -> str | None:
        """``"text"`` or ``"interpretation"`` for a listed pinpoint, else ``None``."""
        for source in self.sources:
            if source.instrument == instrument and pinpoint in source.articles:
                return source.basis
        return None


@dataclass(frozen=True)
class RightsIndex:
    """The loaded index: rights by id and every name (folded) to its right's id.

    ``missing`` lists instrument ids the file cites that the catalogue does not hold
    (only ever non-empty when loaded with ``allow_missing=True``).
    """

    rights: Mapping[str, Right]
    names: Mapping[str, str]
    missing: tuple[str, ...] = ()

    def get(self, right_id: str) -> Right | None:
        return self.rights.get(right_id)

    def __repr__(self) -> str:
        return f"<RightsIndex: {len(self.rights)} rights, {len(self.names)} names>"

    def lookup(self, name: str) -> Right | None:
        """The right a written name stands for, folded like the resolver's view."""
        right_id = self.names.get(fold_name(name))
        return self.rights.get(right_id) if right_id else None

    @property
    def instruments(self) -> frozenset[str]:
        """Every instrument id the index links a right to (absent ones included)."""
        return frozenset(i for r in self.rights.values() for i in (*r.articles, *r.absent))

    def __iter__(self) -> Iterator[Right]:
        return iter(self.rights.values())

    def __len__(self) -> int:
        return len(self.rights)


def parse_pinpoint(pinpoint: str) -> Pinpoint:
    """Split a pinpoint string into article and path; a section letter is the first level.

    >>> parse_pinpoint("1A(2)")
    Pinpoint(article='1', path=('A', '2'))
    >>> parse_pinpoint("5(d)(ii)")
    Pinpoint(article='5', path=('d', 'ii'))
    """
    match = _PINPOINT.match(pinpoint)
    if match is None:
        raise ValueError(f"not a pinpoint: {pinpoint!r}")
    path = tuple(re.findall(r"\(([0-9a-z]+)\)", match["path"]))
    if match["section"]:
        path = (match["section"], *path)
    return Pinpoint(match["article"], path)


def rights_path() -> Path:
    """Where the index lives: ``rights.toml`` beside the catalogue's instruments."""
    return references_dir() / RIGHTS_FILE


def load_rights(
    path: Path | str | None, catalogue: Catalogue, *, allow_missing: bool = False
) -> RightsIndex:
    """Load and validate the rights index at ``path`` (default: ``rights_path()``).

    The schema is read from ``schema/rights.schema.json`` beside the file. Instruments
    the catalogue does not hold are faults, unless ``allow_missing`` is set (while the
    catalogue is being filled): they are then logged, listed in ``RightsIndex.missing``,
    and only the pinpoints of instruments present are checked.
    """
    file = Path(path) if path is not None else rights_path()
    data = _read(file)
    problems = _schema_problems(file, data)
    if problems:
        raise CatalogueError(problems)
    rights = [_build_right(entry) for entry in data["right"]]
    problems += _id_problems(file, rights)
    problems += _name_problems(file, rights)
    problems += _negative_problems(file, rights)
    missing = _missing_instruments(rights, catalogue)
    if not allow_missing:
        problems += _unknown_instrument_problems(file, rights, catalogue)
    problems += _pinpoint_problems(file, rights, catalogue)
    if problems:
        raise CatalogueError(problems)
    if missing:
        log.warning("rights index cites instruments not in the catalogue: %s", ", ".join(missing))
    names = {fold_name(n): r.id for r in rights for n in r.names}
    log.info("rights index loaded: %d rights, %d names", len(rights), len(names))
    return RightsIndex(
        MappingProxyType({r.id: r for r in rights}), MappingProxyType(names), missing
    )


def _read(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise CatalogueError([Problem(file.name, "-", f"cannot read: {exc}")]) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CatalogueError([Problem(file.name, "-", f"not valid TOML: {exc}")]) from exc


def _schema_problems(file: Path, data: dict[str, Any]) -> list[Problem]:
    with (file.parent / SCHEMA_FILE).open(encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [
        Problem(file.name, ".".join(str(p) for p in e.absolute_path) or "-", e.message)
        for e in errors
    ]


def _build_right(entry: dict[str, Any]) -> Right:
    sources = tuple(
        RightSource(
            s["instrument"],
            tuple(s["articles"]),
            s["basis"],
            s["source"],
            s["checked"],
            s.get("note"),
        )
        for s in entry["articles"]
    )
    articles: dict[str, tuple[str, ...]] = {}
    for source in sources:
        articles[source.instrument] = articles.get(source.instrument, ()) + source.articles
    return Right(
        id=entry["id"],
        label=entry["label"],
        description=entry["description"],
        names=tuple(entry["names"]),
        articles=MappingProxyType(articles),
        sources=sources,
        absent=MappingProxyType({a["instrument"]: a["note"] for a in entry.get("absent", ())}),
        negatives=tuple(entry.get("negatives", ())),
    )


def _id_problems(file: Path, rights: list[Right]) -> list[Problem]:
    found, seen = [], set()
    for index, right in enumerate(rights):
        if right.id in seen:
            found.append(Problem(file.name, f"right.{index}.id", f"duplicate id {right.id!r}"))
        seen.add(right.id)
    return found


def _name_problems(file: Path, rights: list[Right]) -> list[Problem]:
    """A name, folded as the resolver folds text, may belong to one right only, once."""
    found, owners = [], {}
    for index, right in enumerate(rights):
        for position, name in enumerate(right.names):
            owner = owners.setdefault(fold_name(name), right.id)
            if owner != right.id:
                reason = f"{name!r} of {right.id!r} is also a name of {owner!r}"
            elif not _first_use(right, name, position):
                reason = f"{name!r} repeats a name of {right.id!r}"
            else:
                continue
            found.append(Problem(file.name, f"right.{index}.names.{position}", reason))
    return found


def _first_use(right: Right, name: str, position: int) -> bool:
    key = fold_name(name)
    return all(fold_name(n) != key for n in right.names[:position])


def _negative_problems(file: Path, rights: list[Right]) -> list[Problem]:
    """A negative ('return to work') must not contain a name of its own right."""
    found = []
    for index, right in enumerate(rights):
        for position, negative in enumerate(right.negatives):
            hit = next((n for n in right.names if _contains(negative, n)), None)
            if hit is not None:
                where = f"right.{index}.negatives.{position}"
                reason = f"{negative!r} contains {hit!r}, a name of {right.id!r}"
                found.append(Problem(file.name, where, reason))
    return found


def _contains(text: str, name: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(fold_name(name)) + r"(?!\w)"
    return re.search(pattern, fold_name(text)) is not None


def _missing_instruments(rights: list[Right], catalogue: Catalogue) -> tuple[str, ...]:
    cited = {i for r in rights for i in (*r.articles, *r.absent)}
    return tuple(sorted(i for i in cited if catalogue.get(i) is None))


def _unknown_instrument_problems(
    file: Path, rights: list[Right], catalogue: Catalogue
) -> list[Problem]:
    found = []
    for index, right in enumerate(rights):
        cited = [(f"articles.{n}", s.instrument) for n, s in enumerate(right.sources)]
        cited += [(f"absent.{n}", i) for n, i in enumerate(right.absent)]
        for where, instrument in cited:
            if catalogue.get(instrument) is None:
                reason = f"unknown instrument {instrument!r} (right {right.id!r})"
                found.append(Problem(file.name, f"right.{index}.{where}.instrument", reason))
    return found


def _pinpoint_problems(file: Path, rights: list[Right], catalogue: Catalogue) -> list[Problem]:
    """Every pinpoint of an instrument the catalogue holds must exist in its tree."""
    found = []
    for index, right in enumerate(rights):
        listed: set[tuple[str, str]] = set()
        for number, source in enumerate(right.sources):
            where = f"right.{index}.articles.{number}"
            if source.instrument in right.absent:
                reason = f"{source.instrument!r} is listed both as stating {right.id!r} and absent"
                found.append(Problem(file.name, f"{where}.instrument", reason))
            instrument = catalogue.get(source.instrument)
            for position, pinpoint in enumerate(source.articles):
                key = (source.instrument, pinpoint)
                reason = f"{pinpoint!r} listed twice" if key in listed else None
                listed.add(key)
                if reason is None and instrument is not None:
                    reason = pinpoint_problem(instrument, pinpoint)
                if reason is not None:
                    field_name = f"{where}.articles.{position}"
                    found.append(Problem(file.name, field_name, f"{right.id}: {reason}"))
    return found


def pinpoint_problem(instrument: Instrument, pinpoint: str) -> str | None:
    """Why ``pinpoint`` does not exist in ``instrument``'s article tree, or ``None``.

    Only what the catalogue holds is checked: an instrument listed without articles, or
    an article listed without its text, cannot contradict a paragraph number.
    """
    try:
        parsed = parse_pinpoint(pinpoint)
    except ValueError as exc:
        return str(exc)
    if not instrument.articles:
        return None
    article = instrument.article(parsed.article)
    if article is None:
        return f"{instrument.id} has no {instrument.unit} {parsed.article}"
    if not parsed.path or not article.text:
        return None
    _, units = locate_pinpoint(instrument, pinpoint)
    if len(units) == len(parsed.path):
        return None
    return f"{instrument.id} {instrument.unit} {article.number} has no unit {pinpoint!r}"
