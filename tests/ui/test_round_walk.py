"""A whole round through the window alone, with the real dialogs filled in as a person would."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sro_panel.ui.applicant_dialog import ApplicantDialog
from sro_panel.ui.main_window import STEPS, MainWindow
from sro_panel.ui.review_dialog import ReviewDialog
from sro_panel.ui.round_dialog import RoundDialog
from tests.ui.conftest import act_as

OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def empty_window(qtbot, sqlite_services, settings):
    w = MainWindow(sqlite_services, settings=settings)
    qtbot.addWidget(w)
    w.show()
    return w


def typed(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill_round(qtbot, dialog):
    typed(qtbot, dialog.title_edit, "Spring selection")
    dialog.posting_edit.setDate(QDate(2026, 9, 1))
    dialog.deadline_edit.setDate(QDate(2026, 9, 30))
    dialog.selection_edit.setDate(QDate(2026, 11, 2))
    dialog.positions_spin.setValue(2)


def test_the_round_dialog_refuses_at_the_field_as_you_type(qtbot, sqlite_services):
    dialog = RoundDialog(None, sqlite_services, None)
    qtbot.addWidget(dialog)
    fill_round(qtbot, dialog)
    dialog.deadline_edit.setDate(QDate(2026, 8, 1))
    assert not dialog.buttons.button(OK).isEnabled()
    error = dialog._errors["Application deadline"]
    assert error.isVisibleTo(dialog) and "before the posting date" in error.text()
    dialog.deadline_edit.setDate(QDate(2026, 9, 30))
    assert dialog.buttons.button(OK).isEnabled() and not error.isVisibleTo(dialog)
    assert sqlite_services.rounds.list_rounds() == []


def test_a_taken_employee_id_is_shown_at_the_field_and_the_dialog_stays(qtbot, sqlite_services):
    rnd = sqlite_services.rounds.create_round(
        __import__("sro_panel.services.rounds", fromlist=["RoundInput"]).RoundInput(
            sqlite_services.rounds.available_profiles()[1].path, "R", "SRO",
            dt.date(2026, 9, 1), dt.date(2026, 9, 30), dt.date(2026, 11, 2), 1,
        )
    )  # fmt: skip
    for _attempt in range(2):
        dialog = ApplicantDialog(None, sqlite_services, rnd.id, None)
        qtbot.addWidget(dialog)
        typed(qtbot, dialog.employee_id_edit, "E123")
        typed(qtbot, dialog.first_name_edit, "Ana")
        typed(qtbot, dialog.last_name_edit, "Ruiz")
        dialog.buttons.button(OK).click()
    assert "already an applicant" in dialog._errors["Employee ID"].text()
    assert dialog.result_value is None
    assert len(sqlite_services.applicants.list_applicants(rnd.id)) == 1


def test_a_whole_round_through_the_window(qtbot, empty_window, monkeypatch, confirm, errors):
    w = empty_window
    assert w.central.currentWidget() is w.start_page

    def create_round(parent, services, existing=None):
        dialog = RoundDialog(parent, services, existing)
        qtbot.addWidget(dialog)
        dialog.profile_combo.setCurrentIndex(
            dialog.profile_combo.findText("Milwaukee", Qt.MatchFlag.MatchContains)
        )
        fill_round(qtbot, dialog)
        dialog.buttons.button(OK).click()
        return dialog.result_value

    monkeypatch.setattr(RoundDialog, "ask", staticmethod(create_round))
    w.start_page.create_button.click()
    assert w.central.currentWidget() is w.work
    round_id = w.round_combo.currentData()

    people = [("E1", "Ana", "Ruiz"), ("E2", "Bo", "Lee"), ("E3", "Cy", "Dunn")]

    def add_applicant(parent, services, rid, existing=None):
        employee_id, first, last = people.pop(0)
        dialog = ApplicantDialog(parent, services, rid, existing)
        qtbot.addWidget(dialog)
        typed(qtbot, dialog.employee_id_edit, employee_id)
        typed(qtbot, dialog.first_name_edit, first)
        typed(qtbot, dialog.last_name_edit, last)
        dialog.service_start_edit.set_value(dt.date(2016, 4, 1))
        dialog.juvenile_spin.setValue(0)
        dialog.complaints_spin.setValue(0)
        typed(qtbot, dialog.source_edit, "HR roster")
        dialog.buttons.button(OK).click()
        return dialog.result_value

    monkeypatch.setattr(ApplicantDialog, "ask", staticmethod(add_applicant))
    w.steps_list.setCurrentRow(STEPS.index("Applicants & screening"))
    page = w.screening_page
    for _ in range(3):
        page.add_button.click()
    assert page.model.rowCount() == 3

    def attest(parent, services, applicant, requirement, *, override):
        dialog = ReviewDialog(parent, services, applicant, requirement, override=override)
        qtbot.addWidget(dialog)
        typed(qtbot, dialog.who_edit, "HR attendance and IA records")
        dialog.buttons.button(OK).click()
        return dialog.result_value

    monkeypatch.setattr(ReviewDialog, "ask", staticmethod(attest))
    for row in range(3):
        page.table.selectRow(row)
        for _ in range(3):  # good standing, attendance, satisfactory discipline
            page.attest_button.click()
    assert page.summary_label.text() == "3 applicants: 3 eligible, 0 need review, 0 not eligible"

    w.steps_list.setCurrentRow(STEPS.index("Pool & schedule"))
    pool = w.pool_page
    for row in range(pool.pool_table.rowCount()):
        pool.pool_table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert pool.candidate_combo.count() == 3

    w.steps_list.setCurrentRow(STEPS.index("Panel"))
    panel = w.panel_page
    for name, role, chair in (
        ("Dee Staff", "MPS staff member", False),
        ("Eli Neighbour", "Community member", False),
        ("Fay Student", "MPS student", False),
        ("Gus Captain", "MPD representative", True),
    ):
        typed(qtbot, panel.name_edit, name)
        panel.role_combo.setCurrentIndex(panel.role_combo.findText(role))
        panel.chair_check.setChecked(chair)
        panel.add_button.click()
    assert "Composition rule met" in w.steps_list.item(STEPS.index("Panel")).text()

    for who in ("Dee Staff", "Eli Neighbour", "Fay Student", "Gus Captain"):
        act_as(w, who)
        w.steps_list.setCurrentRow(STEPS.index("Scoring"))
        scoring = w.scoring_page
        for _ in range(3):
            for card in scoring.cards.values():
                card.buttons[4].click()
            next(iter(scoring.recommendation_buttons.values())).click()
            scoring.submit_button.click()
        assert "All your sheets are submitted" in scoring.status_label.text()
    assert errors.asked == []

    act_as(w, "Chief of Police")
    w.steps_list.setCurrentRow(STEPS.index("Results"))
    results = w.results_page
    qtbot.waitUntil(lambda: results.model.rowCount() == 3)
    assert {results.model.index(r, 2).data() for r in range(3)} == {"4.00"}
    assert w.services.results.progress(round_id).complete
