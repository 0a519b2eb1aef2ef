"""The JSON API through Flask's test client: every endpoint, every error status, and the
OpenAPI document checked against the routes and against real answers."""

from __future__ import annotations

import io
import json
import re

import jsonschema
import lxml.html
import pytest
from click.testing import CliRunner
from openapi_spec_validator import validate as validate_openapi

from linker.cli import main
from linker.web import create_app
from linker.web.security import SECURITY_HEADERS

from .conftest import SHARED
from .htmltools import mention_links

SEED = (SHARED / "corpus" / "seed-statement.txt").read_text(encoding="utf-8")
SEED_INSTRUMENTS = ["udhr", "iccpr", "refugee-convention-1951"]


@pytest.fixture(scope="module")
def openapi(app):
    return app.test_client().get("/api/openapi.json").get_json()


def schema_validator(openapi, schema: dict) -> jsonschema.Draft202012Validator:
    """A validator for ``schema`` whose ``$ref``s resolve inside the OpenAPI document."""
    root = {**schema, "components": openapi["components"]}
    return jsonschema.Draft202012Validator(
        root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def response_schema(openapi, path: str, method: str, status: int) -> dict:
    responses = openapi["paths"][path][method]["responses"]
    response = responses[str(status)]
    if "$ref" in response:
        response = openapi["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["schema"]


def assert_matches(openapi, path, method, response) -> None:
    schema = response_schema(openapi, path, method, response.status_code)
    schema_validator(openapi, schema).validate(response.get_json())


# -- the endpoints ----------------------------------------------------------------------


def test_health(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_resolve_answers_the_same_json_as_the_cli(client):
    response = client.post("/api/resolve", json={"text": SEED})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    data = response.get_json()
    assert [m["instrument"] for m in data["mentions"] if m["instrument"]] == SEED_INSTRUMENTS
    printed = CliRunner().invoke(main, ["resolve", "-"], input=SEED)
    assert printed.exit_code == 0
    assert data == json.loads(printed.output)


FRENCH = (
    "Selon l'article 13, paragraphe 2, de la Déclaration universelle des droits de l'homme, "
    "toute personne a le droit de quitter tout pays."
)


def test_resolve_detects_the_language_and_quotes_in_it(client):
    data = client.post("/api/resolve", json={"text": FRENCH}).get_json()
    assert data["lang"] == "fr"
    cited = data["instruments"]["udhr"]["cited_articles"]["13(2)"]
    assert cited["text_lang"] == "fr"
    assert cited["text"].startswith("2. Toute personne a le droit de quitter tout pays")


def test_resolve_lang_field_chooses_the_excerpt_language(client):
    body = {"text": "Article 13(2) UDHR", "lang": "es", "format": "html"}
    data = client.post("/api/resolve", json=body).get_json()
    assert data["lang"] == "es"
    tip = lxml.html.fragment_fromstring(data["html"]).xpath("//span[@lang='es']")[0]
    assert tip.text.startswith("2. Toda persona tiene derecho a salir de cualquier país")


def test_resolve_cites_the_article_text(client):
    data = client.post("/api/resolve", json={"text": "UDHR, art. 13(2)"}).get_json()
    cited = data["instruments"]["udhr"]["cited_articles"]["13(2)"]
    assert cited["anchor"] == "art_13__para_2"
    assert cited["text"].startswith("2. Everyone has the right to leave any country")


def test_offsets_are_code_points_of_the_text_sent(client):
    text = "«Ελληνικά» 🙂 — see Art. 3 ECHR"
    mention = client.post("/api/resolve", json={"text": text}).get_json()["mentions"][0]
    assert text[mention["start"] : mention["end"]] == mention["text"] == "Art. 3 ECHR"


@pytest.mark.parametrize("where", ["body", "query"])
def test_resolve_format_html_adds_the_annotated_fragment(client, where):
    body = {"text": "Article 12(4) of the ICCPR."}
    url = "/api/resolve"
    if where == "body":
        body["format"] = "html"
    else:
        url += "?format=html"
    data = client.post(url, json=body).get_json()
    assert data["mentions"][0]["instrument"] == "iccpr"
    fragment = lxml.html.fragment_fromstring(data["html"])
    links = mention_links(fragment)
    assert [a.get("href") for a in links] == ["http://localhost/instruments/iccpr#art_12__para_4"]
    tip = fragment.get_element_by_id(links[0].get("aria-describedby"))
    assert tip.get("role") == "tooltip"
    assert "No one shall be arbitrarily deprived of the right to enter" in tip.text_content()


def test_resolve_empty_text_finds_nothing(client):
    assert client.post("/api/resolve", json={"text": ""}).get_json()["mentions"] == []


def test_instruments_list(client, catalogue):
    data = client.get("/api/instruments").get_json()
    assert len(data["instruments"]) == len(catalogue)
    iccpr = next(i for i in data["instruments"] if i["id"] == "iccpr")
    assert iccpr["title"] == "International Covenant on Civil and Political Rights"
    assert "ICCPR" in iccpr["abbreviations"]
    assert iccpr["articles_count"] == 53
    assert "articles" not in iccpr


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ICCPR", {"iccpr", "iccpr-op1", "iccpr-op2"}),
        ("refugee convention", {"refugee-convention-1951"}),
        ("pact of san jose", {"achr"}),
        ("no such thing", set()),
    ],
)
def test_instruments_search(client, query, expected):
    data = client.get("/api/instruments", query_string={"q": query}).get_json()
    assert {i["id"] for i in data["instruments"]} >= expected
    if not expected:
        assert data["instruments"] == []


def test_instrument_has_every_article_and_paragraph(client):
    data = client.get("/api/instruments/iccpr").get_json()
    for key in ("id", "title", "short_titles", "abbreviations", "kind", "unit", "adopted"):
        assert key in data
    assert data["adopted"] == "1966-12-16" and data["entry_into_force"] == "1976-03-23"
    assert len(data["articles"]) == 53
    article = next(a for a in data["articles"] if a["number"] == "12")
    assert article["anchor"] == "art_12"
    assert article["paragraphs"][3]["anchor"] == "art_12__para_4"
    assert article["paragraphs"][3]["text"].startswith("4. No one shall be arbitrarily")


# -- errors -----------------------------------------------------------------------------

ERROR_CASES = [
    # (description, method, url, keyword arguments, status)
    ("text/plain body", "post", "/api/resolve", {"data": "hi", "content_type": "text/plain"}, 415),
    ("form body", "post", "/api/resolve", {"data": {"text": "hi"}}, 415),
    ("no body", "post", "/api/resolve", {}, 415),
    ("malformed JSON", "post", "/api/resolve", {"json_text": '{"text": '}, 400),
    ("not UTF-8", "post", "/api/resolve", {"json_text": b'{"text": "\xff"}'}, 400),
    ("nested too deeply", "post", "/api/resolve", {"json_text": "[" * 100_000}, 400),
    ("array body", "post", "/api/resolve", {"json": ["text"]}, 400),
    ("missing text", "post", "/api/resolve", {"json": {"txt": "hi"}}, 400),
    ("numeric text", "post", "/api/resolve", {"json": {"text": 12}}, 400),
    ("null text", "post", "/api/resolve", {"json": {"text": None}}, 400),
    ("unknown format", "post", "/api/resolve", {"json": {"text": "a", "format": "xml"}}, 400),
    ("odd format", "post", "/api/resolve", {"json": {"text": "a", "format": ["html"]}}, 400),
    ("unknown lang", "post", "/api/resolve", {"json": {"text": "a", "lang": "de"}}, 400),
    ("NUL in text", "post", "/api/resolve", {"json": {"text": "Art. 3 ECHR\x00"}}, 422),
    ("lone surrogate", "post", "/api/resolve", {"json_text": '{"text": "a \\udc80 b"}'}, 422),
    ("text and url", "post", "/api/resolve", {"json": {"text": "a", "url": "http://x.org/"}}, 400),
    ("numeric url", "post", "/api/resolve", {"json": {"url": 12}}, 400),
    ("ftp url", "post", "/api/resolve", {"json": {"url": "ftp://example.org/"}}, 400),
    ("loopback url", "post", "/api/resolve", {"json": {"url": "http://127.0.0.1:9/"}}, 400),
    ("metadata url", "post", "/api/resolve", {"json": {"url": "http://169.254.169.254/"}}, 400),
    ("NUL in html", "post", "/api/resolve", {"json": {"html": "<p>a\x00</p>"}}, 422),
    ("GET resolve", "get", "/api/resolve", {}, 405),
    ("DELETE list", "delete", "/api/instruments", {}, 405),
    ("POST health", "post", "/api/health", {}, 405),
    ("PUT resolve", "put", "/api/resolve", {"json": {"text": "a"}}, 405),
    ("PATCH resolve", "patch", "/api/resolve", {"json": {"text": "a"}}, 405),
    ("XML body", "post", "/api/resolve", {"data": "<text/>", "content_type": "text/xml"}, 415),
    (
        "JSON as text",
        "post",
        "/api/resolve",
        {"data": '{"text": "a"}', "content_type": "text/json"},
        415,
    ),
    ("empty JSON body", "post", "/api/resolve", {"json_text": ""}, 400),
    ("trailing garbage", "post", "/api/resolve", {"json_text": '{"text": "a"} x'}, 400),
    ("string body", "post", "/api/resolve", {"json": "Art. 3 ECHR"}, 400),
    ("array text", "post", "/api/resolve", {"json": {"text": ["Art. 3 ECHR"]}}, 400),
    ("object text", "post", "/api/resolve", {"json": {"text": {"value": "a"}}}, 400),
    ("boolean text", "post", "/api/resolve", {"json": {"text": True}}, 400),
    ("array html", "post", "/api/resolve", {"json": {"html": ["<p>a</p>"]}}, 400),
    ("numeric lang", "post", "/api/resolve", {"json": {"text": "a", "lang": 1}}, 400),
    (
        "bad query format",
        "post",
        "/api/resolve?format=xml",
        {"json": {"text": "a", "format": "json"}},
        400,
    ),
    (
        "deep object",
        "post",
        "/api/resolve",
        {"json_text": '{"text": "a", "x": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001},
        400,
    ),
    ("unknown instrument", "get", "/api/instruments/no-such-treaty", {}, 404),
    ("unknown endpoint", "get", "/api/nothing-here", {}, 404),
    ("bare /api", "get", "/api", {}, 404),
]


def _call(client, method, url, kwargs):
    kwargs = dict(kwargs)
    if "json_text" in kwargs:
        kwargs["data"] = kwargs.pop("json_text")
        kwargs["content_type"] = "application/json"
    return getattr(client, method)(url, **kwargs)


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status"),
    [case[1:] for case in ERROR_CASES],
    ids=[case[0] for case in ERROR_CASES],
)
def test_errors_are_json_with_the_right_status(client, openapi, method, url, kwargs, status):
    response = _call(client, method, url, kwargs)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    data = response.get_json()
    assert data["status"] == status
    assert isinstance(data["error"], str) and data["error"]
    assert "Traceback" not in response.get_data(as_text=True)
    schema_validator(openapi, openapi["components"]["schemas"]["Error"]).validate(data)


def test_405_lists_the_allowed_methods(client):
    response = client.get("/api/resolve")
    assert "POST" in response.headers["Allow"]
    assert "POST" in response.get_json()["error"]


def test_body_over_the_limit_is_413():
    app = create_app({"LINKER_MAX_TEXT_BYTES": 200})
    client = app.test_client()
    response = client.post("/api/resolve", json={"text": "x" * 300})
    assert response.status_code == 413
    assert response.get_json() == {
        "error": "the request body is larger than the limit of 200 bytes",
        "status": 413,
    }
    assert client.post("/api/resolve", json={"text": "x" * 100}).status_code == 200


def test_a_streamed_body_over_the_limit_is_413_as_it_is_read():
    """A chunked body announces no length: the limit holds while it is read."""
    client = create_app({"LINKER_MAX_TEXT_BYTES": 200}).test_client()

    def post(size: int):
        body = b'{"text": "' + b"x" * size + b'"}'
        return client.post(
            "/api/resolve",
            input_stream=io.BytesIO(body),
            content_type="application/json",
            environ_overrides={"wsgi.input_terminated": True},
        )

    assert post(300).status_code == 413
    assert post(100).status_code == 200


def test_a_large_shallow_body_within_the_limit_is_read(client):
    """A megabyte of JSON beside the text is parsed and ignored, quickly."""
    body = '{"text": "Art. 3 ECHR", "extra": [' + ",".join(["1"] * 500_000) + "]}"
    response = client.post("/api/resolve", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["mentions"][0]["instrument"] == "echr"


def test_an_unexpected_failure_is_a_json_500_without_details():
    app = create_app()

    @app.get("/api/fail")
    def fail():
        raise RuntimeError("secret detail")

    response = app.test_client().get("/api/fail")
    assert response.status_code == 500
    assert response.get_json() == {"error": "internal error: the failure was logged", "status": 500}
    assert "secret" not in response.get_data(as_text=True)


def test_security_headers_on_api_answers_and_errors(client):
    for response in (client.get("/api/health"), client.get("/api/nope")):
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value


# -- the OpenAPI document ----------------------------------------------------------------


def test_openapi_is_a_valid_openapi_3_1_document(openapi):
    assert openapi["openapi"].startswith("3.1")
    validate_openapi(openapi)


def _shape(path: str) -> str:
    return re.sub(r"<[^>]+>|\{[^}]+\}", "{}", path)


def test_openapi_describes_every_api_route_and_method(app, openapi):
    documented = {_shape(p): set(ops) for p, ops in openapi["paths"].items()}
    routes = [r for r in app.url_map.iter_rules() if r.rule.startswith("/api")]
    assert routes
    for rule in routes:
        assert _shape(rule.rule) in documented, rule.rule
        methods = {m.lower() for m in rule.methods} - {"head", "options"}
        assert methods <= documented[_shape(rule.rule)], rule.rule
    assert len(documented) == len({_shape(r.rule) for r in routes})


def test_openapi_request_examples_answer_as_documented(client, openapi):
    operation = openapi["paths"]["/api/resolve"]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    request_schema = operation["requestBody"]["content"]["application/json"]["schema"]
    for example in examples.values():
        schema_validator(openapi, request_schema).validate(example["value"])
        response = client.post("/api/resolve", json=example["value"])
        assert response.status_code == 200
        assert_matches(openapi, "/api/resolve", "post", response)
        with_html = "html" in response.get_json()
        assert with_html == (example["value"].get("format") == "html")


def test_seed_resolution_matches_the_resolution_schema(client, openapi):
    response = client.post("/api/resolve", json={"text": SEED, "format": "html"})
    assert_matches(openapi, "/api/resolve", "post", response)
    schemas = openapi["components"]["schemas"]
    data = response.get_json()
    schema_validator(openapi, schemas["ResolutionWithHtml"]).validate(data)
    # The answer validated holds every shape the schema describes: right mentions, inferred
    # pinpoints (one of them empty), the rights named, and the language read.
    assert data["lang"] == "en"
    assert "right-to-return" in data["rights"]
    kinds = {m["kind"] for m in data["mentions"]}
    assert "right" in kinds and "title" in kinds
    inferred = {
        m["instrument"]: m["inferred_articles"]
        for m in data["mentions"]
        if "inferred_articles" in m
    }
    assert inferred == {"udhr": ["13(2)"], "iccpr": ["12(4)"], "refugee-convention-1951": []}


def test_the_schema_keeps_inferred_pinpoints_apart(client, openapi):
    """A mention that mixes the shapes, or carries half of an inference, is refused."""
    validator = schema_validator(openapi, openapi["components"]["schemas"]["Mention"])
    data = client.post("/api/resolve", json={"text": SEED}).get_json()
    right = next(m for m in data["mentions"] if m["kind"] == "right")
    udhr = next(m for m in data["mentions"] if m["instrument"] == "udhr")
    validator.validate(right)
    validator.validate(udhr)
    half = {k: v for k, v in udhr.items() if k != "inferred_right"}
    as_instrument = {**right, "instrument": "udhr", "articles": [], "invalid_articles": []}
    for bad in (half, as_instrument, {**udhr, "kind": "right"}, {**udhr, "right": "x"}):
        assert not validator.is_valid(bad), bad


def test_catalogue_answers_match_their_schemas(client, openapi, catalogue):
    assert_matches(openapi, "/api/instruments", "get", client.get("/api/instruments"))
    assert_matches(openapi, "/api/health", "get", client.get("/api/health"))
    for instrument in catalogue:
        response = client.get(f"/api/instruments/{instrument.id}")
        assert_matches(openapi, "/api/instruments/{id}", "get", response)


def test_documented_error_statuses_are_answered_with_the_error_schema(client, openapi):
    answers = {
        ("/api/resolve", "post"): _call(client, "post", "/api/resolve", {"json": {}}),
        ("/api/instruments/{id}", "get"): client.get("/api/instruments/nope"),
    }
    for (path, method), response in answers.items():
        assert str(response.status_code) in openapi["paths"][path][method]["responses"]
        assert_matches(openapi, path, method, response)
