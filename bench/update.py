"""`ilacs update` against the stand-in: a full crawl with faults switched on, a run with nothing
new, a run after a new publication, and the bytes downloaded twice across all of them.

usage: uv run python bench/update.py [CORPUS_FOLDER] [--reference DB] [--fault-rate 0.1]
       (default corpus ../shared/corpus; --reference reuses a database of `ilacs ingest` of the
       corpus instead of building one, which reads all 497 PDFs a second time)
Prints figures only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from ilacs.fetch.standin import TRANSIENT, StandIn
from ilacs.ingest import ingest
from ilacs.store import Store
from ilacs.update import UpdateOptions, update

ROOT = Path(__file__).resolve().parents[1]


def export(db: Path) -> list[dict]:
    with Store.open_readonly(db) as s:
        return s.export_inspections()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared/corpus")
    ap.add_argument("--reference", type=Path, default=None)
    ap.add_argument("--fault-rate", type=float, default=0.1)
    ap.add_argument("--rate", type=float, default=200.0, help="requests/s of the full crawl")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the work folder (155 MiB+)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ilacs-bench-update-"))
    db = tmp / "ilacs.db"
    site = StandIn(args.corpus).start()
    sizes = {fid: len(doc.body()) for fid, doc in site.documents.items()}
    print(
        f"stand-in: {len(site.providers)} providers, {len(sizes)} files,"
        f" {sum(sizes.values()) / 2**20:.0f} MiB; work folder {tmp}"
    )

    # 1. full crawl, transient faults on (a changed layout is a failure of its provider)
    site.random_faults(args.fault_rate, TRANSIENT, seed=args.seed)
    started = time.perf_counter()
    options = UpdateOptions(
        base_url=site.url, rate=args.rate, concurrency=4, timeout=2.0, backoff=0.05
    )
    full = update(db, options)
    seconds = time.perf_counter() - started
    site.clear_faults()
    ing = full.ingest
    print(
        f"full crawl: {full.providers_checked} LAs, {full.downloaded} files"
        f" ({full.bytes_downloaded / 2**20:.0f} MiB) in {seconds:.1f} s at {args.rate:g} req/s"
        f" (crawl {seconds - ing.seconds:.1f} s + ingest {ing.seconds:.1f} s);"
        f" {full.requests} requests, {sum(full.retries.values())} retried"
    )
    print(f"  faults served: {dict(sorted(site.stats.faults.items()))}")
    print(f"  retries by reason: {dict(full.retries)}")
    print(
        f"  complete: {full.complete}; failed: {len(full.failures)};"
        f" ingest: {ing.parsed} parsed, {ing.not_a_report} not a report, {ing.failed} failed"
    )
    print(
        f"  at the default 1 request/s the same crawl makes {2 + len(site.providers) + len(sizes)}"
        f" requests: about {(2 + len(site.providers) + len(sizes)) / 60:.0f} minutes"
    )
    with Store.open_readonly(db) as s:
        stored = Counter(r[0] for r in s.conn.execute("SELECT ofsted_file_id FROM sources"))
    print(
        f"  files stored: {len(stored)} of {len(sizes)}, each once: {set(stored.values()) == {1}};"
        f" full bodies sent per file: {dict(Counter(site.stats.complete_files.values()))},"
        f" resumed bodies: {sum(site.stats.ranges.values())}"
    )

    # 2. the same database from `ilacs ingest` of the corpus
    ref = args.reference
    if ref is None:
        ref = tmp / "reference.db"
        started = time.perf_counter()
        ingest(args.corpus / "reports", ref)
        print(f"reference: ilacs ingest of the corpus in {time.perf_counter() - started:.1f} s")
    a, b = export(db), export(ref)
    diffs = [(x["path"], k) for x, y in zip(a, b, strict=False) for k in x if x[k] != y[k]]
    print(
        f"database equal to `ilacs ingest` of the corpus: {a == b}"
        f" ({len(a)} vs {len(b)} rows, {len(diffs)} differing cells"
        + (f", e.g. {diffs[:3]}" if diffs else "")
        + f"; published filled: {sum(1 for r in a if r['published'])}/{len(a)})"
    )

    # 3. nothing new: library call and the whole command
    before = site.stats.total
    noop = update(db, UpdateOptions(base_url=site.url))
    print(
        f"no-op update (library): {noop.requests} requests"
        f" (server saw {site.stats.total - before}) in {noop.seconds:.2f} s"
    )
    before = site.stats.total
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "ilacs", "update", "--db", str(db), "--base-url", site.url, "-q"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    print(
        f"no-op update (`ilacs update` process): {site.stats.total - before} requests in"
        f" {time.perf_counter() - started:.2f} s wall, exit {out.returncode}: {out.stdout.strip()}"
    )

    # 4. a report published between two runs
    data = site.documents["50301680"].body()  # any real PDF will do as a 'new' document
    fid = site.publish(80490, data, event_type="Children's services focused visit")
    sizes[fid] = len(data)
    new = update(db, UpdateOptions(base_url=site.url))
    print(
        f"after a new publication: {new.requests} requests, {new.downloaded} downloaded,"
        f" {new.seconds:.2f} s (with its ingest)"
    )

    # 5. one provider's trouble (issue 14): a closed council off the site, a listed LA whose page
    # always fails, new reports for it and for York; a --full run, then the run after it.
    site.withdraw(121939)  # Northamptonshire: no page, not in the listing
    site.add_fault("429", match=r"^/provider/44/80476$", times=10_000, retry_after=0)  # Kent
    for urn in (80476, 80453):  # Kent, York
        fid = site.publish(urn, data, event_type="Children's services focused visit")
        sizes[fid] = len(data)
    hurt = update(db, UpdateOptions(base_url=site.url, full=True, rate=args.rate, concurrency=4))
    print(
        f"--full run with Kent failing: {hurt.providers_checked} LAs checked,"
        f" {hurt.downloaded} downloaded, complete {hurt.complete},"
        f" not on the site {[t.name for t in hurt.not_on_site]}, {hurt.requests} requests,"
        f" {hurt.seconds:.2f} s"
    )
    for line in hurt.failure_lines():
        print(f"  failed: {line}")
    site.clear_faults()
    after = update(db, UpdateOptions(base_url=site.url))
    print(
        f"the run after: {after.requests} requests, {after.downloaded} downloaded (Kent's new"
        f" report), complete {after.complete}, {after.seconds:.2f} s"
    )

    # 5. bytes sent twice, over every run above
    sent = sum(site.stats.file_bytes.values())
    print(
        f"file bytes sent: {sent} for {sum(sizes.values())} bytes of files;"
        f" downloaded twice: {sent - sum(sizes.values())}"
    )
    site.stop()
    if not args.keep:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
