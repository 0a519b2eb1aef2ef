"""The paragraph tree read from an article's markers."""

from __future__ import annotations

import pytest

from linker.structure import parse_paragraphs


def _tree(text):
    def walk(units):
        return [(u.kind, u.number, walk(u.children)) for u in units]

    return walk(parse_paragraphs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No units here.", []),
        ("1. One.\n2. Two.", [("para", "1", []), ("para", "2", [])]),
        (
            "1. Lead:\n(a) first;\n(b) second.\n2. Next.",
            [("para", "1", [("subpara", "a", []), ("subpara", "b", [])]), ("para", "2", [])],
        ),
        (
            "A. Section:\n(1) one;\n(2) two.\nB.\n(1) again.",
            [
                ("sec", "A", [("para", "1", []), ("para", "2", [])]),
                ("sec", "B", [("para", "1", [])]),
            ],
        ),
        (
            "1. List:\n(h) eighth;\n(i) ninth;\n(j) tenth;\n(k) eleventh;\n(l) twelfth.",
            [("para", "1", [("subpara", x, []) for x in "hijkl"])],
        ),
        (
            "2. Crimes:\n(a) grave breaches:\n(i) killing;\n(ii) torture;\n"
            "(b) other:\n(i) attacks.",
            [
                (
                    "para",
                    "2",
                    [
                        ("subpara", "a", [("item", "i", []), ("item", "ii", [])]),
                        ("subpara", "b", [("item", "i", [])]),
                    ],
                )
            ],
        ),
        (
            "3.\n(a) lead\n(i) for the purpose of:\na. one;\nb. two;\n(ii) other;\n(b) next.",
            [
                (
                    "para",
                    "3",
                    [
                        (
                            "subpara",
                            "a",
                            [
                                ("item", "i", [("point", "a", []), ("point", "b", [])]),
                                ("item", "ii", []),
                            ],
                        ),
                        ("subpara", "b", []),
                    ],
                )
            ],
        ),
        (
            "The following shall be repatriated:\n(1) first;\n(2) second.\n"
            "The following may be accommodated:\n(1) third group.",
            [("para", "1", []), ("para", "2", [])],
        ),
        ("1.\n(a) number alone on its line.", [("para", "1", [("subpara", "a", [])])]),
    ],
)
def test_units_are_read_from_markers(text, expected):
    assert _tree(text) == expected


def test_unit_text_includes_its_sub_units_and_stops_at_an_unnumbered_paragraph():
    units = parse_paragraphs("Lead:\n(1) one;\n(2) two.\nAnother paragraph.")
    assert units[1].text == "(2) two."
