"""A closed round's retention on the Round step, and the administrator's purge."""

import datetime as dt

from PySide6.QtCore import Qt

from sro_panel.services.app import Services
from sro_panel.ui.main_window import STEPS, MainWindow


def show_closed_round(qtbot, services, settings):
    window = MainWindow(services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    closed = services.retention.rounds()[0].round_id
    window.round_combo.setCurrentIndex(window.round_combo.findData(closed))
    window.steps_list.setCurrentRow(STEPS.index("Round"))
    return window, closed


def test_before_its_period_runs_out_the_round_says_until_when(qtbot, demo, settings):
    window, _ = show_closed_round(qtbot, demo, settings)
    page = window.round_page
    assert "Personnel details are kept until 01 Oct 2029." in page.retention_label.text()
    assert page.purge_button.isHidden()


def test_the_administrator_purges_after_confirming(qtbot, demo, settings, confirm):
    later = Services(
        demo.db, demo.actor, lambda: dt.datetime(2029, 10, 2, tzinfo=dt.UTC),
        audit_key=demo.audit_key,
    )  # fmt: skip
    window, closed = show_closed_round(qtbot, later, settings)
    page = window.round_page
    assert "may now be purged" in page.retention_label.text()
    assert not page.purge_button.isHidden()
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in confirm.asked[0][1]
    assert later.retention.state(closed).purged_at is not None
    assert "were purged on 02 Oct 2029" in page.retention_label.text()
    assert page.purge_button.isHidden()
