"""A database that cannot be opened: the person is told why and may pick another."""

from sro_panel import cli
from sro_panel.ui import dialogs


def test_an_unopenable_database_offers_another_and_opens_it(monkeypatch, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 50)
    asked = []

    def pick(parent, message, backup=None):
        asked.append(message)
        return str(tmp_path / "fresh.db")

    monkeypatch.setattr(dialogs.DatabaseProblem, "ask", staticmethod(pick))
    services = cli.open_for_gui(str(junk))
    assert services is not None
    assert services.db.url.database == str(tmp_path / "fresh.db")
    assert "cannot be opened" in asked[0] and "junk.db" in asked[0]
    assert junk.read_bytes() == b"this is not a database" * 50
    services.db.dispose()


def test_quitting_from_the_database_problem_opens_nothing(monkeypatch, tmp_path):
    newer = tmp_path / "newer.db"
    services = cli.open_for_gui(str(newer))
    with services.db.engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    services.db.dispose()
    asked = []
    monkeypatch.setattr(
        dialogs.DatabaseProblem,
        "ask",
        staticmethod(lambda parent, msg, backup=None: asked.append(msg)),
    )
    assert cli.open_for_gui(str(newer)) is None
    assert "newer version of SRO Panel" in asked[0]
