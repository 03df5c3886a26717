"""Bringing a database to the current schema at startup, safely.

- A new, empty database is created by running every migration from the start.
- A SQLite file is checked before anything connects to it (`db.files`): a damaged,
  truncated, foreign or locked file is refused, untouched, naming its latest backup.
- An existing SQLite file is copied (SQLite's backup API, checked) to a timestamped
  file beside it before any upgrade.
- A database written by a newer version of the app, or a database that is not
  an SRO Panel database, is refused with a clear message and left untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from sro_panel.db.engine import Database, sqlite_path
from sro_panel.db.files import (
    backup_sqlite,
    copy_database,
    inspect_file,
    latest_good_backup,
    replace_database,
    temporary_beside,
)
from sro_panel.errors import DatabaseError, DatabaseFileError, FieldError
from sro_panel.messages import message_of, t
from sro_panel.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = migrations_dir()
# The newest revision, so an up-to-date database is recognised without importing
# Alembic at startup (about a tenth of a second); a test keeps it equal to the scripts.
HEAD = "0005"
_SHIPPED = MIGRATIONS  # tests point MIGRATIONS elsewhere to simulate a newer app


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_sqlite_file(path: Path, *, full: bool = False) -> str | None:
    """Check a SQLite file without writing to it (`db.files.inspect_file`), and refuse one
    written by a newer version of SRO Panel; its schema revision (None: new or empty)."""
    current = inspect_file(path, full=full)
    if current is None:
        return None
    if (current != HEAD or MIGRATIONS != _SHIPPED) and current not in known_revisions():
        what = t("written by a newer version of SRO Panel (schema {current})", current=current)
        raise DatabaseFileError(path, "newer", _newer(str(path), current), what)
    return current


def _newer(where: str, current: str) -> str:
    return t(
        "{db}: written by a newer version of SRO Panel (schema {current}); install "
        "that version to open it. Nothing was changed.",
        db=where,
        current=current,
    )


def _offering_backup(exc: DatabaseFileError) -> DatabaseFileError:
    """The same problem, naming the latest good backup of the file when there is one."""
    if exc.kind in ("locked", "newer"):
        return exc
    latest = latest_good_backup(Path(exc.path))
    if latest is None:
        return exc
    when = latest.made_at.strftime("%Y-%m-%d %H:%M UTC")
    offered = DatabaseFileError(
        exc.path,
        exc.kind,
        t(
            "{problem} Its latest good backup is {backup}, made {when}; put it in the "
            "file's place with Restore (a copy of the bad file is kept).",
            problem=message_of(exc),
            backup=latest.path,
            when=when,
        ),
        exc.what,
    )
    offered.backup = latest.path
    return offered


def _describe(db: Database) -> str:
    return db.url.render_as_string(hide_password=True)


def upgrade_to_head(db: Database, *, backup: bool = True) -> Path | None:
    """Bring `db` to the current schema; return the backup made first, if any.

    A SQLite file is checked before anything connects to it (a connection switches it
    to WAL). One at an older revision is first copied beside itself (checked), the
    copy's copy is upgraded, and one rename puts it in place: until then the file is
    not written to, so a failed upgrade leaves it byte for byte as it was.
    `backup=False` upgrades in place a file that is itself a copy (a restore's).
    """
    path = sqlite_path(db.url)
    if path is None:
        _upgrade_in_place(db)
        return None
    try:
        current = check_sqlite_file(path)
    except DatabaseFileError as exc:
        raise _offering_backup(exc) from None
    if current is None or not backup:
        _upgrade_in_place(db)  # new, empty, or a copy
        return None
    if (current == HEAD and MIGRATIONS == _SHIPPED) or current == head_revision():
        return None
    copy = backup_sqlite(path, reason=f"before-upgrade-{current}")
    with temporary_beside(path) as staged:
        copy_database(copy, staged)
        work = Database.open(f"sqlite:///{staged}")
        try:
            _upgrade_in_place(work)
        finally:
            work.dispose()  # folds its WAL in: one file to rename
        db.dispose()
        replace_database(path, staged, safety=None)  # the copy made first is the safety
    return copy


def _upgrade_in_place(db: Database) -> None:
    try:
        with db.engine.connect() as connection:
            current = current_revision(connection)
            if current == HEAD and MIGRATIONS == _SHIPPED:
                return
            tables = set(inspect(connection).get_table_names())
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(
            t("{db}: cannot be opened ({exc})", db=_describe(db), exc=_reason(exc))
        ) from None
    if current == head_revision():
        return
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            t(
                "{db}: this is not an SRO Panel database (it holds other tables); choose "
                "another file or an empty database",
                db=_describe(db),
            )
        )
    if current is not None and current not in known_revisions():
        raise DatabaseError(_newer(_describe(db), current))
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _server_reason(exc: Exception) -> str:
    """libpq's own words without its preamble: 'database "x" does not exist'."""
    text = _reason(exc)
    for marker in ("FATAL:", "failed: "):
        if marker in text:
            text = text.rsplit(marker, 1)[1]
    return text.strip()


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).strip().splitlines()
    return text[0] if text else type(exc).__name__


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """A PostgreSQL URL from the connection dialog's fields (the password only if given)."""
    from sqlalchemy.engine import URL

    for field, value in (("Server", host), ("Database", database), ("User name", user)):
        if not value.strip():
            raise FieldError(field, t("is needed"))
    url = URL.create(
        "postgresql+psycopg",
        username=user.strip(),
        password=password or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
    )
    return url.render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The URL as it may be kept in settings and shown: never with its password."""
    return make_url(url).render_as_string(hide_password=True).replace(":***@", "@")


def check_server(url: str) -> str:
    """Connect once and say what is there, in words; DatabaseError with the reason if not."""
    db = Database.open(url)
    try:
        with db.engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
            current = current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except (OperationalError, DBAPIError) as exc:
        where = f"{db.url.host}:{db.url.port or 5432}"
        raise DatabaseError(
            t("Cannot connect to {where}: {exc}", where=where, exc=_server_reason(exc))
        ) from None
    finally:
        db.dispose()
    server = f"Connected to PostgreSQL {str(version).split()[0]}"
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            t(
                "{server}, but this database holds another program's tables; choose an empty "
                "database or an SRO Panel one",
                server=server,
            )
        )
    if current is None:
        return f"{server}: an empty database; SRO Panel will set it up when opened."
    if current not in known_revisions():
        raise DatabaseError(
            t(
                "{server}: written by a newer version of SRO Panel ({current})",
                server=server,
                current=current,
            )
        )
    state = "up to date" if current == HEAD else "will be upgraded when opened"
    return f"{server}: an SRO Panel database, {state}."
