"""Rounds, medians and throughput; a wall-clock guard for inputs that might not end.

Every figure is the median of several rounds over the same input. Each round is timed
on two clocks: the process's CPU time and the wall clock. Figures use CPU time by
default: every subject is single-threaded, CPU-bound and in-process, so on an idle
machine the two agree, and on a shared one (two cores, other jobs) CPU time is the one
that still measures the code rather than the neighbours; ``--clock wall`` switches.
A slow subject (the naive regex reads a few hundred KB a second) stops early once its
wall-clock budget is spent, never before one round; the rounds it ran are reported.
"""

from __future__ import annotations

import gc
import signal
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bench import MB

#: The clocks a figure can be read on.
CLOCKS = ("cpu", "wall")


@dataclass(frozen=True)
class Timing:
    """Seconds of each round over ``nbytes`` of input on both clocks, the clock the
    figures use, and what the last round found."""

    cpu: tuple[float, ...]
    wall: tuple[float, ...]
    nbytes: int
    found: int
    clock: str = "cpu"

    @property
    def seconds(self) -> tuple[float, ...]:
        return self.cpu if self.clock == "cpu" else self.wall

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def mb_s(self) -> float:
        return self.nbytes / MB / self.median

    @property
    def s_per_mb(self) -> float:
        return self.median / (self.nbytes / MB)

    def as_dict(self) -> dict[str, Any]:
        return {
            "available": True,
            "mb_s": round(self.mb_s, 4),
            "s_per_mb": round(self.s_per_mb, 6),
            "median_s": round(self.median, 6),
            "clock": self.clock,
            "rounds_s": [round(s, 6) for s in self.seconds],
            "wall_rounds_s": [round(s, 6) for s in self.wall],
            "wall_mb_s": round(self.nbytes / MB / statistics.median(self.wall), 4),
            "bytes": self.nbytes,
            "found": self.found,
        }


def measure(
    run: Callable[[Any], int],
    subject: Any,
    nbytes: int,
    rounds: int,
    budget_s: float,
    clock: str = "cpu",
) -> Timing:
    """Run ``run(subject)`` up to ``rounds`` times and time each round. No new round
    starts once the wall time spent plus one more round would pass ``budget_s``."""
    cpu: list[float] = []
    wall: list[float] = []
    found = 0
    while len(wall) < rounds:
        gc.collect()
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        found = run(subject)
        wall.append(time.perf_counter() - wall_start)
        cpu.append(time.process_time() - cpu_start)
        if sum(wall) + wall[-1] > budget_s:
            break
    return Timing(tuple(cpu), tuple(wall), nbytes, found, clock)


class Timeout(Exception):
    """A round ran past its wall-clock limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``Timeout`` in the main thread if the block runs longer than ``seconds``.

    Python code (and the ``re`` engine, which checks for signals) is interrupted; a
    C extension that never checks is not, which the report then shows as a long round."""

    def expire(_signum: int, _frame: object) -> None:
        raise Timeout(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def unavailable(reason: str) -> dict[str, Any]:
    """The figure of a subject that could not be measured, with the reason why."""
    return {"available": False, "reason": reason}
