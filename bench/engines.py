"""The baselines linker is measured against, all over linker's own alias list.

- ``naive_regex``: one ``re`` alternation of every alias, IGNORECASE, longest first —
  what one writes first;
- ``hyperscan``: a bare case-insensitive Hyperscan scan counting matches — the floor of
  any multi-pattern scan;
- ``pyahocorasick``: an Aho-Corasick automaton over the lower-cased text;
- ``eyecite``: Free Law Project's ``get_citations`` (US case law, so it finds little
  here; it is the speed of a production citation extractor).

A baseline whose package is missing is reported with the reason, never fatal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from linker.catalogue import Catalogue


@dataclass(frozen=True)
class Engine:
    """A subject to time: ``prepare`` turns the text into its input (not timed), ``run``
    reads it and returns how many things it found."""

    run: Callable[[Any], int]
    prepare: Callable[[str], Any] = lambda text: text
    note: str = ""


@dataclass(frozen=True)
class Missing:
    """A subject that cannot run here, and why."""

    reason: str


def alias_names(catalogue: Catalogue) -> list[str]:
    """Every alias of the catalogue (shared names included), longest first."""
    names = {alias.name for alias in catalogue.aliases}
    names |= {rule.name for rule in catalogue.ambiguous.values()}
    return sorted(names, key=lambda name: (-len(name), name))


def naive_regex(names: list[str]) -> Engine:
    """``re.compile("A|B|…", re.IGNORECASE)``, longest alternative first."""
    pattern = re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE)
    return Engine(run=lambda text: sum(1 for _ in pattern.finditer(text)))


def pyahocorasick(names: list[str]) -> Engine:
    """Every lower-cased alias in one automaton; the text is lower-cased in the round."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name.lower(), name)
    automaton.make_automaton()
    return Engine(
        run=lambda text: sum(1 for _ in automaton.iter(text.lower())),
        note="text.lower() + iter()",
    )


def hyperscan(names: list[str]) -> Engine | Missing:
    """A Hyperscan literal database, HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST, counting
    every match; the text is encoded to UTF-8 outside the round."""
    try:
        import hyperscan as hs
    except ImportError as error:
        return Missing(f"hyperscan not importable: {error}")
    database = hs.Database()
    patterns = [name.encode("utf-8") for name in names]
    database.compile(
        expressions=patterns,
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=hs.HS_FLAG_CASELESS | hs.HS_FLAG_SOM_LEFTMOST,
        literal=True,
    )
    return Engine(
        run=lambda data: _hyperscan_count(database, data),
        prepare=lambda text: text.encode("utf-8"),
        note="caseless literals, match callback counts",
    )


def _hyperscan_count(database: Any, data: bytes) -> int:
    count = 0

    def on_match(_id: int, _start: int, _end: int, _flags: int, _context: object) -> None:
        nonlocal count
        count += 1

    database.scan(data, match_event_handler=on_match)
    return count


def eyecite() -> Engine | Missing:
    """``eyecite.get_citations`` with its default tokenizer."""
    try:
        from eyecite import get_citations
    except Exception as error:  # any import failure is a reason to report
        return Missing(f"eyecite not importable: {type(error).__name__}: {error}")
    return Engine(run=lambda text: len(get_citations(text)), note="default tokenizer")


def baselines(catalogue: Catalogue) -> dict[str, Engine | Missing]:
    """Every baseline, by the key its figure has in the JSON."""
    names = alias_names(catalogue)
    return {
        "hyperscan": _guarded(lambda: hyperscan(names)),
        "pyahocorasick": _guarded(lambda: pyahocorasick(names)),
        "eyecite": _guarded(eyecite),
        "naive_regex": _guarded(lambda: naive_regex(names)),
    }


def _guarded(build: Callable[[], Engine | Missing]) -> Engine | Missing:
    """Build an engine; a failure to build is reported like a missing package."""
    try:
        return build()
    except Exception as error:  # the benchmark reports, it does not stop
        return Missing(f"could not build: {type(error).__name__}: {error}")
