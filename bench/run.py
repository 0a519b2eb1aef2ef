"""The in-process benchmark: ``python -m bench [--quick] [--rounds N] [--json PATH]``.

One process measures, over the same text: linker's resolver, its annotators, and the
baselines (throughput, median of several rounds); start-up in fresh processes; growth
from 1 to 8 MB; and adversarial inputs against normal text. It prints the table and
writes every figure as JSON; the ratios and targets are computed in ``bench.report``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench import MB, corpus, engines, machine, report, startup, subjects
from bench.engines import Engine, Missing
from bench.timing import CLOCKS, Timeout, Timing, measure, time_limit, unavailable
from linker.catalogue import Catalogue, load_catalogue
from linker.errors import CatalogueError
from linker.resolve import prepare

log = logging.getLogger(__name__)

#: Multiples of the unit size (1 MB) at which time per MB is measured.
GROWTH_STEPS = (1, 2, 4, 8)
#: Bytes of each input a subject reads once, untimed, before its rounds.
WARMUP_BYTES = 20_000


@dataclass(frozen=True)
class Settings:
    """Sizes, rounds and limits of one run."""

    corpus_bytes: int = 10 * MB
    html_bytes: int = 1 * MB
    unit_bytes: int = 1 * MB
    rounds: int = 3
    budget_s: float = 120.0
    timeout_s: float = 120.0
    startup_rounds: int = 5
    seed: int = 7
    clock: str = "cpu"


FULL = Settings()
#: Seconds, not minutes: keeps the benchmark from rotting in CI; no figure means much.
QUICK = Settings(
    corpus_bytes=64_000,
    html_bytes=32_000,
    unit_bytes=16_000,
    rounds=1,
    budget_s=10.0,
    timeout_s=30.0,
    startup_rounds=1,
)


def main(argv: list[str]) -> int:
    """Run the benchmark, print the table, write the JSON."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    settings = QUICK if args.quick else FULL
    settings = replace(settings, clock=args.clock)
    if args.rounds:
        settings = replace(settings, rounds=args.rounds)
    try:
        results = run_all(settings, quick=args.quick)
    except CatalogueError as error:
        print(f"bench: the catalogue does not load: {error.message}", file=sys.stderr)
        return 1
    print(report.table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure linker's resolver against its baselines (issue 7). "
        "`python -m bench http` measures the API under gunicorn instead.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes and one round (seconds; for CI)"
    )
    parser.add_argument("--rounds", type=int, help="rounds per figure (default 3, quick 1)")
    parser.add_argument(
        "--clock",
        choices=CLOCKS,
        default="cpu",
        help="time rounds on process CPU time (default; steady on a shared machine) or wall",
    )
    parser.add_argument("--json", metavar="PATH", help="write every figure to PATH as JSON")
    parser.add_argument("--verbose", action="store_true", help="log progress")
    return parser


def run_all(settings: Settings, quick: bool = False) -> dict[str, Any]:
    """Every figure of the benchmark, as the JSON document it writes."""
    texts = corpus.load_gold_texts()
    text = corpus.build_corpus(texts, settings.corpus_bytes, settings.seed)
    page = corpus.build_html(texts, settings.html_bytes, settings.seed)
    catalogue = load_catalogue()
    rights, rights_note = subjects.rights_index(catalogue)
    if rights is None:
        prepare(catalogue)
    else:
        prepare(catalogue, rights)
    resolver = subjects.resolver(catalogue, rights)
    results: dict[str, Any] = {"meta": _meta(settings, quick, texts, text, page)}
    results["meta"]["rights"] = rights_note
    results["throughput"] = _throughput(text, page, catalogue, rights, settings)
    results["startup"] = _startup(settings)
    results["growth"] = _growth(text, resolver, settings)
    html_annotator = subjects.html_annotator(catalogue, rights)
    results["adversarial"] = _adversarial(text, resolver, html_annotator, settings, results)
    results["ratios"] = report.ratios(results)
    results["targets"] = report.targets(results)
    return results


def _meta(settings: Settings, quick: bool, texts: list[str], text: str, page: str) -> dict:
    return {
        **machine.describe(),
        "quick": quick,
        "rounds": settings.rounds,
        "clock": settings.clock,
        "seed": settings.seed,
        "gold_texts": len(texts),
        "corpus_bytes": len(text.encode("utf-8")),
        "html_bytes": len(page.encode("utf-8")),
        "unit_bytes": settings.unit_bytes,
        "mb": "10^6 bytes of UTF-8",
    }


# -- throughput ------------------------------------------------------------------------


def _throughput(
    text: str, page: str, catalogue: Catalogue, rights: Any, settings: Settings
) -> dict[str, Any]:
    """MB/s of linker and of each baseline over the corpus (the HTML page for the HTML
    annotator)."""
    linker_side = {
        "resolve": (subjects.resolver(catalogue, rights), text),
        "api_json": (subjects.api_json(catalogue, rights), text),
        "annotate_text": (subjects.text_annotator(catalogue, rights), text),
        "annotate_html": (subjects.html_annotator(catalogue, rights), page),
    }
    figures = {
        key: _time(key, engine, data, settings) for key, (engine, data) in linker_side.items()
    }
    for key, engine in engines.baselines(catalogue).items():
        figures[key] = _time(key, engine, text, settings)
    return figures


def _time(label: str, engine: Engine | Missing, text: str, settings: Settings) -> dict[str, Any]:
    """The figure of one subject over ``text``, or why there is none."""
    if isinstance(engine, Missing):
        log.info("%s: not available, %s", label, engine.reason)
        return unavailable(engine.reason)
    log.info("%s: timing over %d characters", label, len(text))
    timing = _timed(engine, text, settings)
    if not isinstance(timing, Timing):
        return unavailable(timing)
    return {**timing.as_dict(), "note": engine.note}


def _timed(engine: Engine, text: str, settings: Settings) -> Timing | str:
    """Warm up, then measure; an exception or a round past the limit is the reason."""
    try:
        with time_limit(settings.budget_s + settings.timeout_s):
            engine.run(engine.prepare(corpus.prefix(text, WARMUP_BYTES)))
            subject = engine.prepare(text)
            nbytes = len(text.encode("utf-8"))
            return measure(
                engine.run, subject, nbytes, settings.rounds, settings.budget_s, settings.clock
            )
    except Timeout as error:
        return f"timeout: {error}"
    except Exception as error:  # the benchmark reports a failure; it does not stop
        log.exception("subject failed")
        return f"raised {type(error).__name__}: {error}"[:300]


# -- start-up, growth, adversarial ------------------------------------------------------


def _startup(settings: Settings) -> dict[str, Any]:
    try:
        return startup.measure_cold(settings.startup_rounds)
    except Exception as error:  # a broken start-up is a figure too
        return unavailable(f"raised {type(error).__name__}: {error}"[:300])


def _growth(text: str, resolver: Engine, settings: Settings) -> dict[str, Any]:
    """Time per MB of resolve over the first 1, 2, 4 and 8 MB of the corpus."""
    sizes: dict[str, Any] = {}
    for step in GROWTH_STEPS:
        part = corpus.prefix(text, step * settings.unit_bytes)
        sizes[str(step)] = _time(f"growth {step}", resolver, part, settings)
    return {"unit_bytes": settings.unit_bytes, "sizes": sizes}


def _adversarial(
    text: str,
    resolver: Engine,
    html_annotator: Engine | Missing,
    settings: Settings,
    results: dict[str, Any],
) -> dict[str, Any]:
    """Resolve over each adversarial input, per MB, against normal text of the same size
    (growth's first step); the nested HTML also through the HTML annotator."""
    normal = corpus.prefix(text, settings.unit_bytes)
    inputs = corpus.adversarial_inputs(settings.unit_bytes, normal)
    figures: dict[str, Any] = {}
    for name, data in inputs.items():
        figure = _time(f"adversarial {name}", resolver, data, settings)
        figures[name] = {**figure, "what": corpus.ADVERSARIAL[name][0]}
    figure = _time(
        "adversarial nested_html_annotate", html_annotator, inputs["nested_html"], settings
    )
    figures["nested_html_annotate"] = {**figure, "what": "the nested HTML, annotated in place"}
    normal_html = results["throughput"]["annotate_html"]
    return {
        "normal_s_per_mb": results["growth"]["sizes"]["1"].get("s_per_mb"),
        "normal_html_s_per_mb": normal_html.get("s_per_mb"),
        "inputs": figures,
    }
