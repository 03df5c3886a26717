"""Opening a database by URL: SQLite (the embedded default) or PostgreSQL (a shared panel).

SQLite gets, on every connection: foreign keys on, WAL, synchronous=FULL and a
busy timeout. Python's sqlite3 module opens transactions lazily and commits
implicitly before DDL, which breaks SAVEPOINTs and transactional DDL; the
driver is put in autocommit mode and SQLAlchemy emits BEGIN itself (the recipe
in SQLAlchemy's SQLite dialect documentation).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sro_panel.db.text_guard import guard_texts
from sro_panel.errors import DatabaseError, InputError
from sro_panel.messages import t

APP_NAME = "SRO Panel"
ENV_DB = "SRO_PANEL_DB"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{user_data_dir() / 'sro-panel.db'}"


def resolve_url(url: str | None) -> URL:
    """The database URL from `--db`, else `SRO_PANEL_DB`, else the user-data SQLite file.

    A plain path is taken as a SQLite file; `postgresql://` uses the psycopg 3 driver.
    """
    text = url or os.environ.get(ENV_DB) or default_url()
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser().resolve()}"
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise InputError(t("--db: {text!r} is not a database URL", text=text)) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise InputError(
            t(
                "--db: {drivername!r} is not supported; use a SQLite path or URL or "
                "postgresql+psycopg://user@host/database",
                drivername=parsed.drivername,
            )
        )
    return parsed


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two laptops' processes never
    # deadlock upgrading a read lock; waits are bounded by the busy timeout.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: URL | str) -> Engine:
    parsed = url if isinstance(url, URL) else resolve_url(url)
    if is_sqlite(parsed):
        path = sqlite_path(parsed)
        if path is not None and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=PG_CONNECT)
    except ModuleNotFoundError:
        raise DatabaseError(
            t(
                "PostgreSQL support is not installed: install the 'postgres' extra (pip "
                "install 'sro-panel[postgres]')"
            )
        ) from None


# A laptop whose Wi-Fi drops mid-save sends its query into a dead link: without these,
# the connection waits on TCP's own retries (about 15 minutes) with the window held.
# The operating system now gives up on data left unacknowledged for 5 s, and probes an
# idle pooled connection, so a save fails in seconds and the edit is kept on the laptop.
PG_CONNECT = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 5000,  # milliseconds
}


class Database:
    """An engine and its session factory; one short-lived session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        guard_texts(self._sessions)

    @classmethod
    def open(cls, url: URL | str | None) -> Database:
        return cls(make_engine(resolve_url(url) if not isinstance(url, URL) else url))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def answers(self) -> bool:
        """Whether the database takes a connection and a query now: one cheap round trip."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def dispose(self) -> None:
        self.engine.dispose()
