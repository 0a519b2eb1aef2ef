"""The linker command, run in-process through click's runner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from linker.cli import main

from .conftest import ROOT, SHARED


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_resolve_file_prints_contract_json():
    result = run("resolve", str(SHARED / "corpus" / "seed-statement.txt"))
    assert result.exit_code == 0
    data = json.loads(result.output)
    cited = [m for m in data["mentions"] if m["kind"] != "right"]
    assert [m["instrument"] for m in cited] == ["udhr", "iccpr", "refugee-convention-1951"]
    assert cited[0]["inferred_articles"] == ["13(2)"]
    assert "right-to-return" in data["rights"]
    first = cited[0]
    assert set(first) >= {"start", "end", "text", "instrument", "articles", "kind"}
    assert data["instruments"]["udhr"]["adopted"] == "1948-12-10"


def test_resolve_reads_standard_input():
    result = run("resolve", "-", input="Art. 3 ECHR and article 13(2) UDHR")
    data = json.loads(result.output)
    assert [(m["instrument"], m["articles"]) for m in data["mentions"]] == [
        ("echr", ["3"]),
        ("udhr", ["13(2)"]),
    ]
    cited = data["instruments"]["udhr"]["cited_articles"]["13(2)"]
    assert cited["text"].startswith("2. Everyone has the right to leave any country")
    assert cited["anchor"] == "art_13__para_2"


def test_missing_file_is_one_line_and_exit_1():
    result = run("resolve", "no/such/file.txt")
    assert result.exit_code == 1
    assert "no such file: no/such/file.txt" in result.output
    assert "Traceback" not in result.output


def test_undecodable_input_is_refused_cleanly():
    result = CliRunner().invoke(main, ["resolve", "-"], input=b"\xff\xfe\x00\x81bad")
    assert result.exit_code == 1
    assert "not UTF-8 text" in result.output


def test_check_lists_instruments_and_exits_0():
    result = run("check")
    assert result.exit_code == 0
    assert "udhr" in result.output and "ok:" in result.output


def test_check_exits_nonzero_naming_file_and_field(tmp_path):
    import shutil

    shutil.copytree(ROOT / "references", tmp_path / "references")
    broken = tmp_path / "references" / "instruments" / "udhr.toml"
    broken.write_text(broken.read_text().replace('adopted = "1948-12-10"', 'adopted = "1948"'))
    result = run("check", "--references", str(tmp_path / "references"))
    assert result.exit_code == 1
    assert "instruments/udhr.toml: adopted:" in result.output


def test_console_script_runs_as_a_real_process():
    completed = subprocess.run(
        [sys.executable, "-m", "linker", "resolve", "-"],
        input="the Universal Declaration of Human Rights",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["mentions"][0]["instrument"] == "udhr"
