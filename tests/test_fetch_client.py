"""ilacs.fetch.client over loopback against the stand-in: each fault it must survive, and the
checks a download passes before it reaches its final path."""

from __future__ import annotations

import time

import pytest

from ilacs.errors import FetchError
from ilacs.fetch import site
from ilacs.fetch.client import Client
from ilacs.fetch.standin import StandIn
from tests.conftest import CORPUS

BROMLEY_2019 = "50048227"  # 80490_bromley/children's services inspection - 07 january 2019.pdf
BROMLEY_2019_PATH = CORPUS / "80490_bromley/children's services inspection - 07 january 2019.pdf"
BROMLEY_2012_GONE = "50004185"  # Ofsted's 'Report not found' page in the corpus


@pytest.fixture
def standin():
    with StandIn(CORPUS.parent) as s:
        yield s


def client(**kw) -> Client:
    kw = {"rate": 200, "backoff": 0.02, "timeout": 5.0, **kw}
    return Client(**kw)


def fetch(standin, tmp_path, fid=BROMLEY_2019, **kw):
    dest = tmp_path / "cache" / "80490_bromley" / f"{fid}.pdf"
    with client(**kw) as c:
        d = c.download(site.file_url(fid, standin.url), dest, tmp_path / "cache/.partial", fid)
    return c, d, dest


def assert_clean(tmp_path):
    """Nothing half-written: no partial file left once a download is in place."""
    assert list((tmp_path / "cache/.partial").iterdir()) == []


def test_a_plain_download_is_checked_and_placed(standin, tmp_path):
    c, d, dest = fetch(standin, tmp_path)
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()
    assert d.size == BROMLEY_2019_PATH.stat().st_size == 258793
    assert not d.missing
    assert c.requests == 1
    assert standin.stats.file_bytes[BROMLEY_2019] == 258793
    assert_clean(tmp_path)


def test_user_agent_names_ilacs_and_its_url(standin, tmp_path):
    fetch(standin, tmp_path)
    (ua,) = standin.stats.user_agents
    assert ua.startswith("ilacs/") and site.PROJECT_URL in ua


def test_429_waits_for_retry_after(standin, tmp_path):
    standin.add_fault("429", times=2, retry_after=1)
    started = time.monotonic()
    c, d, dest = fetch(standin, tmp_path)
    assert time.monotonic() - started >= 2.0  # two waits of Retry-After: 1
    assert c.retried["HTTP 429"] == 2 and c.requests == 3
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()


@pytest.mark.parametrize("status", ["500", "502", "503"])
def test_server_errors_are_retried(standin, tmp_path, status):
    standin.add_fault(status, times=3)
    c, d, dest = fetch(standin, tmp_path)
    assert c.retried[f"HTTP {status}"] == 3 and c.requests == 4
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()
    assert_clean(tmp_path)


def test_connection_reset_is_retried(standin, tmp_path):
    standin.add_fault("reset", times=2)
    c, d, dest = fetch(standin, tmp_path)
    assert standin.stats.faults["reset"] == 2
    assert c.retried["connection failed"] == 2
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()


def test_a_silent_server_times_out_and_is_retried(standin, tmp_path):
    standin.add_fault("timeout", times=1, delay=2.0)
    c, d, dest = fetch(standin, tmp_path, timeout=0.8)
    assert c.retried["timed out"] == 1
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()


def test_a_truncated_download_is_resumed_not_refetched(standin, tmp_path):
    standin.add_fault("truncate", times=2, fraction=0.3)
    c, d, dest = fetch(standin, tmp_path)
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()
    assert standin.stats.faults["truncate"] == 2
    # The cut bodies were kept and resumed with Range: not one byte was sent twice.
    assert standin.stats.file_bytes[BROMLEY_2019] == 258793
    assert standin.stats.ranges[BROMLEY_2019] == 1
    assert_clean(tmp_path)


def test_an_html_error_page_served_as_pdf_is_not_kept(standin, tmp_path):
    standin.add_fault("html", times=2)
    c, d, dest = fetch(standin, tmp_path)
    assert c.retried["served a web page or other non-PDF where a PDF was expected"] == 2
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()
    assert_clean(tmp_path)


def test_giving_up_leaves_nothing_behind(standin, tmp_path):
    standin.add_fault("html", times=100)
    with pytest.raises(FetchError) as e:
        fetch(standin, tmp_path, retries=3)
    assert "gave up after 4 attempts" in str(e.value)
    assert e.value.source == site.file_url(BROMLEY_2019, standin.url)
    assert not (tmp_path / "cache/80490_bromley").exists()
    assert_clean(tmp_path)


def test_ofsteds_report_not_found_page_is_kept_as_the_record(standin, tmp_path):
    c, d, dest = fetch(standin, tmp_path, fid=BROMLEY_2012_GONE)
    assert d.missing and c.requests == 1
    gone = CORPUS / "80490_bromley/children's services inspection - 17 august 2012.pdf"
    assert dest.read_bytes() == gone.read_bytes()


def test_report_not_found_answered_with_404_is_kept_too(standin, tmp_path):
    standin.missing_status = 404
    c, d, dest = fetch(standin, tmp_path, fid=BROMLEY_2012_GONE)
    assert d.missing and c.requests == 1 and dest.stat().st_size == 7116
    assert_clean(tmp_path)


def test_not_found_is_not_retried(standin, tmp_path):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(standin, tmp_path, fid="99999999")
    assert standin.stats.requests["file"] == 1


def test_pages_are_retried_too(standin):
    standin.add_fault("503", match=r"^/provider/", times=1)
    standin.add_fault("reset", match=r"^/provider/", times=1)
    with client() as c:
        html = c.get_text(site.provider_url(80490, standin.url))
    assert "Bromley" in html and c.requests == 3


def test_rate_limit_spaces_requests(standin):
    with client(rate=5) as c:
        started = time.monotonic()
        for _ in range(6):
            c.get_text(site.provider_url(80490, standin.url))
    assert time.monotonic() - started >= 1.0  # six starts at 5/s: at least 5 intervals


def test_a_whole_part_left_by_a_killed_run_needs_no_request(standin, tmp_path):
    partial = tmp_path / "cache/.partial"
    partial.mkdir(parents=True)
    (partial / f"{BROMLEY_2019}.part").write_bytes(BROMLEY_2019_PATH.read_bytes())
    (partial / f"{BROMLEY_2019}.part.json").write_text('{"total": 258793}')
    c, d, dest = fetch(standin, tmp_path)
    assert c.requests == 0 and standin.stats.total == 0
    assert dest.read_bytes() == BROMLEY_2019_PATH.read_bytes()
    assert_clean(tmp_path)
