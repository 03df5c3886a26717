"""Everything from the keyboard: the menus hold every action, each step has its shortcut,
every button takes the focus, and a whole candidate is scored without the mouse."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
)

from sro_panel.ui.main_window import STEPS
from sro_panel.ui.pages.scoring_widgets import CriterionCard
from sro_panel.ui.window_menus import KeyboardShortcutsDialog, shortcut_rows
from tests.ui.conftest import Recorder
from tests.ui.test_accessibility import VIEWS, every_dialog, select_first_candidate, show

__all__ = ["every_dialog"]


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.steps_list.setFocus()
    qtbot.waitUntil(lambda: focused() is window.steps_list)


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if isinstance(action.menu(), QMenu):
            found += menu_actions(action.menu())
    return found


def test_each_step_has_its_shortcut(qtbot, window):
    activate(qtbot, window)
    keys = [Qt.Key.Key_1 + i for i in range(len(STEPS))]
    for row in [4, 1, 7, 0, 8, 5, 2, 6, 3]:
        press(qtbot, keys[row], Qt.KeyboardModifier.ControlModifier)
        assert window.steps_list.currentRow() == row
        assert window.pages.currentIndex() == row


def test_a_step_hidden_from_this_person_is_not_reached_by_its_shortcut(qtbot, window):
    from tests.ui.conftest import act_as

    act_as(window, "Chief of Police")
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # the audit trail
    assert window.steps_list.currentRow() == 1


def test_the_menus_hold_every_action_of_the_window(window):
    in_menus = {
        id(a) for top in window.menuBar().actions() if top.menu() for a in menu_actions(top.menu())
    }
    toolbar_actions = [
        a
        for bar in window.findChildren(QToolBar)
        for a in bar.actions()
        if not a.isSeparator()
        and bar.widgetForAction(a) is not None
        and a.text()  # a widget on the toolbar (the round chooser) has no text of its own
    ]
    assert toolbar_actions
    assert [a.text() for a in toolbar_actions if id(a) not in in_menus] == []
    exports = menu_actions(window.export_menu)
    assert exports and all(id(a) in in_menus for a in exports)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "R&ound", "&Go", "&Settings", "&Help"]


def test_the_chief_s_list_leaves_out_the_audit_trail(qtbot, window, monkeypatch):
    from tests.ui.conftest import act_as

    recorder = Recorder()
    monkeypatch.setattr(KeyboardShortcutsDialog, "ask", staticmethod(recorder))
    act_as(window, "Chief of Police")
    window.menus.shortcuts_action.trigger()
    listed = dict(recorder.asked[0][0])
    assert "Ctrl+8" in listed and "Ctrl+9" not in listed
    act_as(window, "Auditor")  # who may read the trail reaches it with its shortcut
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.steps_list.currentRow() == 8


def test_the_shortcuts_list_names_every_step_and_opens_from_f1(qtbot, window, monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(KeyboardShortcutsDialog, "ask", staticmethod(recorder))
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    assert len(recorder.asked) == 1
    rows = recorder.asked[0][0]
    assert rows == shortcut_rows(window.menuBar())
    listed = dict(rows)
    for row, step in enumerate(STEPS):
        assert listed[f"Ctrl+{row + 1}"] == f"Go ▸ {step}"
    assert listed["Ctrl+N"] == "Round ▸ New round…"
    assert "Scoring: submit the sheet" in listed.values()
    assert "Ctrl+S" not in listed  # saving a score file is for a laptop's local panel only


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_buttons(root):
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible()
        and not isinstance(b.parentWidget(), QToolBar | QAbstractItemView)  # a table's corner
    ]


def without_letter(buttons):
    """Push buttons a person cannot press with Alt (a dialog's OK and Cancel have Enter and
    Escape instead)."""
    return [
        b.text()
        for b in buttons
        if isinstance(b, QPushButton)
        and not isinstance(b.parentWidget(), QDialogButtonBox)
        and mnemonic(b.text()) is None
    ]


def duplicated(texts):
    """The texts that share their Alt letter with another."""
    letters = [mnemonic(t) for t in texts]
    return sorted(t for t, m in zip(texts, letters, strict=True) if m and letters.count(m) > 1)


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_every_button_of_every_page_takes_the_focus_and_has_its_own_letter(
    qtbot, window, confirm, errors, step, round_index, who
):
    page = show(qtbot, window, step, round_index, who)
    if step == "Scoring":
        select_first_candidate(page)
    buttons = visible_buttons(page)
    assert [b.text() for b in buttons if not b.focusPolicy() & Qt.FocusPolicy.TabFocus] == []
    assert without_letter(buttons) == []
    # The page's letters share Alt with the menu bar's and the toolbar's.
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert duplicated([b.text() for b in buttons] + menu_titles + ["E&xport"]) == []


def test_every_button_of_every_dialog_takes_the_focus_and_has_its_own_letter(qtbot, every_dialog):
    problems = {}
    for name, dialog in every_dialog:
        dialog.show()
        buttons = visible_buttons(dialog)
        no_focus = [b.text() for b in buttons if not b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        twice = duplicated([b.text() for b in buttons])
        if no_focus or twice or without_letter(buttons):
            problems[name] = (no_focus, twice, without_letter(buttons))
        dialog.hide()
    assert problems == {}


def test_a_whole_candidate_scored_and_submitted_without_the_mouse(qtbot, window, monkeypatch):
    """From the step list to the confirmation, keys only: no click, no focus set by code."""

    def answer_with_enter(box):
        box.show()
        qtbot.waitUntil(lambda: focused() is not None and focused().window() is box)
        press(qtbot, Qt.Key.Key_Return)  # the default button: Submit
        return box.result()

    monkeypatch.setattr(QMessageBox, "exec", answer_with_enter)
    activate(qtbot, window)
    press(
        qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert focused() is window.acting_combo
    for _ in range(window.acting_combo.count()):
        if "Anaïs Delacroix-Moore" in window.acting_combo.currentText():
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.scoring_page
    assert window.pages.currentWidget() is page
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # to the steps
    press(qtbot, Qt.Key.Key_Tab)  # to the candidates
    assert focused() is page.candidate_list
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(page.candidate_list.count()):
        if "Practice candidate" in page.candidate_list.currentItem().text():
            break
        press(qtbot, Qt.Key.Key_Down)
    assert "Practice candidate" in page.candidate_list.currentItem().text()
    for _ in range(10):
        if isinstance(focused(), CriterionCard):
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is next(iter(page.cards.values()))
    levels = [3, 4, 5, 2, 3, 4, 4, 5, 3]
    for level in levels:
        press(qtbot, str(level))  # the level
        press(qtbot, Qt.Key.Key_Tab)  # the note
        press(qtbot, Qt.Key.Key_Tab)  # the next criterion
    assert focused() is page.recommendation_box
    press(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    seat = next(iter(window.services.actor.panelist_ids))
    practice = next(
        a
        for a, name, _ in window.services.scoring.my_candidates(seat)
        if name == "Practice Candidate"
    )
    sheet = window.services.scoring.sheet(seat, practice)
    assert sheet.status == "submitted"
    assert [s.value for s in sheet.scores] == levels
    assert sheet.recommendation == "reservations"
