"""The rights index: its data (references/rights.toml) and its loader (linker.rights).

The data tests run on the real references; the loader's faults are proved on a small
fixture catalogue built in ``tmp_path``, so they do not depend on which instruments the
catalogue holds today.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from linker.catalogue import Catalogue, load_catalogue
from linker.errors import CatalogueError, Problem
from linker.models import Pinpoint
from linker.rights import RightsIndex, load_rights, parse_pinpoint
from linker.structure import parse_paragraphs
from linker.textnorm import fold_name
from linker.validate import check_pinpoint

REFERENCES = Path(__file__).resolve().parents[1] / "references"
RIGHTS = REFERENCES / "rights.toml"
ORACLE = Path(__file__).resolve().parents[2] / "shared" / "oracle" / "texts"
ORACLE_IDS = {
    f"gc-{n}": f"geneva-convention-{i}" for i, n in enumerate(("i", "ii", "iii", "iv"), 1)
}
ORACLE_IDS |= {f"ap-{n}": f"additional-protocol-{i}" for i, n in enumerate(("i", "ii", "iii"), 1)}

# fmt: off
#: Right ids fixed by DESIGN.md; outside checks use them.
DESIGN_RIGHT_IDS = (
    "right-to-return", "freedom-of-movement", "leave-any-country", "asylum", "non-refoulement",
    "nationality", "property", "life", "torture", "liberty-security", "fair-trial",
    "effective-remedy", "privacy-family", "religion", "expression", "assembly", "association",
    "participation", "equality-non-discrimination", "racial-discrimination", "minorities",
    "self-determination", "education", "health", "housing", "food", "water-sanitation",
    "standard-of-living", "work", "social-security", "culture", "child-rights",
    "slavery-trafficking", "enforced-disappearance", "collective-punishment", "genocide",
    "crimes-against-humanity", "deportation-forcible-transfer", "war-crimes", "use-of-force",
    "territorial-integrity", "self-defence",
)

#: Bare words that are never, alone, the name of a right ("life" is not the right to life).
TOO_BROAD = {
    "life", "return", "work", "force", "property", "movement", "asylum", "health", "water",
    "food", "housing", "education", "religion", "expression", "nationality", "culture",
    "assembly", "association", "equality", "discrimination", "liberty", "security", "privacy",
    "family", "deportation", "trafficking", "remedy", "minorities", "children", "integrity",
}
# fmt: on


# ----------------------------------------------------------------------------- real data


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(REFERENCES)


@pytest.fixture(scope="module")
def index(catalogue: Catalogue) -> RightsIndex:
    return load_rights(RIGHTS, catalogue, allow_missing=True)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    with RIGHTS.open("rb") as handle:
        return tomllib.load(handle)


def test_rights_file_matches_its_schema(raw: dict[str, Any]) -> None:
    schema = json.loads((REFERENCES / "schema" / "rights.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(raw))
    assert not errors, [e.message for e in errors]


def test_every_design_right_id_is_in_the_index(index: RightsIndex) -> None:
    assert set(DESIGN_RIGHT_IDS) <= set(index.rights)


def test_no_name_belongs_to_two_rights(index: RightsIndex) -> None:
    owners: dict[str, set[str]] = {}
    for right in index:
        for name in right.names:
            owners.setdefault(fold_name(name), set()).add(right.id)
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}
    assert len(index.names) == sum(len(r.names) for r in index)


def test_names_are_precise_phrases(index: RightsIndex) -> None:
    for right in index:
        for name in right.names:
            assert fold_name(name) not in TOO_BROAD, (right.id, name)
            assert name[0].islower(), (right.id, name)


@pytest.mark.parametrize(
    ("phrase", "right_id"),
    [
        ("return to work", "right-to-return"),
        ("life imprisonment", "life"),
        ("excessive use of force", "use-of-force"),
        ("drug trafficking", "slavery-trafficking"),
        ("acted in self-defence", "self-defence"),
        ("economic, social and cultural rights", "culture"),
    ],
)
def test_no_name_of_a_right_occurs_in_its_negatives(
    index: RightsIndex, phrase: str, right_id: str
) -> None:
    right = index.get(right_id)
    assert right is not None and phrase in right.negatives
    folded = fold_name(phrase)
    for name in right.names:
        assert not re.search(rf"(?<!\w){re.escape(fold_name(name))}(?!\w)", folded), name


def test_right_to_return_links_the_udhr_and_iccpr_but_not_the_refugee_convention(
    index: RightsIndex,
) -> None:
    right = index.lookup("Right of Return")
    assert right is not None and right.id == "right-to-return"
    assert right.articles_for("udhr", "text") == ("13(2)",)
    assert right.articles_for("iccpr", "text") == ("12(4)",)
    assert right.articles_for("icerd", "text") == ("5(d)(ii)",)
    assert right.articles_for("refugee-convention-1951") == ()
    assert "refugee-convention-1951" in right.absent
    assert right.basis_of("udhr", "13(2)") == "text"


def test_every_right_has_a_text_article_and_every_interpretation_a_pinpointed_authority(
    index: RightsIndex,
) -> None:
    for right in index:
        assert any(s.basis == "text" for s in right.sources), right.id
        for source in right.sources:
            if source.basis == "interpretation":
                assert re.search(r"para\.|paras\.|Rule \d", source.source), source


def test_real_index_pinpoints_valid_for_instruments_present_in_the_catalogue(
    index: RightsIndex, catalogue: Catalogue
) -> None:
    # Loading with allow_missing checks every pinpoint of every instrument the catalogue
    # holds; instruments it lacks (while it is being filled) are only listed.
    assert set(index.missing) == {i for i in index.instruments if catalogue.get(i) is None}


def test_real_index_cites_only_catalogued_instruments(
    index: RightsIndex, catalogue: Catalogue
) -> None:
    assert index.missing == ()
    assert len(load_rights(RIGHTS, catalogue)) == len(index)


def test_pinpoints_are_canonical_for_the_resolver(index: RightsIndex, catalogue: Catalogue) -> None:
    # The resolver validates and renders cited pinpoints with linker.validate; an inferred
    # pinpoint must come out of it unchanged, or cited and inferred ones would not compare.
    for right in index:
        for source in right.sources:
            instrument = catalogue.get(source.instrument)
            if instrument is None:
                continue
            for pinpoint in source.articles:
                parsed = parse_pinpoint(pinpoint)
                sections = 1 if parsed.path and parsed.path[0].isupper() else 0
                cited = Pinpoint(
                    parsed.article + "".join(parsed.path[:sections]), parsed.path[sections:]
                )
                assert check_pinpoint(instrument, cited) == (pinpoint, True), (right.id, pinpoint)


@pytest.mark.skipif(not ORACLE.is_dir(), reason="../shared/oracle not available")
def test_oracle_checked_pinpoints_exist_in_the_official_texts(index: RightsIndex) -> None:
    for right in index:
        for source in right.sources:
            file = ORACLE / f"{ORACLE_IDS.get(source.instrument, source.instrument)}.json"
            assert (source.checked == "oracle") == file.exists(), (right.id, source.instrument)
            if source.checked != "oracle":
                continue
            articles = _oracle_articles(file)
            for pinpoint in source.articles:
                assert _oracle_unit(articles, pinpoint) is not None, (right.id, pinpoint)


def _oracle_articles(file: Path) -> dict[str, str]:
    data = json.loads(file.read_text("utf-8"))
    labels = data.get("article_labels") or {}
    return {labels.get(key, key): text for key, text in data["articles"].items()}


def _oracle_unit(articles: dict[str, str], pinpoint: str) -> str | None:
    parsed = parse_pinpoint(pinpoint)
    text = articles.get(parsed.article)
    if text is None or not parsed.path:
        return text
    units, node = parse_paragraphs(text), None
    for number in parsed.path:
        pool = units if node is None else node.children
        node = next((u for u in pool if u.number == number), None)
        if node is None:
            return None
    return node.text


# ----------------------------------------------------------------------------- pinpoints


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13", Pinpoint("13")),
        ("13(2)", Pinpoint("13", ("2",))),
        ("5(d)(ii)", Pinpoint("5", ("d", "ii"))),
        ("1A(2)", Pinpoint("1", ("A", "2"))),
        ("II", Pinpoint("II")),
    ],
)
def test_parse_pinpoint(text: str, expected: Pinpoint) -> None:
    assert parse_pinpoint(text) == expected
    assert expected.render(section_levels=1 if "A" in text else 0) == text


@pytest.mark.parametrize("text", ["13.2", "(2)", "13 (2)", "art. 13", ""])
def test_parse_pinpoint_rejects_what_is_not_a_pinpoint(text: str) -> None:
    with pytest.raises(ValueError):
        parse_pinpoint(text)


# ----------------------------------------------------------------------------- fixture catalogue

UDHR = '''
id = "udhr"
title = "Universal Declaration of Human Rights"
kind = "declaration"
unit = "article"
head = "declaration"
description = "Test fixture: two articles of the Declaration."
url = "https://www.ohchr.org/en/universal-declaration-of-human-rights"
source = "Test fixture, not an official text"
examples = ["the Universal Declaration of Human Rights"]

[[articles]]
number = "3"
text = "Everyone has the right to life, liberty and the security of person."

[[articles]]
number = "13"
text = """
1. Everyone has the right to freedom of movement and residence within the borders of each State.
2. Everyone has the right to leave any country, including his own, and to return to his country.
"""
'''

REFUGEE_CONVENTION = '''
id = "refugee-convention-1951"
title = "Convention relating to the Status of Refugees"
kind = "treaty"
unit = "article"
head = "convention"
description = "Test fixture: article 1 with its sections, article 33 without text."
url = "https://www.unhcr.org/media/convention-and-protocol-relating-status-refugees"
source = "Test fixture, not an official text"
examples = ["the Refugee Convention"]

[[articles]]
number = "1"
text = """
A. For the purposes of the present Convention, the term "refugee" shall apply to any person who:
(1) Has been considered a refugee under earlier arrangements;
(2) Owing to well-founded fear of being persecuted is outside the country of his nationality.
"""

[[articles]]
number = "33"
'''


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "schema").mkdir()
    (tmp_path / "instruments").mkdir()
    for name in ("instrument.schema.json", "rights.schema.json"):
        shutil.copy(REFERENCES / "schema" / name, tmp_path / "schema" / name)
    (tmp_path / "instruments" / "udhr.toml").write_text(UDHR, "utf-8")
    (tmp_path / "instruments" / "refugee-convention-1951.toml").write_text(
        REFUGEE_CONVENTION, "utf-8"
    )
    return tmp_path


@pytest.fixture
def fixture_catalogue(root: Path) -> Catalogue:
    return load_catalogue(root)


def _right(**changes: Any) -> dict[str, Any]:
    right = {
        "id": "right-to-return",
        "label": "Right to return",
        "description": "The right of a person to return to their own country.",
        "names": ["right to return", "right of return"],
        "articles": [_source("udhr", ["13(2)"])],
        "absent": [{"instrument": "refugee-convention-1951", "note": "States no right to return."}],
        "negatives": ["return to work"],
    }
    return right | changes


def _source(instrument: str, articles: list[str], basis: str = "text") -> dict[str, Any]:
    return {
        "instrument": instrument,
        "articles": articles,
        "basis": basis,
        "source": "Test fixture source, para. 1",
        "checked": "oracle",
    }


def _write(root: Path, *rights: dict[str, Any]) -> Path:
    lines = []
    for right in rights:
        lines.append("[[right]]")
        lines += [f"{key} = {_toml(value)}" for key, value in right.items()]
    (root / "rights.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return root / "rights.toml"


def _toml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _problems(path: Path, catalogue: Catalogue, **options: Any) -> list[Problem]:
    with pytest.raises(CatalogueError) as raised:
        load_rights(path, catalogue, **options)
    return list(raised.value.problems)


def _assert_problem(problems: list[Problem], field: str, reason: str) -> None:
    assert any(
        p.file == "rights.toml" and p.field == field and reason in p.reason for p in problems
    ), problems


def test_fixture_index_loads_with_its_lookups(root: Path, fixture_catalogue: Catalogue) -> None:
    second = _right(
        id="life",
        label="Right to life",
        description="The inherent right of every human being to life.",
        names=["right to life"],
        articles=[_source("udhr", ["3"]), _source("refugee-convention-1951", ["1A(2)"])],
        absent=[],
        negatives=["life imprisonment"],
    )
    index = load_rights(_write(root, _right(), second), fixture_catalogue)
    assert [r.id for r in index] == ["right-to-return", "life"]
    assert index.lookup("  Right  of RETURN ").id == "right-to-return"
    assert index.lookup("return") is None
    assert index.get("life").articles == {"udhr": ("3",), "refugee-convention-1951": ("1A(2)",)}
    assert index.get("right-to-return").absent["refugee-convention-1951"]
    assert index.instruments == {"udhr", "refugee-convention-1951"}
    assert index.missing == ()


def test_bases_are_kept_apart(root: Path, fixture_catalogue: Catalogue) -> None:
    right = _right(articles=[_source("udhr", ["13(2)"]), _source("udhr", ["3"], "interpretation")])
    index = load_rights(_write(root, right), fixture_catalogue)
    right_to_return = index.get("right-to-return")
    assert right_to_return.articles_for("udhr") == ("13(2)", "3")
    assert right_to_return.articles_for("udhr", "text") == ("13(2)",)
    assert right_to_return.basis_of("udhr", "3") == "interpretation"


def test_unknown_instrument_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    path = _write(root, _right(articles=[_source("udhr", ["13(2)"]), _source("iccpr", ["12(4)"])]))
    problems = _problems(path, fixture_catalogue)
    _assert_problem(problems, "right.0.articles.1.instrument", "unknown instrument 'iccpr'")


def test_unknown_absent_instrument_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    path = _write(root, _right(absent=[{"instrument": "echr", "note": "Not in the Convention."}]))
    _assert_problem(
        _problems(path, fixture_catalogue), "right.0.absent.0.instrument", "unknown instrument"
    )


def test_missing_instruments_allowed_while_the_catalogue_fills(
    root: Path, fixture_catalogue: Catalogue
) -> None:
    articles = [_source("iccpr", ["12(4)"]), _source("udhr", ["13(9)"])]
    path = _write(root, _right(articles=articles))
    problems = _problems(path, fixture_catalogue, allow_missing=True)
    assert [p.field for p in problems] == ["right.0.articles.1.articles.0"]
    index = load_rights(
        _write(root, _right(articles=articles[:1])), fixture_catalogue, allow_missing=True
    )
    assert index.missing == ("iccpr",)


@pytest.mark.parametrize(
    ("pinpoint", "reason"),
    [
        ("99", "udhr has no article 99"),
        ("13(3)", "udhr article 13 has no unit '13(3)'"),
        ("13(2)(a)", "has no unit"),
        ("3(1)", "has no unit"),
    ],
)
def test_bad_pinpoint_is_a_fault(
    root: Path, fixture_catalogue: Catalogue, pinpoint: str, reason: str
) -> None:
    path = _write(root, _right(articles=[_source("udhr", ["13(2)", pinpoint])]))
    _assert_problem(_problems(path, fixture_catalogue), "right.0.articles.0.articles.1", reason)


@pytest.mark.parametrize(
    ("pinpoint", "valid"),
    [
        ("1A(2)", True),
        ("1A", True),
        ("1B(1)", False),
        ("1A(3)", False),
        ("33(1)", True),
        ("34", False),
    ],
)
def test_section_pinpoints_and_articles_without_text(
    root: Path, fixture_catalogue: Catalogue, pinpoint: str, valid: bool
) -> None:
    # Article 33 is listed without its text: its paragraphs cannot be checked, its number can.
    path = _write(
        root, _right(articles=[_source("refugee-convention-1951", [pinpoint])], absent=[])
    )
    if valid:
        assert load_rights(path, fixture_catalogue).get("right-to-return")
    else:
        _assert_problem(
            _problems(path, fixture_catalogue), "right.0.articles.0.articles.0", "has no"
        )


def test_duplicate_id_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    path = _write(root, _right(), _right(names=["right to go home"]))
    _assert_problem(
        _problems(path, fixture_catalogue), "right.1.id", "duplicate id 'right-to-return'"
    )


def test_name_claimed_by_two_rights_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    other = _right(id="leave-any-country", label="Right to leave", names=["Right of  Return"])
    path = _write(root, _right(), other)
    _assert_problem(
        _problems(path, fixture_catalogue), "right.1.names.0", "also a name of 'right-to-return'"
    )


def test_negative_containing_a_name_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    path = _write(root, _right(negatives=["the right to return the goods"]))
    _assert_problem(
        _problems(path, fixture_catalogue), "right.0.negatives.0", "contains 'right to return'"
    )


def test_instrument_both_stating_and_absent_is_a_fault(
    root: Path, fixture_catalogue: Catalogue
) -> None:
    right = _right(absent=[{"instrument": "udhr", "note": "Contradicts the articles."}])
    _assert_problem(
        _problems(_write(root, right), fixture_catalogue), "right.0.articles.0.instrument", "both"
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"articles": [_source("udhr", ["13(2)"], "guess")]}, "right.0.articles.0.basis"),
        ({"articles": [_source("udhr", ["13.2"])]}, "right.0.articles.0.articles.0"),
        ({"names": []}, "right.0.names"),
        ({"id": "Right To Return"}, "right.0.id"),
    ],
)
def test_schema_faults_name_file_and_field(
    root: Path, fixture_catalogue: Catalogue, change: dict[str, Any], field: str
) -> None:
    problems = _problems(_write(root, _right(**change)), fixture_catalogue)
    assert [(p.file, p.field) for p in problems] == [("rights.toml", field)]


def test_invalid_toml_is_a_fault(root: Path, fixture_catalogue: Catalogue) -> None:
    (root / "rights.toml").write_text("[[right]\nid = ", "utf-8")
    _assert_problem(_problems(root / "rights.toml", fixture_catalogue), "-", "not valid TOML")
