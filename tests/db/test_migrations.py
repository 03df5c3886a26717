"""Migrations: empty to head on both databases, a backup before upgrading, refusing the unknown."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from sro_panel.db import migrate
from sro_panel.db.engine import Database
from sro_panel.db.models import Base
from sro_panel.errors import DatabaseError


def test_an_empty_database_is_created_at_head_matching_the_models(db):
    with db.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.head_revision()
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert diff == []


def test_upgrading_an_up_to_date_database_does_nothing(db):
    assert migrate.upgrade_to_head(db) is None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_app_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.db"
    db = Database.open(f"sqlite:///{path}")
    migrate.upgrade_to_head(db)
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    before = _digest(path)
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="newer version of SRO Panel"):
        migrate.upgrade_to_head(db)
    db.dispose()
    assert _digest(path) == before
    assert not list(tmp_path.glob("newer.before-upgrade*"))


@pytest.mark.postgres
def test_a_newer_postgresql_database_is_refused(pg_url):
    db = Database.open(pg_url)
    migrate.upgrade_to_head(db)
    with db.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(DatabaseError, match="newer version"):
        migrate.upgrade_to_head(db)
    db.dispose()


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="not an SRO Panel database"):
        migrate.upgrade_to_head(db)
    db.dispose()


def test_a_file_that_is_not_sqlite_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    before = _digest(path)
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="cannot be opened"):
        migrate.upgrade_to_head(db)
    db.dispose()
    assert _digest(path) == before


NEXT_REVISION = '''"""A later schema, for testing upgrades."""

import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("district", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("school") as batch:
        batch.drop_column("district")
'''


def test_an_upgrade_backs_up_the_sqlite_file_first_and_keeps_the_data(tmp_path, monkeypatch):
    path = tmp_path / "panel.db"
    db = Database.open(f"sqlite:///{path}")
    migrate.upgrade_to_head(db)
    with db.engine.begin() as c:
        c.execute(
            text("INSERT INTO school (name, address, level) VALUES ('Lincoln MS', '', 'middle')")
        )
    db.dispose()
    before = _digest(path)

    # A newer app: the shipped migrations plus one more.
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer)
    head = migrate.head_revision()
    (newer / "versions" / "9000_district.py").write_text(NEXT_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS", newer)

    db = Database.open(f"sqlite:///{path}")
    backup = migrate.upgrade_to_head(db)
    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"panel.before-upgrade-{head}-")
    with db.engine.connect() as c:
        assert migrate.current_revision(c) == "9000"
        assert c.execute(text("SELECT name, district FROM school")).all() == [("Lincoln MS", None)]
    db.dispose()
    # The backup is the database as it was before the upgrade.
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    assert con.execute("SELECT name FROM school").fetchall() == [("Lincoln MS",)]
    con.close()
    assert before != _digest(path)


DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("saved", sorted(DATA.glob("schema-*.db")), ids=lambda p: p.stem)
def test_a_database_saved_at_an_earlier_revision_upgrades_with_its_data(saved, tmp_path):
    from sro_panel.services.app import Services
    from sro_panel.services.context import Actor

    path = tmp_path / "panel.db"
    shutil.copy(saved, path)
    db = Database.open(f"sqlite:///{path}")
    backup = migrate.upgrade_to_head(db)
    assert backup is not None
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (saved.stem[7:],)
    tables = [
        name
        for (name,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if name not in ("alembic_version", "audit_entry", "sqlite_sequence")
    ]
    counts = {t: old.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    submitted = old.execute("SELECT count(*) FROM score_sheet WHERE status = 'submitted'")
    [(submitted_sheets,)] = submitted.fetchall()
    old.close()
    services = Services(db, Actor.local_administrator())
    # Every snapshot holds the demo's round in scoring (later ones a closed round too).
    rnd = next(r for r in services.rounds.list_rounds() if r.stage == "scoring")
    assert rnd.applicants == 40
    screened = services.screening.screen_round(rnd.id)
    assert sum(s.eligibility == "eligible" for s in screened) == 27
    with db.engine.connect() as c:
        assert migrate.current_revision(c) == migrate.head_revision()
        for table, count in counts.items():
            assert c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == count, table
    assert counts["score_sheet"] >= 212 and submitted_sheets >= 206
    # Entries from before the seal are sealed at the first write, and the sheets already
    # submitted are checked against the baseline the upgrade recorded.
    result = services.audit.verify()
    assert result.ok, result.problems[:3]
    assert result.sheets == submitted_sheets
    db.dispose()


def test_a_snapshot_is_kept_for_every_revision_before_head():
    kept = {p.stem.removeprefix("schema-") for p in DATA.glob("schema-*.db")}
    earlier = {f"{n:04d}" for n in range(1, int(migrate.HEAD))}
    assert earlier <= kept, f"save a database at {sorted(earlier - kept)} in tests/data"


def test_the_recorded_head_is_the_newest_migration():
    assert migrate.head_revision() == migrate.HEAD


def _newer_app(tmp_path, monkeypatch, upgrade_body: str) -> None:
    """The shipped migrations plus one more whose upgrade() is `upgrade_body`."""
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer)
    script = NEXT_REVISION.format(head=migrate.head_revision())
    script = script.replace(
        """    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("district", sa.String(40), nullable=True))
""",
        upgrade_body,
        1,
    )
    (newer / "versions" / "9000_district.py").write_text(script)
    monkeypatch.setattr(migrate, "MIGRATIONS", newer)


def _snapshot(tmp_path: Path, revision: str = "0004") -> Path:
    path = tmp_path / "panel.db"
    shutil.copy(DATA / f"schema-{revision}.db", path)
    return path


@pytest.mark.parametrize("revision", ["0001", "0004"])
def test_an_upgrade_makes_its_checked_copy_before_it_changes_anything(
    tmp_path, monkeypatch, revision
):
    path = _snapshot(tmp_path, revision)
    before = _digest(path)
    dump_before = list(sqlite3.connect(f"file:{path}?mode=ro", uri=True).iterdump())
    seen = []
    real_backup = migrate.backup_sqlite

    def watched(source, **kwargs):
        seen.append(_digest(source))  # the file as the copy is made
        return real_backup(source, **kwargs)

    monkeypatch.setattr(migrate, "backup_sqlite", watched)
    db = Database.open(f"sqlite:///{path}")
    copy = migrate.upgrade_to_head(db)
    db.dispose()
    assert seen == [before]  # copied first: not one byte had changed
    assert copy is not None and copy.name.startswith(f"panel.before-upgrade-{revision}-")
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert list(con.iterdump()) == dump_before  # the whole database, as it was
    con.close()
    with Database.open(f"sqlite:///{path}").engine.connect() as c:
        assert migrate.current_revision(c) == migrate.HEAD


def test_a_failed_upgrade_leaves_the_file_byte_identical(tmp_path, monkeypatch):
    path = _snapshot(tmp_path)
    before = _digest(path)
    _newer_app(
        tmp_path,
        monkeypatch,
        """    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("district", sa.String(40), nullable=True))
    raise RuntimeError("the upgrade stops halfway")
""",
    )
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(RuntimeError, match="stops halfway"):
        migrate.upgrade_to_head(db)
    db.dispose()
    assert _digest(path) == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert left[1:] == ["panel.db"] and left[0].startswith("panel.before-upgrade-0004-")


def test_an_upgrade_whose_copy_cannot_be_written_does_not_start(tmp_path, monkeypatch):
    from sro_panel.db import files
    from sro_panel.errors import NotSaved

    path = _snapshot(tmp_path)
    before = _digest(path)
    real_connect = files.sqlite3.connect

    def full_disk(database, *args, **kwargs):
        con = real_connect(database, *args, **kwargs)
        if Path(str(database)).name.startswith(".sro-panel-"):
            con.execute("PRAGMA max_page_count=2")  # the copy can grow by no page
        return con

    monkeypatch.setattr(files.sqlite3, "connect", full_disk)
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(NotSaved, match="the disk is full"):
        migrate.upgrade_to_head(db)
    db.dispose()
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["panel.db"]
