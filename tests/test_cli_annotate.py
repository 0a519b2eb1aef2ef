"""``linker annotate`` writes a standalone page; ``linker serve`` is wired to the app."""

from __future__ import annotations

import base64
import hashlib

from click.testing import CliRunner

from linker.cli import main

from .conftest import ROOT, SHARED
from .htmltools import mention_links, parse_page, user_markup_problems

SEED = SHARED / "corpus" / "seed-statement.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_annotate_writes_a_standalone_page(tmp_path):
    out = tmp_path / "seed.html"
    result = run("annotate", str(SEED), "-o", str(out))
    assert result.exit_code == 0, result.output
    tree = parse_page(out.read_text(encoding="utf-8"))
    links = mention_links(tree)
    assert [a.get("data-instrument") for a in links] == ["udhr", "iccpr", "refugee-convention-1951"]
    for link in links:
        target = link.get("href")
        assert target.startswith("#cited-")
        assert tree.xpath(f"//*[@id='{target[1:]}']"), f"{target} has no target on the page"
    assert not tree.xpath("//link[@rel='stylesheet'] | //script[@src]")
    (style,) = tree.xpath("//head/style")
    (script,) = tree.xpath("//script")
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert f"style-src {_sha256(style.text)}" in policy
    assert f"script-src {_sha256(script.text)}" in policy
    assert (ROOT / "linker" / "web" / "static" / "linker.js").read_text() == script.text
    assert "Table of authorities" in tree.text_content()


def test_annotate_reads_standard_input_and_writes_standard_output():
    result = run("annotate", "-", input="<b>Art. 3 ECHR</b> & article 99 ICCPR")
    assert result.exit_code == 0, result.output
    tree = parse_page(result.output)
    assert [a.get("href") for a in mention_links(tree)] == ["#cited-echr--art_3", "#cited-iccpr"]
    assert user_markup_problems(tree, allowed_scripts=(None,)) == []
    statement = tree.xpath("//div[@class='linker-statement']/p")[0]
    assert statement.text == "<b>"
    assert mention_links(tree)[0].getparent().tail == "</b> & "


def test_annotate_can_link_to_a_running_linker():
    result = run("annotate", "-", "--base-url", "http://127.0.0.1:5000/", input="Art. 3 ECHR")
    links = mention_links(parse_page(result.output))
    assert links[0].get("href") == "http://127.0.0.1:5000/instruments/echr#art_3"


def test_annotate_missing_file_is_one_line_and_exit_1():
    result = run("annotate", "no/such/file.txt")
    assert result.exit_code == 1
    assert "no such file: no/such/file.txt" in result.output
    assert "Traceback" not in result.output


def test_annotate_unwritable_output_is_one_line(tmp_path):
    result = run("annotate", "-", "-o", str(tmp_path / "missing" / "dir" / "x.html"), input="x")
    assert result.exit_code == 1
    assert "cannot write" in result.output


def test_serve_and_annotate_are_documented_commands():
    for command in ("annotate", "serve"):
        result = run(command, "--help")
        assert result.exit_code == 0
    assert "--port" in run("serve", "--help").output
    assert "127.0.0.1" in run("serve", "--help").output


def test_wsgi_module_exposes_the_app():
    import importlib.util

    spec = importlib.util.spec_from_file_location("wsgi", ROOT / "wsgi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    response = module.app.test_client().get("/api/health")
    assert response.get_json() == {"status": "ok"}
