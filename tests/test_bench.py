"""The benchmark runs end to end in its tiny mode and writes every figure (issue 7).

No timing is asserted: this only keeps ``python -m bench`` from rotting. A subject that
cannot run here (eyecite or hyperscan not installed, no annotator yet) still has its
key, with ``available: false`` and a reason.
"""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT

THROUGHPUT = {
    "resolve",
    "api_json",
    "hyperscan",
    "pyahocorasick",
    "eyecite",
    "naive_regex",
    "annotate_text",
    "annotate_html",
}
STARTUP = {"import_s", "load_s", "build_s", "load_build_s", "first_resolve_s", "rss_mb"}
ADVERSARIAL = {
    "article_list",
    "convention_repeat",
    "no_spaces",
    "article_repeat",
    "digit_runs",
    "paren_runs",
    "nested_html",
    "nested_html_annotate",
}
RATIOS = {
    "resolve_vs_hyperscan",
    "resolve_vs_pyahocorasick",
    "resolve_vs_eyecite",
    "resolve_vs_naive",
    "startup_s",
    "rss_mb",
    "growth_spread",
    "growth_8_vs_1",
    "adversarial_worst",
}
TARGETS = {
    "resolve_vs_hyperscan",
    "resolve_vs_eyecite",
    "resolve_vs_naive",
    "startup_s",
    "rss_mb",
    "growth_spread",
    "adversarial_worst",
}


def test_quick_benchmark_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "targets (issue 7)" in done.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))

    assert {"date", "nproc", "cpu", "python", "corpus_bytes", "html_bytes"} <= set(figures["meta"])
    assert set(figures["throughput"]) == THROUGHPUT
    for key, figure in figures["throughput"].items():
        assert _figure_or_reason(figure), key
    assert figures["throughput"]["resolve"]["available"] is True
    assert figures["throughput"]["resolve"]["mb_s"] > 0

    assert figures["startup"]["available"] is True, figures["startup"]
    assert set(figures["startup"]) >= STARTUP

    assert set(figures["growth"]["sizes"]) == {"1", "2", "4", "8"}
    assert all(figure["available"] for figure in figures["growth"]["sizes"].values())

    assert {"normal_s_per_mb", "normal_html_s_per_mb"} <= set(figures["adversarial"])
    assert set(figures["adversarial"]["inputs"]) == ADVERSARIAL
    for key, figure in figures["adversarial"]["inputs"].items():
        assert _figure_or_reason(figure), key

    assert set(figures["ratios"]) >= RATIOS
    assert {target["key"] for target in figures["targets"]} == TARGETS


def _figure_or_reason(figure: dict) -> bool:
    if figure["available"]:
        return {"mb_s", "s_per_mb", "median_s", "rounds_s", "bytes"} <= set(figure)
    return bool(figure["reason"])


def test_http_benchmark_parses_wrk_output():
    from bench.http import parse_wrk

    output = """Running 20s test @ http://127.0.0.1:8000/api/health
  2 threads and 16 connections
  Latency Distribution
     50%    4.84ms
     75%    5.91ms
     90%    7.10ms
     99%    1.02s
  62468 requests in 20.01s, 10.30MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   3122.30
"""
    figures = parse_wrk(output)
    assert figures["requests_s"] == 3122.30
    assert figures["requests"] == 62468
    assert figures["p50_ms"] == 4.84
    assert figures["p99_ms"] == 1020.0
    assert figures["non_2xx"] == 3
