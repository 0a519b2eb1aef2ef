"""references/ → a validated, immutable Catalogue with its alias index.

Each instrument is one TOML file in ``references/instruments/`` checked against
``references/schema/instrument.schema.json``; aliases that several instruments share
are listed, with the rule that settles them, in ``references/ambiguous.toml``.
Loading collects every problem and raises one ``CatalogueError`` naming file, field
and reason for each, so a broken catalogue never serves broken links.
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema

from linker.errors import CatalogueError, Problem
from linker.models import Alias, AmbiguousAlias, Article, Instrument, LocalText, Translation
from linker.structure import parse_paragraphs
from linker.textnorm import fold_name

log = logging.getLogger(__name__)

DEFAULT_REFERENCES = Path(__file__).resolve().parent.parent / "references"


@dataclass(frozen=True, eq=False)
class Catalogue:
    """The loaded catalogue: instruments by id, every alias, and the shared ones.

    Compared and hashed by identity: one loaded catalogue is one value."""

    instruments: Mapping[str, Instrument]
    aliases: tuple[Alias, ...]
    ambiguous: Mapping[str, AmbiguousAlias]
    treaty_bodies: Mapping[str, str] = field(default_factory=dict)

    def get(self, instrument_id: str) -> Instrument | None:
        return self.instruments.get(instrument_id)

    def __repr__(self) -> str:
        return f"<Catalogue: {len(self.instruments)} instruments, {len(self.aliases)} aliases>"

    def __iter__(self):
        return iter(self.instruments.values())

    def __len__(self) -> int:
        return len(self.instruments)


def references_dir() -> Path:
    """Where the catalogue lives: ``LINKER_REFERENCES`` or the bundled ``references/``."""
    return Path(os.environ.get("LINKER_REFERENCES") or DEFAULT_REFERENCES)


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """Load and validate every file under ``path`` (default: ``references_dir()``)."""
    root = Path(path) if path is not None else references_dir()
    files = sorted((root / "instruments").glob("*.toml"))
    problems: list[Problem] = []
    if not files:
        raise CatalogueError([Problem(str(root / "instruments"), "-", "no instrument files")])
    schema = _read_schema(root / "schema" / "instrument.schema.json")
    texts = _load_local_texts(root, problems)
    instruments: dict[str, Instrument] = {}
    for file in files:
        instrument = _load_instrument(file, schema, problems, texts.get(file.stem, {}))
        if instrument is None:
            continue
        if instrument.id in instruments:
            problems.append(Problem(_rel(file), "id", f"duplicate id {instrument.id!r}"))
        instruments[instrument.id] = instrument
    ambiguous = _load_ambiguous(root, instruments, problems)
    _check_references(instruments, problems)
    for instrument_id in sorted(set(texts) - set(instruments)):
        lang = next(iter(texts[instrument_id]))
        problems.append(Problem(f"texts/{lang}/{instrument_id}.toml", "id", "no such instrument"))
    aliases = _collect_aliases(instruments.values())
    _check_alias_clashes(aliases, ambiguous, problems)
    if problems:
        raise CatalogueError(problems)
    bodies = {fold_name(b): i.id for i in instruments.values() for b in _all_bodies(i)}
    log.info("catalogue loaded: %d instruments, %d aliases", len(instruments), len(aliases))
    return Catalogue(
        MappingProxyType(instruments),
        tuple(aliases),
        MappingProxyType(ambiguous),
        MappingProxyType(bodies),
    )


def _all_bodies(instrument: Instrument) -> tuple[str, ...]:
    """The monitoring body's names in every language."""
    local = (b for t in instrument.translations.values() for b in t.treaty_bodies)
    return (*instrument.treaty_bodies, *local)


def _rel(file: Path) -> str:
    return f"{file.parent.name}/{file.name}"


def _read_schema(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _read_toml(file: Path, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.append(Problem(_rel(file), "-", f"not valid TOML: {exc}"))
        return None


def _schema_problems(file: Path, data: dict[str, Any], schema: dict) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    found = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path) or "-"
        found.append(Problem(_rel(file), where, error.message))
    return found


def _load_instrument(
    file: Path, schema: dict, problems: list[Problem], texts: dict[str, LocalText]
) -> Instrument | None:
    data = _read_toml(file, problems)
    if data is None:
        return None
    found = _schema_problems(file, data, schema)
    if data.get("id") != file.stem:
        found.append(Problem(_rel(file), "id", f"must equal the file name {file.stem!r}"))
    found += _date_problems(file, data)
    found += _article_problems(file, data)
    if found:
        problems.extend(found)
        return None
    return _build_instrument(data, texts)


def _date_problems(file: Path, data: dict[str, Any]) -> list[Problem]:
    found = []
    for key in ("adopted", "opened_for_signature", "entry_into_force"):
        value = data.get(key)
        if isinstance(value, str):
            try:
                date.fromisoformat(value)
            except ValueError:
                found.append(Problem(_rel(file), key, f"not an ISO date: {value!r}"))
    return found


def _article_problems(file: Path, data: dict[str, Any]) -> list[Problem]:
    found = []
    seen: set[str] = set()
    for index, article in enumerate(data.get("articles") or []):
        number = article.get("number") if isinstance(article, dict) else None
        if number in seen:
            found.append(Problem(_rel(file), f"articles.{index}.number", f"duplicate {number!r}"))
        seen.add(number)
    return found


def _build_instrument(data: dict[str, Any], texts: dict[str, LocalText]) -> Instrument:
    articles = tuple(_build_article(a) for a in data["articles"])
    translations = {
        lang: Translation(
            lang=lang,
            title=names["title"],
            short_titles=tuple(names.get("short_titles", ())),
            abbreviations=tuple(names.get("abbreviations", ())),
            other_names=tuple(names.get("other_names", ())),
            source=names["source"],
            examples=tuple(names.get("examples", ())),
            treaty_bodies=tuple(names.get("treaty_bodies", ())),
            negatives=tuple(names.get("negatives", ())),
        )
        for lang, names in data.get("translations", {}).items()
    }
    return Instrument(
        id=data["id"],
        title=data["title"],
        kind=data["kind"],
        unit=data["unit"],
        numbering=data.get("numbering", "arabic"),
        description=data["description"],
        short_titles=tuple(data.get("short_titles", ())),
        abbreviations=tuple(data.get("abbreviations", ())),
        other_names=tuple(data.get("other_names", ())),
        head=data["head"],
        parent=data.get("parent"),
        treaty_bodies=tuple(data.get("treaty_bodies", ())),
        adopted=_date(data.get("adopted")),
        adopted_place=data.get("adopted_place"),
        document_symbol=data.get("document_symbol"),
        opened_for_signature=_date(data.get("opened_for_signature")),
        entry_into_force=_date(data.get("entry_into_force")),
        url=data["url"],
        other_urls=tuple(data.get("other_urls", ())),
        source=data["source"],
        text_note=data.get("text_note"),
        examples=tuple(data["examples"]),
        articles=articles,
        members=tuple(data.get("members", ())),
        negatives=tuple(data.get("negatives", ())),
        translations=MappingProxyType(translations),
        texts=MappingProxyType(texts),
        _article_index=MappingProxyType({a.number: a for a in articles}),
    )


def _build_article(data: dict[str, Any]) -> Article:
    text = data.get("text")
    if text is not None:
        text = text.strip("\n")
    paragraphs = parse_paragraphs(text) if text else ()
    return Article(data["number"], data.get("heading"), text, paragraphs)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _load_ambiguous(
    root: Path, instruments: Mapping[str, Instrument], problems: list[Problem]
) -> dict[str, AmbiguousAlias]:
    file = root / "ambiguous.toml"
    if not file.exists():
        return {}
    data = _read_toml(file, problems)
    if data is None:
        return {}
    schema = _read_schema(root / "schema" / "ambiguous.schema.json")
    found = [Problem(file.name, p.field, p.reason) for p in _schema_problems(file, data, schema)]
    problems.extend(found)
    if found:
        return {}
    rules: dict[str, AmbiguousAlias] = {}
    for index, entry in enumerate(data["alias"]):
        for candidate in [*entry["candidates"], entry.get("default")]:
            if candidate is not None and candidate not in instruments:
                problems.append(
                    Problem(file.name, f"alias.{index}", f"unknown instrument {candidate!r}")
                )
        rule = AmbiguousAlias(
            entry["name"], tuple(entry["candidates"]), entry.get("default"), entry["note"]
        )
        rules[fold_name(entry["name"])] = rule
    return rules


def _check_references(instruments: Mapping[str, Instrument], problems: list[Problem]) -> None:
    for instrument in instruments.values():
        where = f"instruments/{instrument.id}.toml"
        linked = [("parent", instrument.parent)] + [("members", m) for m in instrument.members]
        for key, target in linked:
            if target is not None and target not in instruments:
                problems.append(Problem(where, key, f"unknown instrument {target!r}"))


def _collect_aliases(instruments: Iterable[Instrument]) -> list[Alias]:
    aliases = []
    for instrument in instruments:
        aliases.extend(_names(instrument, "en"))
        for lang, translation in instrument.translations.items():
            aliases.extend(_names(translation, lang, instrument.id))
    return aliases


def _names(named, lang: str, instrument_id: str | None = None) -> list[Alias]:
    """The aliases of an instrument (or of one of its translations)."""
    owner = instrument_id or named.id
    pairs = [(named.title, "title")]
    pairs += [(n, "short-title") for n in named.short_titles]
    pairs += [(n, "abbreviation") for n in named.abbreviations]
    pairs += [(n, "other-name") for n in named.other_names]
    return [Alias(name, owner, kind, lang) for name, kind in pairs]


def _load_local_texts(root: Path, problems: list[Problem]) -> dict[str, dict[str, LocalText]]:
    """``references/texts/<lang>/<id>.toml`` → {id: {lang: LocalText}}."""
    folder = root / "texts"
    if not folder.is_dir():
        return {}
    schema = _read_schema(root / "schema" / "text.schema.json")
    texts: dict[str, dict[str, LocalText]] = {}
    for file in sorted(folder.glob("*/*.toml")):
        data = _read_toml(file, problems)
        if data is None:
            continue
        where = f"texts/{file.parent.name}/{file.name}"
        found = [Problem(where, p.field, p.reason) for p in _schema_problems(file, data, schema)]
        if data.get("id") != file.stem:
            found.append(Problem(where, "id", f"must equal the file name {file.stem!r}"))
        if data.get("lang") != file.parent.name:
            found.append(Problem(where, "lang", f"must equal the folder {file.parent.name!r}"))
        found += [Problem(where, p.field, p.reason) for p in _article_problems(file, data)]
        if found:
            problems.extend(found)
            continue
        articles = tuple(_build_article(a) for a in data["articles"])
        texts.setdefault(data["id"], {})[data["lang"]] = LocalText(
            lang=data["lang"],
            title=data["title"],
            source=data["source"],
            text_note=data.get("text_note"),
            articles=articles,
            _article_index=MappingProxyType({a.number: a for a in articles}),
        )
    return texts


def _alias_key(alias: Alias) -> str:
    return alias.name if alias.kind == "abbreviation" else fold_name(alias.name)


def _check_alias_clashes(
    aliases: list[Alias], ambiguous: Mapping[str, AmbiguousAlias], problems: list[Problem]
) -> None:
    owners: dict[str, set[str]] = {}
    for alias in aliases:
        owners.setdefault(_alias_key(alias), set()).add(alias.instrument)
    for key, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        rule = ambiguous.get(fold_name(key))
        if rule is None or not ids <= set(rule.candidates):
            where = ", ".join(f"instruments/{i}.toml" for i in sorted(ids))
            problems.append(
                Problem(where, "aliases", f"{key!r} is claimed by {sorted(ids)} with no rule")
            )
