"""Exporting from the window and importing HR's spreadsheet through the dialog."""

import datetime as dt

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from sro_panel.ui import dialogs
from sro_panel.ui.import_dialog import ImportDialog
from sro_panel.ui.main_window import STEPS
from tests.ui.conftest import act_as


def test_export_runs_in_the_background_remembers_the_folder_and_offers_to_open(
    qtbot, window, settings, monkeypatch, tmp_path, confirm, errors
):
    target = tmp_path / "out" / "roster.xlsx"
    target.parent.mkdir()
    asked = []

    def save(parent, title, folder, name, filter_):
        asked.append((folder, name))
        return str(target)

    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(save))
    confirm.answer = False  # "Not now"
    window.export_actions["roster"].trigger()
    qtbot.waitUntil(lambda: len(confirm.asked) == 1, timeout=10_000)
    assert errors.asked == []
    assert asked[0][1].startswith("roster-mps-school-resource-officers")
    ws = load_workbook(target).active
    assert ws.max_row == 41 and ws["A1"].value == "Employee ID"
    assert settings.value("export/folder") == str(target.parent)


def test_an_export_that_fails_says_why(qtbot, window, monkeypatch, tmp_path, confirm, errors):
    monkeypatch.setattr(
        dialogs.ChooseFile, "save", staticmethod(lambda *a: str(tmp_path / "nowhere" / "x.xlsx"))
    )
    window.export_actions["screening"].trigger()
    qtbot.waitUntil(lambda: len(errors.asked) == 1, timeout=10_000)
    assert "does not exist" in errors.asked[0][1]


def hr_file(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Badge", "Surname", "First name", "Hire date"])
    ws.append(["N001", "Quiroga", "Inés", dt.datetime(2014, 5, 2)])
    ws.append(["N002", "Bergström", "Åsa", "31/02/2019"])
    ws.append(["N003", "O'Hara", "Liam", "3/15/2016"])
    wb.save(path)
    return path


def test_the_import_dialog_maps_previews_and_imports_the_good_rows(
    qtbot, window, settings, monkeypatch, tmp_path, errors
):
    path = hr_file(tmp_path / "hr.xlsx")
    monkeypatch.setattr(dialogs.ChooseFile, "open", staticmethod(lambda *a: str(path)))

    def run_dialog(parent, services, round_id, file, settings_):
        dialog = ImportDialog(parent, services, round_id, file, settings_)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert "no column for Employee ID" in dialog.summary_label.text() and not ok.isEnabled()
        badge = dialog.mapping_table.cellWidget(0, 1)
        assert isinstance(badge, QComboBox)
        badge.setCurrentIndex(badge.findData("employee_id"))
        assert dialog.error_list.count() == 1
        assert (
            dialog.error_list.item(0).text()
            == "row 3, Hire date: '31/02/2019' is not a date (use YYYY-MM-DD or M/D/YYYY)"
        )
        assert not ok.isEnabled()
        dialog.skip_check.setChecked(True)
        ok.click()
        return dialog.result_value

    monkeypatch.setattr(ImportDialog, "ask", staticmethod(run_dialog))
    window.steps_list.setCurrentRow(STEPS.index("Applicants & screening"))
    window.screening_page.import_button.click()
    assert errors.asked == []
    names = {a.employee_id: a for a in window.services.applicants.list_applicants(1)}
    assert names["N001"].first_name == "Inés" and names["N003"].service_start == dt.date(
        2016, 3, 15
    )
    assert "N002" not in names
    assert window.screening_page.model.rowCount() == 42
    assert settings.value("import/mapping")["Badge"] == "employee_id"


def save_to(monkeypatch, target):
    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(lambda *a: str(target)))


def test_each_page_prints_its_own_pdf(qtbot, window, monkeypatch, tmp_path, confirm, errors):
    from pypdf import PdfReader

    confirm.answer = False
    cases = [
        (window.screening_page, "Screening report"),
        (window.panel_page, "Score sheet: "),
        (window.decision_page, "Recommendation Packet"),
    ]
    for n, (page, heading) in enumerate(cases, start=1):
        target = tmp_path / f"{n}.pdf"
        save_to(monkeypatch, target)
        window.steps_list.setCurrentRow(list(STEPS).index(_step_of(window, page)))
        assert page.print_button.isVisible() and page.print_button.isEnabled()
        if page is window.panel_page:  # one member's stack: what a coordinator hands out
            page.print_for_combo.setCurrentIndex(1)
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=n: len(confirm.asked) == n or bool(errors.asked), timeout=30_000)
        assert errors.asked == [], n
        assert heading in PdfReader(target).pages[0].extract_text()
    assert errors.asked == []


def _step_of(window, page):
    return {
        window.screening_page: "Applicants & screening",
        window.panel_page: "Panel",
        window.decision_page: "Recommendation & decision",
    }[page]


def test_a_panelist_prints_their_own_sheets_and_sees_no_other_export(
    qtbot, window, monkeypatch, tmp_path, confirm, errors
):
    from pypdf import PdfReader

    actor = act_as(window, "— MPS staff member")
    assert not window.export_button.isEnabled()  # panelists export nothing else
    window.steps_list.setCurrentRow(list(STEPS).index("Scoring"))
    assert window.scoring_page.print_button.isVisible()
    for page in (window.screening_page, window.panel_page, window.decision_page):
        assert page.print_button.isHidden()
    target = tmp_path / "mine.pdf"
    save_to(monkeypatch, target)
    confirm.answer = False
    qtbot.mouseClick(window.scoring_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(confirm.asked) == 1, timeout=30_000)
    text = PdfReader(target).pages[0].extract_text()
    assert "Submitted score sheet" in text and actor.display_name in text
    assert errors.asked == []


def test_the_chief_sees_the_packet_but_not_the_screening_report(window):
    act_as(window, "Chief of Police")
    assert window.export_actions["packet"].isVisible()
    assert not window.export_actions["screening_pdf"].isVisible()
    assert not window.decision_page.print_button.isHidden()
    assert window.screening_page.print_button.isHidden()


def test_the_export_menu_is_there_for_the_administrator(window):
    assert window.export_button.isEnabled()
    visible = [k for k, a in window.export_actions.items() if a.isVisible()]
    assert visible == list(window.export_actions)  # the administrator may make every export
