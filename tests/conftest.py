"""Shared fixtures: real databases (SQLite files and the PostgreSQL server), not mocks."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.services.app import Services
from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.demo import fixed_clock
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput


def _test_audit_key() -> str:
    """One fixed audit key for the whole run (and its subprocesses), never the user's own."""
    import tempfile

    path = os.path.join(tempfile.mkdtemp(prefix="sro-panel-test-key-"), "audit.key")
    with open(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
        out.write("5e" * 32 + "\n")
    return path


os.environ["SRO_PANEL_AUDIT_KEY_FILE"] = _test_audit_key()
# Translations compiled for the tests go to a folder of the run, never the user's cache.
os.environ["SRO_PANEL_CACHE_DIR"] = tempfile.mkdtemp(prefix="sro-panel-test-cache-")
# Commands on the demo database sign in as its administrator (services/demo.py).
os.environ["SRO_PANEL_USER"] = "admin"
os.environ["SRO_PANEL_PASSWORD"] = "copper lantern 41 demo"


PG_SERVER = os.environ.get("SRO_PANEL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
REQUIRE_PG = os.environ.get("SRO_PANEL_REQUIRE_POSTGRES") == "1"
REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "forms"


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(
        f"{PG_SERVER}/postgres",
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A database of our own on the PostgreSQL server, dropped at the end of the run."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    try:
        admin = _pg_admin_engine()
        with admin.connect() as c:
            c.execute(text("SELECT 1"))
    except (OperationalError, ModuleNotFoundError) as exc:
        reason = f"PostgreSQL not reachable at {PG_SERVER}: {type(exc).__name__}"
        if REQUIRE_PG:
            pytest.fail(reason + " (SRO_PANEL_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)
    name = f"sro_panel_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as c:
            c.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """The test database on the server, emptied for this test."""
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_server)
    with engine.begin() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return pg_server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    upgrade_to_head(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'test.db'}")
    upgrade_to_head(database)
    yield database
    database.dispose()


def make_services(database: Database, actor: Actor | None = None) -> Services:
    return Services(
        database,
        actor or Actor.local_administrator(),
        fixed_clock(dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC)),
    )


@pytest.fixture
def services(db: Database) -> Services:
    return make_services(db)


@pytest.fixture
def sqlite_services(sqlite_db: Database) -> Services:
    return make_services(sqlite_db)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written once per test run; each test gets its own copy of the file."""
    from sro_panel.services.demo import DemoService

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = Database.open(f"sqlite:///{path}")
    upgrade_to_head(database)
    DemoService(make_services(database)).write_demo()
    database.dispose()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    """Services on a private copy of the demo database (rounds 1 and 2)."""
    import shutil

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    database = Database.open(f"sqlite:///{path}")
    yield make_services(database)
    database.dispose()


@pytest.fixture
def panel(services):
    """A round with three candidates in the pool and a four-member panel, and an actor per seat."""
    rnd = services.rounds.create_round(
        RoundInput(
            FORMS / "milwaukee-mpd.toml", "Round", "SRO", dt.date(2026, 9, 1),
            dt.date(2026, 9, 30), dt.date(2026, 11, 2), 2,
        )
    )  # fmt: skip
    cands = []
    for i, (first, last) in enumerate((("Ana", "Ruiz"), ("Bo", "Lee"), ("Cy", "Dunn"))):
        a = services.applicants.add_applicant(
            rnd.id,
            ApplicantInput(
                f"E{i}", first, last, service_start=dt.date(2015, 1, 1),
                sustained_juvenile_complaints=0, sustained_complaints=0,
            ),
        )  # fmt: skip
        for req in ("good_standing", "attendance", "satisfactory_discipline"):
            services.screening.attest(a.id, req, "pass", evidence_source="HR")
        services.pool.set_in_pool(a.id, True)
        cands.append(a.id)
    seats = {}
    for name, role, chair in (
        ("Staff", "mps_staff", False),
        ("Neighbour", "community", False),
        ("Kid", "mps_student", False),
        ("Captain", "mpd", True),
    ):
        seats[role] = services.panel.add_panelist(
            rnd.id, name=name, role_type=role, is_chair=chair
        ).id
    actors = {
        role: services.as_actor(
            Actor(
                role,
                f"{role} person",
                Role.PANEL_CHAIR if role == "mpd" else Role.PANELIST,
                frozenset({pid}),
            )
        )
        for role, pid in seats.items()
    }
    return rnd, cands, seats, actors


class ServerOutage:
    """Makes the test database unreachable, as a dropped network does, and brings it back."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.name = make_url(url).database
        self.engine = _pg_admin_engine()

    def _run(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as c:
            c.execute(text(sql))

    def begin(self) -> None:
        self._run(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
        self._run(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{self.name}' AND pid <> pg_backend_pid()"
        )

    def end(self) -> None:
        self._run(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')


@pytest.fixture
def outage(pg_url: str) -> Iterator[ServerOutage]:
    """Switch the PostgreSQL test database off and on; always back on after the test."""
    control = ServerOutage(pg_url)
    yield control
    control.end()
    control.engine.dispose()
