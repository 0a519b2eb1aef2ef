"""Text → mentions: which instruments a statement cites, and which of their articles.

``resolve_mentions(text, catalogue)`` folds the text into a view (``textnorm``), finds
every candidate in one automaton scan (``scan``), reads pinpoints around cue words
(``pinpoints``), then walks the candidates once, left to right, keeping what the text
has said so far: the last instrument named per head noun ("the Covenant"), the short
forms it defined ("hereinafter …"), the treaty bodies it named. Pinpoints are validated
against the instrument's article tree (``validate``); ones it does not have are reported
in ``invalid_articles``, never linked.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, field
from types import MappingProxyType

from linker.catalogue import Catalogue
from linker.inference import infer_right_articles
from linker.language import ParagraphLanguages
from linker.models import Instrument, Mention, Pinpoint
from linker.pinpoints import PinpointRead, read_pinpoints
from linker.rights import RightsIndex
from linker.scan import HEAD_WORDS, Hit, Scanner
from linker.textnorm import fold_name, fold_view
from linker.validate import validate_pinpoints

#: A bare "Article 5" attaches to the instrument named last only within this distance,
#: in the same paragraph of the text.
BARE_REFERENCE_REACH = 1500

_DETERMINERS = (
    r"the|this|that|said|present|same|its|their"  # English
    r"|le|la|les|l'|du|au|des|ce|cette|ledit|ladite|present|presente|son|sa|ses|leur"  # French
    r"|el|los|las|del|al|dicho|dicha|este|esta|presente|su|sus"  # Spanish
)
_DETERMINER_BEFORE = re.compile(rf"(?:^|[\s'\"(\[])(?:{_DETERMINERS})\s?$")
_POSSESSIVE_BEFORE = re.compile(r"(?:^|[\s'\"(\[])(?:its|their|son|sa|ses|leur|su|sus)\s$")
_ORDINAL_BEFORE = re.compile(r"(?:^|\s)(?P<ordinal>first|second|third|fourth)\s$")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_NUMBERED_INSTRUMENT = re.compile(
    r"\s(?:nos?\.?\s?|num\.?\s?|n[°o]\.?\s?|nr\.?\s?|number\s|numero\s)?\d{1,3}(?![\d.,])"
    r"(?:\s(?:to|of|a|au|al|del|du|de)\s(?:the\s|la\s|le\s|el\s|l')?)?"
)
_YEAR_BEFORE = re.compile(r"(?:^|\s)(?:the\s)?(?P<year>1[89]\d\d|20\d\d)\s$")
_YEAR_AFTER = re.compile(r"\s(?:of|de)\s(?P<year>1[89]\d\d|20\d\d)(?!\d)")
_CAPITALISED_QUALIFIER = re.compile(
    r"\s+(?:(?:on|of|against|relating\s+to|concerning|between)\s+(?:the\s+)?|for\s+the\s+)[A-Z]"
)
#: A head noun written in lower case ("the convention") is only read as a short form when
#: what follows ends the noun phrase: punctuation, or a verb or link word.
_LOWERCASE_HEAD_ENDS = re.compile(
    r"\s?[.,;:)!?\"']|\s?$|\s(?:is|was|were|are|has|had|have|does|did|do|will|would|shall|must"
    r"|may|can|could|should|requires?|provides?|obliges?|prohibits?|guarantees?|protects?"
    r"|states?|says|leaves?|makes?|sets?|bans?|applies|allows?|contains?|defines?|entered"
    r"|came|itself|also|and|which|that|as|in|only|clearly|expressly|explicitly)\b"
)
#: After a head noun, words that make it some other instrument or no instrument at all:
#: "la Convention sur les armes …", "la convention collective", "la Convención del partido".
_OTHER_INSTRUMENT_AFTER = re.compile(
    r"\s(?:sur|relative?s?|relatifs?|contre|pour|sobre|contra|relativa|relativo|acerca"
    r"|collective|colectiva|colectivo|nationale|nacional|du\sparti|del\spartido"
    r"|(?:de|du|des|del)\s(?:la\s|los\s|las\s|l')?(?!\d)[a-z])"
)
_CAPITALISED_AFTER = re.compile(r"[ \t](?P<word>[A-ZÀ-ÖØ-Þ][\w-]*)")
_CUE_WORDS_AFTER = {"article", "articles", "art", "articulo", "articulos", "and", "et", "y", "or"}
_DETERMINER_WORDS = {
    *["the", "this", "that", "said", "present", "same", "a", "an", "its", "their"],
    *[
        "le",
        "la",
        "les",
        "l'",
        "du",
        "au",
        "des",
        "ce",
        "cette",
        "el",
        "los",
        "las",
        "del",
        "al",
        "dicho",
        "dicha",
        "este",
        "esta",
    ],
}
_FORWARD = re.compile(
    r"\s?,?\s?(?:(?:common\sto|commune?s?\saux?|comun\sa(?:\slos)?)\s(?:the\s)?"
    r"(?P<four>four\s|quatre\s|cuatro\s)?)?"
    r"(?:(?:of|in|under|to|du|des|del|au|al|de\sla|de\sl'|de\slos|de)\s?)?"
    r"(?:the\s|la\s|le\s|el\s|les\s|los\s|l'|that\s|this\s|its\s|cette\s|cet\s|ce\s"
    r"|ladite\s|ledit\s|dicho\s|dicha\s|ese\s|esa\s|este\s|esta\s)?"
    r"(?P<year>(?:1[89]|20)\d\d\s)?"
)
#: "del mismo instrumento", "of the same instrument": the instrument cited last.
_SAME_INSTRUMENT = re.compile(
    r"\s?,?\s?(?:of\sthe\ssame\s(?:instrument|treaty|convention)|of\sthat\s(?:treaty|instrument)"
    r"|del\smismo(?:\s(?:instrumento|tratado))?|de\sla\smisma(?:\s(?:convencion|declaracion))?"
    r"|de\sdicho\s(?:tratado|instrumento)|de\sdicha\s(?:convencion|declaracion)"
    r"|du\smeme\s(?:instrument|texte|traite)|de\sla\smeme\s(?:convention|declaration)"
    r"|de\sce\s(?:traite|texte))(?![a-z])"
)
_OF_PHRASE = re.compile(r"\s?,?\s?(?:of|de|du|del|des)\s(?!(?:which|whom|this\sarticle))\S")
_BACKWARD = re.compile(r",\s?|\s?\(|\s")
_DEFINITION = re.compile(
    r"\s?\(\s?(?P<keyword>hereinafter|hereafter|below|ci-apres|ci-dessous|en\sadelante"
    r"|en\slo\ssucesivo)?[:,]?\s?(?:(?:referred\sto\sas|called|denommee?|denominad[oa])\s)?"
    r"(?:the\s|la\s|le\s|el\s|l')?(?P<quote>[\"'])?\s?(?:the\s|la\s|le\s|el\s|l')?"
    r"(?P<term>[^\"'()]{2,160}?)\s?[\"']?"
    r"(?P<alternatives>(?:\s(?:or|ou|o)\s(?:the\s|la\s|le\s|el\s|l')?[\"']\s?(?:the\s|la\s|le\s"
    r"|el\s|l')?[^\"'()]{2,160}?\s?[\"'])*)\s?\)"
)
_ALTERNATIVE_TERM = re.compile(
    r"[\"']\s?(?:the\s|la\s|le\s|el\s|l')?(?P<term>[^\"'()]{2,160}?)\s?[\"']"
)
_PROTOCOL_TO = re.compile(
    r"\s(?:to|se\srapportant\sau|se\srapportant\sa\sla|du|au|del|al|de\sla|a\sla)\s(?:the\s)?"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
#: Names of bodies and offices that carry a right's name: "Special Rapporteur on torture".
_INSTITUTION_BEFORE = re.compile(
    r"(?:rapporteur|group|coalition|alliance|committee|commission|network|centre|center"
    r"|institute|office|campaign|foundation|association|commissioner|expert|declaration)"
    r"\s(?:on|against|for|of)\s(?:the\s)?(?:[a-z-]+\s){0,3}$"
)
#: Roles of the candidates that name an instrument.
_NAMES = ("alias", "head")
_COMMITTEE_BEFORE = re.compile(r"(?:committee|comite)\s(?:the\s|de\sla\s|del\s)?$")
_COMMITTEE_AFTER = re.compile(r"\s?(?:'s\s)?committee\b")


def resolve_mentions(
    text: str,
    catalogue: Catalogue,
    rights: RightsIndex | None = None,
    lang: str | None = None,
) -> list[Mention]:
    """Every citation of a catalogue instrument in ``text`` — and, given a rights index,
    every right it names, with the articles each cited instrument states it in — sorted
    and non-overlapping. ``lang`` (en, fr, es) says the text's language; by default each
    paragraph's language is detected. French and Spanish abbreviations ("PIDCP", "CDN")
    count only in paragraphs of their language; names and English abbreviations always."""
    return _resolver_for(catalogue, rights).resolve(text, lang)


_RESOLVERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _resolver_for(catalogue: Catalogue, rights: RightsIndex | None) -> Resolver:
    by_rights = _RESOLVERS.setdefault(catalogue, {})
    cached = by_rights.get(id(rights))
    if cached is None or cached.rights is not rights:
        cached = by_rights[id(rights)] = Resolver(catalogue, rights)
    return cached


def prepare(catalogue: Catalogue, rights: RightsIndex | None = None) -> None:
    """Build the automaton now (at start-up) rather than on the first request."""
    _resolver_for(catalogue, rights)


class Resolver:
    """The automaton and lookups of one catalogue. Immutable; safe across threads."""

    def __init__(self, catalogue: Catalogue, rights: RightsIndex | None = None) -> None:
        self.catalogue = catalogue
        self.rights = rights
        self.scanner = Scanner(catalogue, rights)
        self._validated: dict[tuple, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.members = {i.id: i.members for i in catalogue if i.members}
        self.names_of: dict[str, set[str]] = {}
        for alias in catalogue.aliases:
            self.names_of.setdefault(alias.instrument, set()).add(fold_name(alias.name))
        self.by_head_year: dict[tuple[str, int], tuple[str, ...]] = {}
        for instrument in catalogue:
            if instrument.adopted is not None:
                key = (instrument.head, instrument.adopted.year)
                self.by_head_year[key] = (*self.by_head_year.get(key, ()), instrument.id)

    def validated(self, instrument: Instrument, pinpoints) -> tuple[tuple[str, ...], ...]:
        """``validate_pinpoints``, remembered: a catalogue is immutable and the same few
        hundred pinpoints recur across texts."""
        key = (instrument.id, tuple(pinpoints))
        found = self._validated.get(key)
        if found is None:
            if len(self._validated) > 50_000:
                self._validated.clear()
            found = self._validated[key] = validate_pinpoints(instrument, pinpoints)
        return found

    def resolve(self, text: str, lang: str | None = None) -> list[Mention]:
        view, offsets = fold_view(text)
        names, cues = self.scanner.scan(view, text, offsets)
        pass_ = _Pass(self, text, view, offsets, names, cues, ParagraphLanguages(text, lang))
        return pass_.run()


@dataclass
class _Item:
    """A candidate in document order: a name hit or a pinpoint expression."""

    start: int
    end: int
    hit: Hit | None = None
    read: PinpointRead | None = None


@dataclass
class _Resolved:
    """An instrument a name stands for; ``start``/``end`` when the span reaches beyond
    the name (the year of "1984 Convention", "la Convention de 1951")."""

    instrument: Instrument
    kind: str
    start: int | None = None
    end: int | None = None


@dataclass
class _Pass:
    """One left-to-right walk over the candidates of one text."""

    resolver: Resolver
    text: str
    view: str
    offsets: list[int]
    names: list[Hit]
    cues: list[Hit]
    languages: ParagraphLanguages
    last_seen: dict[str, int] = field(default_factory=dict)
    last_by_head: dict[str, str | None] = field(default_factory=dict)
    defined_heads: dict[str, str] = field(default_factory=dict)
    head_at: dict[str, int] = field(default_factory=dict)
    body_seen: dict[str, int] = field(default_factory=dict)
    body_index: int = 0
    other_at: dict[str, int] = field(default_factory=dict)
    skip_until: int = -1
    mentions: list[Mention] = field(default_factory=list)
    last_mention: tuple[Mention, int] | None = None

    def run(self) -> list[Mention]:
        breaks = (m.start() for m in _PARAGRAPH_BREAK.finditer(self.text))
        # each paragraph break as a view position, so that paragraph look-ups need one bisect
        self.view_breaks = [bisect.bisect_left(self.offsets, b) for b in breaks]
        self.bodies = [(h.start, h.key) for h in self.names if h.role == "body"]
        self.body_ends = {h.end for h in self.names if h.role == "body"}
        items = self._items()
        index = 0
        while index < len(items):
            index = self._step(items, index)
        if self.resolver.rights is not None:
            return infer_right_articles(
                self.text, self.mentions, self.resolver.rights, self.resolver.members
            )
        return self.mentions

    # -- candidates -------------------------------------------------------------------

    def _items(self) -> list[_Item]:
        items = [_Item(h.start, h.end, hit=h) for h in self.names if h.role != "body"]
        last_end = -1
        for cue in self.cues:
            if cue.start < last_end:
                continue
            read = read_pinpoints(self.view, cue.start)
            if read is not None:
                items.append(_Item(cue.start, read.end, read=read))
                last_end = read.end
            elif cue.key == "principles":
                continue
        items = [i for i in items if self._same_paragraph(i.start, i.end)]
        items.sort(key=lambda i: (i.start, -i.end))
        return _drop_overlaps(self._swallow_numbered_instruments(_drop_overlaps(items)))

    def _swallow_numbered_instruments(self, items: list[_Item]) -> list[_Item]:
        """'Protocol No. 4 to the ECHR', 'Convention No. 169 of the ILO' are other
        instruments: the ECHR named in them is not cited."""
        for index, item in enumerate(items[:-1]):
            hit = item.hit
            if hit is None or hit.role != "head":
                continue
            numbered = _NUMBERED_INSTRUMENT.match(self.view, hit.end)
            if numbered is not None and items[index + 1].start == numbered.end():
                item.end = items[index + 1].end
        return items

    def _step(self, items: list[_Item], index: int) -> int:
        item = items[index]
        while self.body_index < len(self.bodies) and self.bodies[self.body_index][0] < item.start:
            position, instrument = self.bodies[self.body_index]
            self.body_seen[instrument] = position
            self.body_index += 1
        following = items[index + 1] if index + 1 < len(items) else None
        if item.start < self.skip_until:
            return index + 1
        if item.read is not None:
            return self._pinpoint_item(item, following, index)
        if item.hit.role == "right":
            self._emit_right(item)
            return index + 1
        if item.hit.role == "other":
            self.other_at[item.hit.key] = item.start  # 'Vienna Convention on Consular …'
            self.last_mention = None
            return index + 1
        return self._name_item(item, following, items, index)

    # -- names ------------------------------------------------------------------------

    def _name_item(self, item, following, items, index) -> int:
        if self._is_committee_reference(item):
            return index + 1
        compound = self._protocol_compound(item, following)
        if compound is False:
            return index + 2
        if compound is not None:
            resolved, parent, end = compound
            self._note_seen(parent, item.start)
            self._emit(item.start, end, resolved, ())
            return index + 2
        resolved = self._resolve_name(item)
        if resolved is None:
            return index + 1
        if self._names_its_parent(item, resolved, following):
            self._note_seen(self._instrument(resolved.instrument.parent), item.start)
            self._emit(item.start, following.end, resolved, ())
            return index + 2
        self._note_definition(item, resolved)
        after = items[index + 2] if index + 2 < len(items) else None
        if following is not None and self._pinpoint_follows(item, following, after):
            end = following.end
            if self.view[item.end : following.start].strip().endswith("("):
                end += self.view.startswith(")", end)
            self._emit(item.start, end, resolved, following.read.pinpoints)
            return index + 2
        self._emit(
            resolved.start if resolved.start is not None else item.start, item.end, resolved, ()
        )
        return index + 1

    def _names_its_parent(self, item: _Item, resolved: _Resolved, following) -> bool:
        """'premier Protocole facultatif se rapportant au Pacte': the protocol's own name
        runs on into its parent's, which is part of the same mention."""
        parent = resolved.instrument.parent
        if parent is None or following is None or following.hit is None:
            return False
        if following.hit.role not in _NAMES:
            return False
        connector = _PROTOCOL_TO.match(self.view, item.end)
        if connector is None or connector.end() != following.start:
            return False
        if not self._same_paragraph(item.start, following.end):
            return False
        named = self._peek_name(following)
        return named == parent

    def _peek_name(self, item: _Item) -> str | None:
        """The instrument a name item stands for, without changing the discourse state."""
        hit = item.hit
        if hit.role == "alias":
            ids = {e.instrument for e in hit.instruments}
            return ids.pop() if len(ids) == 1 else None
        if hit.role == "head":
            return self.last_by_head.get(HEAD_WORDS[hit.key])
        return None

    def _resolve_name(self, item: _Item, after_pinpoint: bool = False) -> _Resolved | None:
        hit = item.hit
        if hit.role == "alias":
            return self._resolve_alias(hit)
        if hit.role == "head":
            resolved = self._resolve_head(hit, after_pinpoint)
            if resolved is not None and resolved.end is not None:
                item.end = resolved.end
            return resolved
        return None

    def _resolve_alias(self, hit: Hit) -> _Resolved | None:
        entries = self._in_language(hit)
        if not entries:
            return None
        ids = {e.instrument for e in entries}
        kind = entries[0].kind
        kind = "short-title" if kind == "other-name" else kind
        rule = self.resolver.catalogue.ambiguous.get(hit.key)
        if rule is None:
            return _Resolved(self._instrument(ids.pop()), kind) if len(ids) == 1 else None
        seen = [(self.last_seen[c], c) for c in rule.candidates if c in self.last_seen]
        seen += [(p, i) for i, p in self.body_seen.items() if i in rule.candidates]
        chosen = max(seen)[1] if seen else rule.default
        return _Resolved(self._instrument(chosen), kind) if chosen else None

    def _in_language(self, hit: Hit) -> list:
        """The hit's alias entries that count here: a French or Spanish abbreviation
        only in a paragraph of its language (any, when the language cannot be told)."""
        if all(e.kind != "abbreviation" or e.lang == "en" for e in hit.instruments):
            return list(hit.instruments)
        here = self._language_at(self.offsets[hit.start])
        if here is None:
            return list(hit.instruments)
        return [e for e in hit.instruments if e.kind != "abbreviation" or e.lang in ("en", here)]

    def _language_at(self, offset: int) -> str | None:
        return self.languages.at(offset)

    def _resolve_head(self, hit: Hit, after_pinpoint: bool = False) -> _Resolved | None:
        """'the Covenant', 'its Optional Protocol', 'the 1984 Convention', 'the Third
        Convention': the instrument a head noun stands for here, or None."""
        head = HEAD_WORDS[hit.key]
        capitalised = self.text[self.offsets[hit.start]].isupper()
        before = self.view[max(0, hit.start - 12) : hit.start]
        if _NUMBERED_INSTRUMENT.match(self.view, hit.end):
            self._other_instrument(hit)  # "Protocol No. 4", "Convention No. 169"
            return None
        if capitalised:
            resolved = self._resolve_qualified_head(hit, head, before)
            if resolved is not False:
                return resolved
        elif not (after_pinpoint or _LOWERCASE_HEAD_ENDS.match(self.view, hit.end)):
            return None
        if _OTHER_INSTRUMENT_AFTER.match(self.view, hit.end):
            self._other_instrument(hit)
            return None
        determined = _DETERMINER_BEFORE.search(before) is not None
        shouted = self._in_capitals(hit)
        if (
            capitalised
            and not shouted
            and (
                self._names_unknown_title(hit)
                or self._capitalised_word_after(hit)
                or (not determined and self._capitalised_word_before(hit))
            )
        ):
            self._other_instrument(hit)
            return None
        if not determined:
            return None
        if head in self.defined_heads:
            return _Resolved(self._instrument(self.defined_heads[head]), "defined-term")
        surface = self.view[hit.start : hit.end]
        if self.other_at.get(surface, -1) > self.head_at.get(head, -1):
            return None  # another instrument with this noun was named since: in doubt
        if head == "protocol" and (
            _POSSESSIVE_BEFORE.search(before) or head not in self.last_by_head
        ):
            protocol = self._protocol_of_nearest_parent(hit.start)
            if protocol is not None:
                return _Resolved(protocol, "short-form")
        if head in self.last_by_head:
            chosen = self.last_by_head[head]
            return _Resolved(self._instrument(chosen), "short-form") if chosen else None
        return self._settle_by_treaty_body(head, hit.start) if capitalised else None

    def _resolve_qualified_head(self, hit: Hit, head: str, before: str):
        """Year and ordinal forms; ``False`` when the head carries neither."""
        year = _YEAR_BEFORE.search(before)
        year_after = _YEAR_AFTER.match(self.view, hit.end)
        if year is None and year_after is not None and _DETERMINER_BEFORE.search(before):
            return self._resolve_year_form(head, int(year_after["year"]), hit, 0, year_after.end())
        if year is not None:
            return self._resolve_year_form(
                head, int(year["year"]), hit, len(before) - year.start("year")
            )
        ordinal = _ORDINAL_BEFORE.search(before)
        if ordinal is not None and head == "convention":
            return self._geneva_member(ordinal["ordinal"], hit, len(before) - ordinal.start())
        return False

    def _geneva_member(self, ordinal: str, hit: Hit, offset: int) -> _Resolved | None:
        """'the Third Convention' after the Geneva Conventions were named: GC III."""
        group = self.resolver.catalogue.get("geneva-conventions-1949")
        named = group is not None and any(i in self.last_seen for i in (group.id, *group.members))
        if not named:
            return None
        member = self._instrument(group.members[_ORDINALS[ordinal]])
        return _Resolved(member, "short-form", hit.start - offset + 1)

    def _protocol_of_nearest_parent(self, position: int) -> Instrument | None:
        """'its Optional Protocol', 'the Optional Protocol' after the Human Rights
        Committee: the one optional protocol of the instrument named last."""
        named = [(p, i) for i, p in self.last_seen.items() if p < position]
        named += [(p, i) for i, p in self.body_seen.items()]
        for _, instrument_id in sorted(named, reverse=True):
            if self._instrument(instrument_id).parent is not None:
                continue
            return self._child_protocol(instrument_id, "optional")
        return None

    def _resolve_year_form(
        self, head: str, year: int, hit: Hit, year_offset: int, end: int | None = None
    ) -> _Resolved | None:
        """'the 1984 Convention': the one instrument with that head adopted that year."""
        ids = self.resolver.by_head_year.get((head, year), ())
        if len(ids) > 1:
            seen = [(self.last_seen[i], i) for i in ids if i in self.last_seen]
            ids = (max(seen)[1],) if seen else ()
        if len(ids) != 1:
            self.last_by_head[head] = None
            return None
        return _Resolved(self._instrument(ids[0]), "short-form", hit.start - year_offset, end)

    def _in_capitals(self, hit: Hit) -> bool:
        """'ALLEGED VIOLATION OF ARTICLE 13 OF THE CONVENTION': a heading in capitals."""
        written = self.text[self.offsets[hit.start] : self.offsets[hit.end - 1] + 1]
        return written.isupper()

    def _other_instrument(self, hit: Hit) -> None:
        """An instrument the catalogue does not hold was named ('the Istanbul Convention'):
        short forms written with the same noun, and bare articles, do not reach back past
        it ('el Convenio núm. 169' does not hide an earlier 'la Convención')."""
        self.other_at[self.view[hit.start : hit.end]] = hit.start
        self.last_mention = None

    def _capitalised_word_after(self, hit: Hit) -> bool:
        """'la Convención Interamericana …': a head followed by a proper name."""
        match = _CAPITALISED_AFTER.match(self.text, self.offsets[hit.end - 1] + 1)
        return match is not None and fold_name(match["word"]) not in _CUE_WORDS_AFTER

    def _names_unknown_title(self, hit: Hit) -> bool:
        after = self.text[self.offsets[hit.end - 1] + 1 : self.offsets[hit.end - 1] + 40]
        return _CAPITALISED_QUALIFIER.match(after) is not None

    def _capitalised_word_before(self, hit: Hit) -> bool:
        before = self.text[max(0, self.offsets[hit.start] - 30) : self.offsets[hit.start]]
        words = before.split()
        if not words or before[-1:].isalnum():
            return False
        word = words[-1].strip("\"'“”‘’(")
        return word[:1].isupper() and word.lower() not in _DETERMINER_WORDS

    def _settle_by_treaty_body(self, head: str, position: int) -> _Resolved | None:
        """The body named last before, else first after: 'the Human Rights Committee …
        the Covenant'."""
        before = [(p, i) for i, p in self.body_seen.items() if self._instrument(i).head == head]
        if before:
            return _Resolved(self._instrument(max(before)[1]), "short-form")
        for pos, instrument in self.bodies[self.body_index :]:
            if pos > position and self._instrument(instrument).head == head:
                return _Resolved(self._instrument(instrument), "short-form")
        return None

    def _is_committee_reference(self, item: _Item) -> bool:
        """'the CEDAW Committee', or 'Committee against Torture (CAT)': the body, not
        the treaty."""
        hit = item.hit
        if hit.role != "alias" or hit.instruments[0].kind != "abbreviation":
            return False
        if _COMMITTEE_AFTER.match(self.view, hit.end):
            return True
        if _COMMITTEE_BEFORE.search(self.view, max(0, hit.start - 12), hit.start):
            return True
        before = self.view[max(0, hit.start - 3) : hit.start]
        if not before.endswith("("):
            return False
        return any(hit.start - gap in self.body_ends for gap in range(4))

    def _protocol_compound(self, item: _Item, following: _Item | None):
        """'Optional Protocol to the Covenant' → the Covenant's (first) optional protocol."""
        hit = item.hit
        if hit.role != "head" or HEAD_WORDS[hit.key] != "protocol" or following is None:
            return None
        connector = _PROTOCOL_TO.match(self.view, hit.end)
        if connector is None or connector.end() != following.start or following.hit is None:
            return None
        if following.hit.role not in _NAMES:
            return None
        if not self._same_paragraph(item.start, following.end):
            return None
        parent = self._resolve_name(following)
        if parent is None:
            return None
        ordinal = self.view[max(0, hit.start - 7) : hit.start].strip()
        protocol = self._child_protocol(parent.instrument.id, ordinal)
        if protocol is None:
            # 'Protocol to the African Charter … on the Establishment of an African Court':
            # a protocol the catalogue does not hold; its parent is not cited either.
            self._other_instrument(hit)
            return False
        return _Resolved(protocol, "short-title"), parent.instrument, following.end

    def _child_protocol(self, parent: str, ordinal: str) -> Instrument | None:
        children = [i for i in self.resolver.catalogue if i.parent == parent]
        prefix = {"second": "second", "third": "third"}.get(ordinal, "optional")
        matching = [c for c in children if fold_name(c.title).startswith(prefix)]
        return matching[0] if len(matching) == 1 else None

    def _note_definition(self, item: _Item, resolved: _Resolved) -> None:
        match = _DEFINITION.match(self.view, item.end)
        if match is None:
            return
        term = match["term"].strip()
        glossed = term in self.resolver.names_of.get(resolved.instrument.id, ())
        marked = match["keyword"] or match["quote"] or term in HEAD_WORDS or _looks_short(term)
        if not (marked or glossed):
            return
        alternatives = _ALTERNATIVE_TERM.finditer(match["alternatives"])
        terms = [term, *(m["term"].strip() for m in alternatives)]
        for defined in terms:
            head = HEAD_WORDS.get(defined)
            if head is not None and head == resolved.instrument.head:
                self.defined_heads[head] = resolved.instrument.id
        self.skip_until = match.end()

    # -- pinpoints --------------------------------------------------------------------

    def _pinpoint_follows(self, name: _Item, pinpoint: _Item, after: _Item | None) -> bool:
        """'UDHR, art. 13(2)', 'ICCPR (art. 14)': a pinpoint right after the name, and
        not the pinpoint of a name that follows it ('ICCPR, art. 3 CAT')."""
        if pinpoint.read is None:
            return False
        gap = self.view[name.end : pinpoint.start]
        if _BACKWARD.fullmatch(gap) is None or not self._same_paragraph(name.start, pinpoint.end):
            return False
        if after is not None and after.hit is not None and after.hit.role in _NAMES:
            connector = _FORWARD.match(self.view, pinpoint.end)
            if connector.end() == after.start:
                return False
        return _OF_PHRASE.match(self.view, pinpoint.end) is None

    def _pinpoint_item(self, item: _Item, following: _Item | None, index: int) -> int:
        read = item.read
        if following is not None and following.hit is not None and following.hit.role in _NAMES:
            connector = _FORWARD.match(self.view, item.end)
            lands = {connector.end()}
            lands |= {connector.start(g) for g in ("year", "four") if connector[g]}
            if following.start in lands and self._same_paragraph(item.start, following.end):
                return self._forward(item, following, index)
        same = _SAME_INSTRUMENT.match(self.view, item.end)
        if same is not None and self.last_mention is not None:
            instrument = self._instrument(self.last_mention[0].instrument)
            self._emit(item.start, same.end(), _Resolved(instrument, "short-form"), read.pinpoints)
            return index + 1
        if _OF_PHRASE.match(self.view, item.end):
            return index + 1
        self._bare(item, read)
        return index + 1

    def _forward(self, item: _Item, following: _Item, index: int) -> int:
        if self._is_committee_reference(following):
            return index + 2
        resolved = self._resolve_name(following, after_pinpoint=True)
        if resolved is None:
            return index + 2
        self._note_definition(following, resolved)
        self._emit(item.start, following.end, resolved, item.read.pinpoints)
        return index + 2

    def _bare(self, item: _Item, read: PinpointRead) -> None:
        if self.last_mention is None:
            return
        previous, paragraph = self.last_mention
        instrument = self._instrument(previous.instrument)
        if paragraph != self._paragraph_of(item.start):
            return
        if self.offsets[item.start] - previous.end > BARE_REFERENCE_REACH:
            return
        pinpoints = read.pinpoints
        if read.unit == "paragraph":
            # "paragraph 2 of that article": the one article the last mention cited.
            articles = {a.split("(")[0] for a in previous.articles}
            if len(articles) != 1:
                return
            article = articles.pop()
            pinpoints = tuple(Pinpoint(article, p.path) for p in pinpoints)
        elif read.unit != instrument.unit:
            return
        self._emit(item.start, item.end, _Resolved(instrument, "article-only"), pinpoints)

    # -- output -----------------------------------------------------------------------

    def _emit(self, start: int, end: int, resolved: _Resolved, pinpoints) -> None:
        instrument = resolved.instrument
        valid, invalid = self.resolver.validated(instrument, pinpoints)
        begin, finish = self.offsets[start], self.offsets[end - 1] + 1
        mention = Mention(
            start=begin,
            end=finish,
            text=self.text[begin:finish],
            kind=resolved.kind,
            instrument=instrument.id,
            articles=valid,
            invalid_articles=invalid,
        )
        self.mentions.append(mention)
        self.last_mention = (mention, self._paragraph_of(start))
        self._note_seen(instrument, start)

    def _note_seen(self, instrument: Instrument, position: int) -> None:
        self.last_seen[instrument.id] = position
        self.last_by_head[instrument.head] = instrument.id
        self.head_at[instrument.head] = position
        if instrument.parent is not None:
            # "the Optional Protocol to the ICCPR … the Covenant": the parent is in view.
            parent = self._instrument(instrument.parent)
            self.last_by_head.setdefault(parent.head, parent.id)

    def _emit_right(self, item: _Item) -> None:
        if _INSTITUTION_BEFORE.search(self.view, max(0, item.start - 40), item.start):
            return  # "Special Rapporteur on torture", "Coalition against Torture"
        right = self.resolver.rights.get(item.hit.key)
        begin, finish = self.offsets[item.start], self.offsets[item.end - 1] + 1
        self.mentions.append(
            Mention(
                start=begin,
                end=finish,
                text=self.text[begin:finish],
                kind="right",
                instrument=None,
                right=right.id,
                right_articles=MappingProxyType(dict(right.articles)),
            )
        )

    def _same_paragraph(self, start: int, end: int) -> bool:
        """Whether view positions ``start`` and ``end`` lie in one paragraph of the text:
        a citation never runs across a blank line ('The ICCPR' heading, 'Article 12 …')."""
        return self._paragraph_of(start) == self._paragraph_of(max(start, end - 1))

    def _paragraph_of(self, view_position: int) -> int:
        return bisect.bisect_right(self.view_breaks, view_position)

    def _instrument(self, instrument_id: str) -> Instrument:
        return self.resolver.catalogue.instruments[instrument_id]


def _looks_short(term: str) -> bool:
    """'(UDHR)', '(CEDAW)': one short token that is not a number."""
    return " " not in term and len(term) <= 12 and not term.isdigit()


def _drop_overlaps(items: list[_Item]) -> list[_Item]:
    kept: list[_Item] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
