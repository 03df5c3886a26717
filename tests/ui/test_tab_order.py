"""Tab, pressed from a page's first control, visits every control in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.a11y import first_in_reading_order, out_of_order, tab_stops, tab_walk, unreached
from tests.ui.test_accessibility import VIEWS, every_dialog, select_first_candidate, show

__all__ = ["every_dialog"]  # the fixture, for the dialogs' test


def walk_of(qtbot, root):
    stops = tab_stops(root)
    assert stops, "nothing on screen takes the focus"
    walk, steps = tab_walk(qtbot, root, first_in_reading_order(stops))
    return stops, walk, steps


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_tab_follows_the_reading_order_of_every_page(
    qtbot, window, confirm, errors, step, round_index, who
):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = show(qtbot, window, step, round_index, who)
    if step == "Scoring":
        select_first_candidate(page)
    QApplication.processEvents()  # the new candidate's cards laid out
    stops, walk, steps = walk_of(qtbot, page)
    assert out_of_order(steps) == []
    assert unreached(stops, walk) == []


def test_tab_follows_the_reading_order_of_every_dialog(qtbot, every_dialog):
    problems = {}
    for name, dialog in every_dialog:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        stops, walk, steps = walk_of(qtbot, dialog)
        if found := out_of_order(steps) + unreached(stops, walk):
            problems[name] = found
        dialog.hide()
    assert problems == {}


def test_a_blank_date_does_not_keep_the_focus(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from sro_panel.ui.forms import OptionalDateEdit

    box = QWidget()
    qtbot.addWidget(box)
    before, blank, after = QLineEdit(box), OptionalDateEdit(box), QLineEdit(box)
    layout = QVBoxLayout(box)
    for w in (before, blank, after):
        layout.addWidget(w)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    assert blank.value() is None
    blank.setFocus()
    qtbot.keyClick(blank, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.keyClick(blank, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before
