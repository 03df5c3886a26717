"""Every page and dialog, as a screen reader and a keyboard meet them: each control named."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton, QWidget

from sro_panel.ui.main_window import STEPS
from sro_panel.ui.pages.scoring_widgets import CriterionCard
from tests.ui.a11y import interactive_widgets, unnamed

# (step, round index, who is acting): each page as the person who works on it sees it.
VIEWS = (
    ("Round", 0, "Local administrator"),
    ("Round", 1, "Local administrator"),
    ("Applicants & screening", 0, "Local administrator"),
    ("Pool & schedule", 0, "Local administrator"),
    ("Panel", 0, "Local administrator"),
    ("Scoring", 0, "MPS student"),
    ("Scoring", 1, "Panel chair"),
    ("Results", 1, "Chief of Police"),
    ("Recommendation & decision", 1, "Chief of Police"),
    ("Recommendation & decision", 1, "Panel chair"),
    ("Training & assignments", 1, "Local administrator"),
    ("Audit trail", 1, "Auditor"),
)


def show(qtbot, window, step, round_index, who):
    window.round_combo.setCurrentIndex(round_index)
    combo = window.acting_combo
    matches = [i for i in range(combo.count()) if who in combo.itemText(i)]
    combo.setCurrentIndex(matches[0] if matches else 0)
    window.steps_list.setCurrentRow(STEPS.index(step))
    page = window.pages.currentWidget()
    qtbot.waitUntil(page.isVisible)
    if step == "Results":  # combined off the UI thread: wait for the table
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def select_first_candidate(page):
    """The scoring page with a candidate's criteria on screen, if this seat has one."""
    if page.candidate_list.count():
        page.candidate_list.setCurrentRow(0)


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_every_control_of_every_page_has_a_name(
    qtbot, window, confirm, errors, step, round_index, who
):
    page = show(qtbot, window, step, round_index, who)
    if step == "Scoring":
        select_first_candidate(page)
    assert interactive_widgets(page), "the page shows nothing to work with"
    assert unnamed(window) == []


def test_the_start_page_names_its_controls(qtbot, sqlite_services, settings):
    from sro_panel.ui.main_window import MainWindow

    w = MainWindow(sqlite_services, settings=settings)
    qtbot.addWidget(w)
    w.show()
    assert w.central.currentWidget() is w.start_page
    assert unnamed(w) == []


def test_each_level_choice_carries_its_anchor_as_its_description(qtbot, window, confirm, errors):
    page = show(qtbot, window, "Scoring", 0, "MPS student")
    select_first_candidate(page)
    cards = page.findChildren(CriterionCard)
    assert cards
    for card in cards:
        for button in card.findChildren(QRadioButton):
            assert button.accessibleName() and len(button.accessibleDescription()) > 10


def _dialogs(demo, settings, tmp_path) -> list[tuple[str, QWidget]]:
    """Each dialog built as its `ask()` builds it, on the demo round."""
    from sro_panel.ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog
    from sro_panel.ui.applicant_dialog import ApplicantDialog
    from sro_panel.ui.backups_dialog import BackupsDialog
    from sro_panel.ui.connection_dialog import ConnectionDialog
    from sro_panel.ui.import_dialog import ImportDialog
    from sro_panel.ui.review_dialog import ReviewDialog
    from sro_panel.ui.round_dialog import RoundDialog
    from sro_panel.ui.sign_in_dialog import FirstAdministratorDialog, SignInDialog
    from sro_panel.ui.training_dialogs import CourtTargetDialog, SchoolDialog
    from sro_panel.ui.window_menus import PAGE_KEYS, KeyboardShortcutsDialog
    from tests.ui.test_export_import import hr_file

    admin = demo.as_actor(demo.accounts.sign_in("admin", "copper lantern 41 demo"))
    round_info = demo.rounds.get_round(1)
    applicant = demo.applicants.list_applicants(1)[0]
    screening = demo.screening.screen_applicant(applicant.id)
    requirement = screening.result.results[0]
    return [
        ("new round", RoundDialog(None, demo, None)),
        ("round details", RoundDialog(None, demo, round_info)),
        ("new applicant", ApplicantDialog(None, demo, 1, None)),
        ("applicant", ApplicantDialog(None, demo, 1, applicant)),
        ("attest", ReviewDialog(None, demo, screening, requirement, override=False)),
        ("override", ReviewDialog(None, demo, screening, requirement, override=True)),
        ("import", ImportDialog(None, demo, 1, hr_file(tmp_path / "hr.xlsx"), settings)),
        ("accounts", AccountsDialog(admin)),
        ("add account", AddAccountDialog(admin)),
        ("new password", ResetPasswordDialog(admin, "director")),
        ("sign in", SignInDialog(demo)),
        ("unlock", SignInDialog(demo, username="admin")),
        ("first administrator", FirstAdministratorDialog(demo)),
        ("school", SchoolDialog(demo)),
        ("court target", CourtTargetDialog(demo, 2, demo.training.compliance(2), None)),
        ("connection", ConnectionDialog(None, settings)),
        ("backups", BackupsDialog(demo)),
        ("keyboard shortcuts", KeyboardShortcutsDialog(list(PAGE_KEYS))),
    ]


@pytest.fixture
def every_dialog(qtbot, demo, settings, tmp_path):
    built = _dialogs(demo, settings, tmp_path)
    for _name, dialog in built:
        qtbot.addWidget(dialog)
    return built


def test_every_control_of_every_dialog_has_a_name(qtbot, every_dialog):
    missing = {}
    for name, dialog in every_dialog:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert interactive_widgets(dialog), name
        if found := unnamed(dialog):
            missing[name] = found
        dialog.hide()
    assert missing == {}


def test_the_check_finds_an_unnamed_field_and_accepts_a_label_s_buddy(qtbot):
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    bare, labelled, combo = QLineEdit(box), QLineEdit(box), QComboBox(box)
    combo.addItem("an item is not a name")
    form.addRow(bare)
    label = QLabel("&Phone", box)
    label.setBuddy(labelled)
    form.addRow(label, labelled)
    form.addRow(combo)
    box.show()
    assert len(unnamed(box)) == 2
    bare.setAccessibleName("Email")
    combo.setAccessibleName("Kind")
    assert unnamed(box) == []
