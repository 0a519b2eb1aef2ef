"""The catalogue tests itself: schema, counts, examples, alias clashes, broken fixtures."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from linker.catalogue import load_catalogue
from linker.errors import CatalogueError
from linker.resolve import resolve_mentions

from .conftest import ROOT

#: Articles (or principles) per instrument, as the official texts number them.
ARTICLE_COUNTS = {
    "udhr": 30,
    "iccpr": 53,
    "iccpr-op1": 14,
    "iccpr-op2": 11,
    "icescr": 31,
    "icescr-op": 22,
    "refugee-convention-1951": 46,
    "refugee-protocol-1967": 11,
    "stateless-persons-1954": 42,
    "statelessness-1961": 21,
    "icerd": 25,
    "cedaw": 30,
    "cedaw-op": 21,
    "cat": 33,
    "opcat": 37,
    "crc": 54,
    "crc-opac": 13,
    "crc-opsc": 17,
    "crc-opic": 24,
    "crpd": 50,
    "crpd-op": 18,
    "icmw": 93,
    "cped": 45,
    "genocide-convention": 19,
    "un-charter": 111,
    "icj-statute": 70,
    "rome-statute": 131,  # 128 of 1998, plus 8 bis, 15 bis and 15 ter (Kampala, 2010)
    "geneva-conventions-1949": 3,  # the common articles 1 to 3
    "gc-i": 64,
    "gc-ii": 63,
    "gc-iii": 143,
    "gc-iv": 159,
    "ap-i": 102,
    "ap-ii": 28,
    "ap-iii": 17,
    "vclt": 85,
    "echr": 59,
    "achpr": 68,
    "achr": 82,
    "undrip": 46,
    "guiding-principles-idp": 30,
    "pinheiro-principles": 23,
    "declaration-human-rights-defenders": 20,
}

#: Instruments whose every article must carry its official text (issue 4, point 1).
FULL_TEXT = [
    "udhr",
    "iccpr",
    "iccpr-op1",
    "iccpr-op2",
    "icescr",
    "icescr-op",
    "refugee-convention-1951",
    "refugee-protocol-1967",
    "stateless-persons-1954",
    "icerd",
    "cedaw",
    "cat",
    "crc",
    "crpd",
    "cped",
    "genocide-convention",
    "un-charter",
    "echr",
    "vclt",
]

INSTRUMENT_FILES = sorted((ROOT / "references" / "instruments").glob("*.toml"))


def test_every_instrument_is_in_the_catalogue(catalogue):
    assert sorted(catalogue.instruments) == sorted(ARTICLE_COUNTS)


@pytest.mark.parametrize("instrument_id", sorted(ARTICLE_COUNTS))
def test_article_count(instrument_id, catalogue):
    assert len(catalogue.get(instrument_id).articles) == ARTICLE_COUNTS[instrument_id]


@pytest.mark.parametrize("instrument_id", FULL_TEXT)
def test_full_text_instruments_carry_every_article(instrument_id, catalogue):
    instrument = catalogue.get(instrument_id)
    missing = [a.number for a in instrument.articles if not a.text]
    assert missing == []


def test_roman_instruments_number_their_articles_in_roman(catalogue):
    assert catalogue.get("genocide-convention").articles[1].number == "II"
    assert catalogue.get("refugee-protocol-1967").articles[0].number == "I"


def test_refugee_convention_article_1_keeps_sections_a_to_f(catalogue):
    article = catalogue.get("refugee-convention-1951").article("1")
    assert [p.number for p in article.paragraphs] == list("ABCDEF")
    assert article.paragraphs[0].child("2").text.startswith("(2) As a result of events")


@pytest.mark.parametrize("instrument_id", sorted(ARTICLE_COUNTS))
def test_examples_resolve_to_their_instrument(instrument_id, catalogue):
    instrument = catalogue.get(instrument_id)
    for example in instrument.examples:
        found = {m.instrument for m in resolve_mentions(example, catalogue)}
        assert instrument_id in found, example


@pytest.mark.parametrize("path", INSTRUMENT_FILES, ids=[p.stem for p in INSTRUMENT_FILES])
def test_files_are_canonical(path):
    """Every file parses, names its source, and keeps articles in official order."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["id"] == path.stem
    assert len(data["source"]) > 20
    assert not path.read_text(encoding="utf-8").count("\t")
    assert "/work/" not in path.read_text(encoding="utf-8")


def test_metadata_dates_are_consistent(catalogue):
    for instrument in catalogue:
        if instrument.adopted and instrument.entry_into_force:
            assert instrument.adopted <= instrument.entry_into_force, instrument.id
        if instrument.adopted and instrument.opened_for_signature:
            assert instrument.adopted <= instrument.opened_for_signature, instrument.id


def test_known_facts(catalogue):
    udhr = catalogue.get("udhr")
    assert (udhr.adopted.isoformat(), udhr.document_symbol) == ("1948-12-10", "A/RES/217(III)")
    iccpr = catalogue.get("iccpr")
    assert iccpr.entry_into_force.isoformat() == "1976-03-23"
    refugee = catalogue.get("refugee-convention-1951")
    assert refugee.adopted.isoformat() == "1951-07-28"
    assert refugee.entry_into_force.isoformat() == "1954-04-22"


# -- a broken catalogue is refused with file, field and reason ---------------------------

GOOD = """
id = "{id}"
title = "Test Instrument {id}"
kind = "treaty"
unit = "article"
head = "convention"
description = "A fixture instrument for the loader tests."
abbreviations = ["{abbr}"]
url = "https://example.org/{id}"
source = "written for the test suite"
examples = ["the {abbr}"]

[[articles]]
number = "1"
text = "1. First paragraph.\\n2. Second paragraph."
"""


@pytest.fixture
def references(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "references" / "schema", tmp_path / "schema")
    (tmp_path / "instruments").mkdir()
    for instrument_id, abbr in [("alpha", "ALPHA"), ("beta", "BETA")]:
        (tmp_path / "instruments" / f"{instrument_id}.toml").write_text(
            GOOD.format(id=instrument_id, abbr=abbr), encoding="utf-8"
        )
    return tmp_path


def _problems(root: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    return [str(p) for p in caught.value.problems]


def test_fixture_catalogue_loads(references):
    catalogue = load_catalogue(references)
    assert sorted(catalogue.instruments) == ["alpha", "beta"]
    assert catalogue.get("alpha").article("1").paragraph("2").text == "2. Second paragraph."


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s.replace('kind = "treaty"\n', ""), "instruments/alpha.toml: -: 'kind'"),
        (
            lambda s: s.replace('unit = "article"', 'unit = "articel"'),
            "instruments/alpha.toml: unit:",
        ),
        (
            lambda s: s.replace('kind = "treaty"', 'kind = "treaty"\nadopted = "1966-13-45"'),
            "instruments/alpha.toml: adopted:",
        ),
        (
            lambda s: s + '\n[[articles]]\nnumber = "1"\n',
            "instruments/alpha.toml: articles.1.number: duplicate '1'",
        ),
        (lambda s: s.replace('id = "alpha"', 'id = "gamma"'), "instruments/alpha.toml: id:"),
        (lambda s: s.replace('"ALPHA"]', '"ALPHA", "BETA"]'), "'BETA' is claimed by"),
        (lambda s: s + "\nthis is not toml", "instruments/alpha.toml: -: not valid TOML"),
        (
            lambda s: s.replace('url = "https', 'url = "http'),
            "instruments/alpha.toml: url:",
        ),
    ],
)
def test_broken_catalogue_names_file_field_and_reason(references, edit, expected):
    path = references / "instruments" / "alpha.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    problems = _problems(references)
    assert any(expected in p for p in problems), problems


def test_alias_clash_is_accepted_with_a_settling_rule(references):
    path = references / "instruments" / "alpha.toml"
    path.write_text(path.read_text().replace('"ALPHA"]', '"ALPHA", "BETA"]'), encoding="utf-8")
    (references / "ambiguous.toml").write_text(
        '[[alias]]\nname = "BETA"\ncandidates = ["alpha", "beta"]\nrule = "antecedent"\n'
        'default = "beta"\nnote = "fixture rule"\n',
        encoding="utf-8",
    )
    assert load_catalogue(references).ambiguous["beta"].default == "beta"


def test_unknown_instrument_in_rule_is_refused(references):
    (references / "ambiguous.toml").write_text(
        '[[alias]]\nname = "XY"\ncandidates = ["alpha", "nope"]\nrule = "antecedent"\n'
        'note = "fixture rule"\n',
        encoding="utf-8",
    )
    assert any("unknown instrument 'nope'" in p for p in _problems(references))


def test_empty_references_folder_is_refused(tmp_path):
    assert any("no instrument files" in p for p in _problems(tmp_path))


def test_no_two_units_of_an_article_share_a_number(catalogue):
    """Every paragraph anchor is unique, so every pinpoint names one unit."""
    repeated = []
    for instrument in catalogue:
        for article in instrument.articles:
            seen: set[tuple[str, ...]] = set()
            stack = [((), p) for p in article.paragraphs]
            while stack:
                path, unit = stack.pop()
                key = (*path, unit.number)
                if key in seen:
                    repeated.append((instrument.id, article.number, key))
                seen.add(key)
                stack.extend((key, child) for child in unit.children)
    assert repeated == []
