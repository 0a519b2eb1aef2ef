"""Load and faults: linker under gunicorn and wrk, with a slow and failing upstream that
goes away mid-run.

    python3 scripts/loadtest.py                       # 60 s, 64 connections, 4 workers
    python3 scripts/loadtest.py --duration 5 --connections 8 --workers 2   # a smoke run
    python3 scripts/loadtest.py --json figures.json   # the figures as JSON too

What it does, all on 127.0.0.1 and bounded in time:

1. starts a small upstream HTTP server (a thread of this script) with pages that answer at
   once (cacheable), slowly (0.3 s), with 500 (linker answers 502) or not in time (linker's
   ``LINKER_FETCH_TIMEOUT`` is ``1,2`` for the run: 504);
2. starts gunicorn over ``wsgi:app`` (``--workers``, sync workers, the repository's
   ``gunicorn.conf.py``, access log on) with ``LINKER_FETCH_ALLOW_HOSTS=127.0.0.1`` and one
   SQLite HTTP cache file shared by every worker;
3. warms every worker up with a short wrk run, reads each worker's RSS, then runs wrk for
   ``--duration`` seconds on a mix: ``POST /api/resolve`` with text (45%),
   ``GET /annotate?text=`` (35%) and URL requests (20%: ``POST /api/resolve`` and
   ``GET /annotate`` with ``url``) to the upstream: 12% cacheable pages (300 addresses, so
   the workers write the shared cache and read each other's entries), 4% slow, 3% failing,
   1% stalling;
4. stops the upstream halfway (``--stop-upstream-at``): from then on, URL requests must get
   502/504 (or the cached copy), and everything else must go on as before;
5. reports requests served, answers by status and phase, 5xx other than 502/504 (must be
   0), socket errors (connect, read, write, timeout: must be 0), "database is locked" and
   worker timeouts in gunicorn's log (0), statements in the access log (0), each worker's
   RSS at the start and the end (growth under 10%), and that every worker still answers at
   once after the run. Exit status 0 when every check holds, 1 otherwise.

The mix and the tally of answers are wrk's Lua script, ``scripts/loadtest.lua``. Needs
``wrk`` (Debian package ``wrk``) and gunicorn (a dependency of linker).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
#: In every statement sent: it must never reach a log.
MARKER = "Quillwort"
STATEMENT = (
    f"{MARKER} recalls that everyone has the right to leave any country, including his own "
    "(article 13(2) of the Universal Declaration of Human Rights; article 12(2) ICCPR), and "
    "that no one shall be arbitrarily deprived of the right to enter his own country "
    "(article 12, paragraph 4, of the Covenant). States must respect the Refugee "
    "Convention, art. 33(1), and Art. 3 ECHR."
)
PAGE = f"<html><body><main><h1>Statement</h1><p>{STATEMENT}</p></main></body></html>"
SLOW_SECONDS = 0.3
STALL_SECONDS = 4.0
FETCH_TIMEOUT = "1,2"
EXPECTED_UPSTREAM = (502, 504)
RSS_GROWTH_LIMIT = 0.10


# -- the upstream -----------------------------------------------------------------------------


class UpstreamHandler(BaseHTTPRequestHandler):
    """``/page/N`` at once (cacheable), ``/slow/N`` after 0.3 s, ``/fail/N`` 500,
    ``/stall/N`` after linker's timeout."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        kind = self.path.split("/")[1]
        if kind == "slow":
            time.sleep(SLOW_SECONDS)
        elif kind == "stall":
            time.sleep(STALL_SECONDS)
        status = 500 if kind == "fail" else 200
        body = (PAGE if status == 200 else "upstream failure").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        cache = "max-age=600" if kind == "page" else "no-store"
        self.send_header("Cache-Control", cache)
        self.end_headers()
        with contextlib.suppress(OSError):  # linker gave up waiting: expected for /stall
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tens of thousands of requests."""


class QuietServer(ThreadingHTTPServer):
    """No traceback when linker hangs up on a stalled page: that is the point of it."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Upstream:
    """The upstream server on a thread; :meth:`stop` makes its port refuse connections."""

    def __init__(self) -> None:
        self.server = QuietServer((HOST, 0), UpstreamHandler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.stopped_at: float | None = None

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.server.server_address[1]}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        if self.stopped_at is None:
            self.server.shutdown()
            self.server.server_close()
            self.stopped_at = time.time()


# -- gunicorn -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@dataclass
class Gunicorn:
    """gunicorn over ``wsgi:app`` from the repository root, its logs in ``folder``."""

    folder: Path
    workers: int
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def error_log(self) -> Path:
        return self.folder / "gunicorn-error.log"

    @property
    def access_log(self) -> Path:
        return self.folder / "gunicorn-access.log"

    def start(self) -> None:
        env = {
            **os.environ,
            "LINKER_FETCH_ALLOW_HOSTS": HOST,
            "LINKER_CACHE_URL": f"sqlite:///{self.folder / 'http-cache.sqlite'}",
            "LINKER_FETCH_TIMEOUT": FETCH_TIMEOUT,
            # One client sends every URL request here: the limiter runs but never trips.
            "LINKER_FETCH_RATE_LIMIT": "1000000/minute",
        }
        command = [sys.executable, "-m", "gunicorn", "-w", str(self.workers)]
        command += ["-b", f"{HOST}:{self.port}", "--timeout", "30"]
        command += ["--error-logfile", str(self.error_log)]
        command += ["--access-logfile", str(self.access_log), "wsgi:app"]
        self.process = subprocess.Popen(command, cwd=REPO_ROOT, env=env)
        wait_until_up(self.base, self.process)

    def worker_pids(self) -> list[int]:
        assert self.process is not None
        return children_of(self.process.pid)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_until_up(base: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not answer /api/health in time")


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (gunicorn's workers), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


# -- wrk ---------------------------------------------------------------------------------------

#: The request mix and the tally of answers, for wrk.
LUA = Path(__file__).with_suffix(".lua")


def run_wrk(
    base: str, script: Path, seconds: float, connections: int, upstream: str, stop_at: float
) -> dict[str, Any]:
    """wrk on the mix for ``seconds``; its counts as a dict."""
    threads = max(1, min(2, connections))
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s"]
    command += ["--timeout", "30s", "-s", str(script), base, "--"]
    command += [upstream, str(int(stop_at)), STATEMENT]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    if output.returncode != 0:
        raise RuntimeError(f"wrk failed: {output.stderr.strip()}")
    found = dict(re.findall(r"^LINKER_(\w+) (.*)$", output.stdout, re.M))
    return {
        "counts": json.loads(found["COUNTS"]),
        "sent": json.loads(found["SENT"]),
        "summary": json.loads(found["SUMMARY"]),
    }


# -- the run and its checks --------------------------------------------------------------------


@dataclass
class Options:
    duration: float = 60
    connections: int = 64
    workers: int = 4
    warmup: float = 5
    stop_upstream_at: float = 0.5


def parse_args(argv: list[str] | None = None) -> tuple[Options, Path | None]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (60)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections (64)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (4)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of warm-up (5)")
    parser.add_argument(
        "--stop-upstream-at", type=float, default=0.5, help="fraction of the run (0.5)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    options = Options(
        args.duration, args.connections, args.workers, args.warmup, args.stop_upstream_at
    )
    return options, args.json


def load_test(options: Options) -> dict[str, Any]:
    """Run everything; return the figures (see :func:`checks` for what must hold)."""
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is not installed (apt-get install wrk)")
    upstream = Upstream()
    upstream.start()
    with tempfile.TemporaryDirectory(prefix="linker-load-") as folder:
        server = Gunicorn(Path(folder), options.workers)
        try:
            server.start()
            return _measure(server, upstream, options)
        finally:
            server.stop()
            upstream.stop()


def _measure(server: Gunicorn, upstream: Upstream, options: Options) -> dict[str, Any]:
    run_wrk(server.base, LUA, options.warmup, options.connections, upstream.base, 0)
    workers = server.worker_pids()
    rss_start = {pid: rss_mib(pid) for pid in workers}
    stop_in = options.duration * options.stop_upstream_at
    stop_at = time.time() + stop_in
    timer = threading.Timer(stop_in, upstream.stop)
    timer.start()
    try:
        load = run_wrk(
            server.base, LUA, options.duration, options.connections, upstream.base, stop_at
        )
    finally:
        timer.cancel()
        upstream.stop()
    after = _after_the_run(server)
    rss_end = {pid: rss_mib(pid) for pid in workers if Path(f"/proc/{pid}").exists()}
    logs = server.error_log.read_text(errors="replace")
    access = server.access_log.read_text(errors="replace")
    return {
        "options": options.__dict__,
        "load": load,
        "workers": workers,
        "workers_after": server.worker_pids(),
        "rss_start_mib": rss_start,
        "rss_end_mib": rss_end,
        "health_after_ms": after,
        "database_locked": logs.count("database is locked"),
        "worker_timeouts": logs.count("WORKER TIMEOUT"),
        "tracebacks": logs.count("Traceback"),
        "statement_in_logs": (logs + access).count(MARKER),
        "access_log_lines": access.count("\n"),
    }


def _after_the_run(server: Gunicorn, probes: int = 20) -> list[float]:
    """Milliseconds for ``probes`` health checks right after the load: hung workers would
    show as seconds."""
    times = []
    for _ in range(probes):
        started = time.perf_counter()
        with urllib.request.urlopen(server.base + "/api/health", timeout=10) as answer:
            answer.read()
        times.append((time.perf_counter() - started) * 1000)
    return times


def tally(figures: dict[str, Any]) -> dict[str, Any]:
    """Answers by status and phase; 5xx split into the expected 502/504 and the rest."""
    by_status: Counter[str] = Counter()
    by_phase: dict[str, Counter[str]] = {"before": Counter(), "after": Counter()}
    for key, count in figures["load"]["counts"].items():
        phase, status = key.split()
        by_status[status] += count
        by_phase[phase][status] += count
    statuses = {int(s): n for s, n in by_status.items()}
    return {
        "requests": sum(statuses.values()),
        "by_status": dict(sorted(statuses.items())),
        "non_2xx": {s: n for s, n in sorted(statuses.items()) if not 200 <= s < 300},
        "upstream_failures": sum(n for s, n in statuses.items() if s in EXPECTED_UPSTREAM),
        "server_errors": sum(
            n for s, n in statuses.items() if s >= 500 and s not in EXPECTED_UPSTREAM
        ),
        "by_phase": {p: dict(sorted(c.items())) for p, c in by_phase.items()},
    }


def checks(figures: dict[str, Any]) -> list[tuple[str, bool, str]]:
    """Each check: (what, held, the figure)."""
    counts = tally(figures)
    summary = figures["load"]["summary"]
    socket_errors = sum(summary[k] for k in ("connect", "read", "write", "timeout"))
    after = counts["by_phase"]["after"]
    failures_after = sum(n for s, n in after.items() if int(s) in EXPECTED_UPSTREAM)
    served_after = sum(n for s, n in after.items() if s.startswith("2"))
    growth = max(
        (
            figures["rss_end_mib"][pid] / start - 1
            for pid, start in figures["rss_start_mib"].items()
        ),
        default=0.0,
    )
    slowest = max(figures["health_after_ms"])
    zero = [
        ("5xx other than 502/504", counts["server_errors"]),
        ("socket errors (connect/read/write/timeout)", socket_errors),
        ('"database is locked" in the log', figures["database_locked"]),
        ("worker timeouts in the log", figures["worker_timeouts"]),
        ("tracebacks in the log", figures["tracebacks"]),
        ("statement text in the logs", figures["statement_in_logs"]),
    ]
    return [(what, count == 0, str(count)) for what, count in zero] + [
        ("502/504 after the upstream stopped", failures_after > 0, str(failures_after)),
        ("2xx after the upstream stopped", served_after > 0, str(served_after)),
        ("same workers at the end", figures["workers"] == figures["workers_after"], "pids"),
        ("largest worker RSS growth < 10%", growth < RSS_GROWTH_LIMIT, f"{growth:+.1%}"),
        ("slowest health check after the run < 1 s", slowest < 1000, f"{slowest:.0f} ms"),
    ]


def report(figures: dict[str, Any]) -> str:
    counts = tally(figures)
    load = figures["load"]
    summary = load["summary"]
    seconds = summary["duration_us"] / 1e6
    options = figures["options"]
    lines = [
        f"linker load test · gunicorn {options['workers']} workers · wrk {options['connections']}"
        f" connections · {seconds:.0f} s · upstream stopped at {options['stop_upstream_at']:.0%}",
        f"requests served   {counts['requests']}  ({counts['requests'] / seconds:.0f}/s; "
        f"p50 {summary['p50_ms']:.0f} ms, p99 {summary['p99_ms']:.0f} ms)",
        f"requests sent     {json.dumps(load['sent'], sort_keys=True)}",
        f"by status         {json.dumps(counts['by_status'])}",
        f"non-2xx           {json.dumps(counts['non_2xx'])}",
        f"  before the stop {json.dumps(counts['by_phase']['before'])}",
        f"  after the stop  {json.dumps(counts['by_phase']['after'])}",
        f"502/504 (upstream failing or gone, expected) {counts['upstream_failures']}",
        f"socket errors     connect {summary['connect']}, read {summary['read']}, "
        f"write {summary['write']}, timeout {summary['timeout']}",
        "worker RSS, MiB   "
        + ", ".join(
            f"{figures['rss_start_mib'][pid]:.1f} → {figures['rss_end_mib'].get(pid, 0):.1f}"
            for pid in figures["workers"]
        ),
        "",
    ]
    for what, held, figure in checks(figures):
        lines.append(f"{'ok  ' if held else 'FAIL'}  {what}: {figure}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    options, json_path = parse_args(argv)
    figures = load_test(options)
    figures["tally"] = tally(figures)
    figures["checks"] = [{"check": w, "held": h, "figure": f} for w, h, f in checks(figures)]
    print(report(figures))
    if json_path is not None:
        json_path.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")
    return 0 if all(c["held"] for c in figures["checks"]) else 1


if __name__ == "__main__":
    sys.exit(main())
