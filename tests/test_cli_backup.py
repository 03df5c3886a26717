"""`sro-panel backup` and `sro-panel restore`: SQLite copies from the command line, the
schedule, and a damaged database put right from its latest backup."""

import hashlib
import shutil
import sqlite3

import pytest

from sro_panel.cli import main
from sro_panel.db.migrate import HEAD
from tests.db.test_database_files import damage


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def panel_db(demo_template, tmp_path):
    """A copy of the demo database (it has accounts: the tests sign in as its admin)."""
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    return path


def test_backup_writes_a_checked_copy_and_the_schedule_is_kept_beside_the_database(
    capsys, panel_db, tmp_path
):
    copy = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--db", str(panel_db), "backup", "-o", str(copy))
    assert code == 0 and out.startswith(f"{copy}: a checked copy of {panel_db}")
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone() == ("ok",)

    code, out, _ = run(capsys, "--db", str(panel_db), "backup", "schedule")
    assert out.strip() == f"{panel_db}: an automatic backup every 24 h, the newest 7 kept"
    code, out, _ = run(
        capsys, "--db", str(panel_db), "backup", "schedule", "--every", "6", "--keep", "3"
    )
    assert code == 0 and "every 6 h, the newest 3 kept" in out
    assert (tmp_path / "panel.backups.json").exists()

    code, out, _ = run(capsys, "--db", str(panel_db), "backup", "auto")
    assert code == 0 and out.strip().endswith(": made") and ".auto-" in out
    code, out, _ = run(capsys, "--db", str(panel_db), "backup", "auto")
    assert out.strip() == f"{panel_db}: no automatic backup due"
    code, out, _ = run(capsys, "--db", str(panel_db), "backup", "list")
    assert "every 6 h" in out and " auto " in out and "panel.auto-" in out


def test_only_the_administrator_backs_up(capsys, panel_db, tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_PANEL_USER", "student")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "violet comet 29 demo")
    code, _, err = run(capsys, "--db", str(panel_db), "backup", "-o", str(tmp_path / "c.db"))
    assert code == 3 and "may not backup" in err
    assert not (tmp_path / "c.db").exists()


def test_restore_puts_a_backup_in_place_and_keeps_the_database_it_replaced(
    capsys, panel_db, tmp_path
):
    copy = tmp_path / "copy.db"
    assert run(capsys, "--db", str(panel_db), "backup", "-o", str(copy))[0] == 0
    code, out, _ = run(capsys, "--db", str(panel_db), "restore", str(copy))
    assert code == 0
    assert f"{panel_db}: restored from {copy} (schema {HEAD})" in out
    [safety] = tmp_path.glob("panel.before-restore-*.db")
    assert f"The database as it was is kept as {safety}" in out


def test_a_damaged_database_names_its_latest_backup_and_restore_puts_it_back(
    capsys, panel_db, tmp_path
):
    assert run(capsys, "--db", str(panel_db), "backup", "auto")[0] == 0
    [backup] = tmp_path.glob("panel.auto-*.db")
    damage(panel_db)
    damaged = hashlib.sha256(panel_db.read_bytes()).hexdigest()

    code, _, err = run(capsys, "--db", str(panel_db), "rounds")
    assert code == 5
    assert "the file is damaged" in err and f"Its latest good backup is {backup}" in err
    assert f"sro-panel --db {panel_db} restore {backup}" in err

    # The damaged file cannot say who may restore: the backup's accounts do (admin here).
    code, out, _ = run(capsys, "--db", str(panel_db), "restore", str(backup))
    assert code == 0, out
    [safety] = tmp_path.glob("panel.before-restore-*.db")
    assert hashlib.sha256(safety.read_bytes()).hexdigest() == damaged  # kept as it was
    code, out, _ = run(capsys, "--db", str(panel_db), "rounds")
    assert code == 0 and "scoring" in out


def test_restore_refuses_a_damaged_backup_naming_it(capsys, panel_db, tmp_path):
    bad = tmp_path / "bad-copy.db"
    shutil.copyfile(panel_db, bad)
    damage(bad)
    before = panel_db.read_bytes()
    code, _, err = run(capsys, "--db", str(panel_db), "restore", str(bad))
    assert code == 2 and f"{bad}: not restored: the file is damaged" in err
    assert panel_db.read_bytes() == before


@pytest.mark.parametrize("command", [["backup", "-o", "x.db"], ["restore", "x.db"]])
def test_on_postgresql_the_commands_point_to_pg_dump(capsys, command):
    code, _, err = run(capsys, "--db", "postgresql://panel@127.0.0.1/sro", *command)
    assert code == 2 and "pg_dump" in err and 'README, section "Backups"' in err
