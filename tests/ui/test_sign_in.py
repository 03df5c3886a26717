"""Signing in to the window, and the first run's administrator."""

from PySide6.QtCore import Qt

from sro_panel.services.permissions import Role
from sro_panel.ui.main_window import MainWindow
from sro_panel.ui.sign_in_dialog import FirstAdministratorDialog, SignInDialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_said_in_the_dialog_which_stays_open(qtbot, demo):
    dialog = SignInDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "chief")
    qtbot.keyClicks(dialog.password_edit, "silver meadow 84")
    click(qtbot, dialog.sign_in_button)
    assert dialog.isVisible() and dialog.actor is None
    assert "Wrong user name or password" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password_edit, "silver meadow 84 demo")
    click(qtbot, dialog.sign_in_button)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.actor.role is Role.DECISION_MAKER


def test_a_signed_in_person_acts_as_themself_only(qtbot, demo, settings):
    student = demo.accounts.sign_in("student", "violet comet 29 demo")
    window = MainWindow(demo.as_actor(student), settings=settings)
    qtbot.addWidget(window)
    assert window.acting_combo.count() == 1
    assert window.acting_combo.itemText(0) == "Jaylen Okonkwo"
    assert not window.export_button.isEnabled()


def test_the_first_run_creates_the_administrator(qtbot, sqlite_services):
    dialog = FirstAdministratorDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Pat Okafor")
    qtbot.keyClicks(dialog.username_edit, "pokafor")
    qtbot.keyClicks(dialog.password_edit, "password1234")
    qtbot.keyClicks(dialog.repeat_edit, "password1234")
    click(qtbot, dialog.create_button)
    assert dialog.error_label.text().startswith("Password: is a common password")
    assert not sqlite_services.accounts.any_accounts()  # nothing half-made
    for edit in (dialog.password_edit, dialog.repeat_edit):
        edit.clear()
    qtbot.keyClicks(dialog.password_edit, "lake shore drive at dawn")
    qtbot.keyClicks(dialog.repeat_edit, "lake shore drive at dusk")
    click(qtbot, dialog.create_button)
    assert "differ" in dialog.error_label.text()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "lake shore drive at dawn")
    click(qtbot, dialog.create_button)
    assert dialog.result() == FirstAdministratorDialog.DialogCode.Accepted
    assert dialog.actor.username == "pokafor" and dialog.actor.role is Role.ADMINISTRATOR


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_idle_minutes_default_to_15_and_never_exceed_30():
    from sro_panel.ui.idle_lock import idle_minutes

    assert idle_minutes(None) == 15 and idle_minutes("abc") == 15
    assert idle_minutes("45") == 30 and idle_minutes("0") == 1 and idle_minutes(10) == 10


def test_the_idle_window_locks_keeps_the_draft_and_asks_the_same_person(
    qtbot, demo, settings, monkeypatch
):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from sro_panel.ui.idle_lock import IdleLock
    from sro_panel.ui.main_window import STEPS

    student = demo.accounts.sign_in("student", "violet comet 29 demo")
    services = demo.as_actor(student)
    window = MainWindow(services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.idle_lock is not None and window.idle_lock.timer.isActive()
    # Drive the same lock with a clock the test controls.
    clock = FakeClock()
    asked = []

    def unlock():
        asked.append(window.central.isVisible())  # the pages are hidden while it asks
        return True

    lock = IdleLock(window.central, 15, unlock, before_lock=window.scoring_page.save_notes,
                    clock=clock)  # fmt: skip
    window.steps_list.setCurrentRow(STEPS.index("Scoring"))
    page = window.scoring_page
    seat = next(iter(student.panelist_ids))
    draft = next(a for a, _, st in services.scoring.my_candidates(seat) if st == "draft")
    page.select_candidate(draft)
    key = next(iter(page.cards))
    note = page.cards[key].note_edit
    qtbot.keyClicks(note, "Spoke about a mentoring program")
    clock.now += 14 * 60
    lock.check()
    assert asked == []  # not yet
    lock.eventFilter(note, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier))
    clock.now += 14 * 60
    lock.check()
    assert asked == []  # a key press started the 15 minutes again
    clock.now += 60
    lock.check()
    assert asked == [False]
    assert window.central.isVisible()
    sheet = services.scoring.sheet(seat, draft)  # the draft was saved before locking
    assert sheet.score(key).note == "Spoke about a mentoring program"
    # The real unlock asks the signed-in person only, by name.
    seen = {}

    def ask(parent, svc, *, username=""):
        seen["username"] = username
        return student

    monkeypatch.setattr(SignInDialog, "ask", staticmethod(ask))
    assert window._unlock() and seen["username"] == "student"
