"""The administrator's accounts: add, new password, unlock, switch off; linking a seat."""

import pytest
from PySide6.QtCore import Qt

from sro_panel.services.accounts import SignInRefused
from sro_panel.services.permissions import Role
from sro_panel.ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog
from sro_panel.ui.main_window import STEPS, MainWindow


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(dialog, username):
    for i in range(dialog.model.rowCount()):
        if dialog.model.row_at(i).username == username:
            dialog.table.selectRow(i)
            return dialog.model.row_at(i)
    raise AssertionError(username)


def status(dialog, username):
    for i in range(dialog.model.rowCount()):
        if dialog.model.row_at(i).username == username:
            return dialog.model.index(i, 3).data()
    raise AssertionError(username)


@pytest.fixture
def admin(demo):
    return demo.as_actor(demo.accounts.sign_in("admin", "copper lantern 41 demo"))


def test_an_account_is_added_only_with_a_good_password(qtbot, admin):
    dialog = AddAccountDialog(admin)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "mreyes")
    qtbot.keyClicks(dialog.name_edit, "Morgan Reyes")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.PANELIST))
    qtbot.keyClicks(dialog.password.edit, "password1234")
    assert not dialog.add_button.isEnabled()
    assert "common password" in dialog.password.hint.text()  # said as it is typed
    dialog.password.edit.clear()
    qtbot.keyClicks(dialog.password.edit, "north point lighthouse 7")
    assert "differ" in dialog.password.hint.text()
    qtbot.keyClicks(dialog.password.repeat, "north point lighthouse 7")
    assert dialog.add_button.isEnabled() and dialog.password.hint.text() == ""
    click(qtbot, dialog.add_button)
    assert dialog.result() == AddAccountDialog.DialogCode.Accepted
    assert admin.accounts.sign_in("mreyes", "north point lighthouse 7").role is Role.PANELIST


def test_a_locked_account_is_shown_and_unlocked(qtbot, admin):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            admin.accounts.sign_in("chair", "a wrong guess at it")
    dialog = AccountsDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 8
    assert status(dialog, "chair") == "Locked"
    select(dialog, "hr")
    assert not dialog.unlock_button.isEnabled()
    select(dialog, "chair")
    assert dialog.unlock_button.isEnabled()
    click(qtbot, dialog.unlock_button)
    assert status(dialog, "chair") == "Active"
    assert admin.accounts.sign_in("chair", "granite harbor 16 demo").role is Role.PANEL_CHAIR


def test_switching_off_asks_first_and_then_refuses_the_sign_in(qtbot, admin, confirm):
    dialog = AccountsDialog(admin)
    qtbot.addWidget(dialog)
    select(dialog, "training")
    click(qtbot, dialog.active_button)
    assert confirm.asked and "can no longer sign in" in confirm.asked[0][1]
    assert status(dialog, "training") == "Switched off"
    assert dialog.active_button.text() == "&Switch on"
    with pytest.raises(SignInRefused):
        admin.accounts.sign_in("training", "cedar compass 37 demo")
    select(dialog, "admin")
    click(qtbot, dialog.active_button)
    assert "own account" in dialog.error_label.text()


def test_a_new_password_replaces_the_old(qtbot, admin):
    dialog = ResetPasswordDialog(admin, "director")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password.edit, "river bend orchard 19")
    qtbot.keyClicks(dialog.password.repeat, "river bend orchard 19")
    click(qtbot, dialog.set_button)
    assert dialog.result() == ResetPasswordDialog.DialogCode.Accepted
    assert admin.accounts.sign_in("director", "river bend orchard 19").role is Role.DECISION_MAKER


def test_only_the_administrator_sees_accounts_and_hr_links_a_seat(qtbot, demo, admin, settings):
    window = MainWindow(admin, settings=settings)
    qtbot.addWidget(window)
    assert window.accounts_action.isVisible()
    hr = demo.as_actor(demo.accounts.sign_in("hr", "maple ledger 73 demo"))
    admin.accounts.add_account("kpanel", "Kai Panelist", Role.PANELIST, "quiet harbor lamp 88")
    hr_window = MainWindow(hr, settings=settings)
    qtbot.addWidget(hr_window)
    assert not hr_window.accounts_action.isVisible()
    round_id = next(
        r.id for r in demo.rounds.list_rounds() if not demo.rounds.get_round(r.id).closed
    )
    hr_window.show()
    hr_window.round_combo.setCurrentIndex(hr_window.round_combo.findData(round_id))
    hr_window.steps_list.setCurrentRow(STEPS.index("Panel"))
    page = hr_window.panel_page
    assert page.link_box.isVisibleTo(hr_window.panel_page)
    page.link_member_combo.setCurrentIndex(0)
    member = page.link_member_combo.currentData()
    page.link_account_combo.setCurrentIndex(page.link_account_combo.findData("kpanel"))
    click(qtbot, page.link_button)
    assert page.link_error.text() == ""
    row = next(p for p in hr.panel.list_panelists(round_id) if p.id == member)
    assert row.account == "kpanel"
    assert "signs in as kpanel" in page.browser.toPlainText()
    page.link_member_combo.setCurrentIndex(page.link_member_combo.findText("Jaylen Okonkwo"))
    assert page.link_account_combo.currentData() == "student"  # the member's present account
    assert hr.accounts.sign_in("kpanel", "quiet harbor lamp 88").panelist_ids == {member}
