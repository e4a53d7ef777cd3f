"""The folder a publish test works in: a served database, its store and a copy of data/."""

import shutil
import sqlite3

import pytest
from conftest import DATA


@pytest.fixture
def site_dir(published, tmp_path):
    """A served database, its store and a copy of data/, all private to one test."""
    shutil.copy(published, tmp_path / "scorecard.db")
    src, dst = sqlite3.connect(published.parent / "store.db"), sqlite3.connect(tmp_path / "store.db")
    src.backup(dst)
    src.close()
    dst.close()
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path


def break_first_evidence_row(site_dir) -> None:
    """data/evidence.csv's first row gets a stance outside the vocabulary: line 2 is wrong."""
    evidence = site_dir / "data" / "evidence.csv"
    lines = evidence.read_text(encoding="utf-8").splitlines(keepends=True)
    evidence.write_text(lines[0] + lines[1].replace(",wont_use,", ",sort_of,", 1) + "".join(lines[2:]),
                        encoding="utf-8")
