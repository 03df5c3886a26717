"""The audit trail, for the auditor and the administrator: read, filter, and verify the seal."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.audit_trail import AuditRow
from sro_panel.services.permissions import Permission
from sro_panel.ui.dialogs import ShowError
from sro_panel.ui.look import tone, tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import RowTableModel
from sro_panel.ui.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(RowTableModel[AuditRow]):
    COL_SEQ, COL_AT, COL_ACTOR, COL_ACTION, COL_TARGET, COL_OUTCOME, COL_MACHINE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "#"),
        QT_TRANSLATE_NOOP("TableHeader", "When (UTC)"),
        QT_TRANSLATE_NOOP("TableHeader", "Who"),
        QT_TRANSLATE_NOOP("TableHeader", "What"),
        QT_TRANSLATE_NOOP("TableHeader", "Record"),
        QT_TRANSLATE_NOOP("TableHeader", "Outcome"),
        QT_TRANSLATE_NOOP("TableHeader", "Machine"),
    )

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.seq),
                row.at.strftime("%Y-%m-%d %H:%M:%S"),
                row.actor,
                row.action,
                row.target,
                row.outcome,
                row.machine,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome != "ok":
            return tone("error")
        return None


def describe(row: AuditRow) -> str:
    """One entry in full: who, what, when, and the values before and after."""

    def block(value: object) -> str:
        return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)

    lines = [
        f"#{row.seq}  {row.at:%Y-%m-%d %H:%M:%S} UTC  {row.actor} on {row.machine or '—'}",
        f"{row.action} {row.target}  ({row.outcome})",
    ]
    if row.detail:
        lines.append(row.detail)
    if row.before is not None:
        lines += ["", "Before:", block(row.before)]
    if row.after is not None:
        lines += ["", "After:", block(row.after)]
    return "\n".join(lines)


class AuditPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round_id: int | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Filter by person, action, record or machine"))
        self.search_edit.setAccessibleName(self.tr("Filter the audit trail"))
        self.search_edit.setClearButtonEnabled(True)
        self.round_only_check = QCheckBox(self.tr("This round only"), self)
        self.round_only_check.setChecked(True)
        self.verify_button = QPushButton(self.tr("&Verify the trail"), self)
        self.verify_button.setToolTip(
            self.tr("Check every entry's seal and every submitted score against its record")
        )
        self.verify_label = QLabel(self)
        self.verify_label.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Audit trail entries"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            AuditTableModel.COL_TARGET, QHeaderView.ResizeMode.Stretch
        )
        for column, width in (
            (AuditTableModel.COL_SEQ, 60),
            (AuditTableModel.COL_AT, 150),
            (AuditTableModel.COL_ACTOR, 150),
            (AuditTableModel.COL_ACTION, 170),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen entry in full"))
        self.detail.setPlaceholderText(
            self.tr("Choose an entry to see it in full, with its values before and after.")
        )

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.round_only_check)
        bar.addWidget(self.verify_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([500, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.verify_label)
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.round_only_check.toggled.connect(lambda _on: self.reload())
        self.verify_button.clicked.connect(self.verify)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        self._round_id = round_id
        self.verify_label.clear()
        if not self._services.audit.can(Permission.VIEW_AUDIT):
            # The step is hidden from everyone else; say so rather than ask and be refused.
            self.model.set_rows([])
            self.verify_label.setText(
                self.tr("The audit trail is for the auditor and the administrator.")
            )
            return
        self.reload()

    def reload(self) -> None:
        scope = self._round_id if self.round_only_check.isChecked() else None
        try:
            self.model.set_rows(self._services.audit.entries(round_id=scope))
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Audit trail"), message_text(exc))
            return
        self.detail.clear()

    @Slot()
    def verify(self) -> None:
        try:
            result = self._services.audit.verify()
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Audit trail"), message_text(exc))
            return
        if result.ok:
            self.verify_label.setStyleSheet(tone_style("success"))
            self.verify_label.setText(
                self.tr(
                    "✔ Intact: {n} entries sealed in order; {s} submitted score sheets "
                    "match their record."
                ).format(n=result.entries, s=result.sheets)
            )
        else:
            self.verify_label.setStyleSheet(tone_style("error"))
            shown = "\n".join(result.problems[:5])
            more = len(result.problems) - 5
            extra = self.tr("\n… and {n} more").format(n=more) if more > 0 else ""
            self.verify_label.setText(self.tr("✘ Does not verify:\n") + shown + extra)
        self.reload()  # the check itself is now in the trail

    @Slot(QModelIndex, QModelIndex)
    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(self.proxy.mapToSource(current).row())
        self.detail.setPlainText(describe(row))
