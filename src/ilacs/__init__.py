"""ilacs: Ofsted inspections of English local authority children's services, as data.

From Python:
    >>> import ilacs
    >>> report = ilacs.parse_file("80490_bromley/children's services inspection - 07 january 2019.pdf")
    >>> report.framework, report.grade("overall")
    ('ilacs2018', 'good')
    >>> db = ilacs.open_db("ilacs.db")          # a Store: rows, queries, DataFrames
    >>> db.dataframe("documents")               # every document as a pandas DataFrame
"""

from __future__ import annotations

__version__ = "0.1.0"


def parse_file(path):
    """Read one PDF into a Report dataclass, without a database. Raises ReadError/ParseError."""
    from pathlib import Path

    from ilacs.parse import parse_pages
    from ilacs.pdf import pdf_pages

    path = Path(path)
    return parse_pages(pdf_pages(path.read_bytes(), str(path)))


def open_db(path="ilacs.db", readonly: bool = True):
    """Open an ilacs database (read-only by default) as a Store."""
    from ilacs.store import Store

    return Store(path, readonly=readonly)
