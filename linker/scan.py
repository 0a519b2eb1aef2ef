"""One pass over the folded text for every candidate: aliases, head nouns, treaty
bodies and pinpoint cues, found by an Aho-Corasick automaton built once per catalogue.

The automaton holds every alias of every instrument, the generic head nouns ("the
Covenant"), the names of treaty bodies (which are never mentions of their treaty but
settle short forms) and the cue words of pinpoints. Each hit is checked for word
boundaries (and case, for abbreviations); overlapping hits keep the leftmost-longest.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    "convenio": "convention",
    "convenios": "conventions",
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
    "art ",
    "art.",
    "arts ",
    "arts.",
    "artt.",
    "paragraph",
    "paragraphs",
    "para ",
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
    "subparagraph",
    "subparagraphs",
    "sub-paragraph",
    "sub-paragraphs",
    "incisos",
    "inciso",
    "literal",
    "literales",
)


@dataclass(frozen=True)
class AliasEntry:
    instrument: str
    kind: str
    name: str
    lang: str = "en"


@dataclass(frozen=True)
class Hit:
    """A candidate in the view: ``role`` is alias, head, body, right, negative, other (an
    uncatalogued instrument a negative phrase names) or cue; ``key`` is the folded name,
    head, instrument id (body), right id (right) or head noun (other)."""

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
            local = (n for t in instrument.translations.values() for n in t.negatives)
            for phrase in (*instrument.negatives, *local):
                key = fold_name(phrase)
                table.setdefault(key, []).append(("negative", instrument.id))
                head = _head_in(key)
                if head is not None:
                    table[key].append(("other", head))
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
            automaton.add_word(key, _compile_payloads(key, payloads))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, view: str, text: str, offsets: Sequence[int]) -> tuple[list[Hit], list[Hit]]:
        """Return (names, cues): the non-overlapping name hits (alias, head, body, right)
        and the cue hits that lie outside them, both sorted by position."""
        by_role: dict[str, list[Hit]] = {"cue": [], "negative": []}
        names: list[Hit] = []
        size = len(view)
        for last, compiled in self._automaton.iter(view):
            key, length, check_before, check_after, others, plain, abbreviations = compiled
            start, end = last - length + 1, last + 1
            if check_before and start and view[start - 1].isalnum():
                continue
            if start > 1 and view[start - 1] == "-" and view[start - 2].isalnum():
                continue  # "Inter-American Convention …": inside a hyphenated name
            if check_after and end < size and view[end].isalnum():
                continue
            for role, value in others:
                by_role.get(role, names).append(Hit(start, end, role, value))
            entries = plain
            if abbreviations and not _in_symbol(text, offsets, start, end):
                written = text[offsets[start] : offsets[end - 1] + 1]
                entries += tuple(e for e in abbreviations if _same_case(e.name, written))
            if entries:
                names.append(Hit(start, end, "alias", key, entries))
        kept = _without_negated(_leftmost_longest(names), by_role["negative"])
        return kept, _outside(by_role["cue"], [h for h in kept if h.role != "head"])


def _head_in(phrase: str) -> str | None:
    """The head noun a phrase is built on ('vienna convention on consular relations' →
    'convention'), so that naming that other instrument blocks short forms of it."""
    words = phrase.split()
    return next((w for w in reversed(words) if w in HEAD_WORDS), None)


def _compile_payloads(key: str, payloads: list[tuple]) -> tuple:
    """What a hit on ``key`` yields, sorted out once: the non-alias roles, the aliases
    that match in any case, and the abbreviations whose case must be checked."""
    others = tuple((role, value) for role, value in payloads if role != "alias")
    aliases = [value for role, value in payloads if role == "alias"]
    plain = tuple(a for a in aliases if a.kind != "abbreviation")
    abbreviations = tuple(a for a in aliases if a.kind == "abbreviation")
    return (
        key,
        len(key),
        key[0].isalnum(),
        key[-1].isalnum(),
        others,
        plain,
        abbreviations,
    )


def _same_case(name: str, written: str) -> bool:
    """An abbreviation matches only as written: "CAT", never "cat"."""
    if written == name:
        return True
    folded = "".join(" " if c.isspace() else c for c in written)
    return _case_preserving(folded) == _case_preserving(name)


def _case_preserving(value: str) -> str:
    return "".join(c if c.isalpha() else fold_char(c) for c in value)


def _in_symbol(text: str, offsets: Sequence[int], start: int, end: int) -> bool:
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
