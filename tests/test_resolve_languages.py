"""French and Spanish statements: names, pinpoints, short forms, negatives, excerpts."""

from __future__ import annotations

import pytest

from linker.export import resolution_json
from linker.language import detect_language, paragraph_languages
from linker.resolve import resolve_mentions

FORMS = [
    (
        "l'article 12, paragraphe 4, du Pacte international relatif aux droits civils et "
        "politiques",
        [
            (
                "article 12, paragraphe 4, du Pacte international relatif aux droits civils et "
                "politiques",
                "iccpr",
                ["12(4)"],
            )
        ],
    ),
    (
        "la Convention européenne des droits de l'homme (CEDH) et l'art. 3 CEDH",
        [
            ("Convention européenne des droits de l'homme", "echr", []),
            ("art. 3 CEDH", "echr", ["3"]),
        ],
    ),
    (
        "Le PIDCP s'applique. L'article 3 de la Convention contre la torture aussi. "
        "Les articles 6 et 7 du Pacte, les articles 6 à 8 du Pacte, le paragraphe 4 de "
        "l'article 12 du Pacte.",
        [
            ("PIDCP", "iccpr", []),
            ("article 3 de la Convention contre la torture", "cat", ["3"]),
            ("articles 6 et 7 du Pacte", "iccpr", ["6", "7"]),
            ("articles 6 à 8 du Pacte", "iccpr", ["6", "7", "8"]),
            ("paragraphe 4 de l'article 12 du Pacte", "iccpr", ["12(4)"]),
        ],
    ),
    (
        "La Convention relative au statut des réfugiés (ci-après « la Convention ») "
        "s'applique ; l'article 33 de la Convention interdit le refoulement.",
        [
            ("Convention relative au statut des réfugiés", "refugee-convention-1951", []),
            ("article 33 de la Convention", "refugee-convention-1951", ["33"]),
        ],
    ),
    (
        "la Convention de Genève de 1951",
        [("Convention de Genève de 1951", "refugee-convention-1951", [])],
    ),
    (
        "el artículo 13.2 de la Declaración Universal de Derechos Humanos",
        [("artículo 13.2 de la Declaración Universal de Derechos Humanos", "udhr", ["13(2)"])],
    ),
    (
        "el articulo 13.2 de la Declaracion Universal de Derechos Humanos",
        [("articulo 13.2 de la Declaracion Universal de Derechos Humanos", "udhr", ["13(2)"])],
    ),
    (
        "El PIDCP, art. 12, párr. 4. El párrafo 4 del artículo 12 del Pacto. "
        "Los artículos 6 y 7 del Pacto y los artículos 6 a 8 del Pacto.",
        [
            ("PIDCP, art. 12, párr. 4", "iccpr", ["12(4)"]),
            ("párrafo 4 del artículo 12 del Pacto", "iccpr", ["12(4)"]),
            ("artículos 6 y 7 del Pacto", "iccpr", ["6", "7"]),
            ("artículos 6 a 8 del Pacto", "iccpr", ["6", "7", "8"]),
        ],
    ),
    (
        "la Convención sobre el Estatuto de los Refugiados de 1951",
        [
            (
                "Convención sobre el Estatuto de los Refugiados de 1951",
                "refugee-convention-1951",
                [],
            )
        ],
    ),
    (
        "La Convención sobre los Derechos del Niño; el artículo 37 a) de la Convención.",
        [
            ("Convención sobre los Derechos del Niño", "crc", []),
            ("artículo 37 a) de la Convención", "crc", ["37(a)"]),
        ],
    ),
]

FORMS += [
    (
        "Le PIDCP. Les articles 7 et 9 (par. 3 et 4) du Pacte, l'article 14 (par. 3 b) et g)) "
        "du Pacte.",
        [
            ("PIDCP", "iccpr", []),
            ("articles 7 et 9 (par. 3 et 4) du Pacte", "iccpr", ["7", "9(3)", "9(4)"]),
            ("article 14 (par. 3 b) et g)) du Pacte", "iccpr", ["14(3)(b)", "14(3)(g)"]),
        ],
    ),
    (
        "l'article 1er, section A, paragraphe 2, de la Convention de Genève de 1951",
        [
            (
                "article 1er, section A, paragraphe 2, de la Convention de Genève de 1951",
                "refugee-convention-1951",
                ["1A(2)"],
            )
        ],
    ),
    (
        "l'article 7-1-d du Statut de Rome et l'alinéa c) du paragraphe 1 de l'article 7 "
        "du Statut de Rome",
        [
            ("article 7-1-d du Statut de Rome", "rome-statute", ["7(1)(d)"]),
            (
                "alinéa c) du paragraphe 1 de l'article 7 du Statut de Rome",
                "rome-statute",
                ["7(1)(c)"],
            ),
        ],
    ),
    (
        "el artículo 8.2.e.viii del Estatuto de Roma y los apartados a) y d) del párrafo 1 "
        "del artículo 7 del Estatuto de Roma",
        [
            ("artículo 8.2.e.viii del Estatuto de Roma", "rome-statute", ["8(2)(e)(viii)"]),
            (
                "apartados a) y d) del párrafo 1 del artículo 7 del Estatuto de Roma",
                "rome-statute",
                ["7(1)(a)", "7(1)(d)"],
            ),
        ],
    ),
    (
        "el párrafo 1 del artículo 9 de la CEDAW y el párrafo 2 de dicho artículo",
        [
            ("párrafo 1 del artículo 9 de la CEDAW", "cedaw", ["9(1)"]),
            ("párrafo 2 de dicho artículo", "cedaw", ["9(2)"]),
        ],
    ),
    (
        "la Convención Americana. Tampoco ha ratificado el Convenio núm. 169 de la OIT, "
        "pero el artículo 25 de la Convención se aplica.",
        [
            ("Convención Americana", "achr", []),
            ("artículo 25 de la Convención", "achr", ["25"]),
        ],
    ),
]

FORMS += [
    (
        "La Convención Americana fue citada. La Convención Interamericana para Prevenir y "
        "Sancionar la Tortura también; sus artículos 1 y 6 de la Convención Interamericana.",
        [("Convención Americana", "achr", [])],
    ),
]

NEGATIVES = [
    "La convention collective du secteur ne s'applique pas.",
    "La convención del partido eligió a su candidato.",
    "La Convention sur les armes à sous-munitions. La Convention interdit leur emploi.",
    "The company raised CDN$5 million in an English sentence; PA I was not cited.",
    "La Convención Interamericana para Prevenir y Sancionar la Tortura obliga a los Estados.",
    "La requérante a saisi la CEDH. L'arrêt de la CEDH a été rendu.",
    "l'article L. 741-1 du code de l'entrée et du séjour des étrangers",
]


def _spans(text, catalogue):
    return [(m.text, m.instrument, list(m.articles)) for m in resolve_mentions(text, catalogue)]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_french_and_spanish_forms(text, expected, catalogue):
    assert _spans(text, catalogue) == [tuple(e) for e in expected]


@pytest.mark.parametrize("text", NEGATIVES)
def test_language_specific_negatives(text, catalogue):
    assert _spans(text, catalogue) == []


def test_foreign_abbreviations_count_only_in_their_language(catalogue):
    assert _spans("The CDN was cited in the report.", catalogue) == []
    assert _spans("El Estado violó la CDN y el PIDCP.", catalogue) == [
        ("CDN", "crc", []),
        ("PIDCP", "iccpr", []),
    ]
    assert _spans("The CDN was cited.", catalogue) == []
    english = resolve_mentions("The CDN was cited.", catalogue, lang="es")
    assert [m.instrument for m in english] == ["crc"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The right to return enshrined in the Universal Declaration", "en"),
        ("Le Pacte est entré en vigueur et il est clair que les États", "fr"),
        ("El artículo 13.2 de la Declaración y los artículos del Pacto", "es"),
        ("", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_mixed_language_text_is_detected_per_paragraph(catalogue):
    text = "The report cites the ICCPR.\n\nLe rapport cite aussi la CDE et le PIDCP."
    assert [lang for _, lang in paragraph_languages(text)] == ["en", "fr"]
    assert [m.instrument for m in resolve_mentions(text, catalogue)] == ["iccpr", "crc", "iccpr"]


def test_excerpts_in_the_readers_language(catalogue):
    text = "el artículo 13.2 de la Declaración Universal de Derechos Humanos"
    mentions = resolve_mentions(text, catalogue)
    spanish = resolution_json(text, mentions, catalogue, lang="es")
    cited = spanish["instruments"]["udhr"]["cited_articles"]["13(2)"]
    assert cited["text_lang"] == "es"
    assert cited["text"].startswith("2. Toda persona tiene derecho a salir de cualquier país")
    english = resolution_json(text, mentions, catalogue, lang="en")
    assert english["instruments"]["udhr"]["cited_articles"]["13(2)"]["text_lang"] == "en"


def test_excerpt_falls_back_to_english_labelled_as_such(catalogue):
    text = "l'article 3 de la Convention contre la torture"
    data = resolution_json(text, resolve_mentions(text, catalogue), catalogue, lang="fr")
    cited = data["instruments"]["cat"]["cited_articles"]["3"]
    assert cited["text_lang"] == "en"
    assert cited["text"].startswith("1. No State Party shall expel")
    assert data["instruments"]["cat"]["titles"]["fr"].startswith("Convention contre la torture")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_translation_examples_resolve(lang, catalogue):
    for instrument in catalogue:
        translation = instrument.translations.get(lang)
        for example in translation.examples if translation else ():
            found = {m.instrument for m in resolve_mentions(example, catalogue)}
            assert instrument.id in found, example


def test_every_instrument_has_french_and_spanish_titles(catalogue):
    missing = [i.id for i in catalogue if set(i.translations) != {"fr", "es"}]
    assert missing == []


def _shape(units):
    return [(u.kind, u.number, _shape(u.children)) for u in units]


@pytest.mark.parametrize("lang", ["fr", "es"])
@pytest.mark.parametrize("instrument_id", ["udhr", "iccpr", "icescr", "refugee-convention-1951"])
def test_local_text_is_complete_with_the_english_structure(instrument_id, lang, catalogue):
    instrument = catalogue.get(instrument_id)
    local = instrument.texts[lang]
    assert len(local.articles) == len(instrument.articles)
    for article in instrument.articles:
        theirs = local.article(article.number)
        assert _shape(theirs.paragraphs) == _shape(article.paragraphs), article.number
    assert len(local.source) > 20
