"""Ingest speed and memory on the corpus, against plain pypdfium2 extraction of the same files.

usage: uv run python bench/ingest.py [REPORTS_FOLDER]   (default ../shared/corpus/reports)
Prints: raw extraction seconds (one process), full ingest seconds (all cores) and the ratio,
the no-op re-ingest seconds, peak RSS of this process and its workers, and files/s.
Figures only: nothing here asserts a timing.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from ilacs.ingest import find_pdfs, ingest

ROOT = Path(__file__).resolve().parents[1]


def raw_extraction(files: list[Path]) -> float:
    started = time.perf_counter()
    for f in files:
        try:
            doc = pdfium.PdfDocument(str(f))
        except pdfium.PdfiumError:
            continue
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()
    return time.perf_counter() - started


def peak_rss_mib() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/corpus/reports"
    files = find_pdfs(folder)
    print(
        f"corpus: {len(files)} files, {sum(f.stat().st_size for f in files) / 2**20:.0f} MiB,"
        f" {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t_ingest = time.perf_counter()
        summary = ingest(folder, db)
        t_ingest = time.perf_counter() - t_ingest
        t_again = time.perf_counter()
        again = ingest(folder, db)
        t_again = time.perf_counter() - t_again
        size = db.stat().st_size / 2**20
    own, children = peak_rss_mib()
    t_raw = raw_extraction(files)
    print(f"raw pypdfium2 extraction (1 process): {t_raw:6.1f} s")
    print(
        f"full ingest ({summary.parsed} parsed, {summary.not_a_report} not a report,"
        f" {summary.failed} failed): {t_ingest:6.1f} s = {t_ingest / t_raw:.2f}x raw,"
        f" {len(files) / t_ingest:.1f} files/s   (target <= 1.5x)"
    )
    print(
        f"second ingest, unchanged ({again.skipped_unchanged} skipped): {t_again:6.2f} s"
        f"   (target < 2 s)"
    )
    workers = os.cpu_count() or 1
    print(
        f"peak RSS: main {own:.0f} MiB, largest worker {children:.0f} MiB; whole run at most"
        f" {own + workers * children:.0f} MiB ({workers} workers)   (target < 500 MiB)"
    )
    print(f"database size: {size:.1f} MiB")


if __name__ == "__main__":
    main()
