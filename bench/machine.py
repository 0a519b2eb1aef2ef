"""What the figures were measured on: date, cores, CPU model, Python and packages."""

from __future__ import annotations

import datetime
import os
import platform
from importlib import metadata
from typing import Any

#: Packages whose versions change the figures.
PACKAGES = ("linker", "pyahocorasick", "hyperscan", "eyecite", "lxml", "flask", "gunicorn")


def describe() -> dict[str, Any]:
    """The machine and software the run measured."""
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu_model(),
        "python": platform.python_version(),
        # Other work on the machine skews every figure; the load says how much there was.
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "packages": {name: _version(name) for name in PACKAGES},
    }


def cpu_model() -> str:
    """The first ``model name`` of /proc/cpuinfo, or the platform's processor name."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def machine_line(meta: dict[str, Any]) -> str:
    """One line naming the machine, for the table's heading."""
    return (
        f"{meta['date']} · {meta['nproc']} × {meta['cpu']} · Python {meta['python']}"
        f" · load {meta['loadavg_1m']}"
    )
