"""Small dialogs of the Training & assignments step: a school by hand, the court's target;
and the date fields they share with the page (the earliest date means "not yet")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.schools import SCHOOL_LEVELS
from sro_panel.services.training import ComplianceView
from sro_panel.ui.keyboard import BlankableDateEdit
from sro_panel.ui.look import tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.service_labels import service_label

ERROR_STYLE = "color: #b00020;"
NO_DATE = QDate(2000, 1, 1)  # the date edits' "not yet" (shown as a blank)


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = BlankableDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum shows as empty: not yet
    edit.setDate(NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class SchoolDialog(QDialog):
    """A school entered by hand: name, address and level."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Add a school"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("School name"))
        self.name_edit.setMaxLength(200)
        self.address_edit = QLineEdit(self)
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Level"))
        for level in SCHOOL_LEVELS:
            self.level_combo.addItem(service_label(level), level)
        self.error = QLabel(self)
        self.error.setStyleSheet(tone_style("error"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Level"), self.level_combo)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            self._services.schools.add_school(
                self.name_edit.text(),
                address=self.address_edit.text(),
                level=self.level_combo.currentData(),
            )
        except FieldError as exc:
            self.error.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.error.setText(message_text(exc))
            return
        super().accept()


class CourtTargetDialog(QDialog):
    """The court's target for this round: officers, deadline, daily fine."""

    def __init__(
        self, services: Services, round_id: int, view: ComplianceView, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._services, self._round_id = services, round_id
        self.setWindowTitle(self.tr("The court's target"))
        c = view.compliance
        self.officers_spin = QSpinBox(self)
        self.officers_spin.setAccessibleName(self.tr("Trained officers"))
        self.officers_spin.setRange(1, 10_000)
        self.officers_spin.setValue(c.target if c else 1)
        self.deadline_edit = date_edit(self, self.tr("Deadline"))
        set_date(self.deadline_edit, c.deadline if c else None)
        self.fine_spin = QDoubleSpinBox(self)
        self.fine_spin.setAccessibleName(self.tr("Daily fine"))
        self.fine_spin.setRange(0, 10_000_000)
        self.fine_spin.setPrefix("$")
        self.fine_spin.setValue(c.daily_fine if c else 0)
        self.error = QLabel(self)
        self.error.setStyleSheet(tone_style("error"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Trained officers"), self.officers_spin)
        form.addRow(self.tr("Deadline"), self.deadline_edit)
        form.addRow(self.tr("Daily fine"), self.fine_spin)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        deadline = date_value(self.deadline_edit)
        if deadline is None:
            self.error.setText(self.tr("Deadline: choose the court's date."))
            return
        try:
            self._services.training.set_court_target(
                self._round_id,
                officers=self.officers_spin.value(),
                deadline=deadline,
                daily_fine=self.fine_spin.value(),
            )
        except SroPanelError as exc:
            self.error.setText(message_text(exc))
            return
        super().accept()
