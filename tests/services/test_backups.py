"""Backups and restore on SQLite: checked copies, a schedule with a retention count, and a
restore that checks first, keeps the database it replaces, and is audited."""

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_panel.db import files
from sro_panel.db.migrate import HEAD
from sro_panel.db.models import AuditEntry
from sro_panel.errors import DatabaseFileError, InputError, NotSaved, PermissionDenied
from sro_panel.services.app import Services
from sro_panel.services.backups import Schedule, read_schedule, schedule_file
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

DATA = Path(__file__).resolve().parents[1] / "data"
T0 = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def db_file(services: Services) -> Path:
    return Path(services.db.url.database)


def audit_actions(services: Services) -> list[tuple[str, str, str]]:
    with services.db.transaction() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.target_id, AuditEntry.actor))
        return [tuple(r) for r in rows]


def schools(services: Services) -> list[str]:
    return [s.name for s in services.schools.schools()]


def test_a_backup_is_a_checked_single_file_copy_and_is_audited(demo, tmp_path):
    target = tmp_path / "copies" / "panel-copy.db"
    target.parent.mkdir()
    copy = demo.backups.backup_to(target)
    assert copy.path == target and target.stat().st_size == copy.size > 0
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no -wal
    con.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["panel-copy.db"]
    assert ("database.backup", str(target), "local-admin") in audit_actions(demo)


def test_a_backup_onto_the_database_itself_is_refused(demo):
    with pytest.raises(InputError, match="that is the database itself"):
        demo.backups.backup_to(db_file(demo))


def test_a_backup_that_cannot_be_written_leaves_the_earlier_file_as_it_was(
    demo, tmp_path, monkeypatch
):
    target = tmp_path / "copy.db"
    target.write_bytes(b"last week's copy")
    real_connect = sqlite3.connect

    def full_disk(database, *args, **kwargs):
        # The copy being written can grow by no page: the disk is full.
        con = real_connect(database, *args, **kwargs)
        if str(database).startswith(str(tmp_path / ".sro-panel-")):
            con.execute("PRAGMA max_page_count=2")
        return con

    monkeypatch.setattr(files.sqlite3, "connect", full_disk)
    with pytest.raises(NotSaved, match="the disk is full"):
        demo.backups.backup_to(target)
    assert target.read_bytes() == b"last week's copy"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "demo.db") == ["copy.db"]
    assert not any(a == "database.backup" for a, _, _ in audit_actions(demo))


def test_a_backup_into_a_read_only_folder_is_refused_plainly(demo, tmp_path, monkeypatch):
    import errno

    def read_only_folder(*args, **kwargs):  # what the OS answers on a read-only mount
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only_folder)
    with pytest.raises(NotSaved, match="this place is read-only"):
        demo.backups.backup_to(tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_database(demo, tmp_path):
    backup = demo.backups.backup_to(tmp_path / "before-lincoln.db").path
    demo.schools.add_school("Lincoln Middle School", level="middle")
    assert "Lincoln Middle School" in schools(demo)
    before = set(tmp_path.iterdir())

    result = demo.backups.restore(backup)

    assert result.revision == HEAD and not result.upgraded
    assert "Lincoln Middle School" not in schools(demo)  # the services reconnect to it
    safety = result.safety_copy
    assert safety is not None and safety.name.startswith("demo.before-restore-")
    assert set(tmp_path.iterdir()) - before == {safety}  # nothing else left behind
    kept = sqlite3.connect(safety)
    assert kept.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert ("Lincoln Middle School",) in kept.execute("SELECT name FROM school").fetchall()
    kept.close()
    restored = [a for a in audit_actions(demo) if a[0] == "database.restore"]
    assert restored == [("database.restore", str(backup), "local-admin")]


def test_restore_brings_an_older_backup_to_the_current_schema(demo, tmp_path):
    older = tmp_path / "from-0004.db"
    shutil.copy(DATA / "schema-0004.db", older)
    result = demo.backups.restore(older)
    assert (result.revision, result.upgraded) == ("0004", True)
    rnd = next(r for r in demo.rounds.list_rounds() if r.stage == "scoring")
    assert rnd.applicants == 40
    assert demo.audit.verify().ok
    assert digest(older) == digest(DATA / "schema-0004.db")  # the backup is only read


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 3 + 200] = b"\xde\xad" * 100
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"Minutes of the panel meeting\n" * 300)


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (_damaged, "damaged"),
        (_truncated, "cut short"),
        (_not_sqlite, "not a database"),
        (_foreign, "not an SRO Panel database"),
        (_newer, "newer version of SRO Panel"),
    ],
    ids=["damaged", "truncated", "not-sqlite", "foreign", "newer"],
)
def test_restore_refuses_a_bad_backup_naming_it_and_changes_nothing(demo, tmp_path, spoil, says):
    backup = demo.backups.backup_to(tmp_path / "bad.db").path
    spoil(backup)
    database = db_file(demo)
    demo.db.dispose()
    before, files_before = digest(database), sorted(tmp_path.iterdir())
    with pytest.raises(InputError, match=rf"bad\.db: not restored: .*{says}"):
        demo.backups.restore(backup)
    assert digest(database) == before
    assert sorted(tmp_path.iterdir()) == files_before


def test_restore_is_refused_while_another_program_has_the_database_open(demo, tmp_path):
    backup = demo.backups.backup_to(tmp_path / "copy.db").path
    other = sqlite3.connect(db_file(demo))  # another window on the same file
    other.execute("SELECT count(*) FROM school").fetchone()
    try:
        with pytest.raises(DatabaseFileError, match="open in another SRO Panel window"):
            demo.backups.restore(backup)
    finally:
        other.close()
    assert not list(tmp_path.glob("demo.before-restore-*"))
    assert not list(tmp_path.glob(".sro-panel-*"))


def test_backing_up_and_restoring_need_the_backup_permission(demo, tmp_path):
    hr = demo.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    for attempt in (
        lambda: hr.backups.backup_to(tmp_path / "x.db"),
        lambda: hr.backups.back_up_now(),
        lambda: hr.backups.set_schedule(1, 3),
        lambda: hr.backups.restore(tmp_path / "x.db"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert not (tmp_path / "x.db").exists()
    assert [a for a, _, who in audit_actions(demo) if who == "hr"] == ["refused:backup"] * 4


def test_automatic_backups_follow_the_schedule_and_keep_only_the_newest(demo, tmp_path):
    now = [T0]
    services = Services(demo.db, demo.actor, lambda: now[0], audit_key=demo.audit_key)
    database = db_file(services)
    assert services.backups.schedule() == Schedule(24, 7)  # the default: daily, a week kept
    services.backups.set_schedule(every_hours=1, keep=2)
    assert read_schedule(database) == Schedule(1, 2)
    assert schedule_file(database).name == "demo.backups.json"
    manual = services.backups.back_up_now().path
    upgrade = files.backup_sqlite(database, reason="before-upgrade-0004", now=T0)

    made = []
    for minutes in (0, 30, 60, 125, 190):
        now[0] = T0 + dt.timedelta(minutes=minutes)
        result = services.backups.auto()
        made.append(result.made is not None)
    assert made == [True, False, True, True, True]
    automatic = [b for b in services.backups.list() if b.automatic]
    assert [b.made_at for b in automatic] == [
        T0 + dt.timedelta(minutes=190),
        T0 + dt.timedelta(minutes=125),
    ]
    assert manual.exists() and upgrade.exists()  # only automatic copies are pruned
    for b in automatic:
        assert files.inspect_file(b.path, full=True) == HEAD

    services.backups.set_schedule(every_hours=0, keep=2)
    now[0] += dt.timedelta(days=30)
    assert not services.backups.due() and services.backups.auto().made is None


def test_a_schedule_out_of_range_or_unreadable_is_refused(demo):
    with pytest.raises(InputError, match="every must be 0"):
        demo.backups.set_schedule(every_hours=-1, keep=3)
    with pytest.raises(InputError, match="keep must be 1"):
        demo.backups.set_schedule(every_hours=4, keep=0)
    path = schedule_file(db_file(demo))
    path.write_text("{not json")
    with pytest.raises(InputError, match=r"demo\.backups\.json: the backup schedule cannot"):
        demo.backups.schedule()


@pytest.mark.postgres
def test_a_postgresql_database_is_backed_up_on_its_server(pg_url, tmp_path):
    from sro_panel.db.engine import Database
    from sro_panel.db.migrate import upgrade_to_head

    db = Database.open(pg_url)
    upgrade_to_head(db)
    services = Services(db, Actor.local_administrator())
    try:
        with pytest.raises(InputError, match=r"pg_dump.*README"):
            services.backups.backup_to(tmp_path / "never.db")
        assert not (tmp_path / "never.db").exists()
        assert services.backups.list() == [] and services.backups.auto().made is None
    finally:
        db.dispose()
