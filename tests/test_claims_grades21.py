"""`ilacs check` on grades and trends (round 21): the time a narrative sets for the sentences
after it. 'In 2015, inspectors judged the council inadequate overall', 'Seven years later, the
council moved up to requires improvement. Leadership still lagged behind at inadequate', 'By the
autumn of 2021 the picture had changed. A two-week inspection led by X rated the council good
overall', 'It is a long way from 2015. That autumn inspectors concluded ...': each grade is the
inspection of the year told before it (when ilacs holds one), not the latest. Real values from
the corpus in ../shared."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_helpers import in_process_checker


@pytest.fixture(scope="module")
def check21(corpus_db):
    with in_process_checker(corpus_db) as run:
        yield run


def _of(found, words: str, kinds: tuple[str, ...] = ("grade", "trend")) -> list[str]:
    return [v for k, t, v in found if words in t and k in kinds]


# Doncaster: sif 27 November 2015 inadequate overall; sif 19 January 2018 good; ilacs2018 8
# April 2022 requires improvement overall, leadership inadequate; ilacs2023 18 March 2025 good.
@pytest.mark.parametrize(
    ("then", "later", "lead", "want"),
    [
        ("inadequate", "requires improvement", "inadequate", "none"),
        ("good", "requires improvement", "inadequate", "then"),
        ("inadequate", "good", "inadequate", "later"),
        ("inadequate", "requires improvement", "good", "lead"),
    ],
)
def test_a_year_that_opens_the_narrative(
    check21, then: str, later: str, lead: str, want: str
) -> None:
    text = (
        "Doncaster's children's services have been rated good by Ofsted.\n\n"
        f"In 2015, inspectors judged Doncaster {then} overall.\n\n"
        f"Seven years later, inspectors rated it {later} overall. Leadership was judged "
        f"{lead}.\n"
    )
    found = check21(text, date(2025, 3, 20))
    got = {
        "then": _of(found, "inspectors judged Doncaster"),
        "later": _of(found, "inspectors rated it"),
        "lead": _of(found, "Leadership was judged"),
    }
    for k, v in got.items():
        assert v == (["contradicted"] if k == want else ["supported"]), (k, got)


# Dorset: ilacs2018 19 November 2021 (on site 27 September to 8 October 2021, Steve Lowe) good
# overall, leadership outstanding; ilacs2023 9 May 2025 (a short inspection, Sarah Canto)
# outstanding.
@pytest.mark.parametrize(
    ("grade", "lead", "want"),
    [
        ("good", "Steve Lowe", ("supported", "supported")),
        ("outstanding", "Steve Lowe", ("contradicted", "supported")),
        # (the sentence's grade gives way to the inspector it names wrongly)
        ("good", "Sarah Canto", ("contradicted", "contradicted")),
    ],
)
def test_a_sentence_that_sets_the_time(
    check21, grade: str, lead: str, want: tuple[str, str]
) -> None:
    text = (
        "Dorset's children's services have been rated outstanding by Ofsted.\n\n"
        "By the autumn of 2021 the picture had changed. A two-week inspection led by "
        f"{lead} rated the council {grade} overall. Leadership was judged outstanding.\n"
    )
    found = check21(text, date(2025, 5, 12))
    assert _of(found, f"rated the council {grade} overall")[:1] == [want[0]]
    assert _of(found, f"led by {lead}", ("inspector",)) == [want[1]]
    assert _of(found, "Leadership was judged outstanding") == ["supported"]


# Torbay: sif 5 January 2016 (on site October to November 2015) inadequate, children in care
# requires improvement; ilacs2018 18 May 2022 good; ilacs2023 24 February 2026 good.
@pytest.mark.parametrize(("grade", "want"), [("inadequate", "supported"), ("good", "contradicted")])
def test_that_season_after_a_year(check21, grade: str, want: str) -> None:
    text = (
        "Torbay's children's services have kept their good rating.\n\n"
        "It is a long way from 2015. That autumn inspectors spent a month in the town and "
        f"concluded that services were {grade}.\n"
    )
    assert _of(check21(text, date(2026, 2, 26)), "concluded that") == [want]


def test_now_leaves_the_time_set_before(check21) -> None:
    # (Doncaster: good in 2025, inadequate in 2015) "is now rated": the latest report
    text = (
        "In 2015, inspectors judged Doncaster inadequate overall. The council is now rated "
        "inadequate."
    )
    assert _of(check21(text, date(2025, 3, 20)), "now rated") == ["contradicted"]
