"""The API under load: ``python -m bench http [--duration S] [--json PATH]``.

Starts gunicorn with 2 workers over ``wsgi:app`` on a free loopback port, then runs
``wrk`` (16 connections, 20 s by default) against ``POST /api/resolve`` with the seed
statement and against ``GET /api/health``, one after the other in the same run, and
reports requests/s, p50 and p99 latency, the ratio of the two and the workers' RSS.
It stops gunicorn when done, whatever happened. All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import REPO_ROOT, SEED_STATEMENT
from bench.machine import describe, machine_line
from bench.report import Target

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
#: Issue 7: POST /api/resolve on the seed statement >= 70% of the trivial endpoint's rate,
#: and under 100 MB of RSS per worker (after the run, so with the requests' garbage).
TARGET = Target("resolve_vs_health", "POST /api/resolve req/s ÷ GET /api/health req/s", ">=", 0.7)
RSS_TARGET = Target("worker_rss_mb", "largest worker RSS after the run, MiB", "<", 100)
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}
_LUA_POST = """-- POST the body read from a file, as JSON.
local file = assert(io.open([==[{path}]==], "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
"""


class Unavailable(Exception):
    """The HTTP benchmark cannot run here (no wsgi.py, no wrk, server did not start)."""


@dataclass(frozen=True)
class Server:
    """What gunicorn serves: ``app`` as ``module:variable``, found in ``folder``."""

    app: str = "wsgi:app"
    folder: Path = REPO_ROOT

    @property
    def module_file(self) -> Path:
        return self.folder / (self.app.split(":")[0].replace(".", "/") + ".py")


@dataclass(frozen=True)
class Load:
    """How hard to push: wrk's threads, connections and duration; gunicorn's workers."""

    workers: int = 2
    connections: int = 16
    threads: int = 2
    duration_s: int = 20


def main(argv: list[str]) -> int:
    """Run the HTTP benchmark, print its table, write its JSON."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    load = Load(args.workers, args.connections, args.threads, args.duration)
    results = run(load, Path(args.statement), Server(args.app, Path(args.app_dir)))
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench http", description="Measure the API under gunicorn with wrk."
    )
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run (20)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument(
        "--statement", default=str(SEED_STATEMENT), help="text to POST (the seed statement)"
    )
    parser.add_argument("--app", default="wsgi:app", help="the WSGI app (wsgi:app)")
    parser.add_argument(
        "--app-dir", default=str(REPO_ROOT), help="where the app's module is (the repository)"
    )
    parser.add_argument("--json", metavar="PATH", help="write the figures to PATH as JSON")
    parser.add_argument("--verbose", action="store_true", help="log progress")
    return parser


def run(load: Load, statement: Path, server: Server | None = None) -> dict[str, Any]:
    """Every figure of the HTTP benchmark, or ``available: false`` with the reason."""
    server = server or Server()
    results: dict[str, Any] = {"meta": describe(), "load": load.__dict__.copy()}
    try:
        results.update(_measure(load, statement, server))
    except Unavailable as error:
        results.update(available=False, reason=str(error))
    return results


def _measure(load: Load, statement: Path, server: Server) -> dict[str, Any]:
    _check_prerequisites(statement, server)
    body = json.dumps({"text": statement.read_text(encoding="utf-8")})
    with tempfile.TemporaryDirectory(prefix="linker-bench-") as scratch:
        script = _post_script(Path(scratch), body)
        with gunicorn(server, load.workers) as (port, master_pid):
            base = f"http://{HOST}:{port}"
            mentions = _warm_up(base, body)
            health = wrk(f"{base}/api/health", load)
            resolve = wrk(f"{base}/api/resolve", load, script)
            rss = _worker_rss(master_pid)
    ratio = resolve["requests_s"] / health["requests_s"] if health["requests_s"] else None
    return {
        "available": True,
        "statement_bytes": len(body.encode("utf-8")),
        "statement_mentions": mentions,
        "health": health,
        "resolve": resolve,
        "ratio": None if ratio is None else round(ratio, 4),
        "worker_rss_mb": rss,
        "target": TARGET.check(ratio),
        "rss_target": RSS_TARGET.check(max(rss) if rss else None),
    }


def _check_prerequisites(statement: Path, server: Server) -> None:
    if not server.module_file.exists():
        raise Unavailable(f"{server.module_file.name} not available yet (no app to serve)")
    if shutil.which("wrk") is None:
        raise Unavailable("wrk not installed (Debian package 'wrk')")
    if not statement.exists():
        raise Unavailable(f"no statement at {statement.name}")


def _post_script(folder: Path, body: str) -> Path:
    (folder / "body.json").write_text(body, encoding="utf-8")
    script = folder / "post.lua"
    script.write_text(_LUA_POST.format(path=folder / "body.json"), encoding="utf-8")
    return script


# -- the server ------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(server: Server, workers: int) -> Iterator[tuple[int, int]]:
    """gunicorn serving the app on a free loopback port, ready to answer; yields
    (port, master pid) and stops the master (and so its workers) on the way out."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--workers", str(workers)]
    command += ["--bind", f"{HOST}:{port}", "--chdir", str(server.folder), server.app]
    with tempfile.TemporaryFile() as errors:
        master = subprocess.Popen(command, cwd=server.folder, stdout=errors, stderr=errors)
        try:
            _wait_ready(f"http://{HOST}:{port}/api/health", master, errors)
            yield port, master.pid
        finally:
            _stop(master)


def _wait_ready(url: str, master: subprocess.Popen, errors: Any, limit_s: float = 30) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if master.poll() is not None:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            raise Unavailable(f"gunicorn exited {master.returncode}: {' | '.join(tail)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise Unavailable(f"gunicorn did not answer {url} within {limit_s:g} s")


def _stop(master: subprocess.Popen) -> None:
    """SIGTERM to the master we started (it stops its workers), SIGKILL if it lingers."""
    master.terminate()
    try:
        master.wait(timeout=20)
    except subprocess.TimeoutExpired:
        master.kill()
        master.wait(timeout=10)


def _warm_up(base: str, body: str, requests: int = 20) -> int:
    """Each worker answers some requests before measuring; returns the mention count
    of the statement, so a broken endpoint shows before wrk hammers it."""
    mentions = 0
    for _ in range(requests):
        request = urllib.request.Request(
            f"{base}/api/resolve", body.encode("utf-8"), {"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                mentions = len(json.load(response).get("mentions", []))
        except urllib.error.HTTPError as error:
            raise Unavailable(f"POST /api/resolve answered {error.code}") from error
        except (urllib.error.URLError, OSError) as error:
            raise Unavailable(f"POST /api/resolve failed: {error}") from error
    return mentions


def _worker_rss(master_pid: int) -> list[float] | None:
    """Resident memory of each gunicorn worker, MiB (needs psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    children = psutil.Process(master_pid).children()
    return [round(child.memory_info().rss / 2**20, 1) for child in children]


# -- wrk -------------------------------------------------------------------------------


def wrk(url: str, load: Load, script: Path | None = None) -> dict[str, Any]:
    """One wrk run against ``url``: requests/s, p50/p99 latency in ms, errors."""
    command = ["wrk", "-t", str(load.threads), "-c", str(load.connections)]
    command += ["-d", f"{load.duration_s}s", "--latency", "--timeout", "10s"]
    command += [*(["-s", str(script)] if script else []), url]
    log.info("running %s", " ".join(command))
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=load.duration_s + 60, check=True
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        raise Unavailable(f"wrk failed against {url}: {error}") from error
    return parse_wrk(done.stdout)


def parse_wrk(output: str) -> dict[str, Any]:
    """The figures of wrk's ``--latency`` report."""
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:(.*)", output)
    total = re.search(r"(\d+) requests in", output)
    return {
        "requests_s": float(rate.group(1)) if rate else 0.0,
        "requests": int(total.group(1)) if total else 0,
        "p50_ms": _percentile(output, "50"),
        "p99_ms": _percentile(output, "99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
    }


def _percentile(output: str, which: str) -> float | None:
    match = re.search(rf"^\s*{which}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    return round(float(match.group(1)) * _UNITS[match.group(2)], 3) if match else None


# -- the table -------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    """The HTTP run as a plain-text table."""
    load = results["load"]
    lines = [
        f"linker HTTP benchmark · {machine_line(results['meta'])}",
        f"gunicorn {load['workers']} workers, wrk {load['threads']} threads, "
        f"{load['connections']} connections, {load['duration_s']} s per endpoint, loopback",
        "",
    ]
    if not results.get("available"):
        return "\n".join([*lines, f"not available: {results['reason']}"])
    lines.append(f"{'endpoint':<34}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>9}")
    for key, label in (("health", "GET /api/health"), ("resolve", "POST /api/resolve (seed)")):
        figure = results[key]
        lines.append(
            f"  {label:<32}{figure['requests_s']:>10,.0f}{_ms(figure['p50_ms']):>10}"
            f"{_ms(figure['p99_ms']):>10}{figure['non_2xx']:>9}"
        )
    lines += [
        "",
        f"  resolve ÷ health {results['ratio']}  ({_verdict(results['target'])})",
        f"  worker RSS after the run, MiB: {results['worker_rss_mb']}"
        f"  ({_verdict(results['rss_target'])})",
        f"  seed statement: {results['statement_bytes']} bytes of JSON, "
        f"{results['statement_mentions']} mentions",
    ]
    return "\n".join(lines)


def _verdict(target: dict[str, Any]) -> str:
    verdict = {True: "met", False: "MISSED", None: "no figure"}[target["met"]]
    return f"target {target['target']}: {verdict}"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"
