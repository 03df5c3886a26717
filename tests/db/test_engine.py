"""Engine settings: SQLite pragmas, transactional DDL and savepoints, URL resolution, versioning."""

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm.exc import StaleDataError

from sro_panel.db.engine import Database, resolve_url
from sro_panel.db.models import ProfileSnapshot
from sro_panel.errors import InputError


def test_sqlite_connections_get_the_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_ddl_inside_a_transaction_rolls_back_on_sqlite(sqlite_db):
    with pytest.raises(RuntimeError), sqlite_db.transaction() as session:
        session.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("abort")
    assert "scratch" not in inspect(sqlite_db.engine).get_table_names()


def test_a_savepoint_rolls_back_alone(db):
    with db.transaction() as session:
        session.add(
            ProfileSnapshot(profile_id="a", name="A", source_file="a", content="", sha256="0")
        )
        nested = session.begin_nested()
        session.add(
            ProfileSnapshot(profile_id="b", name="B", source_file="b", content="", sha256="0")
        )
        session.flush()
        nested.rollback()
    with db.transaction() as session:
        assert session.scalars(select(ProfileSnapshot.profile_id)).all() == ["a"]


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from sro_panel.db.models import Applicant

    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Applicant(round_id=999, employee_id="X", first_name="A", last_name="B"))


def test_a_stale_write_is_refused_not_overwritten(services):
    from sqlalchemy.orm import Session

    from sro_panel.db.models import SelectionRound
    from sro_panel.services.demo import DemoService

    round_id = DemoService(services).write_demo().round_id
    engine = services.db.engine
    with Session(engine, expire_on_commit=False) as laptop_a:
        mine = laptop_a.get(SelectionRound, round_id)
        laptop_a.commit()  # A has read the round and holds no lock
        with engine.begin() as laptop_b:  # B changes it meanwhile
            laptop_b.execute(
                text(
                    "UPDATE selection_round SET positions = 3, version = version + 1 WHERE id = :i"
                ),
                {"i": round_id},
            )
        mine.positions = 7
        with pytest.raises(StaleDataError):
            laptop_a.commit()
    with Session(engine) as check:
        assert check.get(SelectionRound, round_id).positions == 3


@pytest.mark.parametrize(
    "given, expected",
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_urls_are_resolved(given, expected):
    assert resolve_url(given).render_as_string() == expected


def test_a_plain_path_is_a_sqlite_file(tmp_path):
    url = resolve_url(str(tmp_path / "a.db"))
    assert url.get_backend_name() == "sqlite" and url.database == str(tmp_path / "a.db")


def test_the_environment_variable_picks_the_database(monkeypatch, tmp_path):
    monkeypatch.setenv("SRO_PANEL_DB", f"sqlite:///{tmp_path}/env.db")
    assert resolve_url(None).database == f"{tmp_path}/env.db"


def test_an_unsupported_database_is_refused():
    with pytest.raises(InputError, match="'mysql' is not supported"):
        resolve_url("mysql://root@localhost/db")
    with pytest.raises(InputError, match="not a database URL"):
        resolve_url("::nonsense://")


def test_database_open_accepts_a_path(tmp_path):
    db = Database.open(str(tmp_path / "p.db"))
    assert db.is_sqlite
    db.dispose()


def test_answers_says_whether_the_database_takes_a_query_now(db, free_port):
    assert db.answers() is True
    nobody = Database.open(f"postgresql+psycopg://postgres@127.0.0.1:{free_port}/test")
    assert nobody.answers() is False  # refused: no exception, just "not now"
    nobody.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(
    not hasattr(__import__("socket"), "TCP_USER_TIMEOUT"), reason="no TCP user timeout here"
)
def test_a_dead_link_to_the_server_fails_in_seconds_not_minutes(pg_url):
    """The operating system itself gives up on a query nobody acknowledges (Wi-Fi gone)."""
    import socket

    db = Database.open(pg_url)
    with db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        sock = socket.socket(fileno=raw.fileno())
        try:
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT) == 5000
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 10
        finally:
            sock.detach()  # the socket stays the driver's
    db.dispose()


@pytest.fixture
def free_port():
    """A local port nothing listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
