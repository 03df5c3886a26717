"""Form dialogs that validate as you type, with the reason beside the field at fault.

The checks are the services' own (a FieldError names the field), so the window
never accepts what the service would refuse, and says why in the same words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.ui.keyboard import BlankableDateEdit
from sro_panel.ui.look import tone_style
from sro_panel.ui.message_text import message_text

In = TypeVar("In")
Out = TypeVar("Out")


def qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


class OptionalDateEdit(BlankableDateEdit):
    """A date that may be left empty (shown blank), as HR records often are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(QDate(1940, 1, 1))
        self.setSpecialValueText(" ")
        self.setDate(self.minimumDate())

    def value(self) -> dt.date | None:
        return None if self.date() == self.minimumDate() else pydate(self.date())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(self.minimumDate() if day is None else qdate(day))


class FormDialog(QDialog, Generic[In, Out]):
    """Rows of labelled fields; `collect` builds the input, `check` validates, `submit` saves."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        check: Callable[[In], object],
        submit: Callable[[In], Out],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._check = check
        self._submit = submit
        self.result_value: Out | None = None
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(tone_style("error"))
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    # --- building ------------------------------------------------------------------

    def add(self, name: str, widget: QWidget, label: str | None = None) -> QWidget:
        """Add a field; `name` is the one FieldError uses for it."""
        error = QLabel(self)
        error.setStyleSheet(tone_style("error"))
        error.setWordWrap(True)
        error.hide()
        widget.setAccessibleName(label or name)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label or name, box)
        self._errors[name] = error
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.validate)
        elif isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(self.validate)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(self.validate)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.validate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.validate)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.validate)

    # --- behaviour -------------------------------------------------------------------

    def collect(self) -> In:
        raise NotImplementedError

    def _show(self, error: FieldError | None) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        if error is None:
            return
        at_field = self._errors.get(error.field)
        if at_field is None:
            self.general_error.setText(message_text(error))
            self.general_error.show()
        else:
            at_field.setText(message_text(error.message))
            at_field.show()

    @Slot()
    def validate(self) -> bool:
        try:
            self._check(self.collect())
        except FieldError as exc:
            self._show(exc)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self._show(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    @Slot()
    def _on_ok(self) -> None:
        if not self.validate():
            return
        try:
            self.result_value = self._submit(self.collect())
        except FieldError as exc:  # e.g. an employee ID already taken
            self._show(exc)
            return
        except SroPanelError as exc:
            self.general_error.setText(message_text(exc))
            self.general_error.show()
            return
        self.accept()

    def run(self) -> Out | None:
        self.validate()
        return self.result_value if self.exec() == QDialog.DialogCode.Accepted else None


def combo(parent: QWidget, items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def line(parent: QWidget, text: str = "", *, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setMaxLength(max_length)
    return edit


def hint(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
