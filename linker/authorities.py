"""A statement's table of authorities: every instrument and article it cites, and where.

``table_of_authorities`` turns mentions into data (instruments in the order the text
first cites them, each with the paragraphs that cite it and its cited articles in the
instrument's own order); ``authorities_json`` and ``authorities_csv`` render that data
for download. Paragraph numbers are those of :func:`linker.annotate.paragraph_blocks`,
the numbers the annotated page shows::

    table = table_of_authorities(text, resolve_mentions(text, catalogue), catalogue)
    csv_text = authorities_csv(table)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from linker.annotate import paragraph_blocks, paragraph_of
from linker.catalogue import Catalogue
from linker.export import instrument_metadata
from linker.labels import short_name
from linker.models import Instrument, Mention
from linker.validate import anchor_for, locate_pinpoint

#: How a pinpoint was cited: as written and found in the instrument, as written but not
#: found there, or only through a right the text names.
STATUSES = ("valid", "inferred", "invalid")

CSV_COLUMNS = (
    "instrument",
    "title",
    "short_name",
    "pinpoint",
    "status",
    "paragraphs",
    "mentions",
    "anchor",
    "url",
    "inferred",
    "inferred_from",
)


@dataclass(frozen=True)
class CitedUnit:
    """One pinpoint of an instrument the statement cites (``anchor`` is ``None`` when
    the pinpoint is invalid). An ``inferred`` unit is not cited by the text: a right it
    names (``rights``, their ids) settles it."""

    pinpoint: str
    status: str
    anchor: str | None
    paragraphs: tuple[int, ...]
    rights: tuple[str, ...] = ()

    @property
    def inferred(self) -> bool:
        return self.status == "inferred"


@dataclass(frozen=True)
class Authority:
    """One instrument the statement cites: how often, in which paragraphs, which units;
    ``no_inference`` lists the rights named with it (ids) that none of its articles states
    in its own words, so nothing was inferred for them."""

    instrument: Instrument
    mentions: int
    paragraphs: tuple[int, ...]
    units: tuple[CitedUnit, ...]
    no_inference: tuple[str, ...] = ()


@dataclass
class _Tally:
    instrument: Instrument
    mentions: int = 0
    paragraphs: list[int] = field(default_factory=list)
    units: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    rights: dict[str, list[str]] = field(default_factory=dict)
    no_inference: list[str] = field(default_factory=list)

    def add(self, mention: Mention, paragraph: int) -> None:
        self.mentions += 1
        _add_once(self.paragraphs, paragraph)
        for status, pinpoints in (
            ("valid", mention.articles),
            ("inferred", mention.inferred_articles or ()),
            ("invalid", mention.invalid_articles),
        ):
            for pinpoint in pinpoints:
                _add_once(self.units.setdefault((status, pinpoint), []), paragraph)
                if status == "inferred" and mention.inferred_right:
                    _add_once(self.rights.setdefault(pinpoint, []), mention.inferred_right)
        if mention.inferred_right and mention.inferred_articles == ():
            _add_once(self.no_inference, mention.inferred_right)

    def freeze(self) -> Authority:
        keys = sorted(self.units, key=lambda key: self._order(*key))
        units = tuple(self._unit(status, pinpoint) for status, pinpoint in keys)
        return Authority(
            self.instrument,
            self.mentions,
            tuple(self.paragraphs),
            units,
            tuple(self.no_inference),
        )

    def _unit(self, status: str, pinpoint: str) -> CitedUnit:
        paragraphs = tuple(self.units[(status, pinpoint)])
        anchor = self._anchor(status, pinpoint)
        rights = tuple(self.rights.get(pinpoint, ())) if status == "inferred" else ()
        return CitedUnit(pinpoint, status, anchor, paragraphs, rights)

    def _anchor(self, status: str, pinpoint: str) -> str | None:
        if status == "invalid":
            return None
        return anchor_for(self.instrument, pinpoint) or None

    def _order(self, status: str, pinpoint: str) -> tuple[int, int, int]:
        """Valid, then inferred, then invalid; each in the instrument's article order,
        then in the order first cited."""
        article, _ = locate_pinpoint(self.instrument, pinpoint)
        position = self.instrument.articles.index(article) if article is not None else 1 << 30
        first_cited = list(self.units).index((status, pinpoint))
        return STATUSES.index(status), position, first_cited


def _add_once(values: list, value) -> None:
    if value not in values:
        values.append(value)


def table_of_authorities(
    text: str, mentions: Iterable[Mention], catalogue: Catalogue
) -> tuple[Authority, ...]:
    """Every instrument ``mentions`` cite in ``text``, in the order first cited.

    Mentions of rights (no instrument) and of instruments the catalogue lacks are left out.
    """
    blocks = paragraph_blocks(text)
    starts = [b.start for b in blocks]
    tallies: dict[str, _Tally] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        instrument = catalogue.get(mention.instrument) if mention.instrument else None
        if instrument is None:
            continue
        tally = tallies.setdefault(instrument.id, _Tally(instrument))
        tally.add(mention, paragraph_of(blocks, mention.start, starts))
    return tuple(t.freeze() for t in tallies.values())


def authorities_json(authorities: Iterable[Authority]) -> dict[str, Any]:
    """``{"authorities": [{"instrument": {...metadata...}, "mentions", "paragraphs",
    "articles": [{"pinpoint", "status", "anchor", "paragraphs", "inferred",
    "inferred_from"}]}]}``: ``inferred`` is true only for a pinpoint the text does not
    cite, settled by the rights ``inferred_from`` names (ids; empty when not inferred);
    ``no_inference`` lists the rights named with the instrument that it states in no
    article (nothing inferred for them)."""
    return {
        "authorities": [
            {
                "instrument": instrument_metadata(a.instrument),
                "mentions": a.mentions,
                "paragraphs": list(a.paragraphs),
                "no_inference": list(a.no_inference),
                "articles": [
                    {
                        "pinpoint": u.pinpoint,
                        "status": u.status,
                        "anchor": u.anchor,
                        "paragraphs": list(u.paragraphs),
                        "inferred": u.inferred,
                        "inferred_from": list(u.rights),
                    }
                    for u in a.units
                ],
            }
            for a in authorities
        ]
    }


def authorities_rows(authorities: Iterable[Authority]) -> list[dict[str, str]]:
    """Flat rows, one per instrument (status ``cited``) and one per cited unit;
    ``inferred`` is ``yes`` for a unit inferred from a named right, else ``no``, and
    ``inferred_from`` the ids of those rights."""
    rows = []
    for authority in authorities:
        instrument = authority.instrument
        common = {
            "instrument": instrument.id,
            "title": instrument.title,
            "short_name": short_name(instrument),
            "url": instrument.url,
        }
        rows.append(
            {
                **common,
                "pinpoint": "",
                "status": "cited",
                "paragraphs": _numbers(authority.paragraphs),
                "mentions": str(authority.mentions),
                "anchor": "",
                "inferred": "no",
                "inferred_from": "",
            }
        )
        for unit in authority.units:
            rows.append(
                {
                    **common,
                    "pinpoint": unit.pinpoint,
                    "status": unit.status,
                    "paragraphs": _numbers(unit.paragraphs),
                    "mentions": "",
                    "anchor": unit.anchor or "",
                    "inferred": "yes" if unit.inferred else "no",
                    "inferred_from": " ".join(unit.rights),
                }
            )
    return rows


def authorities_csv(authorities: Iterable[Authority]) -> str:
    """The table as CSV (RFC 4180, CRLF line ends, a header row; see ``CSV_COLUMNS``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in authorities_rows(authorities):
        writer.writerow({key: _defuse(value) for key, value in row.items()})
    return buffer.getvalue()


def _numbers(paragraphs: Iterable[int]) -> str:
    return " ".join(str(p) for p in paragraphs)


def _defuse(value: str) -> str:
    """Keep spreadsheets from reading a cell as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
