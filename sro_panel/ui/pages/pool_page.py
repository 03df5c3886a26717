"""Pool & schedule (SOI IV.C.2): who continues, and interview and presentation slots."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.ui.dialogs import ShowError
from sro_panel.ui.look import tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.text import QT_TRANSLATE_NOOP, day

KINDS = (
    (QT_TRANSLATE_NOOP("SlotKinds", "Interview"), "interview"),
    (QT_TRANSLATE_NOOP("SlotKinds", "Presentation"), "presentation"),
)


class PoolPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round_id: int | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.pool_table = QTableWidget(0, 2, self)
        self.pool_table.setAccessibleName(self.tr("Eligible applicants; tick those who continue"))
        self.pool_table.setHorizontalHeaderLabels(
            [self.tr("Continues"), self.tr("Eligible applicant")]
        )
        self.pool_table.verticalHeader().hide()
        self.pool_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.slots_table = QTableWidget(0, 5, self)
        self.slots_table.setAccessibleName(self.tr("Interview and presentation slots"))
        self.slots_table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Room"),
                self.tr("Candidate"),
            ]
        )
        self.slots_table.verticalHeader().hide()
        self.slots_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.slots_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.candidate_combo = QComboBox(self)
        self.candidate_combo.setAccessibleName(self.tr("Candidate to schedule"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of slot"))
        for text, key in KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("SlotKinds", text), key)
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(9, 0))
        self.start_edit.setDateTime(tomorrow)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setAccessibleName(self.tr("Length in minutes"))
        self.minutes_spin.setRange(5, 480)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setValue(30)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.room_edit = QLineEdit(self)
        self.room_edit.setAccessibleName(self.tr("Room"))
        self.room_edit.setMaxLength(120)
        self.slot_error = QLabel(self)
        self.slot_error.setStyleSheet(tone_style("error"))
        self.slot_error.setWordWrap(True)
        self.add_slot_button = QPushButton(self.tr("Add s&lot"), self)
        form_box = QGroupBox(self.tr("Schedule"), self)
        form = QFormLayout(form_box)
        form.addRow(self.tr("Candidate"), self.candidate_combo)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("Length"), self.minutes_spin)
        form.addRow(self.tr("Room"), self.room_edit)
        form.addRow("", self.slot_error)
        form.addRow("", self.add_slot_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + self.tr("Pool") + "</b>", self))
        left_layout.addWidget(self.pool_table)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.slots_table, 1)
        right_layout.addWidget(form_box)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self.pool_table.itemChanged.connect(self._on_pool_item)
        self.add_slot_button.clicked.connect(self.add_slot)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        self._round_id = round_id
        can_manage = self._services.pool.can(Permission.MANAGE_POOL)
        self.add_slot_button.setEnabled(can_manage)
        self.pool_table.blockSignals(True)
        self.pool_table.setRowCount(0)
        if self._services.screening.can(Permission.SCREEN):
            eligible = [
                s
                for s in self._services.screening.screen_round(round_id)
                if s.eligibility == "eligible"
            ]
        else:
            eligible = []
        for row, s in enumerate(eligible):
            self.pool_table.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                if can_manage
                else Qt.ItemFlag.ItemIsEnabled
            )
            check.setCheckState(Qt.CheckState.Checked if s.in_pool else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, s.applicant_id)
            check.setData(Qt.ItemDataRole.AccessibleTextRole, f"{s.name} continues")
            self.pool_table.setItem(row, 0, check)
            self.pool_table.setItem(row, 1, QTableWidgetItem(f"{s.name} ({s.employee_id})"))
        self.pool_table.blockSignals(False)
        self.pool_table.resizeColumnToContents(0)
        in_pool = [s for s in eligible if s.in_pool]
        self.candidate_combo.clear()
        for s in in_pool:
            self.candidate_combo.addItem(s.name, s.applicant_id)
        slots = self._services.pool.list_slots(round_id)
        self.slots_table.setRowCount(len(slots))
        for row, slot in enumerate(slots):
            local = slot.starts_at.astimezone()
            end = slot.ends_at.astimezone()
            cells = (
                day(local, "ddd dd MMM"),
                f"{local:%H:%M}–{end:%H:%M}",
                QCoreApplication.translate("SlotKinds", dict((k, t) for t, k in KINDS)[slot.kind]),
                slot.room,
                slot.applicant_name,
            )
            for col, text in enumerate(cells):
                self.slots_table.setItem(row, col, QTableWidgetItem(text))
        self.slots_table.resizeColumnsToContents()
        self.slots_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        scheduled = {s.applicant_id for s in slots}
        self.summary_label.setText(
            self.tr(
                "{p} of {e} eligible applicants continue; {s} of them have a slot. "
                "Slots that share a room or a candidate at the same time are refused."
            ).format(
                p=len(in_pool),
                e=len(eligible),
                s=len(scheduled & {s.applicant_id for s in in_pool}),
            )
        )

    @Slot(QTableWidgetItem)
    def _on_pool_item(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self._round_id is None:
            return
        applicant_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self._services.pool.set_in_pool(
                applicant_id, item.checkState() == Qt.CheckState.Checked
            )
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Pool"), message_text(exc))
        self.load(self._round_id)
        self.changed.emit()

    @Slot()
    def add_slot(self) -> None:
        applicant_id = self.candidate_combo.currentData()
        if applicant_id is None or self._round_id is None:
            self.slot_error.setText(self.tr("Choose who continues (tick them in the pool) first."))
            return
        q = self.start_edit.dateTime().toPython()
        assert isinstance(q, dt.datetime)
        starts_at = q.astimezone()  # the laptop's own time zone
        try:
            self._services.pool.add_slot(
                applicant_id,
                kind=self.kind_combo.currentData(),
                starts_at=starts_at,
                minutes=self.minutes_spin.value(),
                room=self.room_edit.text(),
            )
        except FieldError as exc:
            self.slot_error.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.slot_error.setText(message_text(exc))
            return
        self.slot_error.clear()
        self.load(self._round_id)
        self.changed.emit()
