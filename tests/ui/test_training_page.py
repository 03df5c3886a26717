"""The Training & assignments step: the court's count, and the coordinator's work per officer."""

import datetime as dt

from PySide6.QtCore import QDate, Qt

from sro_panel.ui import dialogs
from sro_panel.ui.main_window import STEPS
from tests.ui.conftest import act_as


def open_training(window):
    window.round_combo.setCurrentIndex(window.round_combo.findData(2))
    window.steps_list.setCurrentRow(STEPS.index("Training & assignments"))
    return window.training_page


def select(page, name):
    for i in range(page.model.rowCount()):
        if page.model.row_at(i).name == name:
            page.table.selectRow(i)
            return page.model.row_at(i)
    raise AssertionError(name)


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status_of(page, name):
    return next(
        page.model.row_at(i).status
        for i in range(page.model.rowCount())
        if page.model.row_at(i).name == name
    )


def test_the_step_shows_the_count_and_each_officer(window):
    page = open_training(window)
    assert page.model.rowCount() == 12
    assert "25 officers trained and assigned by 15 Mar 2027" in page.summary.text()
    assert "3 of 25" in page.summary.text() and "Fines accrued: $0" in page.summary.text()
    row = STEPS.index("Training & assignments")
    assert "3 of 12 trained and assigned" in window.steps_list.item(row).text()
    select(page, "Yesenia Mbeki-Lawson")
    assert page.hours_spin.value() == 32
    assert not page.verify_button.isEnabled()  # nothing uploaded to verify


def test_the_coordinator_verifies_records_a_topic_and_assigns_a_school(qtbot, window):
    page = open_training(window)
    select(page, "Soo-jin Nguyễn")
    click(qtbot, page.verify_button)
    assert status_of(page, "Soo-jin Nguyễn") == "certificate_verified"
    select(page, "Ingrid Novak")
    page.topic_combo.setCurrentIndex(page.topic_combo.findData("bullying"))
    click(qtbot, page.topic_button)  # no date chosen: nothing is cleared or saved
    assert page.error.text().startswith("Completed on: choose the day")
    page.topic_date.setDate(QDate(2026, 9, 29))
    qtbot.keyClicks(page.topic_evidence, "Sign-in sheet")
    click(qtbot, page.topic_button)
    assert page.error.text() == ""
    officer = select(page, "Ingrid Novak")
    assert next(t for t in officer.topics if t.key == "bullying").completed_on == dt.date(
        2026, 9, 29
    )
    select(page, "Ayanna Peña")
    assert page.topic_evidence.text() == ""  # the last officer's entry is not carried over
    page.school_start.setDate(QDate(2026, 10, 1))
    click(qtbot, page.assign_button)
    assert status_of(page, "Ayanna Peña") == "assigned"
    assert "4 of 25" in page.summary.text()


def test_a_file_that_is_not_a_certificate_is_refused_in_words(qtbot, window, monkeypatch, tmp_path):
    page = open_training(window)
    select(page, "Patrick Moreno")
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"PK\x03\x04 a word file")
    monkeypatch.setattr(dialogs.ChooseFile, "open", staticmethod(lambda *a: str(bad)))
    qtbot.keyClicks(page.number_edit, "NASRO-UI-1")
    click(qtbot, page.upload_button)
    assert "notes.docx is not a PDF, PNG or JPEG" in page.error.text()
    assert status_of(page, "Patrick Moreno") == "course_complete"


def test_a_panelist_is_told_training_is_not_theirs(window):
    act_as(window, "MPS student")
    page = open_training(window)
    assert page.model.rowCount() == 0
    assert "may not" in page.summary.text()


def test_a_school_by_hand_and_the_court_target_from_the_step(qtbot, window, demo):
    from sro_panel.ui.training_dialogs import CourtTargetDialog, SchoolDialog

    page = open_training(window)
    dialog = SchoolDialog(demo)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.text() == "Name: is required"
    qtbot.keyClicks(dialog.name_edit, "Oak Hollow Demo Elementary")
    dialog.level_combo.setCurrentText("Elementary")
    dialog.accept()
    assert dialog.result() == SchoolDialog.DialogCode.Accepted
    target = CourtTargetDialog(demo, 2, demo.training.compliance(2), None)
    qtbot.addWidget(target)
    assert target.officers_spin.value() == 25
    target.officers_spin.setValue(3)
    target.accept()
    page.load(2)
    assert "3 officers trained and assigned" in page.summary.text()
    assert "Met on 01 Oct 2026" in page.summary.text()
    assert "Oak Hollow Demo Elementary: none" in page.coverage_label.text()
