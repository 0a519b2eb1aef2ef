"""How instruments, pinpoints and dates are named to a reader.

Small pure helpers shared by the annotated fragment, the table of authorities and the
web pages, so that "ICCPR, article 12(4)" and "16 December 1966" read the same
everywhere.
"""

from __future__ import annotations

import re
from datetime import date

from linker.models import Instrument

#: An abbreviation a reader knows at sight: capitals, maybe spaced or hyphenated
#: ("ICCPR", "AP I", "OP-CEDAW"); "CSR51" or "ICCSt" read better as a short title.
_PLAIN_ABBREVIATION = re.compile(r"[A-Z]+(?:[ -][A-Z]+)*")
_SHORT_TITLE_MAX = 40
#: English month names, fixed so that the server's locale never changes a date.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def short_name(instrument: Instrument) -> str:
    """The shortest familiar name: ``ICCPR``, ``Refugee Convention``, else the title."""
    for abbreviation in instrument.abbreviations:
        if _PLAIN_ABBREVIATION.fullmatch(abbreviation) and len(abbreviation) <= 10:
            return abbreviation
    for title in instrument.short_titles:
        if len(title) <= _SHORT_TITLE_MAX:
            return title
    return instrument.title


def unit_label(instrument: Instrument, pinpoint: str | None = None) -> str:
    """``Article 12(4)``, ``Principle 2``; the bare unit name without a pinpoint."""
    unit = instrument.unit.capitalize()
    return f"{unit} {pinpoint}" if pinpoint else unit


def format_date(value: date | None) -> str:
    """``16 December 1966`` (the form UN documents use); empty for ``None``."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def adoption_line(instrument: Instrument) -> str:
    """``Adopted 16 December 1966, New York``, or an empty string when undated."""
    if instrument.adopted is None:
        return ""
    place = f", {instrument.adopted_place}" if instrument.adopted_place else ""
    return f"Adopted {format_date(instrument.adopted)}{place}"
