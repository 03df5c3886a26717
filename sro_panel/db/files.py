"""SQLite database files: checking one without writing to it, copying one with SQLite's
backup API, the copies kept beside it, and putting a copy in its place.

A file is checked before the app's engine first connects (which switches it to WAL
and so writes to it): its header is read as bytes, then SQLite reads it through a
read-only connection. A WAL-mode file with nothing beside it is read `immutable`
(a read-only connection would leave an empty -wal and -shm beside it); one with a
-wal or -shm is read `mode=ro`, so another program's lock is seen.

Copies are named `NAME.REASON-YYYYmmddTHHMMSSZ.db` beside the database (REASON:
`auto`, `backup`, `before-upgrade-REV`, `before-restore`), written under a
temporary name, checked, then renamed into place; they are single files in
rollback-journal mode, safe to move or send.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sro_panel.errors import DatabaseFileError, InputError, NotSaved
from sro_panel.messages import t

HEADER = b"SQLite format 3\x00"
STAMP = "%Y%m%dT%H%M%SZ"
LOCK_WAIT_S = 2.0  # a check waits this long for another program's lock
SIDE_FILES = ("-wal", "-shm", "-journal")
_NAME = re.compile(r"\.(?P<reason>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?$")


@dataclass(frozen=True)
class BackupFile:
    """A copy of a database kept beside it."""

    path: Path
    reason: str  # auto, backup, before-upgrade-REV, before-restore
    made_at: dt.datetime
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason == "auto"


def _problem(path: Path, kind: str, what: str, advice: str) -> DatabaseFileError:
    return DatabaseFileError(
        path,
        kind,
        t("{path}: cannot be opened: {what}. {advice}", path=path, what=what, advice=advice),
        what,
    )


def _side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}{s}") for s in SIDE_FILES) if p.exists()]


def _read_header(path: Path) -> bytes:
    """The first 100 bytes, refused unless they are a whole SQLite header."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(100)
    if not head.startswith(HEADER[: len(head)]) or len(head) < len(HEADER):
        raise _problem(
            path,
            "not_sqlite",
            t("this file is not a database (its first bytes are not SQLite's)"),
            t("Nothing was written to it; choose the SRO Panel database file."),
        )
    page_size = int.from_bytes(head[16:18], "big") if len(head) >= 18 else 0
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big") if len(head) >= 32 else 0
    counted = len(head) == 100 and head[24:28] == head[92:96]  # the page count is current
    wal = Path(f"{path}-wal")
    wal_frames = wal.exists() and wal.stat().st_size > 0  # later pages may be in the WAL
    expected = page_size * pages if counted else page_size
    if len(head) < 100 or (not wal_frames and page_size and (size < expected or size % page_size)):
        raise _problem(
            path,
            "truncated",
            t(
                "the file is cut short ({size} bytes where its header counts {expected}), "
                "as when a copy or a download stops early",
                size=f"{size:,}",
                expected=f"{max(expected, 100):,}",
            ),
            t("Nothing was written to it; copy it again from where it came, or restore a backup."),
        )
    return head


@contextmanager
def read_only(path: Path, head: bytes | None = None) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to `path` and leaves nothing beside it."""
    head = head if head is not None else _read_header(path)
    uri = path.resolve().as_uri()
    wal_mode = head[18:20] == b"\x02\x02"
    if wal_mode and not _side_files(path):
        uri += "?immutable=1"  # nobody has it open: nothing can change under us
    else:
        uri += "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_S)
    try:
        yield connection
    finally:
        connection.close()


def inspect_file(path: Path, *, full: bool = False) -> str | None:
    """Check a SQLite file without writing to it; its schema revision (None: new or empty).

    `full` runs SQLite's integrity_check (for backups) in place of its quick_check
    (at every opening: about 20 ms on the largest round). Raises DatabaseFileError
    saying what is wrong: not_sqlite, truncated, damaged, locked or foreign.
    """
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    head = _read_header(path)
    try:
        with read_only(path, head) as c:
            check = "integrity_check(1)" if full else "quick_check(1)"
            verdict = c.execute(f"PRAGMA {check}").fetchone()[0]
            if verdict != "ok":
                raise _damaged(path, verdict)
            tables = {n for (n,) in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise _problem(
                        path,
                        "foreign",
                        t("this is not an SRO Panel database (it holds other tables)"),
                        t("Choose another file or an empty database. Nothing was written to it."),
                    )
                return None
            row = c.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY") or "locked" in str(exc):
            raise _problem(
                path,
                "locked",
                t(
                    "another program is using it and holds it locked (another SRO Panel "
                    "window, or a backup or sync tool)"
                ),
                t(
                    "Nothing was written to it; close that program or wait for it to finish, "
                    "then try again."
                ),
            ) from None
        raise _damaged(path, str(exc)) from None


def _damaged(path: Path, verdict: str) -> DatabaseFileError:
    lines = [line for line in verdict.splitlines() if line and not line.startswith("***")]
    first = lines[0] if lines else "unreadable"  # past the "*** in database main ***" line
    return _problem(
        path,
        "damaged",
        t("the file is damaged (SQLite found: {first})", first=first),
        t("Nothing was written to it; restore a backup."),
    )


def revision_of(path: Path) -> str | None:
    """The schema revision recorded in a file already known to be sound (None: not yet one)."""
    with read_only(path) as c:
        try:
            row = c.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no such table: an empty database
            return None
    return None if row is None else str(row[0])


# --- writing copies ---------------------------------------------------------------


def storage_problem(exc: BaseException, where: object) -> NotSaved | None:
    """The disk is full or the place is read-only, in plain words; None for anything else."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    code = getattr(exc, "errno", None)
    state = getattr(exc, "sqlstate", None)  # PostgreSQL's: 53100 disk full, 25006 read-only
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or code == errno.ENOSPC or state == "53100":
        return NotSaved(
            t(
                "{where}: the disk is full, so nothing was saved there. Free some space (or "
                "choose another place) and try again.",
                where=where,
            )
        )
    readonly = code in (errno.EROFS, errno.EACCES, errno.EPERM) or state == "25006"
    if readonly or name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or "readonly" in text:
        return NotSaved(
            t(
                "{where}: this place is read-only (or you may not write there), so nothing "
                "was saved there. Choose a folder you may write to, or ask for write access.",
                where=where,
            )
        )
    return None


@contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary file name in `target`'s folder, removed with its side files unless used."""
    try:
        fd, name = tempfile.mkstemp(prefix=".sro-panel-", suffix=".db", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise (storage_problem(exc, target.parent) or _unwritable(target, exc)) from None
    tmp = Path(name)
    try:
        yield tmp
    finally:
        for leftover in (tmp, *_side_files(tmp)):
            leftover.unlink(missing_ok=True)


def _unwritable(target: Path, exc: BaseException) -> InputError:
    return InputError(t("{path}: could not be written ({why})", path=target, why=str(exc)))


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; its rename is durable
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path) -> str | None:
    """Copy `source` to `target` with SQLite's backup API, check the copy, then rename it in.

    The copy is written beside `target` under a temporary name, so `target` is either
    what it was or the whole checked copy. Returns the copy's schema revision.
    """
    source, target = Path(source), Path(target)
    if not target.parent.is_dir():
        raise InputError(
            t("{path}: the folder {folder} does not exist", path=target, folder=target.parent)
        )
    with temporary_beside(target) as tmp:
        try:
            with read_only(source) as src:
                dest = sqlite3.connect(tmp)
                try:
                    src.backup(dest)
                    dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                    verdict = dest.execute("PRAGMA integrity_check(1)").fetchone()[0]
                finally:
                    dest.close()
            with open(tmp, "rb+") as written:
                os.fsync(written.fileno())
        except (sqlite3.Error, OSError) as exc:
            raise (storage_problem(exc, target) or _unwritable(target, exc)) from None
        if verdict != "ok":
            raise DatabaseFileError(
                source,
                "damaged",
                t(
                    "{path}: its copy failed SQLite's integrity check ({verdict})",
                    path=source,
                    verdict=verdict,
                ),
            )
        revision = revision_of(tmp)
        try:
            os.replace(tmp, target)
            _fsync_folder(target.parent)
        except OSError as exc:
            raise (storage_problem(exc, target) or _unwritable(target, exc)) from None
    return revision


def backup_name(path: Path, reason: str, when: dt.datetime) -> Path:
    """A new name beside `path` for a copy made for `reason` at `when`."""
    stamp = when.astimezone(dt.UTC).strftime(STAMP)
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{n}{path.suffix}")
    return target


def backup_sqlite(path: Path, *, reason: str = "backup", now: dt.datetime | None = None) -> Path:
    """Copy a SQLite file beside itself with the backup API (consistent even while in use),
    checked; return the copy."""
    target = backup_name(path, reason, now or dt.datetime.now(dt.UTC))
    copy_database(path, target)
    return target


def list_backups(path: Path) -> list[BackupFile]:
    """The copies of `path` kept beside it, newest first."""
    found = []
    pattern = f"{glob.escape(path.stem)}.*{glob.escape(path.suffix)}"
    for candidate in path.parent.glob(pattern):
        rest = candidate.name[len(path.stem) : len(candidate.name) - len(path.suffix)]
        match = _NAME.fullmatch(rest)
        if match is None or candidate == path:
            continue
        made = dt.datetime.strptime(match["stamp"], STAMP).replace(tzinfo=dt.UTC)
        try:
            size = candidate.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(candidate, match["reason"], made, size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def latest_good_backup(path: Path, *, tries: int = 5) -> BackupFile | None:
    """The newest copy of `path` that passes the check (the newest few are tried)."""
    for backup in list_backups(path)[:tries]:
        try:
            if inspect_file(backup.path) is not None:
                return backup
        except DatabaseFileError:
            continue
    return None


def prune(path: Path, keep: int) -> list[Path]:
    """Delete the automatic copies of `path` beyond the newest `keep`; the others stay."""
    automatic = [b for b in list_backups(path) if b.automatic]
    removed = []
    for old in automatic[max(keep, 0) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


# --- putting a copy in place ------------------------------------------------------


def replace_database(path: Path, staged: Path, safety: Path | None) -> Path | None:
    """Put `staged` in place of the database at `path` in one rename, keeping `path`'s bytes
    as `safety` first (None: a checked copy was made already). Returns the safety copy
    (None when there was no database, or none was asked for).

    A database SQLite can read is taken out of WAL (its last writes folded in) and locked
    exclusively, so nobody writes between the safety copy and the rename; one that is
    in use elsewhere is refused. A damaged file is kept as it is, its -wal beside it.
    """
    if not path.exists():
        os.replace(staged, path)
        _fsync_folder(path.parent)
        return None
    holder = _hold(path)
    try:
        if safety is not None:
            _keep_bytes(path, safety, with_wal=holder is None)
        shutil.copymode(path, staged)  # the restored file keeps the database's permissions
        if holder is not None and os.name == "nt":  # Windows renames no open file
            holder.close()
            holder = None
        os.replace(staged, path)
        if holder is None:
            for leftover in _side_files(path):  # the old file's, never the new one's
                leftover.unlink(missing_ok=True)
        _fsync_folder(path.parent)
    finally:
        if holder is not None:
            holder.close()
    return safety


def _keep_bytes(path: Path, safety: Path, *, with_wal: bool) -> None:
    try:
        shutil.copyfile(path, safety)
        wal = Path(f"{path}-wal")
        if with_wal and wal.exists():
            shutil.copyfile(wal, Path(f"{safety}-wal"))
    except OSError as exc:
        safety.unlink(missing_ok=True)
        raise (storage_problem(exc, safety) or _unwritable(safety, exc)) from None


def _hold(path: Path) -> sqlite3.Connection | None:
    """An exclusive hold on a readable database (out of WAL first); None if SQLite cannot
    read it. Refused while another connection uses it."""
    try:
        inspect_file(path)
    except DatabaseFileError as exc:
        if exc.kind == "locked":
            raise
        return None
    connection = sqlite3.connect(path, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        # Leaving WAL needs the only connection: it checkpoints and removes -wal and -shm.
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if mode != "delete":
            raise sqlite3.OperationalError("database is locked")
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error:
        connection.close()
        raise _problem(
            path,
            "locked",
            t("it is open in another SRO Panel window or another program"),
            t("Close it there, then try again. Nothing was changed."),
        ) from None
    return connection
