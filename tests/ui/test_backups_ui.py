"""Backups in the window: the administrator's dialog, a restore that reopens the window,
automatic backups off the UI thread, and a damaged database put right from its backup."""

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from sro_panel import cli
from sro_panel.services.backups import Schedule, read_schedule
from sro_panel.ui import app as ui_app
from sro_panel.ui import dialogs
from sro_panel.ui.backups_dialog import BackupsDialog
from tests.db.test_database_files import damage


def db_file(services) -> Path:
    return Path(services.db.url.database)


def test_the_dialog_backs_up_now_lists_the_copies_and_sets_the_schedule(qtbot, demo, qtmodeltester):
    dialog = BackupsDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert (dialog.every_spin.value(), dialog.keep_spin.value()) == (24, 7)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, dialog.model.COL_KIND).data() == "Backed up by hand"
    assert "Backed up: demo.backup-" in dialog.where_label.text()

    dialog.every_spin.setValue(6)
    dialog.keep_spin.setValue(3)
    qtbot.mouseClick(dialog.save_schedule_button, Qt.MouseButton.LeftButton)
    assert read_schedule(db_file(demo)) == Schedule(6, 3)


def test_restore_from_the_file_menu_reopens_the_window_on_the_restored_database(
    qtbot, demo, monkeypatch, confirm, errors
):
    backup = demo.backups.back_up_now().path
    demo.schools.add_school("Lincoln Middle School", level="middle")
    monkeypatch.setattr(ui_app, "sign_in", lambda services: services)
    windows = ui_app.Windows()
    assert windows.show(demo)
    first = windows.window
    qtbot.addWidget(first)
    assert first.file_actions.backups_action.isVisible()

    chosen = []

    def choose(parent, title, folder, filter_):
        chosen.append(folder)
        return str(backup)

    monkeypatch.setattr(dialogs.ChooseFile, "open", staticmethod(choose))
    dialog = BackupsDialog(demo, first)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore()
    assert dialog.chosen == backup and chosen == [str(backup)]  # starts on the row chosen
    assert "before-restore" in confirm.asked[0][1]

    monkeypatch.setattr(BackupsDialog, "ask", staticmethod(lambda parent, services: backup))
    first.file_actions.backups_action.trigger()
    second = windows.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert errors.asked == []
    names = [s.name for s in second.services.schools.schools()]
    assert "Lincoln Middle School" not in names
    assert list(db_file(demo).parent.glob("demo.before-restore-*.db"))


def test_a_window_on_a_sqlite_file_makes_the_due_backup_in_the_background(qtbot, demo, monkeypatch):
    monkeypatch.setattr(ui_app, "sign_in", lambda services: services)
    windows = ui_app.Windows()
    assert windows.show(demo)
    window = windows.window
    qtbot.addWidget(window)
    folder = db_file(demo).parent
    qtbot.waitUntil(lambda: any(folder.glob("demo.auto-*.db")), timeout=10_000)
    qtbot.waitUntil(lambda: "Automatic backup saved" in window.statusBar().currentMessage())
    assert not demo.backups.due()  # the next one waits for the schedule


def test_a_damaged_database_offers_its_latest_backup_and_opens_restored(
    qtbot, demo_template, tmp_path, monkeypatch
):
    path = tmp_path / "panel.db"
    shutil.copyfile(demo_template, path)
    assert cli.main(["--db", str(path), "backup", "auto"]) == 0
    [backup] = tmp_path.glob("panel.auto-*.db")
    damage(path)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    asked = []

    def problem(parent, message, backup=None):
        asked.append((message, backup))
        return dialogs.RestoreBackup(backup)

    def sign_in(parent, staged):  # the backup's own administrator
        return staged.accounts.sign_in("admin", "copper lantern 41 demo")

    monkeypatch.setattr(dialogs.DatabaseProblem, "ask", staticmethod(problem))
    monkeypatch.setattr("sro_panel.ui.sign_in_dialog.SignInDialog.ask", staticmethod(sign_in))
    services = cli.open_for_gui(str(path))
    assert services is not None
    [(message, offered)] = asked
    assert offered == backup and "the file is damaged" in message
    assert any(r.stage == "scoring" for r in services.rounds.list_rounds())
    [safety] = tmp_path.glob("panel.before-restore-*.db")
    assert hashlib.sha256(safety.read_bytes()).hexdigest() == damaged
    services.db.dispose()
