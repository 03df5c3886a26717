"""The Audit trail page: for the auditor and the administrator, filtered, verified in place."""

from PySide6.QtCore import Qt
from sqlalchemy import text

from sro_panel.services.audit_trail import AuditRow
from sro_panel.ui.main_window import STEPS
from sro_panel.ui.pages.audit_page import AuditTableModel
from tests.ui.conftest import act_as

AUDIT = STEPS.index("Audit trail")


def open_audit(window):
    window.steps_list.setCurrentRow(AUDIT)
    return window.audit_page


def test_the_auditor_reads_filters_and_verifies_the_trail(qtbot, window, demo, errors):
    act_as(window, "Auditor")
    assert not window.steps_list.item(AUDIT).isHidden()
    page = open_audit(window)
    shown = page.proxy.rowCount()
    assert shown > 100  # round 1's entries, newest first
    newest = page.model.row_at(0)
    assert newest.action == "audit.read" and newest.actor == "auditor"  # the read is recorded
    qtbot.keyClicks(page.search_edit, "score.submit")
    assert 0 < page.proxy.rowCount() < shown
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert "score.submit" in page.detail.toPlainText()
    assert "After:" in page.detail.toPlainText()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_label.text().startswith("✔ Intact")
    # Edited behind the app's back: the same button says where.
    with demo.db.engine.begin() as c:
        c.execute(text("UPDATE audit_entry SET detail = 'x' WHERE seq = 7"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "Does not verify" in page.verify_label.text()
    assert "(sequence 7)" in page.verify_label.text()
    assert errors.asked == []


def test_the_step_is_hidden_from_panelists_and_the_chief(window):
    act_as(window, "Chief of Police")
    assert window.steps_list.item(AUDIT).isHidden()
    act_as(window, "— MPS student")
    assert window.steps_list.item(AUDIT).isHidden()


def test_the_audit_table_model_passes_the_model_tester(qtmodeltester, demo):
    import datetime as dt

    model = AuditTableModel()
    model.set_rows(
        [
            AuditRow(1, dt.datetime(2026, 10, 1, tzinfo=dt.UTC), "hr", "LAPTOP-1",
                     "applicant.add", "applicant 3", 1, "ok", None, {"a": 1}, ""),
            AuditRow(2, dt.datetime(2026, 10, 2, tzinfo=dt.UTC), "p", "LAPTOP-2",
                     "refused:screen", "", 1, "refused", None, None, "no right"),
        ]
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.data(model.index(1, AuditTableModel.COL_OUTCOME)) == "refused"


def test_reaching_the_hidden_step_anyway_shows_a_sentence_not_a_refusal(window, errors):
    act_as(window, "Chief of Police")
    window.steps_list.setCurrentRow(AUDIT)  # hidden, but a script or a key could land here
    assert errors.asked == []
    assert window.audit_page.model.rowCount() == 0
    assert "for the auditor and the administrator" in window.audit_page.verify_label.text()
