"""The package as installed: importing it does no work, and the optional extras say what to
install when they are missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ilacs.errors import MissingExtra


def test_import_does_no_work():
    code = (
        "import sys, ilacs, ilacs.analyse, ilacs.cli, ilacs.web, ilacs.store;"
        "print(sorted(m for m in ('matplotlib', 'pandas', 'openpyxl', 'pypdfium2')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_extras_name_what_to_install(monkeypatch, tmp_path):
    from ilacs.analyse import charts
    from ilacs.store import Store

    # An import of a module set to None in sys.modules fails as if it were not installed.
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtra, match=r"ilacs\[charts\]"):
        charts.pyplot()
    monkeypatch.setitem(sys.modules, "pandas", None)
    with Store(tmp_path / "x.db") as store, pytest.raises(MissingExtra, match=r"ilacs\[pandas\]"):
        store.dataframe("documents")
