"""Ratios, targets and the printed table of one benchmark run.

Absolute figures vary between machines, so every target of issue 7 is a ratio (or a
bound) measured in one run: resolve against the Hyperscan floor, eyecite and the naive
regex; time per MB flat from 1 to 8 MB; adversarial inputs against normal text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from bench.machine import machine_line


@dataclass(frozen=True)
class Target:
    """A bound a figure must meet: ``measured <op> bound``."""

    key: str
    what: str
    op: str
    bound: float

    def check(self, measured: float | None) -> dict[str, Any]:
        met = None if measured is None else _compare(measured, self.op, self.bound)
        return {
            "key": self.key,
            "what": self.what,
            "target": f"{self.op} {self.bound:g}",
            "measured": None if measured is None else round(measured, 4),
            "met": met,
        }


def _compare(measured: float, op: str, bound: float) -> bool:
    return {">=": measured >= bound, "<=": measured <= bound, "<": measured < bound}[op]


#: Issue 7's targets for the in-process run (the HTTP one is in ``bench.http``).
TARGETS = (
    Target("resolve_vs_hyperscan", "resolve MB/s ÷ Hyperscan floor MB/s", ">=", 1 / 20),
    Target("resolve_vs_eyecite", "resolve MB/s ÷ eyecite MB/s", ">=", 100),
    Target("resolve_vs_naive", "resolve MB/s ÷ naive regex MB/s", ">=", 50),
    Target("startup_s", "start-up: load + automaton build, s", "<", 0.5),
    Target("rss_mb", "RSS after load, MiB", "<", 100),
    Target("growth_spread", "time per MB, slowest ÷ fastest of 1-8 MB", "<=", 1.2),
    Target("adversarial_worst", "worst adversarial time per MB ÷ normal", "<=", 5),
)


def ratios(results: dict[str, Any]) -> dict[str, float | None]:
    """Every ratio the targets name, ``None`` where a figure is missing."""
    throughput = results["throughput"]
    resolve = throughput["resolve"].get("mb_s")
    growth = [f.get("s_per_mb") for f in results["growth"]["sizes"].values()]
    adversarial = _adversarial_ratios(results["adversarial"])
    worst = [v for k, v in adversarial.items() if k != "nested_html_annotate" and v is not None]
    failed = [
        name
        for name, figure in results["adversarial"]["inputs"].items()
        if name != "nested_html_annotate" and not figure["available"]
    ]
    startup = results["startup"]
    return {
        "resolve_vs_hyperscan": _ratio(resolve, throughput["hyperscan"].get("mb_s")),
        "resolve_vs_pyahocorasick": _ratio(resolve, throughput["pyahocorasick"].get("mb_s")),
        "resolve_vs_eyecite": _ratio(resolve, throughput["eyecite"].get("mb_s")),
        "resolve_vs_naive": _ratio(resolve, throughput["naive_regex"].get("mb_s")),
        "startup_s": startup.get("load_build_s"),
        "rss_mb": startup.get("rss_mb"),
        "growth_spread": _ratio(max(growth), min(growth)) if None not in growth else None,
        "growth_8_vs_1": _ratio(growth[-1], growth[0]),
        "adversarial_worst": max(worst) if worst and not failed else None,
        "adversarial_failed": failed,
        **{f"adversarial_{k}": v for k, v in adversarial.items()},
    }


def _adversarial_ratios(adversarial: dict[str, Any]) -> dict[str, float | None]:
    normal, normal_html = adversarial["normal_s_per_mb"], adversarial["normal_html_s_per_mb"]
    result = {}
    for name, figure in adversarial["inputs"].items():
        base = normal_html if name == "nested_html_annotate" else normal
        result[name] = _ratio(figure.get("s_per_mb"), base)
    return result


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, 4)


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with its measured figure and whether it is met (``None``: no figure).
    An adversarial input that raised or ran out of time misses its target outright."""
    checked = [target.check(results["ratios"].get(target.key)) for target in TARGETS]
    failed = results["ratios"]["adversarial_failed"]
    for target in checked:
        if target["key"] == "adversarial_worst" and failed:
            target.update(met=False, failed=failed)
    return checked


# -- the table -------------------------------------------------------------------------

_THROUGHPUT_ROWS = (
    ("resolve", "linker resolve_mentions", None),
    ("api_json", "linker API work, minus HTTP", None),
    ("annotate_text", "annotate text → HTML", None),
    ("annotate_html", "annotate 1 MB HTML page in place", None),
    ("hyperscan", "Hyperscan, caseless (floor)", "resolve_vs_hyperscan"),
    ("pyahocorasick", "pyahocorasick, lower-cased", "resolve_vs_pyahocorasick"),
    ("eyecite", "eyecite get_citations", "resolve_vs_eyecite"),
    ("naive_regex", "naive re alternation, IGNORECASE", "resolve_vs_naive"),
)


def table(results: dict[str, Any]) -> str:
    """The run as a plain-text table: figures, ratios, and the targets met or missed."""
    meta = results["meta"]
    lines = [
        f"linker benchmark · {machine_line(meta)}",
        f"corpus {meta['corpus_bytes'] / 1e6:.2f} MB from {meta['gold_texts']} gold texts, "
        f"HTML page {meta['html_bytes'] / 1e6:.2f} MB, up to {meta['rounds']} rounds, "
        f"medians of {meta['clock']} time"
        + (" (QUICK: sizes too small to mean much)" if meta["quick"] else ""),
        f"resolve: {meta.get('rights', '')}; 1 MB = 10^6 bytes of UTF-8",
        "",
    ]
    lines += _throughput_lines(results)
    lines += _startup_lines(results["startup"])
    lines += _growth_lines(results)
    lines += _adversarial_lines(results)
    lines += _target_lines(results["targets"])
    return "\n".join(line.rstrip() for line in lines)


def _throughput_lines(results: dict[str, Any]) -> list[str]:
    lines = [f"{'throughput':<38}{'MB/s':>10}  {'rounds':>6}  {'found':>8}  resolve ÷ it"]
    for key, label, ratio_key in _THROUGHPUT_ROWS:
        figure = results["throughput"][key]
        if not figure["available"]:
            lines.append(f"  {label:<36}{'n/a':>10}  {figure['reason']}")
            continue
        ratio = results["ratios"].get(ratio_key) if ratio_key else None
        lines.append(
            f"  {label:<36}{_num(figure['mb_s']):>10}  {len(figure['rounds_s']):>6}"
            f"  {figure['found']:>8}  {_times(ratio) if ratio_key else ''}"
        )
    return [*lines, ""]


def _startup_lines(startup: dict[str, Any]) -> list[str]:
    if not startup["available"]:
        return [f"start-up: n/a, {startup['reason']}", ""]
    rows = (
        ("import linker", "import_s", "s"),
        ("load catalogue", "load_s", "s"),
        ("load rights index", "rights_s", "s"),
        ("build automaton", "build_s", "s"),
        ("load + build (catalogue, rights, automaton)", "load_build_s", "s"),
        ("first resolve", "first_resolve_s", "s"),
        ("whole process (python start to first resolve)", "process_s", "s"),
        ("RSS after load", "rss_mb", "MiB"),
    )
    lines = [f"start-up, fresh process, median of {startup['rounds']}"]
    lines += [f"  {label:<48}{_num(startup[key]):>10} {unit}" for label, key, unit in rows]
    return [*lines, ""]


def _growth_lines(results: dict[str, Any]) -> list[str]:
    growth = results["growth"]
    unit = growth["unit_bytes"] / 1e6
    lines = ["growth: resolve, seconds per MB"]
    for step, figure in growth["sizes"].items():
        value = _num(figure["s_per_mb"]) if figure["available"] else f"n/a, {figure['reason']}"
        lines.append(f"  {int(step) * unit:>6.3g} MB  {value:>10}")
    spread = results["ratios"]["growth_spread"]
    lines.append(
        f"  slowest ÷ fastest {_times(spread)}, 8 ÷ 1 MB "
        f"{_times(results['ratios']['growth_8_vs_1'])}"
    )
    return [*lines, ""]


def _adversarial_lines(results: dict[str, Any]) -> list[str]:
    adversarial = results["adversarial"]
    lines = [
        f"adversarial: seconds per MB (normal text {_num(adversarial['normal_s_per_mb'])}"
        f", normal HTML page {_num(adversarial['normal_html_s_per_mb'])}); found: mentions,"
        " or characters of HTML out"
    ]
    for name, figure in adversarial["inputs"].items():
        ratio = results["ratios"].get(f"adversarial_{name}")
        if figure["available"]:
            value, detail = _num(figure["s_per_mb"]), _times(ratio)
            lines.append(
                f"  {name:<22}{value:>10}  {detail:<10}{figure['found']:>8}  {figure['what']}"
            )
        else:
            lines.append(f"  {name:<22}{'n/a':>10}  {'':<10} {figure['what']}: {figure['reason']}")
    return [*lines, ""]


def _target_lines(checked: list[dict[str, Any]]) -> list[str]:
    lines = ["targets (issue 7)"]
    for target in checked:
        verdict = {True: "met", False: "MISSED", None: "no figure"}[target["met"]]
        lines.append(
            f"  {target['what']:<48}{_num(target['measured']):>10}  {target['target']:<9} {verdict}"
        )
    return lines


def _num(value: float | None) -> str:
    """A figure to three significant digits, without exponent for everyday sizes."""
    if value is None:
        return "n/a"
    if value == 0 or 1e-4 <= abs(value) < 1e6:
        return f"{value:,.{max(0, 2 - _magnitude(value))}f}"
    return f"{value:.2e}"


def _magnitude(value: float) -> int:
    """The power of ten of ``value``'s leading digit: 0 for 3.2, -2 for 0.045."""
    return math.floor(math.log10(abs(value))) if value else 0


def _times(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{_num(ratio)}×"
