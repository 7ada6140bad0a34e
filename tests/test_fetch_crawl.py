"""`ilacs update` end to end: the real crawler over loopback against the stand-in, with faults,
an interrupted run, a run with nothing new and a report published between two runs."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from ilacs.cli import main
from ilacs.errors import FetchError
from ilacs.fetch.standin import TRANSIENT, StandIn
from ilacs.ingest import ingest, read_manifest
from ilacs.store import Store
from ilacs.update import UpdateOptions
from ilacs.update import update as run_update
from tests.conftest import CORPUS, REPO

# Bromley has Ofsted's 'Report not found' page for 2012; Kent a ",  PDF" label from 2013; Hull
# a "Single inspection of LA children's services as PDF" label; Norfolk five eras.
LAS = ["Bromley", "Kent", "kingston upon hull", "80418"]
FOLDERS = ["80490_bromley", "80476_kent", "80477_kingston upon hull", "80418_norfolk"]


def files_csv() -> list[dict]:
    with open(CORPUS.parent / "files.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


ROWS = files_csv()
SUBSET = [r for r in ROWS if r["path"].split("/")[0] in FOLDERS]
ROWS_BY_ID = {r["ofsted_file_id"]: r for r in ROWS}


@pytest.fixture
def standin():
    with StandIn(CORPUS.parent) as s:
        yield s


def fast(**kw) -> dict:
    return {"rate": 500, "backoff": 0.02, "timeout": 5.0, "workers": 1, **kw}


def update(db: Path, *, las=(), on_progress=None, **options):
    return run_update(db, UpdateOptions(las=tuple(las), **options), on_progress=on_progress)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(db: Path) -> list[dict]:
    with Store.open_readonly(db) as s:
        return s.export_inspections()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> list[dict]:
    """`ilacs ingest` of the same LAs' corpus folders (linked, not copied) with files.csv."""
    root = tmp_path_factory.mktemp("reference") / "reports"
    for folder in FOLDERS:
        (root / folder).mkdir(parents=True)
        for f in (CORPUS / folder).iterdir():
            (root / folder / f.name).symlink_to(f)
    db = root.parent / "reference.db"
    summary = ingest(root, db, manifest=read_manifest(CORPUS), workers=1)
    assert summary.parsed + summary.not_a_report == len(SUBSET)
    return export(db)


def assert_cache_is_whole(cache: Path, db: Path) -> None:
    """Every file in the layout is a corpus file byte for byte; every recorded file is there."""
    by_path = {r["path"]: r for r in ROWS}
    for f in cache.rglob("*.pdf"):
        rel = f.relative_to(cache).as_posix()
        assert not rel.startswith(".partial")
        assert f.read_bytes() == (CORPUS / rel).read_bytes(), rel
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for path, digest, fid in con.execute("SELECT path, sha256, ofsted_file_id FROM sources"):
        assert sha(cache / path) == digest
        assert by_path[path]["ofsted_file_id"] == fid
    con.close()


def test_crawl_of_some_las_gives_the_database_of_ingest(standin, tmp_path, reference):
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=LAS, **fast())
    assert s.complete and not s.failed
    assert s.downloaded == len(SUBSET) == 17 and s.missing == 1
    assert s.requests == len(LAS) + len(SUBSET)  # no listing: the register knows the URNs
    assert export(db) == reference
    assert all(r["published"] for r in reference)
    cache = tmp_path / "ilacs-reports"
    assert_cache_is_whole(cache, db)
    with Store.open_readonly(db) as store:
        sources = {
            r["ofsted_file_id"]: dict(r) for r in store.conn.execute("SELECT * FROM sources")
        }
        kent = sources["50004249"]
        assert (
            kent["path"] == "80476_kent/children's services inspection,  pdf - 23 august 2013.pdf"
        )
        assert kent["url"] == "https://files.ofsted.gov.uk/v1/file/50004249"
        assert kent["event_type"] == "Children's services inspection"
        assert kent["published"] == "2013-08-23"
        hull = sources["50000289"]
        assert hull["event_type"] == "Single inspection of LA children's services"
        doc = store.documents(path=hull["path"])[0]
        assert doc["ofsted_file_id"] == "50000289" and doc["event_type"] == hull["event_type"]

    # Again: provider pages only, nothing downloaded twice.
    again = update(db, base_url=standin.url, las=LAS, **fast())
    assert again.downloaded == 0 and again.already_stored == len(SUBSET)
    assert again.requests == len(LAS)
    assert again.ingest is None
    assert set(standin.stats.complete_files.values()) == {1}
    assert export(db) == reference


def test_progress_is_reported_stage_by_stage(standin, tmp_path):
    """The library draws nothing; it reports each step (the CLI's bars are drawn from these)."""
    events = []
    update(
        tmp_path / "ilacs.db",
        base_url=standin.url,
        las=["Bromley", "Kent"],
        on_progress=events.append,
        **fast(),
    )
    last = {e.stage: (e.done, e.total) for e in events}
    assert last == {"providers": (2, 2), "files": (8, 8), "ingest": (8, 8)}
    assert [e.stage for e in events][0] == "providers"
    files = [e.current for e in events if e.stage == "files" and e.current]
    assert len(files) == 8 and files[0].startswith(("80490_bromley/", "80476_kent/"))


def test_a_file_moved_into_place_but_not_recorded_is_adopted(standin, tmp_path):
    """A run killed between moving a file into place and recording it: the next run asks only
    for the file's length (HEAD) and keeps it; a file of the wrong length is fetched again."""
    cache = tmp_path / "ilacs-reports"
    name = "80490_bromley/children's services inspection - 07 january 2019.pdf"
    (cache / name).parent.mkdir(parents=True)
    (cache / name).write_bytes((CORPUS / name).read_bytes())
    other = "80490_bromley/children's services inspection - 12 january 2024.pdf"
    (cache / other).write_bytes((CORPUS / name).read_bytes())  # wrong content, wrong length
    s = update(tmp_path / "ilacs.db", base_url=standin.url, las=["Bromley"], **fast())
    assert s.adopted == 1 and s.downloaded == 3
    heads = sorted(p for m, p, *_ in standin.stats.log if m == "HEAD")
    assert heads == [f"/v1/file/{i}" for i in ("50048227", "50237004")]
    assert "50048227" not in standin.stats.file_bytes
    assert_cache_is_whole(cache, tmp_path / "ilacs.db")


def test_files_ingested_with_files_csv_are_not_fetched_again(standin, tmp_path):
    """A database built by `ilacs ingest` of the corpus already knows the file ids."""
    root = tmp_path / "reports" / "80490_bromley"
    root.mkdir(parents=True)
    for f in (CORPUS / "80490_bromley").iterdir():
        (root / f.name).symlink_to(f)
    db = tmp_path / "ilacs.db"
    ingest(root.parent, db, manifest=read_manifest(CORPUS), workers=1)
    s = update(db, base_url=standin.url, las=["Bromley"], **fast())
    assert s.already_stored == 4 and s.downloaded == 0 and s.requests == 1
    assert standin.stats.requests["file"] == 0


def test_two_runs_on_one_cache_do_not_mix(standin, tmp_path):
    import fcntl

    (tmp_path / "ilacs-reports/.partial").mkdir(parents=True)
    with open(tmp_path / "ilacs-reports/.partial/lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(FetchError, match="another `ilacs update` is using this cache"):
            update(tmp_path / "ilacs.db", base_url=standin.url, las=["Bromley"], **fast())
    assert standin.stats.total == 0


def test_dry_run_lists_and_fetches_nothing(standin, tmp_path):
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=["Bromley"], dry_run=True, **fast())
    assert [p.publication.file_id for p in s.planned] == [
        "50004185",
        "50004327",
        "50048227",
        "50237004",
    ]
    assert s.planned[2].path == "80490_bromley/children's services inspection - 07 january 2019.pdf"
    assert standin.stats.requests["file"] == 0
    assert not db.exists() and not (tmp_path / "ilacs-reports").exists()


def test_since_limits_to_recent_publications(standin, tmp_path):
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=LAS, since=date(2023, 1, 1), ingest=False, **fast())
    expected = {r["ofsted_file_id"] for r in SUBSET if r["published"] >= "2023-01-01"}
    assert {p.publication.file_id for p in s.planned} == expected
    assert len(expected) == 6
    # Without --la the listing itself is asked for providers with a report since the date.
    before = standin.stats.requests["provider"]
    s = update(db, base_url=standin.url, since=date(2026, 8, 1), ingest=False, **fast())
    recent = [r for r in ROWS if r["published"] >= "2026-08-01"]
    assert {p.publication.file_id for p in s.planned} == {r["ofsted_file_id"] for r in recent}
    assert standin.stats.requests["provider"] - before == len({r["urn"] for r in recent})
    with Store.open_readonly(db) as store:
        assert store.meta("last_full_update") is None  # a partial run moves no watermark


def test_files_fetched_but_not_ingested_are_ingested_next_time(standin, tmp_path, reference):
    """As after a run killed during its ingest: the next run ingests what it finds recorded."""
    db = tmp_path / "ilacs.db"
    update(db, base_url=standin.url, las=LAS, ingest=False, **fast())
    s = update(db, base_url=standin.url, las=LAS, **fast())
    assert s.downloaded == 0 and s.ingest.parsed + s.ingest.not_a_report == len(SUBSET)
    assert export(db) == reference


def test_a_crawl_through_every_fault(standin, tmp_path):
    """Each fault at least once, and more at random: every file arrives whole, none twice."""
    for kind, path in [
        ("429", "/provider/44/80490"),
        ("503", "/provider/44/80476"),
        ("reset", "/provider/44/80477"),
        ("500", "/v1/file/50048227"),
        ("502", "/v1/file/50004249"),
        ("reset", "/v1/file/50000289"),
        ("timeout", "/v1/file/50301680"),
        ("truncate", "/v1/file/50004306"),
        ("truncate", "/v1/file/50004306"),
        ("html", "/v1/file/50204403"),
    ]:
        standin.add_fault(kind, match=f"^{path}$", retry_after=1, delay=2.5)
    standin.random_faults(0.2, TRANSIENT, seed=4)
    db = tmp_path / "ilacs.db"
    # The client's timeout is short enough for the test, long enough for a busy machine.
    s = update(db, base_url=standin.url, las=LAS, ingest=False, **fast(timeout=1.5))
    assert s.complete and s.downloaded == len(SUBSET)
    faults = standin.stats.faults
    assert {"429", "500", "502", "503", "reset", "timeout", "truncate", "html"} <= set(faults)
    assert sum(s.retries.values()) >= sum(faults.values())
    assert_cache_is_whole(tmp_path / "ilacs-reports", db)
    sizes = {r["ofsted_file_id"]: (CORPUS / r["path"]).stat().st_size for r in SUBSET}
    assert dict(standin.stats.file_bytes) == sizes  # truncated bodies resumed, not re-sent
    assert standin.stats.max_in_flight <= 2


def test_a_changed_page_costs_only_its_provider(standin, tmp_path):
    """Kent's page in a layout ilacs does not know: Kent is reported with its URL and reason,
    Bromley (visited after it) is fetched and ingested, and the next run retries Kent."""
    standin.add_fault("layout", match=r"^/provider/44/80476$")  # Kent
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=["Kent", "Bromley"], concurrency=1, **fast())
    assert not s.complete
    (f,) = s.failures
    assert (f.urn, f.name, f.url) == (80476, "Kent", f"{standin.url}/provider/44/80476")
    assert "h1.heading--title" in f.reason and f.planned is None
    (line,) = s.failure_lines()
    assert line.startswith(f"Kent (URN 80476): its page {standin.url}/provider/44/80476 could")
    assert "none of its documents were checked" in line
    assert s.providers_checked == 1 and s.downloaded == 4  # Bromley
    with Store.open_readonly(db) as store:
        assert len(store.documents()) == 4
        assert store.meta("update_retry") == "[80476]"
    s = update(db, base_url=standin.url, las=["Bromley", "Kent"], **fast())
    assert s.complete and s.downloaded == 4 and s.already_stored == 4
    assert set(standin.stats.complete_files.values()) == {1}
    with Store.open_readonly(db) as store:
        assert store.meta("update_retry") == "[]"


def test_a_404_is_a_failure_unless_the_register_added_the_provider(standin, tmp_path):
    """Northamptonshire off the site: asked for by name (--la), its 404 is a failure to report;
    on a full run, where the register adds it, it is only 'not on the site'."""
    standin.withdraw(121939)
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=["Northamptonshire"], **fast())
    assert not s.complete and not s.not_on_site
    (f,) = s.failures
    assert (f.urn, f.name, f.reason) == (121939, "Northamptonshire", "not found (HTTP 404)")


def test_a_file_that_keeps_failing_is_reported_with_its_provider(standin, tmp_path):
    standin.add_fault("502", match="^/v1/file/50048227$", times=100)  # Bromley 2019
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=["Bromley", "Kent"], **fast())
    assert not s.complete and s.downloaded == 3 + 4
    (f,) = s.failures
    assert f.url == f"{standin.url}/v1/file/50048227"
    assert f.reason == "gave up after 7 attempts: HTTP 502"
    (line,) = s.failure_lines()
    assert line == (
        "Bromley (URN 80490): 1 of its 4 new documents not fetched: Children's services"
        " inspection, PDF - 7 January 2019 (file 50048227,"
        f" {standin.url}/v1/file/50048227): gave up after 7 attempts: HTTP 502"
    )
    standin.clear_faults()
    s = update(db, base_url=standin.url, las=["Bromley", "Kent"], **fast())
    assert s.complete and s.downloaded == 1 and s.already_stored == 7
    assert set(standin.stats.complete_files.values()) == {1}


def test_a_site_that_stops_answering_halts_the_run(standin, tmp_path):
    """Five failures in a row after every retry, with no success between: the site is down.
    The run stops rather than spend the retries' backoff on every provider left."""
    standin.add_fault("429", match="^/", times=10_000, retry_after=0)
    db = tmp_path / "ilacs.db"
    s = update(db, base_url=standin.url, las=LAS + ["York", "Leeds"], concurrency=1, **fast())
    assert s.halted and "the site stopped answering" in s.halted
    assert len(s.failures) == 5 and [t.urn for t in s.not_visited] == [80481]  # Leeds
    assert s.failure_lines()[-1] == (
        f"Leeds (URN 80481): not visited ({standin.url}/provider/44/80481): the run stopped before it"
    )
    with Store.open_readonly(db) as store:
        assert json.loads(store.meta("update_retry")) == sorted(
            [80490, 80476, 80477, 80418, 80453, 80481]
        )


def test_full_crawl_then_nothing_new_then_a_new_report(standin, tmp_path):
    """The first full run meets a closed council with no page (404, not in the listing), a
    listed provider whose page always fails and a file that always fails: it fetches every
    other file exactly once, says what it missed and why, and exits 1; the next run fetches
    exactly what was missed."""
    db = tmp_path / "ilacs.db"
    standin.withdraw(121939)  # Northamptonshire: the register adds it, the site has no page
    # 429 with Retry-After: 0, so that the client's retries cost no time here.
    standin.add_fault("429", match=r"^/provider/44/80476$", times=10_000, retry_after=0)  # Kent
    standin.add_fault("429", match=r"^/v1/file/50048227$", times=10_000, retry_after=0)
    started = time.perf_counter()
    args = ["update", "--db", str(db), "--base-url", standin.url, "--rate", "2000"]
    r = CliRunner().invoke(main, [*args, "--concurrency", "4", "--no-ingest", "-q"])
    seconds = time.perf_counter() - started
    assert r.exit_code == 1, r.output
    out = r.output
    assert "not on the site: Northamptonshire (URN 121939, a closed council); skipped" in out
    assert (
        f"failed: Kent (URN 80476): its page {standin.url}/provider/44/80476 could not be"
        " read (gave up after 7 attempts: HTTP 429)" in out
    )
    assert (
        "failed: Bromley (URN 80490): 1 of its 4 new documents not fetched: Children's"
        f" services inspection, PDF - 7 January 2019 (file 50048227, {standin.url}/v1/file/"
        "50048227): gave up after 7 attempts: HTTP 429" in out
    )
    assert "154 LAs checked (2 with something not fetched), 492 downloaded (" in out
    assert "the next `ilacs update` tries these again" in out
    kent = {row["ofsted_file_id"] for row in ROWS if row["urn"] == "80476"}
    assert len(kent) == 4
    fetched = set(ROWS_BY_ID) - kent - {"50048227"}
    assert dict(standin.stats.complete_files) == dict.fromkeys(fetched, 1)
    assert standin.stats.requests["listing"] == 2
    assert_cache_is_whole(tmp_path / "ilacs-reports", db)
    with Store.open_readonly(db) as store:
        assert store.meta("update_retry") == "[80476, 80490]"
        assert store.meta("last_full_update") == date.today().isoformat()
    print(f"full crawl: {standin.stats.total} requests in {seconds:.1f} s")

    # The next run: the listing (nothing recent), the two providers it missed, their files.
    standin.clear_faults()
    again = update(db, base_url=standin.url, ingest=False, **fast())
    assert again.complete and again.downloaded == 5 and again.already_stored == 3
    assert again.requests == 1 + 2 + 5
    assert dict(standin.stats.complete_files) == dict.fromkeys(ROWS_BY_ID, 1)
    with Store.open_readonly(db) as store:
        got = {
            r[0]: r[1] for r in store.conn.execute("SELECT ofsted_file_id, published FROM sources")
        }
        assert store.meta("update_retry") == "[]"
    assert got == {r["ofsted_file_id"]: r["published"] for r in ROWS}

    # Nothing new: one listing request filtered by latest report date.
    before = standin.stats.total
    noop = update(db, base_url=standin.url, ingest=False, **fast(rate=1))
    assert noop.requests == 1 == standin.stats.total - before
    assert noop.seconds < 2 and noop.downloaded == 0

    # --full ignores the shortcut: both listing pages and every provider, still no download.
    full = update(db, base_url=standin.url, ingest=False, full=True, **fast(rate=2000))
    assert full.requests == 2 + 156 and full.downloaded == 0 and full.already_stored == 497
    assert [t.urn for t in full.not_on_site] == [121939] and full.complete

    # A focused visit to Bromley is published: the next run finds it with three requests.
    data = (CORPUS / "80418_norfolk/children's services inspection - 18 may 2026.pdf").read_bytes()
    today = date.today()
    fid = standin.publish(80490, data, event_type="Children's services focused visit")
    new = update(db, base_url=standin.url, ingest=False, **fast(rate=1))
    assert new.requests == 3 and new.downloaded == 1
    name = f"children's services focused visit - {today.strftime('%d %B %Y').lower()}.pdf"
    with Store.open_readonly(db) as store:
        row = dict(
            store.conn.execute("SELECT * FROM sources WHERE ofsted_file_id = ?", (fid,)).fetchone()
        )
    assert row["path"] == f"80490_bromley/{name}"
    assert row["event_type"] == "Children's services focused visit"
    assert row["published"] == today.isoformat()
    assert (tmp_path / "ilacs-reports" / row["path"]).read_bytes() == data
    assert set(standin.stats.complete_files.values()) == {1}
    shutil.rmtree(tmp_path / "ilacs-reports")  # 155 MiB: do not leave it in /tmp


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_run_resumes_without_half_files(standin, tmp_path, reference, sig):
    # bytes/s: downloads take long enough to be cut mid-file, with room to spare on a loaded
    # machine (at 600 kB/s a full CI run twice saw the crawl end before the signal came)
    standin.throttle = 250_000
    db = tmp_path / "ilacs.db"
    cache = tmp_path / "ilacs-reports"
    cmd = [sys.executable, "-m", "ilacs", "update", "--db", str(db), "--base-url", standin.url]
    cmd += [a for la in LAS for a in ("--la", la)] + ["--rate", "100", "-q"]
    # (the child takes Ctrl-C as a terminal would give it. A shell without job control starts a
    # command run with `&` with SIGINT ignored, e.g. `bash .ci/run > log &`; pytest inherits
    # that, so would the child, and Python keeps an ignored SIGINT, so it would never stop)
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            parts = [p for p in (cache / ".partial").glob("*.part") if p.stat().st_size > 0]
            if parts and _recorded(db) >= 3:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the crawl never got going")
        assert proc.poll() is None, "the crawl ended before it could be interrupted"
        os.kill(proc.pid, sig)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    if sig == signal.SIGINT:
        assert proc.returncode == 130, err
        assert b"run the same command again to resume" in err
    else:
        assert proc.returncode == -signal.SIGKILL
    assert_cache_is_whole(cache, db)  # nothing half-written, integrity_check ok
    recorded = {r[0] for r in sqlite3.connect(db).execute("SELECT ofsted_file_id FROM sources")}
    assert 3 <= len(recorded) < len(SUBSET)
    deadline = time.monotonic() + 10
    while standin.stats.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)  # answers to the dead process are still being written
    seen = len(standin.stats.log)

    standin.throttle = None
    s = update(db, base_url=standin.url, las=LAS, **fast())
    assert s.complete
    assert export(db) == reference
    assert_cache_is_whole(cache, db)
    assert not list((cache / ".partial").glob("*.part"))
    # Files stored before the interruption were not asked for again; the cut one was resumed.
    again = {p.rsplit("/", 1)[1] for m, p, *_ in standin.stats.log[seen:] if "/v1/file/" in p}
    assert again and not again & recorded
    assert standin.stats.ranges
    sizes = {r["ofsted_file_id"]: (CORPUS / r["path"]).stat().st_size for r in SUBSET}
    twice = sum(standin.stats.file_bytes.values()) - sum(sizes.values())
    # Only what was in flight in the socket when the process died can be sent again.
    assert 0 <= twice <= 65536


def _recorded(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def test_cli_update_and_its_errors(standin, tmp_path):
    db = tmp_path / "ilacs.db"
    runner = CliRunner()
    args = ["update", "--db", str(db), "--base-url", standin.url, "--rate", "500", "-q"]
    r = runner.invoke(main, [*args, "--la", "Bromley", "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "4 to fetch, 0 already stored" in r.output
    r = runner.invoke(main, [*args, "--la", "Bromley", "--dry-run", "--format", "csv"])
    assert r.output.splitlines()[0] == "urn,la_name,published,event_type,ofsted_file_id,path"
    assert r.output.splitlines()[1] == (
        "80490,Bromley,2012-08-17,Children's services inspection,50004185,"
        "80490_bromley/children's services inspection - 17 august 2012.pdf"
    )
    r = runner.invoke(main, [*args, "--la", "Bromley"])
    assert r.exit_code == 0, r.output
    sizes = sum((CORPUS / row["path"]).stat().st_size for row in ROWS if row["urn"] == "80490")
    assert f"1 LAs checked, 4 downloaded ({sizes / 2**20:.1f} MiB)," in r.output
    r = runner.invoke(main, [*args, "--la", "Bromley"])  # nothing new: no MiB of pages shown
    assert r.exit_code == 0, r.output
    assert "up to date: 1 LAs checked, 0 downloaded, 0 found in the cache" in r.output
    assert "MiB" not in r.output
    standin.add_fault("layout", match=r"^/provider/44/80476$")
    r = runner.invoke(main, [*args, "--la", "Kent", "--la", "York"])
    assert r.exit_code == 1, r.output
    assert f"failed: Kent (URN 80476): its page {standin.url}/provider/44/80476" in r.output
    assert "Traceback" not in r.output
    assert "2 LAs checked" not in r.output and "1 LAs checked (1 with something not fetched)" in (
        r.output
    )
    r = runner.invoke(main, ["update", "--help"])
    assert "xlsx" not in r.output
    r = runner.invoke(main, [*args, "--la", "Nowhereshire"])
    assert r.exit_code == 1 and "no LA called 'Nowhereshire'" in r.output


def test_dev_server_command_with_control_endpoints(tmp_path):
    """`ilacs dev-server` in its own process, driven over HTTP as a developer would; the
    updates against it run through CliRunner."""
    import httpx

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ilacs",
            "dev-server",
            "--corpus",
            str(CORPUS.parent),
            "--port",
            "0",
        ],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stderr.readline()
        assert "156 providers, 497 files" in line, line
        url = line.split(" on ")[1].split(" ")[0]
        r = httpx.post(f"{url}/_standin/faults", json={"rules": [{"kind": "503", "times": 1}]})
        assert r.json() == {"ok": True}
        db = tmp_path / "ilacs.db"
        args = ["update", "--db", str(db), "--base-url", url, "--la", "Bromley"]
        args += ["--rate", "100", "-q"]
        done = CliRunner().invoke(main, args)
        assert done.exit_code == 0, done.stderr
        assert "4 downloaded" in done.stdout and "(1 retried)" in done.stdout
        r = httpx.post(
            f"{url}/_standin/publish",
            json={"urn": 80490, "copy_of": "50048227", "published": "2026-11-20"},
        )
        fid = r.json()["file_id"]
        r = httpx.post(f"{url}/_standin/withdraw", json={"urn": 121939})
        assert r.json() == {"ok": True}
        assert httpx.get(f"{url}/provider/44/121939").status_code == 404
        done = CliRunner().invoke(main, args)
        assert "1 downloaded" in done.stdout, done.stdout + done.stderr
        stats = httpx.get(f"{url}/_standin/stats").json()
        assert stats["faults"] == {"503": 1}
        assert stats["complete_files"][fid] == 1
        assert set(stats["complete_files"].values()) == {1}
        with Store.open_readonly(db) as store:
            row = store.documents(ofsted_file_id=fid)[0]
        assert row["published"] == "2026-11-20"
        assert (
            row["path"] == "80490_bromley/children's services focused visit - 20 november 2026.pdf"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
