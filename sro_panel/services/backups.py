"""Backups of a SQLite database: copies on demand, automatic copies on the administrator's
schedule with a retention count, and restoring a copy in the database's place.

The file work is `db/files.py`; this module adds the permission (BACKUP), the audit
trail and the schedule. The schedule is a small JSON file beside the database
(`NAME.backups.json`): it is read without opening the database, and restoring an
older copy does not bring back an older schedule. A PostgreSQL database is backed
up on its server (pg_dump, pg_restore: README, "Backups"); these services refuse it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel.db.engine import Database, sqlite_path
from sro_panel.db.files import (
    BackupFile,
    backup_name,
    backup_sqlite,
    copy_database,
    list_backups,
    prune,
    replace_database,
    temporary_beside,
)
from sro_panel.errors import DatabaseFileError, InputError, PermissionDenied
from sro_panel.exports.files import write_atomically
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Permission, allowed

if TYPE_CHECKING:
    import datetime as dt

    from sro_panel.services.app import Services

MAX_EVERY_HOURS = 24 * 31
MAX_KEEP = 1000
POSTGRES_REFUSAL = t(
    "this database is on a PostgreSQL server: back it up on the server with pg_dump and "
    'restore it with pg_restore (README, section "Backups"); sro-panel backup and restore '
    "copy SQLite files only"
)


@dataclass(frozen=True)
class Schedule:
    """Every `every_hours` hours (0: never) an automatic copy; the newest `keep` are kept."""

    every_hours: int = 24
    keep: int = 7

    @property
    def enabled(self) -> bool:
        return self.every_hours > 0

    def describe(self) -> str:
        if not self.enabled:
            return t("automatic backups are off")
        return t(
            "an automatic backup every {hours} h, the newest {keep} kept",
            hours=self.every_hours,
            keep=self.keep,
        )


@dataclass(frozen=True)
class AutoResult:
    made: Path | None = None
    pruned: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    safety_copy: Path | None  # the database as it was before the restore
    revision: str  # the backup's schema revision, before any upgrade
    upgraded: bool


def schedule_file(database: Path) -> Path:
    return database.with_name(f"{database.stem}.backups.json")


def read_schedule(database: Path) -> Schedule:
    """The schedule kept beside `database`; the default (daily, seven kept) when none is."""
    path = schedule_file(database)
    try:
        data = json.loads(path.read_text("utf-8"))
        return _checked(int(data["every_hours"]), int(data["keep"]), path)
    except FileNotFoundError:
        return Schedule()
    except (OSError, ValueError, TypeError, KeyError):
        raise InputError(
            t(
                "{path}: the backup schedule cannot be read; set it again with "
                "sro-panel backup schedule --every HOURS --keep N",
                path=path,
            )
        ) from None


def _checked(every_hours: int, keep: int, where: object = "schedule") -> Schedule:
    if not 0 <= every_hours <= MAX_EVERY_HOURS:
        raise InputError(
            t("{where}: every must be 0 (off) to {most} hours", where=where, most=MAX_EVERY_HOURS)
        )
    if not 1 <= keep <= MAX_KEEP:
        raise InputError(t("{where}: keep must be 1 to {most} backups", where=where, most=MAX_KEEP))
    return Schedule(every_hours, keep)


def is_due(database: Path, schedule: Schedule, now: dt.datetime) -> bool:
    """Whether an automatic copy is due: none yet, or the newest is `every_hours` old."""
    if not schedule.enabled or not database.exists():
        return False
    newest = next((b for b in list_backups(database) if b.automatic), None)
    return newest is None or (now - newest.made_at).total_seconds() >= schedule.every_hours * 3600


def auto_backup(database: Path, now: dt.datetime) -> AutoResult:
    """A copy of `database` if its schedule says one is due, then the automatic copies
    beyond the retention count deleted, oldest first (never another kind of copy)."""
    schedule = read_schedule(database)
    if not is_due(database, schedule, now):
        return AutoResult()
    made = backup_sqlite(database, reason="auto", now=now)
    return AutoResult(made, prune(database, schedule.keep))


def check_backup(backup: Path, database: Path) -> str:
    """Refuse, naming it, a backup that is missing, the database itself, not sound, not an
    SRO Panel database, or from a newer version; its schema revision."""
    from sro_panel.db.migrate import check_sqlite_file

    if not backup.is_file():
        raise InputError(t("{path}: no such file", path=backup))
    if backup.resolve() == database.resolve():
        raise InputError(
            t("{path}: that is the database itself; choose a backup of it", path=backup)
        )
    try:
        revision = check_sqlite_file(backup, full=True)
    except DatabaseFileError as exc:
        raise InputError(
            t("{path}: not restored: {why}. Nothing was changed.", path=backup, why=exc.what)
        ) from None
    if revision is None:
        raise InputError(t("{path}: not restored: it holds no SRO Panel database", path=backup))
    return revision


class BackupService(ServiceBase):
    def file(self) -> Path:
        """The SQLite file behind the services; PostgreSQL and in-memory are refused."""
        path = sqlite_path(self.db.url)
        if path is None:
            raise InputError(POSTGRES_REFUSAL if not self.db.is_sqlite else t("nothing to back up"))
        return path

    @property
    def is_file(self) -> bool:
        return sqlite_path(self.db.url) is not None

    def backup_to(self, target: Path) -> BackupFile:
        """A checked copy of the database at `target` (replaced whole, or left as it was)."""
        self.require(Permission.BACKUP)
        path = self.file()
        target = Path(target).expanduser()
        if target.resolve() == path.resolve():
            raise InputError(
                t("{path}: that is the database itself; choose another file", path=target)
            )
        copy_database(path, target)
        self.record("database.backup", target)
        return BackupFile(target, "backup", self.now(), target.stat().st_size)

    def back_up_now(self) -> BackupFile:
        """A checked copy beside the database, kept until someone deletes it."""
        self.require(Permission.BACKUP)
        copy = backup_sqlite(self.file(), reason="backup", now=self.now())
        self.record("database.backup", copy)
        return next(b for b in list_backups(self.file()) if b.path == copy)

    def record(self, action: str, target: Path, detail: str = "") -> None:
        with self.transaction() as session:
            self.audit(session, action, target_type="file", target_id=str(target), detail=detail)

    def list(self) -> list[BackupFile]:
        """The copies kept beside the database, newest first (file names only: no check)."""
        return list_backups(self.file()) if self.is_file else []

    def schedule(self) -> Schedule:
        return read_schedule(self.file())

    def set_schedule(self, every_hours: int, keep: int) -> Schedule:
        self.require(Permission.BACKUP)
        path = self.file()
        new = _checked(every_hours, keep)
        old = read_schedule(path)
        text = json.dumps({"every_hours": new.every_hours, "keep": new.keep}, indent=1)

        def write(tmp: str) -> None:
            Path(tmp).write_text(text, "utf-8")

        write_atomically(schedule_file(path), write)
        with self.transaction() as session:
            self.audit(
                session,
                "backup.schedule",
                target_type="file",
                target_id=str(schedule_file(path)),
                before={"every_hours": old.every_hours, "keep": old.keep},
                after={"every_hours": new.every_hours, "keep": new.keep},
            )
        return new

    def due(self) -> bool:
        if not self.is_file:
            return False
        return is_due(self.file(), self.schedule(), self.now())

    def auto(self) -> AutoResult:
        """The administrator's schedule, followed: a copy if one is due, then the automatic
        copies beyond the retention count deleted, oldest first. Copies made before an
        upgrade or a restore, or by hand, are never deleted here.

        Not a person's action, so no permission is asked and nothing is audited (the
        schedule's changes are); it writes only beside the database.
        """
        if not self.is_file:
            return AutoResult()
        return auto_backup(self.file(), self.now())

    def restore(self, backup: Path) -> Restored:
        """Put `backup` in the database's place (see `restore_file`), as this person.

        The services' own connections are closed first; open the database again after.
        """
        self.require(Permission.BACKUP)
        path = self.file()
        self.db.dispose()
        actor = self.actor
        return restore_file(path, Path(backup), lambda _staged: actor, clock=self._app.clock)


def restore_file(
    database: Path,
    backup: Path,
    actor_for: Callable[[Services], Actor],
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> Restored:
    """Put a checked copy of `backup` in place of the SQLite file `database`.

    The backup is checked first (SQLite's integrity check; an SRO Panel database at a
    schema this version knows) and refused, naming it, if it is not sound. It is
    copied beside the database and brought to the current schema there; `actor_for`
    (given that copy's services) says who restores, or refuses; the restore is audited
    in the copy; the database's bytes are kept as NAME.before-restore-STAMP.db; then
    one rename puts the copy in place. A database in use elsewhere is refused.
    """
    from sro_panel.db.migrate import HEAD, upgrade_to_head
    from sro_panel.services.app import Services
    from sro_panel.services.context import utc_clock

    clock = clock or utc_clock
    backup = Path(backup).expanduser()
    revision = check_backup(backup, database)
    with temporary_beside(database) as staged:
        copy_database(backup, staged)
        db = Database.open(f"sqlite:///{staged}")
        try:
            upgrade_to_head(db, backup=False)  # the backup itself is the copy from before
            services = Services(db, Actor.local_administrator(), clock)
            actor = actor_for(services)
            if not allowed(actor.role, Permission.BACKUP):
                raise PermissionDenied(t("{who} may not restore a backup", who=actor.display_name))
            safety = backup_name(database, "before-restore", clock())
            services.as_actor(actor).backups.record(
                "database.restore",
                backup,
                detail=f"schema {revision}; the replaced database kept as {safety.name}",
            )
        finally:
            db.dispose()  # folds its WAL in: one file to rename
        kept = replace_database(database, staged, safety)
    return Restored(database, backup, kept, revision, upgraded=revision != HEAD)
