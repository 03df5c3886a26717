"""Opening a damaged, truncated, foreign, non-SQLite or locked file: a clear message saying
which, the latest good backup offered, and not one byte written to the file or beside it."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sro_panel.db import files
from sro_panel.errors import DatabaseFileError
from sro_panel.services.app import open_services


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite part of a table's page, as a failing disk or a bad copy does."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 3 + 200] = b"\xde\xad" * 100
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"Minutes of the panel meeting\n" * 300)


def foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)  # another program's database, in rollback-journal mode
    con.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    con.execute("INSERT INTO recipes VALUES ('bread', 180)")
    con.commit()
    con.close()


SPOILED = {
    "damaged": (damage, "the file is damaged"),
    "truncated": (truncate, "the file is cut short"),
    "not_sqlite": (not_sqlite, "this file is not a database"),
    "foreign": (foreign, "not an SRO Panel database"),
}


@pytest.mark.parametrize("kind", list(SPOILED))
def test_a_bad_file_is_refused_saying_why_and_is_not_written(demo_template, tmp_path, kind):
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    spoil, says = SPOILED[kind]
    spoil(path)
    before = digest(path)
    header = path.read_bytes()[18:20]
    with pytest.raises(DatabaseFileError, match=says) as caught:
        open_services(str(path))
    assert caught.value.kind == kind and caught.value.backup is None
    assert str(path) in str(caught.value) and "Nothing was written" in str(caught.value)
    assert digest(path) == before
    assert path.read_bytes()[18:20] == header  # never switched to WAL before the check
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.db"]  # no -wal, -shm, journal


def test_a_file_locked_by_another_program_is_refused_and_not_written(demo_template, tmp_path):
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    before = digest(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('holding', flush=True)\n"
            "sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseFileError, match="holds it locked") as caught:
            open_services(str(path))
        assert caught.value.kind == "locked"
    finally:
        holder.communicate("\n", timeout=10)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.db"]


def test_the_latest_good_backup_is_offered(demo_template, tmp_path):
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    import datetime as dt

    older = files.backup_sqlite(path, reason="auto", now=dt.datetime(2026, 10, 1, tzinfo=dt.UTC))
    newer = files.backup_sqlite(path, reason="auto", now=dt.datetime(2026, 10, 2, tzinfo=dt.UTC))
    damage(newer)  # the newest copy is no good: the one before it is offered
    damage(path)
    with pytest.raises(DatabaseFileError, match="the file is damaged") as caught:
        open_services(str(path))
    assert caught.value.backup == older
    assert f"Its latest good backup is {older}, made 2026-10-01 00:00 UTC" in str(caught.value)


def test_a_sound_file_is_checked_without_a_trace(demo_template, tmp_path):
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    before = digest(path)
    assert files.inspect_file(path, full=True) == files.revision_of(path)
    assert digest(path) == before and [p.name for p in tmp_path.iterdir()] == ["panel.db"]
    assert files.inspect_file(tmp_path / "new.db") is None  # not there yet: a new database
