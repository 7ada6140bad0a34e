"""`ilacs serve` as a public server: waitress over loopback with slow and hostile clients,
keep-alive, conditional requests, byte ranges, downloads built once per database version, a
bounded page cache, and stopping on SIGTERM. Every server a test starts is stopped in
`finally` (or by its context manager)."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from ilacs.web import App, Server, listen
from ilacs.web.views import download

from . import test_web_fixtures as fx


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, corpus_db):
    return fx.session_db(tmp_path_factory, corpus_db)


@pytest.fixture(scope="module")
def base(web_db):
    with fx.running_server(web_db) as url:
        yield url


def _address(base: str) -> tuple[str, int]:
    host, port = base.removeprefix("http://").rstrip("/").split(":")
    return host, int(port)


def _read_response(sock: socket.socket) -> tuple[bytes, dict[str, str], bytes]:
    """One HTTP/1.1 response with a Content-Length, read from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed mid-response: {data[:200]!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    length = int(headers.get("content-length", 0))
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "connection closed mid-body"
        body += chunk
    return status.encode(), headers, body


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


# -- keep-alive, conditional requests, ranges --------------------------------------------------
def test_keep_alive_answers_two_requests_on_one_connection(base):
    with closing(socket.create_connection(_address(base), timeout=30)) as s:
        for path in ("/la/bromley.json", "/la/dorset.json"):
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
            status, headers, body = _read_response(s)
            assert status == b"HTTP/1.1 200 OK" and "close" not in headers.get("connection", "")
            assert body.startswith(b"{")
        assert b'"urn": 80490' not in body  # the second answer is Dorset's, not Bromley's again


@pytest.mark.parametrize("path", ["la/bromley.html", "download/meta.csv", "static/style.css"])
def test_weak_and_listed_etags_give_304_without_body_headers(base, path):
    with httpx.Client(base_url=base, timeout=30) as c:
        r = c.get(path)
        etag = r.headers["etag"]
        assert r.status_code == 200 and etag.startswith('"')
        for asked in (etag, f"W/{etag}", f'"nope", W/{etag}', f'W/"x" ,{etag}', "*"):
            again = c.get(path, headers={"If-None-Match": asked})
            assert again.status_code == 304, asked
            assert again.content == b"" and again.headers["etag"] == etag
            # RFC 9110 15.4.5: no Content-Length or Content-Type describing a body not sent
            assert "content-length" not in again.headers and "content-type" not in again.headers
        for asked in ('"nope"', f'"nope", "{etag.strip(chr(34))}x"', etag.replace('"', "")):
            assert c.get(path, headers={"If-None-Match": asked}).status_code == 200, asked


def test_range_of_the_database_gives_206_with_the_right_bytes(base, web_db):
    with httpx.Client(base_url=base, timeout=60) as c:
        full = c.get("download/ilacs.db")
        assert full.status_code == 200 and full.headers["accept-ranges"] == "bytes"
        size = len(full.content)
        assert int(full.headers["content-length"]) == size > 30_000_000
        assert full.headers["last-modified"].endswith(" GMT")
        head = c.get("download/ilacs.db", headers={"Range": "bytes=0-15"})
        assert head.status_code == 206
        assert head.content == b"SQLite format 3\x00" == full.content[:16]
        assert head.headers["content-range"] == f"bytes 0-15/{size}"
        assert head.headers["content-length"] == "16"
        middle = c.get("download/ilacs.db", headers={"Range": "bytes=1000000-1999999"})
        assert middle.status_code == 206 and middle.content == full.content[1000000:2000000]
        tail = c.get("download/ilacs.db", headers={"Range": "bytes=-4096"})
        assert tail.content == full.content[-4096:]
        assert tail.headers["content-range"] == f"bytes {size - 4096}-{size - 1}/{size}"
        resumed = c.get("download/ilacs.db", headers={"Range": f"bytes={size - 100}-"})
        assert resumed.status_code == 206 and resumed.content == full.content[-100:]
        # A range past the end, or backwards: 416 with the size
        for bad in (f"bytes={size}-", "bytes=10-5", "bytes=x-y"):
            r = c.get("download/ilacs.db", headers={"Range": bad})
            assert r.status_code == 416, bad
            assert r.headers["content-range"] == f"bytes */{size}" and r.content == b""
        # A part of another version (If-Range does not match): the whole file
        r = c.get("download/ilacs.db", headers={"Range": "bytes=0-15", "If-Range": '"old"'})
        assert r.status_code == 200 and len(r.content) == size
        r = c.get(
            "download/ilacs.db",
            headers={"Range": "bytes=0-15", "If-Range": full.headers["etag"]},
        )
        assert r.status_code == 206 and len(r.content) == 16
    copy = sqlite3.connect(":memory:")
    copy.deserialize(full.content)
    with closing(sqlite3.connect(web_db)) as conn:
        n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert copy.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs
    assert full.content[18:20] == b"\x01\x01"  # a rollback-journal file, not WAL


# -- downloads built once per version ----------------------------------------------------------
def test_downloads_are_built_once_per_database_version(corpus_db, tmp_path):
    from ilacs.ingest import ingest

    db = fx.copy_db(corpus_db, tmp_path / "copy.db")
    app = App(db)
    first = app.get("/download/documents.csv")
    assert first.status == 200 and first.file is not None
    assert first.file.parent.parent == tmp_path / "copy-downloads"  # beside the database
    built = first.file.stat().st_mtime_ns
    again = app.get("/download/documents.csv")
    assert again.file == first.file and again.file.stat().st_mtime_ns == built  # not rebuilt
    assert again.header("ETag") == first.header("ETag")
    rows_before = first.file.read_text().count("\n")
    # An ingest while the server runs: a new version, a new file, a new tag
    letter = "80469_gateshead__children's_services_focused_visit_-_09_may_2018.pdf"
    assert ingest(fx.LETTERS / letter, db).parsed == 1
    after = app.get("/download/documents.csv")
    assert after.file != first.file and after.header("ETag") != first.header("ETag")
    assert after.file.read_text().count("\n") == rows_before + 1
    assert letter in after.file.read_text()


def test_every_download_is_served_from_one_build(base, web_db):
    app_folder = download.default_folder(web_db)
    with httpx.Client(base_url=base, timeout=120) as c:
        tags = {name: c.get(f"download/{name}").headers["etag"] for name in download.names()}
        assert {c.get(f"download/{n}").headers["etag"] for n in tags} == set(tags.values())
    version = download.Downloads(web_db).version()[0]
    assert {p.name for p in (app_folder / version).glob("[!.]*")} == set(download.names())


# -- the page cache ----------------------------------------------------------------------------
def test_junk_queries_and_404s_do_not_fill_the_page_cache(web_db):
    app = App(web_db)
    app.get("/la/bromley.html")
    kept, size = len(app._cache), app._cache.size
    junk = "x=" + "j" * 60_000
    for i in range(200):
        assert app.get("/la/bromley.html", f"{junk}{i}").status == 200
        assert app.get(f"/la/nowhere-{i}.html").status == 404
        assert app.get(f"/no/such/page-{i}").status == 404
    assert (len(app._cache), app._cache.size) == (kept, size)
    # Ordinary addresses are still kept (the key's length counts towards the bound)
    app.get("/la/dorset.html")
    assert len(app._cache) == kept + 1 and app._cache.size > size + len("/la/dorset.html?")


def test_junk_queries_do_not_grow_the_process(base):
    def rss() -> int:
        pid_status = Path("/proc/self/status").read_text()
        return int(next(x for x in pid_status.splitlines() if x.startswith("VmRSS")).split()[1])

    # The server runs in this process: its memory is this process's.
    junk = "q=" + "z" * 60_000
    with httpx.Client(base_url=base, timeout=30) as c:
        c.get(f"la/bromley.html?{junk}")
        before = rss()
        for i in range(300):
            assert c.get(f"la/bromley.html?{junk}{i}").status_code == 200
    assert rss() - before < 30_000  # kB: 300 junk addresses of 60 kB kept would be 18 MB+


# -- slow clients --------------------------------------------------------------------------------
def test_slow_clients_do_not_hold_up_others(web_db):
    """6 clients sending their headers a byte a second and 4 reading the 37 MB database a
    few kB a second: everyone else is still answered within 2 s, and a request whose headers
    take longer than the server's limit is cut off."""
    server = Server(App(web_db), listen("127.0.0.1", 0), threads=4, header_timeout=6)
    thread = threading.Thread(target=server.run)
    thread.start()
    stop = threading.Event()
    slow: list[socket.socket] = []
    workers: list[threading.Thread] = []
    try:
        address = server.address
        base = f"http://{address[0]}:{address[1]}/"
        httpx.get(base + "download/ilacs.db", timeout=60)  # built before the clock starts

        def loris(s: socket.socket) -> None:
            request = b"GET /la/bromley.html HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100
            for byte in request:
                if stop.is_set():
                    return
                try:
                    s.sendall(bytes([byte]))
                except OSError:  # cut off by the server
                    return
                time.sleep(1)

        def reader(s: socket.socket) -> None:
            s.sendall(b"GET /download/ilacs.db HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                while not stop.is_set() and s.recv(4096):
                    time.sleep(0.5)
            except OSError:  # closed by the test as it ends
                return

        for i in range(10):
            s = socket.create_connection(address, timeout=30)
            if i >= 6:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            slow.append(s)
            workers.append(threading.Thread(target=loris if i < 6 else reader, args=(s,)))
        for t in workers:
            t.start()
        began = time.monotonic()
        time.sleep(1)
        took = []
        with httpx.Client(base_url=base, timeout=10) as c:
            for path in ["la/bromley.json", "index.html", "la/dorset.html", "download.json"] * 3:
                started = time.monotonic()
                assert c.get(path).status_code == 200
                took.append(time.monotonic() - started)
                time.sleep(0.2)
        assert max(took) < 2, took
        assert time.monotonic() - began < 6  # the slow senders were there all along
        # Past the header limit (6 s, checked each second), before the idle limit (30 s):
        # every slow sender has been cut off.
        time.sleep(max(0.0, began + 8.5 - time.monotonic()))
        for s in slow[:6]:
            s.settimeout(2)
            try:
                assert s.recv(100) == b""  # closed by the server, nothing answered
            except ConnectionResetError:
                pass
        # the slow readers are still being served
        assert all(t.is_alive() for t in workers[6:])
    finally:
        stop.set()
        for s in slow:
            s.close()
        for t in workers:
            t.join(5)
        server.stop()
        thread.join(10)
    assert not thread.is_alive()


# -- the command -------------------------------------------------------------------------------
def _serve(db: Path, *more: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ilacs", "serve", "--db", str(db), "--port", "0", *more],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def test_sigterm_stops_the_server_within_5_seconds(web_db):
    proc = _serve(web_db)
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"ilacs: serving {web_db} at http://127.0.0.1:")
        base = line.split(" at ", 1)[1].split()[0]
        assert httpx.get(base + "la/bromley.json", timeout=30).json()["urn"] == 80490
        # one process serves: no child to outlive it
        assert _children(proc.pid) == []
        # ...stopping while a client is half-way through the database download
        s = socket.create_connection(_address(base), timeout=30)
        s.sendall(b"GET /download/ilacs.db HTTP/1.1\r\nHost: x\r\n\r\n")
        assert s.recv(100).startswith(b"HTTP/1.1 200 OK")
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(5)
        assert time.monotonic() - started < 5 and proc.returncode == 0
        s.close()
        with pytest.raises(httpx.ConnectError):
            httpx.get(base + "la/bromley.json", timeout=5)
    finally:
        _stop(proc)


@pytest.mark.parametrize("after", [0.05, 0.3, 1.0])
def test_sigterm_during_start_up_leaves_nothing_serving(web_db, after):
    """SIGTERM while importing, listening, loading the database or warming up: the process
    ends within 5 s, leaves no child, and nothing answers on its port."""
    proc = _serve(web_db)
    try:
        time.sleep(after)
        children = _children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(5)
        said = proc.stdout.read()
        for pid in children:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        if said:  # it was up: its port is closed now
            base = said.split(" at ", 1)[1].split()[0]
            with pytest.raises(httpx.ConnectError):
                httpx.get(base + "la/bromley.json", timeout=5)
    finally:
        _stop(proc)


def test_port_in_use_says_so_in_one_line(web_db):
    from click.testing import CliRunner

    from ilacs.cli import main

    with closing(listen("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(web_db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: port {port} on 127.0.0.1 is taken (another server is using it); "
        f"choose another with --port, e.g. --port {port + 1}\n"
    )


# -- the rules, on their own -------------------------------------------------------------------
def test_if_none_match_uses_weak_comparison():
    from ilacs.web.http import etag_matches

    assert etag_matches('"a"', '"a"') and etag_matches('W/"a"', '"a"')
    assert etag_matches('"a"', 'W/"a"') and etag_matches(' "b" , W/"a"', '"a"')
    assert etag_matches("*", '"a"') and etag_matches(" * ", '"a"')
    assert not etag_matches('"ab"', '"a"') and not etag_matches("a", '"a"')
    assert not etag_matches('"b", junk "a"', '"a"') and not etag_matches("", '"a"')


def test_byte_ranges():
    from ilacs.web.http import RangeNotSatisfiable, byte_range

    assert byte_range("bytes=0-0", 10) == (0, 0)
    assert byte_range("bytes=2-", 10) == (2, 9) and byte_range("bytes=2-100", 10) == (2, 9)
    assert byte_range("bytes=-3", 10) == (7, 9) and byte_range("bytes=-30", 10) == (0, 9)
    assert byte_range("items=0-1", 10) is None  # another unit: the whole file
    assert byte_range("bytes=0-1, 4-5", 10) is None  # several: the whole file
    for bad in ("bytes=10-", "bytes=5-4", "bytes=-0", "bytes=-", "bytes=a-b", "bytes=0-1,x"):
        with pytest.raises(RangeNotSatisfiable):
            byte_range(bad, 10)


def test_a_page_that_fails_does_not_stop_the_warm_up(web_db, monkeypatch, caplog):
    from ilacs.web import app as app_module

    def broken(data, req, key):
        raise ZeroDivisionError("a bug")

    routes = [(p, broken if p.pattern == r"la/([^/]+)" else v) for p, v in app_module.ROUTES]
    monkeypatch.setattr(app_module, "ROUTES", routes)
    app = App(web_db)
    assert app.warm() > 150
    assert app._cache.get("/?") is not None  # the front page after every LA page failed
    assert app._cache.get("/la/index.html?") is not None
    assert "warm-up: /la/bromley.html failed" in caplog.text
