"""Latency of `ilacs serve` per page type under concurrent clients over loopback.

usage: uv run python bench/web.py --db ilacs.db [--clients 20] [--seconds 30] [--only TYPE]
           [--keep-alive]

Starts `ilacs serve` (waitress, one process) on 127.0.0.1, then runs `--clients` concurrent
clients (asyncio; a new connection per request, or with --keep-alive one connection per
client, as a browser keeps) for `--seconds`, one page type at a time (or all in turn with
--mixed). Addresses vary so that
many requests are first renders: England today and at each quarter end (what the site links
to) and, separately, on any day since 2012 (what the date control allows), in five
judgements; every LA; random pairs to compare; searches from a list of words with and without
filters. Prints p50/p95/max per page type, the same for the first request of each address
("cold": rendered, not cached), and the server's CPU time per request (from /proc). By default
the runs start once the server's warm-up (every LA page, the picture of every era of dates,
the download files) is over, as on a server that has been up a while; --no-wait measures
during it. Figures only: nothing here asserts a timing (the target is p95 < 50 ms for the LA
and England pages).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from datetime import date, timedelta

WORDS = [
    "return home interviews",
    "care leavers",
    "private fostering",
    "child sexual exploitation",
    "supervision",
    "caseloads",
    "early help",
    "missing from home",
    "permanence",
    "adoption",
    "LADO",
    "pathway plans",
    "corporate parenting",
    "strategy meetings",
    "agency staff",
]
FILTERS = ["", "&kind=inspection", "&region=London", "&framework=sif", "&grade=good"]
JUDGEMENTS = ["overall", "leaders", "help_protection", "in_care", "care_leavers"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ilacs", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/static/style.css", timeout=2)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def server_pids(proc: subprocess.Popen) -> list[int]:
    """The server process and any children it has (none: one process serves)."""
    pids = [proc.pid]
    for stat in os.listdir("/proc"):
        if stat.isdigit() and _ppid(int(stat)) == proc.pid:
            pids.append(int(stat))
    return pids


def _ppid(pid: int) -> int | None:
    try:  # the fields after the command name (which may hold spaces): state, ppid, ...
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pids: list[int], limit: float = 120) -> float:
    """Seconds until the server stops working on its own (its warm-up is over)."""
    started = time.perf_counter()
    last = cpu_seconds(pids)
    while time.perf_counter() - started < limit:
        time.sleep(1)
        now = cpu_seconds(pids)
        if now - last < 0.05:
            break
        last = now
    return time.perf_counter() - started


def make_urls(port: int, rng: random.Random):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/la/index.json") as r:
        slugs = [la["slug"] for la in json.load(r)["las"]]
    first, span = date(2012, 1, 1), (date.today() - date(2012, 1, 1)).days

    quarters = [
        date(y, m, d)
        for y in range(2012, date.today().year + 1)
        for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))
        if date(y, m, d) <= date.today()
    ]

    def england():
        # What the site links to: today, and the end of each quarter (the date control's
        # steps), in every judgement.
        if rng.random() < 0.2:
            j = rng.choice(JUDGEMENTS)
            return "/" if j == "overall" else f"/england/latest/{j}.html"
        return f"/england/{rng.choice(quarters).isoformat()}/{rng.choice(JUDGEMENTS)}.html"

    def england_any_day():
        # Any day typed into the date control: mostly first renders.
        day = first + timedelta(days=rng.randrange(span))
        return f"/england/{day.isoformat()}/{rng.choice(JUDGEMENTS)}.html"

    return {
        "england": england,
        "england any day": england_any_day,
        "la": lambda: f"/la/{rng.choice(slugs)}.html",
        "compare": lambda: f"/compare/overall/{'+'.join(rng.sample(slugs, 2))}.html",
        "search": lambda: (
            "/search.html?q=" + rng.choice(WORDS).replace(" ", "+") + rng.choice(FILTERS)
        ),
        "la index": lambda: "/la/index.html",
        "download": lambda: "/download.html",
    }


async def fetch(port: int, path: str) -> tuple[float, int]:
    """One request on a connection of its own."""
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    return time.perf_counter() - started, int(data[9:12] or 0)


class Connection:
    """A kept-alive connection: requests one after another, answers read by Content-Length."""

    def __init__(self, port: int):
        self.port = port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def fetch(self, path: str) -> tuple[float, int]:
        started = time.perf_counter()
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").lower().split("\r\n")
        length = next((int(x.split(":")[1]) for x in lines if x.startswith("content-length")), 0)
        await reader.readexactly(length)
        if any(x.startswith("connection:") and "close" in x for x in lines):
            writer.close()
            self.streams = None
        return time.perf_counter() - started, int(head[9:12] or 0)


async def run(
    port: int, clients: int, seconds: float, urls, kinds, keep_alive: bool = False
) -> tuple[dict, dict, int]:
    """`clients` concurrent loops for `seconds`, each taking the page types `kinds` in turn."""
    lat: dict[str, list[float]] = defaultdict(list)
    cold: dict[str, list[float]] = defaultdict(list)
    seen: set[str] = set()
    errors = 0
    stop = time.perf_counter() + seconds

    async def client(k: int) -> None:
        nonlocal errors
        i = k
        get = Connection(port).fetch if keep_alive else (lambda path: fetch(port, path))
        while time.perf_counter() < stop:
            kind = kinds[i % len(kinds)]
            i += 1
            path = urls[kind]()
            first = path not in seen
            seen.add(path)
            took, status = await get(path)
            if status != 200:
                errors += 1
            lat[kind].append(took)
            if first:
                cold[kind].append(took)

    await asyncio.gather(*(client(k) for k in range(clients)))
    return lat, cold, errors


def pct(values: list[float], p: float) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="ilacs.db")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mixed", action="store_true", help="one run taking every page type in turn")
    ap.add_argument("--only", action="append", help="a page type to run (repeatable)")
    ap.add_argument("--keep-alive", action="store_true", help="one connection per client")
    ap.add_argument("--no-wait", action="store_true", help="start before the warm-up is over")
    args = ap.parse_args()
    port = free_port()
    started = time.perf_counter()
    proc = start_server(args.db, port)
    print(f"server up in {time.perf_counter() - started:.1f} s (pid {proc.pid}, port {port})")
    try:
        pids = server_pids(proc)
        if not args.no_wait:
            warm_cpu = cpu_seconds(pids)
            took = wait_until_idle(pids)
            print(
                f"warm-up over after {took:.0f} s ({cpu_seconds(pids) - warm_cpu:.1f} s CPU in "
                f"{len(pids)} processes)"
            )
        urls = make_urls(port, random.Random(args.seed))
        if args.only:
            urls = {k: v for k, v in urls.items() if k in args.only}
        phases = [list(urls)] if args.mixed else [[k] for k in urls]
        results = []
        for kinds in phases:
            before = cpu_seconds(pids)
            lat, cold, errors = asyncio.run(
                run(port, args.clients, args.seconds, urls, kinds, args.keep_alive)
            )
            results.append((lat, cold, errors, cpu_seconds(pids) - before))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    how = "all page types in turn" if args.mixed else "one page type at a time"
    how += ", keep-alive" if args.keep_alive else ", a connection per request"
    print(f"{args.clients} clients, {args.seconds:.0f} s per run, {how}, loopback")
    print(
        f"{'page type':<16} {'n':>6} {'req/s':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        f"   {'cold n':>6} {'p50 ms':>8} {'p95 ms':>8}  non-200  {'cpu ms/req':>10}"
    )
    for kinds, (lat, cold, errors, cpu) in zip(phases, results, strict=True):
        n = sum(len(lat[k]) for k in kinds)
        for kind in kinds:
            v, c = lat[kind], cold[kind]
            print(
                f"{kind:<16} {len(v):>6} {len(v) / args.seconds * len(kinds):>6.0f} "
                f"{pct(v, 50):>8.1f} {pct(v, 95):>8.1f} {max(v) * 1000:>8.1f}   "
                f"{len(c):>6} {pct(c, 50):>8.1f} {pct(c, 95):>8.1f}  {errors:>7}  "
                f"{1000 * cpu / n:>10.2f}"
            )


if __name__ == "__main__":
    main()
