"""A corrupt or missing catalogue stops the app at start-up, with one line naming the file,
the field and the reason: through ``create_app()`` (an exception), ``wsgi.py`` (exit status
4 and one line on standard error) and gunicorn itself (it stops instead of restarting
workers). Each case breaks a copy of ``references/`` in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from linker.errors import CatalogueError, ConfigurationError
from linker.web import create_app
from linker.web.startup import APP_LOAD_ERROR, startup_message

from .conftest import ROOT

REFERENCES = ROOT / "references"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


#: (how to break the copy, the file, the field and the reason the message must name)
BREAKAGES: dict[str, tuple[Callable[[Path], None], str, str, str]] = {
    "bad date": (
        lambda root: _replace(
            root / "instruments/udhr.toml", 'adopted = "1948-12-10"', 'adopted = "1948-13-45"'
        ),
        "instruments/udhr.toml",
        "adopted",
        "1948-13-45",
    ),
    "missing title": (
        lambda root: _replace(
            root / "instruments/iccpr.toml",
            'title = "International Covenant on Civil and Political Rights"\n',
            "",
        ),
        "instruments/iccpr.toml",
        "-",
        "'title' is a required property",
    ),
    "not TOML": (
        lambda root: (root / "instruments/cat.toml").write_text("id = [\n", encoding="utf-8"),
        "instruments/cat.toml",
        "-",
        "not valid TOML",
    ),
    "id not its file name": (
        lambda root: _replace(root / "instruments/crc.toml", 'id = "crc"', 'id = "crc-2"'),
        "instruments/crc.toml",
        "id",
        "must equal the file name 'crc'",
    ),
    "no instruments": (
        lambda root: shutil.rmtree(root / "instruments"),
        "instruments",
        "-",
        "no instrument files",
    ),
    "schema missing": (
        lambda root: (root / "schema/instrument.schema.json").unlink(),
        "instrument.schema.json",
        "-",
        "cannot read: No such file or directory",
    ),
    "rights index broken": (
        lambda root: (root / "rights.toml").write_text("[[right]]\nid = 3\n", encoding="utf-8"),
        "rights.toml",
        "right.0",
        "",
    ),
}


@pytest.fixture
def broken(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[Path, str, str, str]:
    """A copy of the catalogue with one breakage (the test's parameter)."""
    root = tmp_path / "references"
    shutil.copytree(REFERENCES, root)
    breakage, *expected = BREAKAGES[request.param]
    breakage(root)
    return (root, *expected)


@pytest.mark.parametrize("broken", sorted(BREAKAGES), indirect=True)
def test_create_app_refuses_a_broken_catalogue_naming_file_field_and_reason(broken):
    root, file, field, reason = broken
    with pytest.raises(CatalogueError) as caught:
        create_app({"LINKER_REFERENCES": str(root), "LINKER_CACHE_URL": "memory://"})
    line = startup_message(caught.value, root)
    assert "\n" not in line
    assert line.startswith(f"linker: cannot start: invalid catalogue in {root}: ")
    assert file in line and f": {field}: " in line and reason in line


def test_a_missing_catalogue_folder_is_refused(tmp_path):
    with pytest.raises(CatalogueError, match="no instrument files"):
        create_app({"LINKER_REFERENCES": str(tmp_path / "nowhere")})


def test_a_bad_setting_is_one_line_too():
    with pytest.raises(ConfigurationError) as caught:
        create_app({"LINKER_FETCH_RATE_LIMIT": "often"})
    line = startup_message(caught.value)
    assert line.startswith("linker: cannot start: LINKER_FETCH_RATE_LIMIT") and "\n" not in line


def _environment(references: Path) -> dict[str, str]:
    return {**os.environ, "LINKER_REFERENCES": str(references), "LINKER_CACHE_URL": "memory://"}


@pytest.mark.parametrize("broken", ["bad date"], indirect=True)
def test_wsgi_stops_with_one_line_and_status_4(broken):
    root, file, field, reason = broken
    result = subprocess.run(
        [sys.executable, "-c", "import wsgi"],
        cwd=ROOT,
        env=_environment(root),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == APP_LOAD_ERROR
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert file in lines[0] and f": {field}: " in lines[0] and reason in lines[0]
    assert "(and 2 more problems: run `linker check`)" in lines[0]


@pytest.mark.parametrize("broken", ["schema missing"], indirect=True)
def test_gunicorn_stops_at_once_instead_of_serving(broken):
    root, file, _, reason = broken
    command = [sys.executable, "-m", "gunicorn", "-w", "2", "-b", "127.0.0.1:0", "wsgi:app"]
    result = subprocess.run(
        command, cwd=ROOT, env=_environment(root), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == APP_LOAD_ERROR
    ours = [line for line in result.stderr.splitlines() if line.startswith("linker:")]
    assert len(ours) == 1 and file in ours[0] and reason in ours[0], result.stderr
    assert "Traceback" not in result.stderr
