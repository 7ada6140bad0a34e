"""`ilacs check`: a count of recommendations with no time of its own is the count of the report
the article is about (pool eb-ee).

"By the time inspectors returned in June 2019 ... The latest inspection, carried out over a
fortnight in October, ... The watchdog set out five areas for improvement": the report named as
the latest after the earlier year is the one counted, not the earlier year's (which made five).
Real values from the corpus in ../shared: Swindon (2019: four recommendations; 2023: seven),
Cambridgeshire (2019: four; 2024: seven), Rochdale (2018: four; 2023: eight)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import held_then_caught


@pytest.mark.parametrize(
    ("text", "as_of", "count", "earlier"),
    [
        (
            "Swindon's children's services were rated inadequate in 2019, when inspectors found "
            "serious weaknesses.\n\nThe latest inspection, carried out over two weeks in July, "
            "tells a better story.\n\nInspectors set out seven areas for improvement.\n",
            "2023-09-20",
            "seven",
            "four",
        ),
        (
            "Cambridgeshire was told it required improvement in 2019.\n\nThis time round, "
            "inspectors were more positive about leadership.\n\nThe report sets out seven "
            "areas for improvement, including work with care leavers.\n",
            "2024-05-25",
            "seven",
            "four",
        ),
        (
            "Rochdale was rated requires improvement in 2018.\n\nThe new report, published on "
            "Friday, finds services are now good.\n\nOfsted made eight recommendations.\n",
            "2023-03-20",
            "eight",
            "four",
        ),
    ],
)
def test_a_count_after_the_latest_report_is_named_is_its_count(
    tmp_path, corpus_db, text, as_of, count, earlier
):
    old = f"{count} areas" if "areas" in text else f"{count} rec"
    new = old.replace(count, earlier)
    held_then_caught(
        tmp_path,
        corpus_db,
        text,
        as_of,
        old,
        altered=(old, new),
        caught=new,
        kind="recommendation",
        none_contradicted=False,
    )
