"""Adding or editing an applicant: identity, HR's record and its source, service breaks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sro_panel.services.app import Services
from sro_panel.services.applicants import (
    ApplicantInput,
    ApplicantRow,
    BreakInput,
    check_applicant_input,
)
from sro_panel.ui.forms import FormDialog, OptionalDateEdit, line
from sro_panel.ui.text import QT_TRANSLATE_NOOP

NOT_ON_RECORD = -1
BREAK_KINDS = (
    (QT_TRANSLATE_NOOP("BreakKinds", "Unpaid leave"), "unpaid_leave"),
    (QT_TRANSLATE_NOOP("BreakKinds", "Separation and rehire"), "separation"),
)


def _count(parent: QWidget, value: int | None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(NOT_ON_RECORD, 1000)
    spin.setSpecialValueText(QCoreApplication.translate("ApplicantDialog", "not on record"))
    spin.setValue(NOT_ON_RECORD if value is None else value)
    return spin


class BreaksTable(QWidget):
    """Recorded breaks in service: kind, first and last day away (blank: still away), note."""

    def __init__(self, breaks: tuple[BreakInput, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("First day away"), self.tr("Last day away"), self.tr("Note")]
        )
        self.table.setAccessibleName(self.tr("Breaks in service"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add a &break"), self)
        self.remove_button = QPushButton(self.tr("&Remove the selected break"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.on_change: Callable[[], object] = lambda: None
        for b in breaks:
            self.add_row(b)

    def add_row(self, b: BreakInput | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        for text, key in BREAK_KINDS:
            kind.addItem(QCoreApplication.translate("BreakKinds", text), key)
        start, end = OptionalDateEdit(self.table), OptionalDateEdit(self.table)
        note = QLineEdit(self.table)
        kind.setAccessibleName(self.tr("Kind of break {n}").format(n=row + 1))
        start.setAccessibleName(self.tr("First day away, break {n}").format(n=row + 1))
        end.setAccessibleName(self.tr("Last day away, break {n}").format(n=row + 1))
        note.setAccessibleName(self.tr("Note, break {n}").format(n=row + 1))
        if b is not None:
            kind.setCurrentIndex(max(0, kind.findData(b.kind)))
            start.set_value(b.start)
            end.set_value(b.end)
            note.setText(b.note)
        for col, widget in enumerate((kind, start, end, note)):
            self.table.setCellWidget(row, col, widget)
        kind.currentIndexChanged.connect(self._changed)
        start.dateChanged.connect(self._changed)
        end.dateChanged.connect(self._changed)
        self.table.resizeColumnsToContents()
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.on_change()

    @Slot()
    def _on_add(self) -> None:
        self.add_row()

    @Slot()
    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def value(self) -> tuple[BreakInput, ...]:
        items = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            start = self.table.cellWidget(row, 1)
            end = self.table.cellWidget(row, 2)
            note = self.table.cellWidget(row, 3)
            assert isinstance(kind, QComboBox) and isinstance(note, QLineEdit)
            assert isinstance(start, OptionalDateEdit) and isinstance(end, OptionalDateEdit)
            first = start.value()
            if first is None:
                continue  # a row not filled in yet
            items.append(BreakInput(kind.currentData(), first, end.value(), note.text()))
        return tuple(items)


class ApplicantDialog(FormDialog[ApplicantInput, ApplicantRow]):
    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        round_id: int,
        existing: ApplicantRow | None,
    ) -> None:
        today = services.clock().date()
        if existing is None:

            def submit(data: ApplicantInput) -> ApplicantRow:
                return services.applicants.add_applicant(round_id, data)
        else:

            def submit(data: ApplicantInput) -> ApplicantRow:
                return services.applicants.update_applicant(existing.id, data, existing.version)

        super().__init__(
            parent,
            self.tr("New applicant") if existing is None else self.tr("Edit applicant"),
            check=lambda data: check_applicant_input(data, today),
            submit=submit,
        )
        facts = existing.personnel if existing else None
        self.employee_id_edit = self.add(
            "Employee ID",
            line(self, existing.employee_id if existing else "", max_length=40),
            self.tr("Employee ID"),
        )
        self.first_name_edit = self.add(
            "First name", line(self, existing.first_name if existing else ""), self.tr("First name")
        )
        self.last_name_edit = self.add(
            "Last name", line(self, existing.last_name if existing else ""), self.tr("Last name")
        )
        self.rank_edit = self.add(
            "Rank", line(self, existing.rank if existing else "Police Officer"), self.tr("Rank")
        )
        self.assignment_edit = self.add(
            "Assignment", line(self, existing.assignment if existing else ""), self.tr("Assignment")
        )
        self.email_edit = self.add(
            "Email", line(self, existing.email if existing else ""), self.tr("Email")
        )
        self.phone_edit = self.add(
            "Phone", line(self, existing.phone if existing else "", max_length=40), self.tr("Phone")
        )
        self.applied_edit = OptionalDateEdit(self)
        self.applied_edit.set_value(existing.applied_on if existing else today)
        self.add("Applied on", self.applied_edit, self.tr("Applied on"))
        self.service_start_edit = OptionalDateEdit(self)
        self.service_start_edit.set_value(facts.service_start if facts else None)
        self.add("Service start", self.service_start_edit, self.tr("Service start (hire date)"))
        self.breaks = BreaksTable(existing.breaks or () if existing else (), self)
        self.breaks.on_change = self.validate
        self.add("Service breaks", self.breaks, self.tr("Service breaks"))
        self.juvenile_spin = _count(self, facts.sustained_juvenile_complaints if facts else None)
        self.add(
            "Sustained complaints involving juveniles",
            self.juvenile_spin,
            self.tr("Sustained complaints involving juveniles"),
        )
        self.complaints_spin = _count(self, facts.sustained_complaints if facts else None)
        self.add(
            "Sustained complaints", self.complaints_spin, self.tr("Sustained complaints (all)")
        )
        self.attendance_edit = QPlainTextEdit(
            existing.attendance_note or "" if existing else "", self
        )
        self.attendance_edit.setMaximumHeight(54)
        self.add("Attendance note", self.attendance_edit, self.tr("Attendance note"))
        self.discipline_edit = QPlainTextEdit(
            existing.discipline_note or "" if existing else "", self
        )
        self.discipline_edit.setMaximumHeight(54)
        self.add("Discipline note", self.discipline_edit, self.tr("Discipline note"))
        self.youth_edit = QPlainTextEdit(existing.youth_programs if existing else "", self)
        self.youth_edit.setMaximumHeight(54)
        self.add("Youth programs", self.youth_edit, self.tr("Youth programs"))
        self.source_edit = self.add(
            "Record source",
            line(self, facts.record_source if facts else "", max_length=300),
            self.tr("Record source (where HR's data came from)"),
        )
        self.pulled_edit = OptionalDateEdit(self)
        self.pulled_edit.set_value(facts.record_pulled_on if facts else today)
        self.add("Record pulled on", self.pulled_edit, self.tr("Record pulled on"))
        self.employee_id_edit.setFocus()

    def collect(self) -> ApplicantInput:
        def text(widget: QWidget) -> str:
            return widget.text() if isinstance(widget, QLineEdit) else ""

        def count(spin: QSpinBox) -> int | None:
            return None if spin.value() == NOT_ON_RECORD else spin.value()

        return ApplicantInput(
            employee_id=text(self.employee_id_edit),
            first_name=text(self.first_name_edit),
            last_name=text(self.last_name_edit),
            rank=text(self.rank_edit),
            assignment=text(self.assignment_edit),
            email=text(self.email_edit),
            phone=text(self.phone_edit),
            applied_on=self.applied_edit.value(),
            service_start=self.service_start_edit.value(),
            sustained_juvenile_complaints=count(self.juvenile_spin),
            sustained_complaints=count(self.complaints_spin),
            attendance_note=self.attendance_edit.toPlainText(),
            discipline_note=self.discipline_edit.toPlainText(),
            youth_programs=self.youth_edit.toPlainText(),
            record_source=text(self.source_edit),
            record_pulled_on=self.pulled_edit.value(),
            breaks=self.breaks.value(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        round_id: int,
        existing: ApplicantRow | None = None,
    ) -> ApplicantRow | None:
        return cls(parent, services, round_id, existing).run()
