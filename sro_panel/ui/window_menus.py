"""The menu bar after File: the round's actions, a shortcut to each step, and Help with the
list of keyboard shortcuts, so that everything the window does is reachable from the keys."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sro_panel.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowMenus", text)


def plain(text: str) -> str:
    """A menu or button text as read: "&&" is an ampersand, "&x" underlines x."""
    return re.sub("&(.)", r"\1", text)


# Keys that belong to a page rather than to a menu action, shown in the same list.
PAGE_KEYS = (
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "WindowMenus", "Scoring: move to the next or previous level, note or button"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "1 … 9"),
        QT_TRANSLATE_NOOP(
            "WindowMenus", "Scoring: choose that level of the criterion (or that recommendation)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Up, Down"),
        QT_TRANSLATE_NOOP("WindowMenus", "Scoring: move between the levels of a criterion"),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("WindowMenus", "Scoring: submit the sheet"),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("WindowMenus", "Press the button or go to the field with that letter"),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Up, Down, Page Up, Page Down"),
        QT_TRANSLATE_NOOP("WindowMenus", "Tables and lists: move between rows"),
    ),
    (
        QT_TRANSLATE_NOOP("WindowMenus", "Escape"),
        QT_TRANSLATE_NOOP("WindowMenus", "Close a dialog without saving"),
    ),
)


class WindowMenus(QObject):
    """Round, Go and Help menus for a window whose steps are listed in `steps_list`."""

    def __init__(self, window: MainWindow, steps: Sequence[str]) -> None:
        super().__init__(window)
        self._window = window
        w = window
        self._steps_list = w.steps_list
        bar = window.menuBar()

        self.round_menu = QMenu(self.tr("R&ound"), window)
        self.round_menu.addAction(w.new_round_action)
        self.round_menu.addAction(w.edit_round_action)
        self.round_menu.addSeparator()
        self.round_menu.addMenu(w.export_menu)
        self.round_menu.addAction(w.accounts_action)
        bar.addMenu(self.round_menu)

        self.go_menu = QMenu(self.tr("&Go"), window)
        self.step_actions: list[QAction] = []
        for row, step in enumerate(steps):
            text = QCoreApplication.translate("Steps", step).replace("&", "&&")
            action = self.go_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, row=row: self.go_to_step(row))
            self.step_actions.append(action)
        self.go_menu.addSeparator()
        self.steps_focus_action = self._focus_action(
            self.tr("The list of &steps"), "Ctrl+0", w.steps_list
        )
        self.round_focus_action = self._focus_action(
            self.tr("The &round chooser"), "Ctrl+Shift+R", w.round_combo
        )
        self.acting_focus_action = self._focus_action(
            self.tr("&Whose work (acting as)"), "Ctrl+Shift+A", w.acting_combo
        )
        self.go_menu.aboutToShow.connect(self._show_only_visible_steps)
        self.go_menu.aboutToHide.connect(self._keep_every_step_shortcut)
        bar.addMenu(self.go_menu)

        self.help_menu = QMenu(self.tr("&Help"), window)
        self.shortcuts_action = self.help_menu.addAction(self.tr("&Keyboard shortcuts…"))
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        bar.addMenu(self.help_menu)

    def _focus_action(self, text: str, keys: str, target: QWidget) -> QAction:
        action = self.go_menu.addAction(text)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(
            lambda _checked=False: target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        return action

    @Slot()
    def _show_only_visible_steps(self) -> None:
        for row, action in enumerate(self.step_actions):
            item = self._steps_list.item(row)
            action.setVisible(item is not None and not item.isHidden())

    @Slot()
    def _keep_every_step_shortcut(self) -> None:
        """A hidden action's shortcut does nothing: the steps stay visible between showings,
        and `go_to_step` passes over a step that is hidden from this person."""
        for action in self.step_actions:
            action.setVisible(True)

    def go_to_step(self, row: int) -> None:
        """Show the step in `row` (a step hidden for this person is not there to go to)."""
        item = self._steps_list.item(row)
        if item is None or item.isHidden():
            return
        self._steps_list.setCurrentRow(row)

    @Slot()
    def show_shortcuts(self) -> None:
        self._show_only_visible_steps()  # a step hidden from this person is not listed
        rows = shortcut_rows(self._window.menuBar())
        self._keep_every_step_shortcut()
        KeyboardShortcutsDialog.ask(self._window, rows)


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu action with a shortcut, then the pages' keys."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                sub = action.menu()
                if isinstance(sub, QMenu):
                    walk(sub, f"{path} ▸ {plain(sub.title())}")
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and not action.isSeparator() and action.isVisible():  # only what works here
                rows.append((keys, f"{path} ▸ {plain(action.text())}"))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(menu.title()))
    rows += [(_tr(str(keys)), _tr(str(text))) for keys, text in PAGE_KEYS]
    return rows


class KeyboardShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, in a table a screen reader can read row by row."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 520)
        intro = QLabel(
            self.tr(
                "Everything in SRO Panel can be done from the keyboard. Alt opens the menus; "
                "an underlined letter in a button or a menu is its key with Alt."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @staticmethod
    def ask(parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        KeyboardShortcutsDialog(rows, parent).exec()
