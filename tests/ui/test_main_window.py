"""The main window on the demo round, driven as a person would."""

from PySide6.QtCore import Qt

from sro_panel.ui.main_window import STEPS
from sro_panel.ui.models import ScreeningTableModel


def visible_names(page):
    proxy = page.proxy
    return [proxy.index(r, ScreeningTableModel.COL_NAME).data() for r in range(proxy.rowCount())]


def open_step(window, step):
    window.steps_list.setCurrentRow(STEPS.index(step))


def test_screening_page_shows_the_round_and_searches(qtbot, window, demo):
    open_step(window, "Applicants & screening")
    page = window.screening_page
    assert page.summary_label.text() == "40 applicants: 27 eligible, 5 need review, 8 not eligible"
    assert len(visible_names(page)) == 40
    qtbot.keyClicks(page.search_edit, "o'connor")
    assert visible_names(page) == ["Aaliyah O'Connor"]
    page.search_edit.clear()
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("needs_review"))
    assert len(visible_names(page)) == 5
    services_view = {
        s.name for s in demo.screening.screen_round(1) if s.eligibility == "needs_review"
    }
    assert set(visible_names(page)) == services_view


def test_selecting_an_applicant_shows_each_requirement_with_its_reason(qtbot, window):
    open_step(window, "Applicants & screening")
    page = window.screening_page
    qtbot.keyClicks(page.search_edit, "E104200")
    page.table.selectRow(0)
    html = page.detail.toPlainText()
    assert "would be met on 2027-06-03" in html and "IV.B.3" in html


def test_steps_switch_pages_and_say_what_is_missing(qtbot, window):
    assert window.steps_list.count() == len(STEPS)
    window.steps_list.setCurrentRow(STEPS.index("Panel"))
    assert window.pages.currentWidget() is window.panel_page
    text = window.panel_page.browser.toPlainText()
    assert "At least one MPS student (1)" in text and "chair" in text
    assert "Composition rule met" in window.steps_list.item(STEPS.index("Panel")).text()
    assert "27 of 40 eligible, 5 to review" in window.steps_list.item(1).text()
    window.steps_list.setCurrentRow(STEPS.index("Training & assignments"))
    assert window.pages.currentWidget() is window.training_page
    # Round 1 is still scoring: nobody has been selected to train yet.
    assert window.training_page.model.rowCount() == 0
    assert "25 officers trained and assigned" in window.training_page.summary.text()


def test_the_screening_model_is_a_well_behaved_qt_model(qtmodeltester, window):
    open_step(window, "Applicants & screening")
    qtmodeltester.check(window.screening_page.model)
    qtmodeltester.check(window.screening_page.proxy)


def test_an_interactive_widget_never_lacks_an_accessible_name(window):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QTableView, QTextBrowser

    for cls in (QComboBox, QLineEdit, QListWidget, QTableView, QTextBrowser):
        for widget in window.findChildren(cls):
            if widget.parent() is not None and widget.isVisibleTo(window):
                assert widget.accessibleName(), f"{cls.__name__} {widget.objectName()}"


def test_round_page_lists_requirements_and_the_rubric(window):
    text = window.round_page.browser.toPlainText()
    assert "IV.B.12 Knowledge of SOPs and Wisconsin statutes" in text
    assert "5 Outstanding" in text and "uninterrupted service" in text
    assert window.round_combo.currentData() == 1
    open_step(window, "Applicants & screening")
    first = window.screening_page.model.index(0, 0)
    assert isinstance(first.data(Qt.ItemDataRole.UserRole), int)
