"""Connecting a laptop to the panel's shared PostgreSQL database."""

import pytest

from sro_panel import cli
from sro_panel.ui import connection_dialog
from sro_panel.ui.connection_dialog import ConnectionDialog, saved_database

pytestmark = pytest.mark.postgres


def fill(qtbot, dialog, url, password=""):
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    for edit, text in (
        (dialog.host_edit, parts.host),
        (dialog.database_edit, parts.database),
        (dialog.user_edit, parts.username),
        (dialog.password_edit, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port_spin.setValue(parts.port or 5432)


def test_test_connection_says_what_is_there_or_why_not(qtbot, settings, pg_url, db):
    dialog = ConnectionDialog(None, settings)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, pg_url)
    dialog.test_button.click()
    assert dialog.result_label.text().startswith("Connected to PostgreSQL")
    assert "an SRO Panel database, up to date" in dialog.result_label.text()

    dialog.database_edit.setText("no_such_database_here")
    dialog.test_button.click()
    where = f"{dialog.host_edit.text()}:{dialog.port_spin.value()}"
    assert dialog.result_label.text() == (
        f'Cannot connect to {where}: database "no_such_database_here" does not exist'
    )
    dialog.accept()  # OK with a database that cannot be reached: the dialog stays
    assert dialog.result() != ConnectionDialog.DialogCode.Accepted
    assert settings.value("database/url") is None  # nothing kept

    dialog.database_edit.clear()
    dialog.test_button.click()
    assert dialog.result_label.text() == "Database: is needed"


@pytest.fixture
def db_url(pg_url):
    """The shared fixtures' database, on the PostgreSQL server only."""
    return pg_url


def test_ok_keeps_the_server_but_never_the_password(qtbot, settings, pg_url, db, tmp_path):
    dialog = ConnectionDialog(None, settings)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, pg_url, password="Correct-Horse-77")
    dialog.accept()
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    assert "Correct-Horse-77" in dialog.url  # used for this run only
    settings.sync()
    kept = (tmp_path / "settings.ini").read_text()
    assert "Correct-Horse-77" not in kept
    assert settings.value("database/url") == pg_url
    again = ConnectionDialog(None, settings)  # the next time: filled in, password empty
    qtbot.addWidget(again)
    assert again.database_edit.text() == dialog.database_edit.text()
    assert again.password_edit.text() == ""


def test_the_window_opens_on_the_shared_database_chosen_last_time(monkeypatch, settings, pg_url):
    assert saved_database(settings) is None
    settings.setValue("database/url", pg_url)
    assert saved_database(settings) == pg_url
    monkeypatch.setattr(connection_dialog, "saved_database", lambda: pg_url)
    monkeypatch.delenv("SRO_PANEL_DB", raising=False)
    assert cli._saved_database() == pg_url
    monkeypatch.setenv("SRO_PANEL_DB", "sqlite:///elsewhere.db")
    assert cli._saved_database() is None  # the environment, set by IT, decides
