"""Start-up cost, measured cold: each round is a fresh interpreter that imports linker,
loads the catalogue (and the rights index, when there is one), builds the automaton and
resolves one short text, then reports its timings and resident memory as JSON on
standard output (``python -m bench.startup``).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from typing import Any

from bench.corpus import REPO_ROOT

#: Resolved once after start-up, so any work deferred to the first call is counted.
FIRST_TEXT = "Article 12(4) of the International Covenant on Civil and Political Rights."


def measure_in_this_process() -> dict[str, float]:
    """Timings of one start-up in this (fresh) process, and RSS after it."""
    started = time.perf_counter()
    from bench.subjects import rights_index
    from linker.catalogue import load_catalogue
    from linker.resolve import prepare, resolve_mentions

    imported = time.perf_counter()
    catalogue = load_catalogue()
    loaded = time.perf_counter()
    rights, _ = rights_index(catalogue)
    rights_loaded = time.perf_counter()
    extra = () if rights is None else (rights,)
    prepare(catalogue, *extra)
    built = time.perf_counter()
    resolve_mentions(FIRST_TEXT, catalogue, *extra)
    first = time.perf_counter()
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "rights_s": rights_loaded - loaded,
        "build_s": built - rights_loaded,
        "load_build_s": built - imported,
        "first_resolve_s": first - built,
        "rss_mb": rss_mb(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def rss_mb(pid: int | None = None) -> float:
    """Resident set size in MiB, from psutil when installed, else from /proc."""
    try:
        import psutil

        return psutil.Process(pid).memory_info().rss / 2**20
    except ImportError:
        with open(f"/proc/{pid or 'self'}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure_cold(rounds: int) -> dict[str, Any]:
    """Median of ``rounds`` fresh-process start-ups; ``process_s`` includes the
    interpreter's own start."""
    samples = [_one_cold_round() for _ in range(rounds)]
    figures = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
    result: dict[str, Any] = {k: round(v, 4) for k, v in figures.items()}
    result.update(available=True, rounds=rounds)
    return result


def _one_cold_round() -> dict[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    sample = json.loads(done.stdout)
    sample["process_s"] = time.perf_counter() - started
    return sample


if __name__ == "__main__":
    json.dump(measure_in_this_process(), sys.stdout)
