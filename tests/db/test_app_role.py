"""On PostgreSQL the app's own role can add audit entries but never change or remove one."""

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.roles import grant_app_role
from sro_panel.errors import DatabaseError, InputError
from tests.conftest import make_services


@pytest.fixture
def app_role(pg_url):
    role = f"sro_app_{uuid.uuid4().hex[:8]}"
    owner = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as c:
        c.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    yield role
    with owner.connect() as c:
        c.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"),
            {"r": role},
        )
        c.execute(text(f'DROP OWNED BY "{role}"'))
        c.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()


@pytest.mark.postgres
def test_the_app_role_adds_audit_entries_but_cannot_change_them(pg_url, app_role):
    owner = Database.open(pg_url)
    upgrade_to_head(owner)
    make_services(owner).accounts.grant_app_role(app_role)  # recorded, the trail sealed first
    owner.dispose()

    url = make_url(pg_url).set(username=app_role).render_as_string(hide_password=False)
    app = Database.open(url)
    try:
        upgrade_to_head(app)  # already at head: the app role never needs to migrate
        services = make_services(app)
        services.accounts.create_first_administrator("admin", "Pat Admin", "tall pine ridge 44")
        services.accounts.sign_in("admin", "tall pine ridge 44")
        assert services.audit.verify().ok
        assert [e.action for e in services.audit.entries()][-1:] != []
        trail = "SELECT seq, seal, detail FROM audit_entry ORDER BY seq"
        with app.engine.connect() as c:
            before = c.execute(text(trail)).all()
        assert len(before) >= 2
        for statement in (
            "UPDATE audit_entry SET detail = 'edited'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "UPDATE alembic_version SET version_num = '9999'",
            "DROP TABLE audit_entry",
        ):
            refused = pytest.raises(ProgrammingError, match=r"permission denied|must be owner")
            with refused, app.engine.begin() as c:
                c.execute(text(statement))
        with app.engine.connect() as c:
            assert c.execute(text(trail)).all() == before
    finally:
        app.dispose()


@pytest.mark.postgres
def test_granting_needs_an_existing_role_and_the_owner(pg_url, app_role):
    owner = Database.open(pg_url)
    upgrade_to_head(owner)
    with pytest.raises(InputError, match="no PostgreSQL role 'nobody_here'"):
        grant_app_role(owner, "nobody_here")
    with pytest.raises(InputError, match="a role name is"):
        grant_app_role(owner, 'x"; DROP TABLE audit_entry; --')
    owner.dispose()
    url = make_url(pg_url).set(username=app_role).render_as_string(hide_password=False)
    app = Database.open(url)
    with pytest.raises(DatabaseError, match="run this as the database's owner"):
        grant_app_role(app, app_role)
    app.dispose()


def test_a_sqlite_file_has_no_roles(sqlite_db):
    with pytest.raises(InputError, match="for PostgreSQL"):
        grant_app_role(sqlite_db, "sro_app")
