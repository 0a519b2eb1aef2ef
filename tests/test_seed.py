"""The statement that started the project must always come out right."""

from __future__ import annotations

import pytest

from linker.resolve import resolve_mentions

from .conftest import SHARED

SEED = SHARED / "corpus" / "seed-statement.txt"
EXPECTED = [
    ("Universal Declaration of Human Rights", "udhr"),
    ("International Covenant on Civil and Political Rights", "iccpr"),
    ("Convention Relating to the Status of Refugees", "refugee-convention-1951"),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_statement_cites_the_three_instruments_at_exact_offsets(seed_text, catalogue):
    mentions = [m for m in resolve_mentions(seed_text, catalogue) if m.instrument]
    anchor = seed_text.index("Based on the right to return enshrined in the ")
    expected_offsets = [seed_text.index(title, anchor) for title, _ in EXPECTED]
    assert [(m.start, m.end, m.text, m.instrument) for m in mentions] == [
        (start, start + len(title), title, instrument)
        for start, (title, instrument) in zip(expected_offsets, EXPECTED, strict=True)
    ]
    assert all(m.articles == () and m.invalid_articles == () for m in mentions)


def test_seed_statement_has_no_false_mentions_of_generic_words(seed_text, catalogue):
    """'international acts', 'the United Nations', 'Community' are not instruments."""
    instruments = {m.instrument for m in resolve_mentions(seed_text, catalogue) if m.instrument}
    assert instruments == {"udhr", "iccpr", "refugee-convention-1951"}
