"""Working without a mouse: Tab from control to control, in the order they are read."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QScrollArea, QWidget


def tab_between_controls(root: QWidget) -> None:
    """Tab leaves a table for the next control (arrows move between its cells: Tab through
    every cell of a 40-row table would trap a keyboard user), and a scroll area of forms or
    score cards is not a stop of its own (it scrolls to whichever control inside has the
    focus)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def reading_order(*widgets: QWidget) -> None:
    """Put `widgets` one after the other in the Tab order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class BlankableDateEdit(QDateEdit):
    """A date edit whose minimum shows as blank text ("not yet") and which Tab still leaves.

    While a QDateTimeEdit shows its special value text it takes Tab for itself and keeps
    the focus: a blank date would trap a keyboard user in the field.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._blank():
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            return
        super().keyPressEvent(event)

    def _blank(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()
