"""`ilacs update` end to end: the real crawler over loopback against the stand-in, with faults,
an interrupted run, a run with nothing new and a report published between two runs."""

from __future__ import annotations

import csv
import hashlib
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
from ilacs.fetch.crawl import update
from ilacs.fetch.standin import TRANSIENT, StandIn
from ilacs.ingest import ingest, read_manifest
from ilacs.store import Store
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


@pytest.fixture
def standin():
    with StandIn(CORPUS.parent) as s:
        yield s


def fast(**kw) -> dict:
    return {"rate": 500, "backoff": 0.02, "timeout": 5.0, "workers": 1, **kw}


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


def test_a_changed_page_stops_the_run_and_names_it(standin, tmp_path):
    standin.add_fault("layout", match=r"^/provider/44/80476$")  # Kent
    db = tmp_path / "ilacs.db"
    with pytest.raises(FetchError) as e:
        update(db, base_url=standin.url, las=["Bromley", "Kent"], concurrency=1, **fast())
    assert e.value.source == f"{standin.url}/provider/44/80476"
    assert "h1.heading--title" in str(e.value)
    # What arrived before the stop is stored and ingested; the next run fetches only the rest.
    with Store.open_readonly(db) as store:
        assert len(store.documents()) == 4  # Bromley
    s = update(db, base_url=standin.url, las=["Bromley", "Kent"], **fast())
    assert s.downloaded == 4 and s.already_stored == 4
    assert set(standin.stats.complete_files.values()) == {1}


def test_full_crawl_then_nothing_new_then_a_new_report(standin, tmp_path):
    db = tmp_path / "ilacs.db"
    started = time.perf_counter()
    s = update(db, base_url=standin.url, concurrency=4, ingest=False, **fast(rate=2000))
    seconds = time.perf_counter() - started
    assert s.complete and s.providers_listed == 156 and s.providers_checked == 156
    assert s.downloaded == 497 and s.missing == 4
    assert s.requests == 2 + 156 + 497  # two listing pages, every provider, every file
    assert set(standin.stats.complete_files.values()) == {1}
    assert len(standin.stats.complete_files) == 497
    assert_cache_is_whole(tmp_path / "ilacs-reports", db)
    with Store.open_readonly(db) as store:
        got = {
            r[0]: r[1] for r in store.conn.execute("SELECT ofsted_file_id, published FROM sources")
        }
    assert got == {r["ofsted_file_id"]: r["published"] for r in ROWS}
    print(f"full crawl: {s.requests} requests in {seconds:.1f} s")

    # Nothing new: one listing request filtered by latest report date.
    before = standin.stats.total
    noop = update(db, base_url=standin.url, ingest=False, **fast(rate=1))
    assert noop.requests == 1 == standin.stats.total - before
    assert noop.seconds < 2 and noop.downloaded == 0

    # --full ignores the shortcut: both listing pages and every provider, still no download.
    full = update(db, base_url=standin.url, ingest=False, full=True, **fast(rate=2000))
    assert full.requests == 2 + 156 and full.downloaded == 0 and full.already_stored == 497

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
    standin.throttle = 600_000  # bytes/s: downloads take long enough to be cut mid-file
    db = tmp_path / "ilacs.db"
    cache = tmp_path / "ilacs-reports"
    cmd = [sys.executable, "-m", "ilacs", "update", "--db", str(db), "--base-url", standin.url]
    cmd += [a for la in LAS for a in ("--la", la)] + ["--rate", "100", "-q"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            parts = [p for p in (cache / ".partial").glob("*.part") if p.stat().st_size > 0]
            if parts and _recorded(db) >= 3:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the crawl never got going")
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
    assert "1 LAs checked, 4 downloaded" in r.output
    standin.add_fault("layout", match=r"^/provider/44/80476$")
    r = runner.invoke(main, [*args, "--la", "Kent"])
    assert r.exit_code == 1
    assert f"{standin.url}/provider/44/80476" in r.output and "Traceback" not in r.output
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
