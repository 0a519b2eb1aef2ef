"""One pass over the folded text for every candidate: aliases, head nouns, treaty
bodies and pinpoint cues, found by an Aho-Corasick automaton built once per catalogue.

The automaton holds every alias of every instrument, the generic head nouns ("the
Covenant"), the names of treaty bodies (which are never mentions of their treaty but
settle short forms) and the cue words of pinpoints. Each hit is checked for word
boundaries (and case, for abbreviations); overlapping hits keep the leftmost-longest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from linker.catalogue import Catalogue
from linker.rights import RightsIndex
from linker.textnorm import fold_char, fold_name

#: Generic nouns a short form is made of, and the head each stands for.
HEAD_WORDS = {
    "covenant": "covenant",
    "pacte": "covenant",
    "pacto": "covenant",
    "convention": "convention",
    "convencion": "convention",
    "conventions": "conventions",
    "convenciones": "conventions",
    "declaration": "declaration",
    "declaracion": "declaration",
    "charter": "charter",
    "charte": "charter",
    "carta": "charter",
    "statute": "statute",
    "statut": "statute",
    "estatuto": "statute",
    "protocol": "protocol",
    "protocole": "protocol",
    "protocolo": "protocol",
    "optional protocol": "protocol",
    "protocole facultatif": "protocol",
    "protocolo facultativo": "protocol",
    "principles": "principles",
    "principes": "principles",
    "principios": "principles",
    "guiding principles": "principles",
    "principes directeurs": "principles",
    "principios rectores": "principles",
}
CUE_WORDS = (
    "article",
    "articles",
    "art",
    "art.",
    "arts",
    "arts.",
    "artt.",
    "paragraph",
    "paragraphs",
    "para",
    "para.",
    "paras.",
    "§",
    "§§",
    "principle",
    "principles",
    "articulo",
    "articulos",
    "paragraphe",
    "paragraphes",
    "parrafo",
    "parrafos",
    "parr.",
    "par.",
    "apartado",
    "apartados",
    "alinea",
    "alineas",
    "principe",
    "principes",
    "principio",
    "principios",
)


@dataclass(frozen=True)
class AliasEntry:
    instrument: str
    kind: str
    name: str
    lang: str = "en"


@dataclass(frozen=True)
class Hit:
    """A candidate in the view: ``role`` is alias, head, body, right, negative or cue;
    ``key`` is the folded name, head, instrument id (body) or right id (right)."""

    start: int
    end: int
    role: str
    key: str
    instruments: tuple[AliasEntry, ...] = ()


class Scanner:
    """The automaton of one catalogue; build once, then ``scan`` any number of texts."""

    def __init__(self, catalogue: Catalogue, rights: RightsIndex | None = None) -> None:
        table: dict[str, list[tuple]] = {}
        for right in rights or ():
            for name in right.names:
                table.setdefault(fold_name(name), []).append(("right", right.id))
            for phrase in right.negatives:
                table.setdefault(fold_name(phrase), []).append(("negative", right.id))
        for alias in catalogue.aliases:
            key = fold_name(alias.name)
            entry = AliasEntry(alias.instrument, alias.kind, alias.name, alias.lang)
            table.setdefault(key, []).append(("alias", entry))
        for instrument in catalogue:
            for phrase in instrument.negatives:
                table.setdefault(fold_name(phrase), []).append(("negative", instrument.id))
        for key, rule in catalogue.ambiguous.items():
            for candidate in rule.candidates:
                entry = AliasEntry(candidate, "short-title", rule.name)
                if ("alias", entry) not in table.get(key, []):
                    table.setdefault(key, []).append(("alias", entry))
        for word, head in HEAD_WORDS.items():
            table.setdefault(word, []).append(("head", head))
        for body, instrument in catalogue.treaty_bodies.items():
            table.setdefault(body, []).append(("body", instrument))
        for cue in CUE_WORDS:
            table.setdefault(cue, []).append(("cue", cue))
        automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            automaton.add_word(key, (key, tuple(payloads)))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, view: str, text: str, offsets: list[int]) -> tuple[list[Hit], list[Hit]]:
        """Return (names, cues): the non-overlapping name hits (alias, head, body) and the
        cue hits that lie outside them, both sorted by position."""
        names: list[Hit] = []
        cues: list[Hit] = []
        negatives: list[Hit] = []
        for hit in self._raw_hits(view, text, offsets):
            role_list = {"cue": cues, "negative": negatives}.get(hit.role, names)
            role_list.append(hit)
        kept = _without_negated(_leftmost_longest(names), negatives)
        return kept, _outside(cues, [h for h in kept if h.role != "head"])

    def _raw_hits(self, view: str, text: str, offsets: list[int]) -> Iterator[Hit]:
        for last, (key, payloads) in self._automaton.iter(view):
            start, end = last - len(key) + 1, last + 1
            if not _at_word_boundaries(view, start, end, key):
                continue
            yield from _hits_for(payloads, start, end, key, text, offsets)


def _hits_for(payloads, start, end, key, text, offsets) -> Iterator[Hit]:
    entries = []
    for role, value in payloads:
        if role == "alias":
            if value.kind != "abbreviation" or (
                _same_case(value.name, text, offsets, start, end)
                and not _in_symbol(text, offsets, start, end)
            ):
                entries.append(value)
        else:
            yield Hit(start, end, role, value)
    if entries:
        yield Hit(start, end, "alias", key, tuple(entries))


def _at_word_boundaries(view: str, start: int, end: int, key: str) -> bool:
    before_ok = start == 0 or not (view[start - 1].isalnum() and key[0].isalnum())
    after_ok = end >= len(view) or not (view[end].isalnum() and key[-1].isalnum())
    return before_ok and after_ok


def _same_case(name: str, text: str, offsets: list[int], start: int, end: int) -> bool:
    """An abbreviation matches only as written: "CAT", never "cat"."""
    original = text[offsets[start] : offsets[end - 1] + 1]
    folded = "".join(c if c.isspace() is False else " " for c in original)
    return _case_preserving(folded) == _case_preserving(name)


def _case_preserving(value: str) -> str:
    return "".join(c if c.isalpha() else fold_char(c) for c in value)


def _in_symbol(text: str, offsets: list[int], start: int, end: int) -> bool:
    """'CRC/C/GC/14' is a document symbol, not the Convention; 'CDN$5' a currency."""
    after = offsets[end - 1] + 1
    before = offsets[start] - 1
    return text[after : after + 1] in ("/", "$") or (before >= 0 and text[before] == "/")


def _leftmost_longest(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, h.role != "alias")):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _without_negated(names: list[Hit], negatives: list[Hit]) -> list[Hit]:
    """'the right to return to work', 'CAT scans': a name inside one of its owner's
    negative phrases is not that right or instrument."""
    if not negatives:
        return names
    negatives.sort(key=lambda h: h.start)
    kept, index = [], 0
    for hit in names:
        if hit.role in ("right", "alias"):
            while index < len(negatives) and negatives[index].end <= hit.start:
                index += 1
            if _overlaps_owner(hit, negatives, index):
                continue
        kept.append(hit)
    return kept


def _overlaps_owner(hit: Hit, negatives: list[Hit], index: int) -> bool:
    owners = {e.instrument for e in hit.instruments} if hit.role == "alias" else {hit.key}
    for negative in negatives[index:]:
        if negative.start >= hit.end:
            return False
        if negative.end > hit.start and negative.key in owners:
            return True
    return False


def _outside(cues: list[Hit], names: list[Hit]) -> list[Hit]:
    """Cue hits not inside a name hit, leftmost-longest among themselves."""
    cues = _leftmost_longest(cues)
    result, index = [], 0
    for cue in cues:
        while index < len(names) and names[index].end <= cue.start:
            index += 1
        if index < len(names) and names[index].start < cue.end:
            continue
        result.append(cue)
    return result
