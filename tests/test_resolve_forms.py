"""Table-driven tests of every citation form the resolver reads, and of the negatives.

Each case is (text, expected) where expected lists (span text, instrument, articles) for
every mention, in order; invalid pinpoints are checked separately.
"""

from __future__ import annotations

import pytest

from linker.resolve import resolve_mentions

FORMS = [
    # full titles and their real variants
    (
        "the Universal Declaration of Human Rights",
        [("Universal Declaration of Human Rights", "udhr", [])],
    ),
    (
        "the universal declaration of human rights",
        [("universal declaration of human rights", "udhr", [])],
    ),
    (
        "the International Covenant on Civil and\nPolitical Rights",
        [("International Covenant on Civil and\nPolitical Rights", "iccpr", [])],
    ),
    (
        "the Convention Relating to the Status of Refugees",
        [("Convention Relating to the Status of Refugees", "refugee-convention-1951", [])],
    ),
    (
        "the Convention relating to the Status of Refugees of 1951",
        [
            (
                "Convention relating to the Status of Refugees of 1951",
                "refugee-convention-1951",
                [],
            )
        ],
    ),
    (
        "the International Covenant on Civil\u00a0and  Political Rights",
        [("International Covenant on Civil\u00a0and  Political Rights", "iccpr", [])],
    ),
    ("the OP\u2011CAT", [("OP\u2011CAT", "opcat", [])]),
    ("the 1951 Convention", [("1951 Convention", "refugee-convention-1951", [])]),
    # abbreviations and names
    ("the UDHR and the ICCPR", [("UDHR", "udhr", []), ("ICCPR", "iccpr", [])]),
    ("CCPR", [("CCPR", "iccpr", [])]),
    ("the Refugee Convention", [("Refugee Convention", "refugee-convention-1951", [])]),
    (
        "the Geneva Refugee Convention",
        [("Geneva Refugee Convention", "refugee-convention-1951", [])],
    ),
    ("the UN’s refugee convention", [("refugee convention", "refugee-convention-1951", [])]),
    # pinpoints, before and after the instrument
    ("Article 13 of the UDHR", [("Article 13 of the UDHR", "udhr", ["13"])]),
    (
        "article 13(2) of the Universal Declaration",
        [("article 13(2) of the Universal Declaration", "udhr", ["13(2)"])],
    ),
    ("Art. 13 (2) UDHR", [("Art. 13 (2) UDHR", "udhr", ["13(2)"])]),
    ("arts. 6 and 7 ICCPR", [("arts. 6 and 7 ICCPR", "iccpr", ["6", "7"])]),
    (
        "articles 6 to 8 of the ICCPR",
        [("articles 6 to 8 of the ICCPR", "iccpr", ["6", "7", "8"])],
    ),
    ("articles 2-4 ICCPR", [("articles 2-4 ICCPR", "iccpr", ["2", "3", "4"])]),
    ("articles 2–4 ICCPR", [("articles 2–4 ICCPR", "iccpr", ["2", "3", "4"])]),
    (
        "The ICCPR applies: article 2, paragraph 1, of the Covenant.",
        [
            ("ICCPR", "iccpr", []),
            ("article 2, paragraph 1, of the Covenant", "iccpr", ["2(1)"]),
        ],
    ),
    (
        "Under the ICCPR, paragraph 4 of article 12 matters.",
        [("ICCPR, paragraph 4 of article 12", "iccpr", ["12(4)"])],
    ),
    (
        "Article 33(1) of the 1951 Convention",
        [("Article 33(1) of the 1951 Convention", "refugee-convention-1951", ["33(1)"])],
    ),
    ("UDHR, art. 13(2)", [("UDHR, art. 13(2)", "udhr", ["13(2)"])]),
    ("Art. 3 ECHR", [("Art. 3 ECHR", "echr", ["3"])]),
    ("Article 6 § 1 ECHR", [("Article 6 § 1 ECHR", "echr", ["6(1)"])]),
    (
        "article 1A(2) of the Refugee Convention",
        [("article 1A(2) of the Refugee Convention", "refugee-convention-1951", ["1A(2)"])],
    ),
    (
        "articles 12 (4) and 26 ICCPR",
        [("articles 12 (4) and 26 ICCPR", "iccpr", ["12(4)", "26"])],
    ),
    (
        "article 14(3)(d) of the ICCPR",
        [("article 14(3)(d) of the ICCPR", "iccpr", ["14(3)(d)"])],
    ),
    (
        "Article I(1) of the 1967 Protocol",
        [("Article I(1) of the 1967 Protocol", "refugee-protocol-1967", ["I(1)"])],
    ),
    (
        "article 1(1) of the 1967 Protocol",
        [("article 1(1) of the 1967 Protocol", "refugee-protocol-1967", ["I(1)"])],
    ),
    (
        "Article 2 of the Genocide Convention",
        [("Article 2 of the Genocide Convention", "genocide-convention", ["II"])],
    ),
    # short forms resolve to the nearest preceding compatible instrument
    (
        "The ICCPR and the Refugee Convention. The Covenant binds; the Convention too.",
        [
            ("ICCPR", "iccpr", []),
            ("Refugee Convention", "refugee-convention-1951", []),
            ("Covenant", "iccpr", []),
            ("Convention", "refugee-convention-1951", []),
        ],
    ),
    (
        "The CAT was cited. Then the Refugee Convention. Article 33 of the Convention.",
        [
            ("CAT", "cat", []),
            ("Refugee Convention", "refugee-convention-1951", []),
            ("Article 33 of the Convention", "refugee-convention-1951", ["33"]),
        ],
    ),
    (
        "The UDHR is a declaration. The Declaration was adopted in Paris.",
        [("UDHR", "udhr", []), ("Declaration", "udhr", [])],
    ),
    (
        "The UDHR and later the Universal Declaration.",
        [("UDHR", "udhr", []), ("Universal Declaration", "udhr", [])],
    ),
    # bare article references attach to the instrument the passage is about
    (
        "The ICCPR protects movement. Article 12 guarantees it.",
        [("ICCPR", "iccpr", []), ("Article 12", "iccpr", ["12"])],
    ),
    (
        "The ICCPR, article 12 of the Covenant. Paragraph 4 then applies.",
        [
            ("ICCPR", "iccpr", []),
            ("article 12 of the Covenant", "iccpr", ["12"]),
            ("Paragraph 4", "iccpr", ["12(4)"]),
        ],
    ),
    (
        "The ICCPR protects movement. Article 5 of the contract is different.",
        [("ICCPR", "iccpr", [])],
    ),
    (
        "The ICCPR protects movement.\n\nArticle 12 of our bylaws is another matter; art. 3 too.",
        [("ICCPR", "iccpr", [])],
    ),
    # defined short forms
    (
        "The Convention relating to the Status of Refugees (hereinafter “the Convention”) "
        "applies. The ICCPR too. Under the Convention, article 33 prohibits it.",
        [
            ("Convention relating to the Status of Refugees", "refugee-convention-1951", []),
            ("ICCPR", "iccpr", []),
            ("Convention, article 33", "refugee-convention-1951", ["33"]),
        ],
    ),
    (
        'The Rome Statute of the International Criminal Court (the "Rome Statute") and '
        "the Rome Statute again.",
        [
            ("Rome Statute of the International Criminal Court", "rome-statute", []),
            ("Rome Statute", "rome-statute", []),
        ],
    ),
    (
        "the Convention on the Elimination of All Forms of Discrimination against Women "
        "(‘CEDAW’) and CEDAW, art. 2",
        [
            (
                "Convention on the Elimination of All Forms of Discrimination against Women",
                "cedaw",
                [],
            ),
            ("CEDAW, art. 2", "cedaw", ["2"]),
        ],
    ),
    # treaty bodies settle a short form with no antecedent, and are never mentions
    (
        "The Human Rights Committee found that the Covenant was violated.",
        [("Covenant", "iccpr", [])],
    ),
    (
        "The Committee on Economic, Social and Cultural Rights recalled the Covenant.",
        [("Covenant", "icescr", [])],
    ),
    (
        "The Committee against Torture held that article 3 of the Convention applied.",
        [("article 3 of the Convention", "cat", ["3"])],
    ),
    (
        "The Committee on the Elimination of Racial Discrimination reviewed the Convention.",
        [("Convention", "icerd", [])],
    ),
    ("The Committee on the Rights of the Child (CRC) met.", []),
    ("The CEDAW Committee met.", []),
    # Geneva Conventions and Optional Protocols
    ("the Geneva Convention", [("Geneva Convention", "geneva-conventions-1949", [])]),
    (
        "the 1951 Geneva Convention",
        [("1951 Geneva Convention", "refugee-convention-1951", [])],
    ),
    (
        "the Optional Protocol to the ICCPR",
        [("Optional Protocol to the ICCPR", "iccpr-op1", [])],
    ),
    (
        "The ICESCR. The Optional Protocol to the Covenant entered into force in 2013.",
        [
            ("ICESCR", "icescr", []),
            ("Optional Protocol to the Covenant", "icescr-op", []),
        ],
    ),
    (
        "The ICCPR. The Second Optional Protocol to the Covenant abolishes it.",
        [
            ("ICCPR", "iccpr", []),
            ("Second Optional Protocol to the Covenant", "iccpr-op2", []),
        ],
    ),
    ("the 1984 Convention", [("1984 Convention", "cat", [])]),
]

NEGATIVES = [
    "We met at a convention centre downtown.",
    "The declaration of results was delayed.",
    "Covenant House shelters young people.",
    "The party convention chose its leader.",
    "Article 5 of the contract binds the buyer.",
    "The statute of limitations has run.",
    "A protocol for testing samples was agreed.",
    "The charter flight left at noon; the company's charter was amended.",
    "The Istanbul Convention is a Council of Europe treaty. The Convention requires it.",
    "The Convention on Cluster Munitions bans them. The Convention prohibits use.",
    "The Covenant was mentioned before any covenant was named.",
    "Report CRC/C/GC/14 of the committee.",
    "the udhr and the iccpr written in lower case",
    "The cat sat on the mat.",
]


def _spans(text, catalogue):
    return [(m.text, m.instrument, list(m.articles)) for m in resolve_mentions(text, catalogue)]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f[0][:50] for f in FORMS])
def test_form_is_resolved(text, expected, catalogue):
    assert _spans(text, catalogue) == [tuple(e) for e in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_generic_words_are_not_mentions(text, catalogue):
    assert _spans(text, catalogue) == []


@pytest.mark.parametrize(
    ("text", "instrument", "valid", "invalid"),
    [
        ("Article 99 of the UDHR", "udhr", [], ["99"]),
        ("article 13(5) of the Universal Declaration", "udhr", [], ["13(5)"]),
        ("articles 12(4) and 60 of the ICCPR", "iccpr", ["12(4)"], ["60"]),
        ("article 1G of the Refugee Convention", "refugee-convention-1951", [], ["1G"]),
        ("Article XX of the Genocide Convention", "genocide-convention", [], ["XX"]),
    ],
)
def test_pinpoints_the_instrument_lacks_are_invalid(text, instrument, valid, invalid, catalogue):
    (mention,) = resolve_mentions(text, catalogue)
    assert mention.instrument == instrument
    assert list(mention.articles) == valid
    assert list(mention.invalid_articles) == invalid


def test_mention_spans_are_exact_sorted_and_disjoint(catalogue):
    text = " ".join(f[0] for f in FORMS) + " " + " ".join(NEGATIVES)
    mentions = resolve_mentions(text, catalogue)
    assert mentions
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end


def test_kinds_name_how_the_instrument_was_written(catalogue):
    text = (
        "The International Covenant on Civil and Political Rights, the ICCPR, the Covenant "
        "(read with article 2). The Refugee Convention (hereinafter “the Convention”); "
        "the Convention."
    )
    kinds = [(m.text, m.kind) for m in resolve_mentions(text, catalogue)]
    assert kinds == [
        ("International Covenant on Civil and Political Rights", "title"),
        ("ICCPR", "abbreviation"),
        ("Covenant", "short-form"),
        ("article 2", "article-only"),
        ("Refugee Convention", "short-title"),
        ("Convention", "defined-term"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ICCPR\n\nArticle 12 applies to everyone.",
        "Article 12\n\nof the ICCPR is a heading.",
        "UDHR,\n\nart. 13 stands alone.",
    ],
)
def test_no_citation_runs_across_a_blank_line(text, catalogue):
    assert all("\n\n" not in m.text for m in resolve_mentions(text, catalogue))
