"""Shared fixtures: the real catalogue (loaded once) and paths to shared material."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linker.catalogue import Catalogue, load_catalogue

ROOT = Path(__file__).resolve().parent.parent
#: Material shared beside the repository (the seed statement, the oracle texts).
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def rights(catalogue):
    from linker.rights import load_rights

    return load_rights(None, catalogue)


@pytest.fixture(scope="session")
def app():
    """The web app over the bundled catalogue, created once (as gunicorn would). Its fetch
    cache lives in memory: no test writes into the repository's instance folder."""
    from linker.web import create_app

    return create_app({"TESTING": True, "LINKER_CACHE_URL": "memory://"})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def server():
    """One threaded HTTP server on 127.0.0.1 per test module (threaded: a stalled handler
    must not block the next request)."""
    from pytest_httpserver import HTTPServer

    httpd = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpd.start()
    yield httpd
    httpd.clear()
    httpd.stop()


@pytest.fixture
def upstream(server):
    """The module's server, with no handler and an empty log for this test."""
    server.clear()
    yield server
    server.clear()


_skipped: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    """Under CI (``CI`` set) every dependency is installed, so a skipped test is a failure:
    a missing browser or server must not pass unnoticed."""
    if os.environ.get("CI") and _skipped and exitstatus == 0:
        print(f"\nCI: {len(_skipped)} test(s) skipped; failing: {', '.join(_skipped[:5])}")
        session.exitstatus = 1
