"""Ingest of real corpus files and of broken files made on the fly."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ilacs.ingest import ingest, urn_and_name
from ilacs.pdf import pdf_pages
from ilacs.store import EXPORT_COLUMNS, SearchFilters, Store
from tests.conftest import CORPUS

BROMLEY = "80490_bromley"
BROMLEY_2019 = "children's services inspection - 07 january 2019.pdf"
BROMLEY_HTML = "children's services inspection - 17 august 2012.pdf"


def copy_la(dest: Path, folder: str = BROMLEY) -> Path:
    shutil.copytree(CORPUS / folder, dest / folder)
    return dest


def test_urn_and_name_from_corpus_and_letter_paths():
    assert urn_and_name("80490_bromley/x.pdf") == (80490, "bromley")
    assert urn_and_name("2532287_bournemouth, christchurch & poole/x.pdf") == (
        2532287,
        "bournemouth, christchurch & poole",
    )
    assert urn_and_name(
        "80570_telford___wrekin__children's_services_focused_visit_-_11_october_2018.pdf"
    ) == (80570, "telford & wrekin")
    assert urn_and_name("somewhere/report.pdf") == (None, None)


def test_ingest_bromley_records_every_file(tmp_path):
    root = copy_la(tmp_path / "reports")
    db = tmp_path / "ilacs.db"
    summary = ingest(root, db, workers=1)
    assert (summary.parsed, summary.not_a_report, summary.failed) == (3, 1, 0)
    with Store(db) as store:
        rows = {r["path"]: r for r in store.export_inspections()}
        assert list(next(iter(rows.values()))) == list(EXPORT_COLUMNS)
        html = rows[f"{BROMLEY}/{BROMLEY_HTML}"]
        assert html["status"] == "not_a_report" and html["kind"] == "not_a_report"
        assert "HTML page" in html["error"] and "Report not found" in html["error"]
        ok = rows[f"{BROMLEY}/{BROMLEY_2019}"]
        assert ok["status"] == "ok" and ok["urn"] == 80490
        assert len(ok["sha256"]) == 64
        hits = store.search('"return home interviews"', SearchFilters(urn=80490)).hits
        assert f"{BROMLEY}/{BROMLEY_2019}" in [h["path"] for h in hits]
        assert all("[return home interview" in h["snippet"].lower() for h in hits)
        assert store.search('"no such phrase anywhere in bromley"').total == 0


def test_manifest_fills_publication_facts(tmp_path, shared):
    # files.csv beside the reports folder, as in ../shared/corpus
    root = tmp_path / "corpus" / "reports"
    copy_la(root)
    shutil.copy(shared / "corpus" / "files.csv", tmp_path / "corpus" / "files.csv")
    db = tmp_path / "ilacs.db"
    ingest(root, db, workers=1)
    with Store(db) as store:
        row = store.documents(path=f"{BROMLEY}/{BROMLEY_2019}")[0]
    assert row["published"] == "2019-01-07"
    assert row["ofsted_file_id"] == "50048227"
    assert row["url"] == "https://files.ofsted.gov.uk/v1/file/50048227"


def test_second_ingest_skips_unchanged_and_new_parser_version_reparses(tmp_path, monkeypatch):
    root = copy_la(tmp_path / "reports")
    db = tmp_path / "ilacs.db"
    ingest(root, db, workers=1)
    again = ingest(root, db, workers=1)
    assert (again.parsed, again.skipped_unchanged) == (0, 4)
    import ilacs.ingest

    monkeypatch.setattr(ilacs.ingest, "PARSER_VERSION", "a-newer-parser")
    third = ingest(root, db, workers=1)
    assert third.parsed + third.not_a_report == 4
    with Store(db) as store:
        assert {r["parser_version"] for r in store.documents()} == {"a-newer-parser"}
        # replacing rows leaves no orphans behind
        pages = store.conn.execute("SELECT count(DISTINCT document_id) FROM pages").fetchone()[0]
        assert pages == 3


def _broken_files(folder: Path) -> dict[str, str]:
    """Bad inputs made from a real report: name -> the words the error must contain."""
    folder.mkdir(parents=True)
    real = (CORPUS / BROMLEY / BROMLEY_2019).read_bytes()
    (folder / "truncated.pdf").write_bytes(real[: len(real) // 3])
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "random.pdf").write_bytes(os.urandom(5000))
    (folder / "page.pdf").write_bytes(b"<!DOCTYPE html><html><title>Oops</title></html>")
    (folder / "encrypted.pdf").write_bytes(_encrypted_pdf())
    (folder / "notofsted.pdf").write_bytes(_tiny_pdf(b"Minutes of the parish council meeting"))
    return {
        "truncated.pdf": "truncated",
        "empty.pdf": "empty",
        "random.pdf": "not a PDF",
        "page.pdf": "HTML page",
        "encrypted.pdf": "encrypted",
        "notofsted.pdf": "no text",
    }


def _tiny_pdf(words: bytes, trailer_extra: bytes = b"") -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (" + words + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer_extra
    out += f">>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _encrypted_pdf() -> bytes:
    # A standard security handler whose user password is not empty: readers must refuse it.
    enc = (
        b"/Encrypt << /Filter /Standard /V 1 /R 2 /P -44 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "
    )
    return _tiny_pdf(b"secret", enc)


def test_bad_files_get_rows_with_plain_messages_and_the_run_goes_on(tmp_path):
    root = tmp_path / "in"
    expected = _broken_files(root / "99999_nowhere")
    copy_la(root)
    db = tmp_path / "ilacs.db"
    summary = ingest(root, db, workers=2)
    assert summary.parsed == 3  # Bromley's real reports still made it
    with Store(db) as store:
        rows = {Path(r["path"]).name: r for r in store.export_inspections()}
    for name, words in expected.items():
        row = rows[name]
        assert words.lower() in row["error"].lower(), (name, row["error"])
        assert row["status"] in ("failed", "not_a_report")
    assert rows["truncated.pdf"]["status"] == "failed"
    assert rows["encrypted.pdf"]["status"] == "failed"
    assert rows["empty.pdf"]["status"] == "failed"
    assert rows["page.pdf"]["status"] == "not_a_report"
    assert rows["random.pdf"]["status"] == "not_a_report"
    assert rows["notofsted.pdf"]["status"] == "not_a_report"
    assert summary.failed == 3 and len(summary.errors) == 3


def test_pdf_pages_names_the_file_in_its_error(tmp_path):
    from ilacs.errors import ReadError

    with pytest.raises(ReadError) as e:
        pdf_pages(b"%PDF-1.4\n garbage", "x/broken.pdf")
    assert str(e.value).startswith("x/broken.pdf: ")


def test_pdf_pages_prints_pdfiums_hyphen_as_a_hyphen():
    # Regression: pdfium gives some hyphens as U+FFFE, a non-character that the stored text,
    # search snippets and the xlsx download (XML refuses it) carried as it was. Page 9 of
    # Kensington and Chelsea's 2016 report prints "far-reaching services".
    path = (
        CORPUS / "80544_kensington and chelsea/children's services inspection - 29 march 2016.pdf"
    )
    pages = pdf_pages(path.read_bytes(), str(path))
    assert "comprehensive and far-reaching services" in pages[8]
    assert not any("\ufffe" in p for p in pages)


def test_killed_run_leaves_a_sound_database_and_a_rerun_completes(tmp_path):
    root = tmp_path / "reports"
    for folder in sorted(os.listdir(CORPUS))[:12]:
        copy_la(root, folder)
    total = sum(1 for _ in root.rglob("*.pdf"))
    db = tmp_path / "ilacs.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "ilacs.cli", "ingest", str(root), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as c:
                    stored = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 3:
                break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < total, "the run should have been killed part way"
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n_docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        # every stored document is whole: its text went in with it
        texts = c.execute("SELECT count(DISTINCT document_id) FROM pages").fetchone()[0]
        ok = c.execute("SELECT count(*) FROM documents WHERE status='ok'").fetchone()[0]
        assert texts == ok <= n_docs
    summary = ingest(root, db, workers=2)
    assert summary.skipped_unchanged >= n_docs
    with Store(db) as store:
        assert len(store.documents()) == total


def test_a_loose_file_finds_its_la_from_its_text(tmp_path):
    # no <urn>_<name> folder: the LA is read from the report and looked up in the register
    loose = tmp_path / "inbox" / "report.pdf"
    loose.parent.mkdir()
    shutil.copy(CORPUS / BROMLEY / BROMLEY_2019, loose)
    db = tmp_path / "ilacs.db"
    ingest(loose.parent, db, workers=1)
    with Store(db) as store:
        row = store.documents(path="report.pdf")[0]
    assert (row["urn"], row["la_name"]) == (80490, "Bromley")
