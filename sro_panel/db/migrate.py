"""Bringing a database to the current schema at startup, safely.

- A new, empty database is created by running every migration from the start.
- An existing SQLite file is copied (SQLite's backup API) to a timestamped file
  beside it before any upgrade.
- A database written by a newer version of the app, or a database that is not
  an SRO Panel database, is refused with a clear message and left untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from sro_panel.db.engine import Database, sqlite_path
from sro_panel.errors import DatabaseError, FieldError
from sro_panel.messages import t
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


def backup_sqlite(path: Path, *, reason: str = "backup") -> Path:
    """Copy a SQLite file with the backup API (consistent even while in use); return the copy."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{n}{path.suffix}")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
    finally:
        source.close()
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseError(
            t("{path}: the backup before upgrading failed its integrity check", path=path)
        )
    return target


def _describe(db: Database) -> str:
    return db.url.render_as_string(hide_password=True)


def upgrade_to_head(db: Database) -> Path | None:
    """Bring `db` to the current schema; return the backup made first, if any."""
    try:
        with db.engine.connect() as connection:
            current = current_revision(connection)
            if current == HEAD and MIGRATIONS == _SHIPPED:
                return None
            tables = set(inspect(connection).get_table_names())
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(
            t("{db}: cannot be opened ({exc})", db=_describe(db), exc=_reason(exc))
        ) from None
    head = head_revision()
    if current == head:
        return None
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            t(
                "{db}: this is not an SRO Panel database (it holds other tables); choose "
                "another file or an empty database",
                db=_describe(db),
            )
        )
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            t(
                "{db}: written by a newer version of SRO Panel (schema {current}); install "
                "that version to open it. Nothing was changed.",
                db=_describe(db),
                current=current,
            )
        )
    backup = None
    path = sqlite_path(db.url)
    if current is not None and path is not None:
        backup = backup_sqlite(path, reason=f"before-upgrade-{current}")
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


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
