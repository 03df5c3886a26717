"""The command line's backups: `backup -o FILE`, `backup list|schedule|auto`, `restore FILE`.

They work on the SQLite file named by --db (or the default one); on a PostgreSQL
URL they refuse and point to the README's section on pg_dump and pg_restore.
`backup list`, `backup auto` and showing the schedule read files beside the
database and never open it, so they work on a database that cannot be opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel.errors import DatabaseFileError, InputError, SroPanelError

if TYPE_CHECKING:
    from sro_panel.services.app import Services
    from sro_panel.services.context import Actor


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup",
        help="copy the SQLite database (-o FILE), or list, schedule or make automatic copies",
        description="-o FILE writes a checked copy of the database (the administrator). "
        "Automatic copies are kept beside the database as NAME.auto-STAMP.db.",
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to copy it")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    actions.add_parser("list", help="the schedule and the copies kept beside the database")
    schedule = actions.add_parser(
        "schedule", help="show, or set (the administrator), when automatic copies are made"
    )
    schedule.add_argument(
        "--every", type=int, metavar="HOURS", help="hours between automatic copies (0: off)"
    )
    schedule.add_argument("--keep", type=int, metavar="N", help="automatic copies kept")
    actions.add_parser(
        "auto",
        help="make an automatic copy if one is due and delete those beyond the count kept "
        "(for cron or the Task Scheduler)",
    )
    restore = sub.add_parser(
        "restore",
        help="put a backup in the database's place (the administrator); the database as it "
        "was is kept beside it",
    )
    restore.add_argument("file", type=Path, metavar="FILE")


def _database_file(args: argparse.Namespace) -> Path:
    from sro_panel.db.engine import resolve_url, sqlite_path
    from sro_panel.services.backups import POSTGRES_REFUSAL

    if getattr(args, "round_file", None) is not None:
        raise InputError("backups work on a database file: name the laptop's with --db")
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise InputError(POSTGRES_REFUSAL if url.get_backend_name() != "sqlite" else "in memory")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    from sro_panel import cli

    path = _database_file(args)
    action = args.backup_command
    if action is None and args.output is None:
        raise InputError("backup: give -o FILE, or an action: list, schedule, auto")
    if action is None:
        services = cli._open_services(args.db)
        try:
            copy = services.backups.backup_to(args.output)
        finally:
            services.db.dispose()  # the file is left as the command found it: closed
        print(f"{copy.path}: a checked copy of {path} ({copy.size:,} bytes)")
        return 0
    if args.output is not None:
        raise InputError(f"backup {action}: -o goes with backup alone")
    if action == "schedule" and (args.every is not None or args.keep is not None):
        services = cli._open_services(args.db)
        try:
            now = services.backups.schedule()
            every = now.every_hours if args.every is None else args.every
            keep = now.keep if args.keep is None else args.keep
            schedule = services.backups.set_schedule(every, keep)
        finally:
            services.db.dispose()
        print(f"{path}: {schedule.describe()}")
        return 0
    if action == "auto":
        return _auto(path)
    return _list(path, schedule_only=action == "schedule")


def _list(path: Path, *, schedule_only: bool) -> int:
    from sro_panel.db.files import list_backups
    from sro_panel.services.backups import read_schedule

    print(f"{path}: {read_schedule(path).describe()}")
    if schedule_only:
        return 0
    copies = list_backups(path)
    if not copies:
        print("No backups beside it yet.")
    for b in copies:
        print(f"  {b.made_at:%Y-%m-%d %H:%M} UTC  {b.reason:<22} {b.size:>12,}  {b.path.name}")
    return 0


def _auto(path: Path) -> int:
    from sro_panel.services.backups import auto_backup
    from sro_panel.services.context import utc_clock

    result = auto_backup(path, utc_clock())
    if result.made is None:
        print(f"{path}: no automatic backup due")
        return 0
    print(f"{result.made}: made")
    for old in result.pruned:
        print(f"{old}: deleted (beyond the count kept)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore as someone the current database allows; when it cannot be opened, as someone
    the backup's accounts allow (the restored database is theirs)."""
    from sro_panel import cli
    from sro_panel.services.backups import check_backup, restore_file

    path = _database_file(args)
    check_backup(args.file, path)  # refused before anyone is asked to sign in
    try:
        services = cli._open_services(args.db)
    except DatabaseFileError as exc:
        if exc.kind in ("locked", "foreign"):
            raise
        result = restore_file(path, args.file, _signed_in)
    else:
        result = services.backups.restore(args.file)
    from sro_panel.db.migrate import HEAD

    upgraded = f", upgraded to {HEAD}" if result.upgraded else ""
    print(f"{path}: restored from {result.backup} (schema {result.revision}{upgraded})")
    if result.safety_copy is not None:
        print(f"The database as it was is kept as {result.safety_copy}")
    return 0


def _signed_in(staged: Services) -> Actor:
    from sro_panel import cli

    if not staged.accounts.any_accounts():
        return staged.actor
    return staged.accounts.sign_in(*cli._credentials())


def restore_hint(exc: SroPanelError, args: argparse.Namespace) -> str | None:
    """For a database that cannot be opened but has a good backup: the command that
    puts it back."""
    backup = getattr(exc, "backup", None)
    if backup is None:
        return None
    import shlex

    db = f" --db {shlex.quote(args.db)}" if getattr(args, "db", None) else ""
    return f"to put that backup in its place: sro-panel{db} restore {shlex.quote(str(backup))}"
