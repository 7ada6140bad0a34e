"""Folder of PDFs -> database: find files, skip unchanged ones, read and parse in parallel,
write each document in its own transaction.

Workers (one process per core) do the slow part, PDF text extraction and parsing; the parent
process alone writes to SQLite, so a run killed at any moment leaves whole documents only.
"""

from __future__ import annotations

import csv
import hashlib
import multiprocessing
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ilacs.errors import IlacsError, ParseError, ReadError
from ilacs.model import Report
from ilacs.parse import PARSER_VERSION, parse_text
from ilacs.pdf import pdf_pages
from ilacs.store import SOURCE_FIELDS, Store, StoredDocument, now
from ilacs.themes.label import relabel

# "<urn>_<name>" folders, or letters named "<urn>_<name>__<title>" where "&" became "___".
_URN_NAME = re.compile(r"^(\d{5,8})_(.+?[^_])(?:__(?!_).*)?$")


@dataclass
class IngestSummary:
    """What a run did. `errors` holds one readable line per failed file."""

    parsed: int = 0
    skipped_unchanged: int = 0
    not_a_report: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    themed: int = 0  # recommendations given themes (all of them after a classifier change)
    seconds: float = 0.0
    # paths of files byte-identical to another of the LA's (published again): stored once
    duplicates: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.parsed + self.skipped_unchanged + self.not_a_report + self.failed


@dataclass(frozen=True)
class Job:
    path: Path  # absolute
    rel: str  # relative to the ingested folder, '/'-separated
    sha256: str
    size: int


@dataclass
class Outcome:
    job: Job
    status: str
    report: Report | None = None
    error: str | None = None
    text: str = ""
    page_count: int | None = None
    kind: str | None = None


def find_pdfs(root: Path) -> list[Path]:
    """Every *.pdf below `root` (any case), in a stable order; `root` may be a single file."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())


def urn_and_name(rel: str) -> tuple[int | None, str | None]:
    """URN and LA name from a `<urn>_<name>/...` folder or a `<urn>_<name>__title.pdf` file."""
    for part in rel.split("/"):
        m = _URN_NAME.match(part.removesuffix(".pdf").removesuffix(".PDF"))
        if m:
            name = m.group(2).replace("___", " & ").replace("_", " ")
            return int(m.group(1)), " ".join(name.split())
    return None, None


def read_manifest(root: Path) -> dict[str, dict]:
    """path -> publication facts from a files.csv beside the reports (as in ../shared/corpus)."""
    for candidate in (root / "files.csv", root.parent / "files.csv"):
        if candidate.is_file():
            out = {}
            with open(candidate, newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    if row.get("path"):
                        out[row["path"]] = {
                            "ofsted_file_id": row.get("ofsted_file_id") or None,
                            "url": row.get("file_url") or row.get("url") or None,
                            "published": row.get("published") or None,
                            "event_type": row.get("event_type") or None,
                        }
            return out
    return {}


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def read_document(job: Job) -> Outcome:
    """Extract and parse one file. Runs in a worker process; never raises for bad input."""
    try:
        data = job.path.read_bytes()
        pages = pdf_pages(data, job.rel)
    except ReadError as e:
        status = "not_a_report" if e.not_a_report else "failed"
        kind = "not_a_report" if e.not_a_report else None
        return Outcome(job, status, error=e.message, kind=kind)
    except OSError as e:
        return Outcome(job, "failed", error=f"cannot read the file ({e.strerror or e})")
    text = "\f".join(pages)
    try:
        report = parse_text(text)
    except ParseError as e:
        return Outcome(job, "failed", error=e.message, text=text, page_count=len(pages))
    status = "not_a_report" if report.kind == "not_a_report" else "ok"
    return Outcome(
        job,
        status,
        report=report,
        error=report.reason if status != "ok" else report.note,
        text=text,
        page_count=len(pages),
    )


def identify(rel: str, report: Report | None) -> tuple[int | None, str | None]:
    """URN and name of a document's LA: from its `<urn>_<name>` folder, else from its text."""
    from ilacs import register

    urn, folder_name = urn_and_name(rel)
    if urn is not None:
        try:
            return urn, register.by_urn(urn).name
        except IlacsError:
            return urn, folder_name
    if report and report.la_name:
        try:
            la = register.find(report.la_name)
        except IlacsError:
            return None, report.la_name
        return la.urn, la.name
    return None, None


def plan(root: Path, store: Store, force: bool = False) -> tuple[list[Job], int]:
    """The files that need reading, and how many are unchanged since they were stored."""
    known = store.known()
    jobs, unchanged = [], 0
    base = root.parent if root.is_file() else root
    for p in find_pdfs(root):
        rel = p.relative_to(base).as_posix()
        sha, size = sha256_file(p)
        old = known.get(rel)
        if not force and old and old[0] == sha and old[1] == PARSER_VERSION:
            unchanged += 1
            continue
        jobs.append(Job(p, rel, sha, size))
    return jobs, unchanged


def ingest(
    root: Path | str,
    db: Path | str | Store,
    *,
    manifest: dict[str, dict] | None = None,
    workers: int | None = None,
    force: bool = False,
    on_progress: Callable[[Outcome, int, int], None] | None = None,
) -> IngestSummary:
    """Read every PDF below `root` into the database `db`; see IngestSummary.

    Unchanged files (same sha256 and parser version) are skipped. `manifest` maps paths to
    publication facts; by default it is read from a files.csv beside `root`, and the crawler's
    `sources` table fills what it lacks. `on_progress(outcome, done, total)` is called after
    each file is stored (the CLI draws a bar with it).
    """
    started = time.perf_counter()
    root = Path(root)
    if not root.exists():
        raise ReadError("no such file or folder", str(root))
    store = db if isinstance(db, Store) else Store(db)
    try:
        summary = IngestSummary()
        facts = {
            **store.sources_by_path(),
            **(read_manifest(root) if manifest is None else manifest),
        }
        jobs, summary.skipped_unchanged = plan(root, store, force)
        for done, outcome in enumerate(_run(jobs, workers), 1):
            _save(store, outcome, facts.get(outcome.job.rel))
            _count(summary, outcome)
            if on_progress:
                on_progress(outcome, done, len(jobs))
        _refresh_sources(store, facts)
        # After the facts: which copy of a twice-published file came first is a fact too.
        summary.duplicates = store.mark_duplicates()
        summary.themed = relabel(store)
        if jobs:
            store.set_meta("last_ingest", now())
        summary.seconds = time.perf_counter() - started
        return summary
    finally:
        if not isinstance(db, Store):
            store.close()


def _run(jobs: list[Job], workers: int | None) -> Iterable[Outcome]:
    workers = workers or min(multiprocessing.cpu_count(), 8)
    if workers <= 1 or len(jobs) < 4:
        yield from map(read_document, jobs)
        return
    # spawn, not fork: the parent may hold threads (a caller's progress bar) and an open
    # database.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap_unordered(read_document, jobs, chunksize=1)


def _save(store: Store, o: Outcome, source: dict | None) -> None:
    urn, la_name = identify(o.job.rel, o.report)
    store.save_document(
        StoredDocument(
            path=o.job.rel,
            sha256=o.job.sha256,
            size=o.job.size,
            status=o.status,
            parser_version=PARSER_VERSION,
            urn=urn,
            la_name=la_name,
            report=o.report,
            error=o.error,
            text=o.text,
            page_count=o.page_count,
            source=source,
            kind=o.kind,
        )
    )


def _refresh_sources(store: Store, facts: dict[str, dict]) -> None:
    """Publication facts can arrive after a file was parsed (a new files.csv, a crawl)."""
    stored = store.source_facts()
    for path, fact in facts.items():
        row = stored.get(path)
        if row and any(fact.get(f) and fact.get(f) != row[f] for f in SOURCE_FIELDS):
            merged = {f: fact.get(f) or row[f] for f in SOURCE_FIELDS}
            store.update_sources(path, merged)


def _count(summary: IngestSummary, o: Outcome) -> None:
    if o.status == "ok":
        summary.parsed += 1
    elif o.status == "not_a_report":
        summary.not_a_report += 1
        summary.notes.append(f"{o.job.rel}: {o.error}")
    else:
        summary.failed += 1
        summary.errors.append(f"{o.job.rel}: {o.error}")
