"""The API contract under fuzzing: schemathesis generates requests from
``/api/openapi.json`` (valid ones and invalid ones) and sends them to the Flask app through
WSGI, no network. Every answer must be below 500 and conform to the document: status code
documented, content type, JSON body matching its schema, documented headers.

A request the document calls valid must be accepted (200) when it gives ``text`` or ``html``.
Requests with a ``url`` are answered without leaving the machine: the address guard is told
to refuse every host (400, as for a private address), so nothing is fetched.

Bounded and deterministic: ``derandomize`` and ``LINKER_API_FUZZ_EXAMPLES`` examples per
operation (default 60); ``LINKER_API_FUZZ_EXAMPLES=2000 python3 -m pytest
tests/test_api_fuzz.py`` is the long run.
"""

from __future__ import annotations

import os

import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from linker import fetch
from linker.errors import BlockedAddressError
from linker.web import create_app
from linker.web.openapi import openapi_document

EXAMPLES = int(os.environ.get("LINKER_API_FUZZ_EXAMPLES", "60"))

app = create_app(
    {"TESTING": True, "LINKER_CACHE_URL": "memory://", "LINKER_FETCH_RATE_LIMIT": "off"}
)
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)

_DOCUMENT = openapi_document()
_REQUEST = jsonschema.Draft202012Validator(
    {
        **_DOCUMENT["components"]["schemas"]["ResolveRequest"],
        "components": _DOCUMENT["components"],
    }
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every host is refused before any connection, as a private address would be."""

    def refuse(host: str, port: int, settings: fetch.FetchSettings):
        raise BlockedAddressError(f"linker does not fetch from {host} in this test")

    monkeypatch.setattr(fetch, "guard_host", refuse)


def valid_text_request(case, response) -> bool:
    """Whether ``case`` is a ``POST /api/resolve`` with ``text`` or ``html`` that the
    document calls valid (body and query), sent as JSON."""
    body = case.body
    if (case.method, case.path) != ("POST", "/api/resolve") or not isinstance(body, dict):
        return False
    if "url" in body:
        return False
    sent_as = response.request.headers.get("Content-Type", "")
    if sent_as.split(";")[0].strip() != "application/json":
        return False
    query_format = (case.query or {}).get("format", "json")
    return query_format in ("json", "html") and _REQUEST.is_valid(body)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_answer_conforms_and_none_is_a_server_error(case):
    # A url request the document calls valid may still be refused (the address guard);
    # text and html requests are checked below instead of by schemathesis' own check.
    response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
    assert response.status_code < 500, response.text[:200]
    if valid_text_request(case, response):
        assert response.status_code == 200, (case.body, case.query, response.text[:200])
