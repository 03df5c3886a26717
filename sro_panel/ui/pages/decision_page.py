"""Recommendation & decision: the chair's summary, the conference, the Chief's decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.decisions import TIER_LABELS, DecisionState
from sro_panel.services.permissions import Permission
from sro_panel.ui.dialogs import Confirm, ShowError
from sro_panel.ui.keyboard import reading_order
from sro_panel.ui.message_text import message_text
from sro_panel.ui.service_labels import service_label
from sro_panel.ui.text import QT_TRANSLATE_NOOP

OUTCOMES = (
    ("selected", QT_TRANSLATE_NOOP("Outcomes", "Selected")),
    ("alternate", QT_TRANSLATE_NOOP("Outcomes", "Alternate")),
    ("not_selected", QT_TRANSLATE_NOOP("Outcomes", "Not selected")),
)


def outcome_text(text: str) -> str:
    return QCoreApplication.translate("Outcomes", text)


class DecisionPage(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round_id: int | None = None
        self._state: DecisionState | None = None
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)

        self.finalize_box = QGroupBox(self.tr("1. The panel's recommendation (chair)"), self)
        self.comments_edit = QPlainTextEdit(self)
        self.comments_edit.setAccessibleName(self.tr("The panel's comments for the summary"))
        self.comments_edit.setPlaceholderText(
            self.tr("The panel's comments for the Chief and the Director")
        )
        self.comments_edit.setMaximumHeight(70)
        self.comments_edit.setTabChangesFocus(True)
        self.finalize_button = QPushButton(self.tr("Fi&nalize the recommendation"), self)
        self.consensus_button = QPushButton(self.tr("Open the consensus &discussion"), self)
        self.consensus_button.setToolTip(
            self.tr("Optional: once every sheet is in, panelists may change a score, with a reason")
        )
        box = QVBoxLayout(self.finalize_box)
        box.addWidget(self.comments_edit)
        self.print_button = QPushButton(self.tr("&Print the packet (PDF)…"), self)
        self.print_button.setToolTip(
            self.tr("The recommendation packet for the Chief and the Director of Safety")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.consensus_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finalize_button)
        box.addLayout(buttons)

        self.conference_box = QGroupBox(
            self.tr("2. Conference of the Chief and the MPS Director of Safety"), self
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date of the conference"))
        self.attendees_edit = QLineEdit(self)
        self.attendees_edit.setAccessibleName(self.tr("Who conferred"))
        self.conference_notes_edit = QLineEdit(self)
        self.conference_notes_edit.setAccessibleName(self.tr("Conference notes"))
        self.conference_button = QPushButton(self.tr("Record the &conference"), self)
        form = QFormLayout(self.conference_box)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Attendees"), self.attendees_edit)
        form.addRow(self.tr("Notes"), self.conference_notes_edit)
        form.addRow("", self.conference_button)

        self.decision_box = QGroupBox(self.tr("3. The Chief's final selection"), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Ranked candidates and decisions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Candidate"),
                self.tr("Total"),
                self.tr("Panel's tier"),
                self.tr("Decision"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName(self.tr("Decision for the selected candidate"))
        for key, text in OUTCOMES:
            self.outcome_combo.addItem(outcome_text(text), key)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for departing from the panel's order"))
        self.reason_edit.setPlaceholderText(
            self.tr("Reason (needed when departing from the panel's order)")
        )
        self.decide_button = QPushButton(self.tr("&Record decision"), self)
        self.close_button = QPushButton(self.tr("C&lose the round"), self)
        self.reopen_button = QPushButton(self.tr("R&eopen…"), self)
        self.reopen_reason_edit = QLineEdit(self)
        self.reopen_reason_edit.setAccessibleName(self.tr("Reason for reopening"))
        self.reopen_reason_edit.setPlaceholderText(self.tr("Reason for reopening"))
        row = QHBoxLayout()
        row.addWidget(self.outcome_combo)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.decide_button)
        closing = QHBoxLayout()
        closing.addWidget(self.close_button)
        closing.addStretch(1)
        closing.addWidget(self.reopen_reason_edit, 1)
        closing.addWidget(self.reopen_button)
        decisions = QVBoxLayout(self.decision_box)
        decisions.addWidget(self.table, 1)
        decisions.addLayout(row)
        decisions.addLayout(closing)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.finalize_box)
        layout.addWidget(self.conference_box)
        layout.addWidget(self.decision_box, 1)
        reading_order(
            self.print_button,
            self.comments_edit,
            self.consensus_button,
            self.finalize_button,
            self.date_edit,
            self.attendees_edit,
            self.conference_notes_edit,
            self.conference_button,
            self.table,
            self.outcome_combo,
            self.reason_edit,
            self.decide_button,
            self.close_button,
            self.reopen_reason_edit,
            self.reopen_button,
        )
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.finalize_button.clicked.connect(self.finalize)
        self.consensus_button.clicked.connect(self.open_consensus)
        self.conference_button.clicked.connect(self.record_conference)
        self.decide_button.clicked.connect(self.decide)
        self.close_button.clicked.connect(self.close_round)
        self.reopen_button.clicked.connect(self.reopen_round)
        self.table.currentCellChanged.connect(self._on_row)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        self._round_id = round_id
        state = self._services.decisions.state(round_id)
        self._state = state
        can_decide = self._services.decisions.can(Permission.RECORD_DECISION)
        chair = any(
            p.is_chair and p.id in self._services.actor.panelist_ids
            for p in self._services.panel.list_panelists(round_id)
        )
        if state.closed:
            text = self.tr("The round is closed: the decisions below are final and read-only.")
        elif not state.finalized:
            text = self.tr(
                "The panel's chair finalizes the recommendation once every panelist has "
                "submitted; then the Chief and the Director confer and the Chief decides."
            )
        elif state.conference is None:
            text = self.tr("Finalized by {who}. Next: record the conference.").format(
                who=state.finalized_by
            )
        else:
            decided = len(state.decisions)
            text = self.tr("{d} of {n} candidates decided.").format(d=decided, n=len(state.summary))
        self.state_label.setText(text)
        self.finalize_box.setEnabled(chair and not state.finalized and not state.closed)
        if state.finalized:
            self.comments_edit.setPlainText(state.comments)
        self.conference_box.setEnabled(can_decide and state.finalized and not state.closed)
        if state.conference is not None:
            held_on, attendees, notes = state.conference
            self.date_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
            self.attendees_edit.setText(attendees)
            self.conference_notes_edit.setText(notes)
        else:
            self.date_edit.setDate(QDate.currentDate())
        ready = can_decide and state.conference is not None and not state.closed
        for widget in (self.outcome_combo, self.reason_edit, self.decide_button, self.close_button):
            widget.setEnabled(ready)
        self.reopen_button.setEnabled(can_decide and state.closed)
        self.reopen_reason_edit.setEnabled(can_decide and state.closed)
        self.table.setRowCount(len(state.summary))
        for r, c in enumerate(state.summary):
            decision = state.decisions.get(c.applicant_id)
            outcome = outcome_text(dict(OUTCOMES).get(decision.outcome, "")) if decision else ""
            if decision and decision.departure_reason:
                outcome += f" — {decision.departure_reason}"
            cells = (
                "" if c.rank is None else f"{c.rank}{'=' if c.tied else ''}",
                c.name,
                "—" if c.total is None else f"{c.total:.2f}",
                service_label(TIER_LABELS[c.tier]),
                outcome,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.applicant_id)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _selected_applicant(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @Slot(int, int, int, int)
    def _on_row(self, row: int, _col: int, _prow: int, _pcol: int) -> None:
        if self._state is None or row < 0:
            return
        applicant = self._selected_applicant()
        decision = self._state.decisions.get(applicant) if applicant else None
        if decision:
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(decision.outcome))
            self.reason_edit.setText(decision.departure_reason)
        else:
            self.reason_edit.clear()

    def _run(self, title: str, call: Callable[[], object]) -> bool:
        try:
            call()
        except SroPanelError as exc:
            ShowError.ask(self, title, message_text(exc))
            return False
        if self._round_id is not None:
            self.load(self._round_id)
        self.changed.emit()
        return True

    @Slot()
    def finalize(self) -> None:
        if self._round_id is None:
            return
        if not Confirm.ask(
            self,
            self.tr("Finalize the recommendation?"),
            self.tr("The ranking is frozen as it stands and goes to the Chief and the Director."),
            yes=self.tr("Finalize"),
            no=self.tr("Not yet"),
        ):
            return
        rid, comments = self._round_id, self.comments_edit.toPlainText()
        self._run(self.tr("Finalize"), lambda: self._services.decisions.finalize(rid, comments))

    @Slot()
    def open_consensus(self) -> None:
        if self._round_id is None:
            return
        rid = self._round_id
        self._run(self.tr("Consensus"), lambda: self._services.scoring.open_consensus(rid))

    @Slot()
    def record_conference(self) -> None:
        if self._round_id is None:
            return
        q = self.date_edit.date()
        held = dt.date(q.year(), q.month(), q.day())
        rid = self._round_id
        self._run(
            self.tr("Conference"),
            lambda: self._services.decisions.record_conference(
                rid,
                held_on=held,
                attendees=self.attendees_edit.text(),
                notes=self.conference_notes_edit.text(),
            ),
        )

    @Slot()
    def decide(self) -> None:
        applicant = self._selected_applicant()
        if applicant is None:
            ShowError.ask(
                self, self.tr("Decision"), self.tr("Select a candidate in the table first.")
            )
            return
        outcome = self.outcome_combo.currentData()
        reason = self.reason_edit.text()
        row = self.table.currentRow()
        if (
            self._run(
                self.tr("Decision"),
                lambda: self._services.decisions.decide(applicant, outcome, reason=reason),
            )
            and row + 1 < self.table.rowCount()
        ):
            self.table.selectRow(row + 1)

    @Slot()
    def close_round(self) -> None:
        if self._round_id is None:
            return
        if not Confirm.ask(
            self,
            self.tr("Close the round?"),
            self.tr("A closed round is read-only. Reopening it later needs a written reason."),
            yes=self.tr("Close the round"),
            no=self.tr("Cancel"),
        ):
            return
        rid = self._round_id
        self._run(self.tr("Close"), lambda: self._services.decisions.close_round(rid))

    @Slot()
    def reopen_round(self) -> None:
        if self._round_id is None:
            return
        rid, reason = self._round_id, self.reopen_reason_edit.text()
        self._run(self.tr("Reopen"), lambda: self._services.decisions.reopen_round(rid, reason))
