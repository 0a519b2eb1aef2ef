"""Settings come from LINKER_* variables with documented defaults; commands and settings
are documented in the README."""

from __future__ import annotations

import pytest

from linker.cli import main
from linker.errors import ConfigurationError
from linker.web import create_app
from linker.web.config import DEFAULTS, finish, settings_from_env

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_defaults_apply_without_environment():
    settings = settings_from_env({})
    assert settings == DEFAULTS
    finish(settings)
    assert settings["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    assert settings["MAX_FORM_MEMORY_SIZE"] == settings["MAX_CONTENT_LENGTH"]


def test_environment_overrides_defaults():
    settings = settings_from_env({"LINKER_MAX_TEXT_BYTES": " 1000 ", "LINKER_SHARE_URL_MAX": ""})
    finish(settings)
    assert settings["LINKER_MAX_TEXT_BYTES"] == settings["MAX_CONTENT_LENGTH"] == 1000
    assert settings["LINKER_SHARE_URL_MAX"] == 8000


@pytest.mark.parametrize("value", ["two megabytes", "0", "-5"])
def test_bad_settings_stop_the_app_with_a_clear_message(value):
    with pytest.raises(ConfigurationError, match="LINKER_MAX_TEXT_BYTES"):
        create_app({"LINKER_MAX_TEXT_BYTES": value})


def test_app_reads_the_environment(monkeypatch):
    monkeypatch.setenv("LINKER_MAX_TEXT_BYTES", "300")
    client = create_app().test_client()
    assert client.post("/api/resolve", json={"text": "x" * 400}).status_code == 413


def test_every_setting_is_documented():
    for name in DEFAULTS:
        assert f"`{name}`" in README, f"{name} is not in the README"


@pytest.mark.parametrize("name", ["annotate", "serve"])
def test_the_web_commands_are_documented(name):
    assert name in main.commands
    assert f"linker {name}" in README, f"linker {name} is not in the README"


def test_the_production_command_is_documented():
    assert "gunicorn -w 4 -b 127.0.0.1:8000 wsgi:app" in README
    assert "python3 -m pip install -e . && linker serve" in README
