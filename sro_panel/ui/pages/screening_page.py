"""Screening: each applicant's requirements with reasons and evidence, searchable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.ui.models import ELIGIBILITY_TEXT, ScreeningTableModel
from sro_panel.ui.text import html_escape as _html_escape


class ScreeningPage(QWidget):
    """Applicants with their screening result; the selected one's requirements in detail."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.summary_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name or employee ID"))
        self.search_edit.setAccessibleName(self.tr("Search applicants"))
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show applicants"))
        self.filter_combo.addItem(self.tr("All applicants"), "")
        for key, text in ELIGIBILITY_TEXT.items():
            self.filter_combo.addItem(self.tr(text), key)
        self.model = ScreeningTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Applicants"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ScreeningTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            ScreeningTableModel.COL_ISSUES, QHeaderView.ResizeMode.Stretch
        )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Screening detail"))

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.filter_combo, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.search_edit.textChanged.connect(self._on_search)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        if not self._services.screening.can(Permission.SCREEN):
            self.model.set_rows([])
            self.detail.clear()
            self.summary_label.setText(
                self.tr("Screening is HR's work; applicants' records are not shown to this role.")
            )
            return
        rows = self._services.screening.screen_round(round_id)
        self.model.set_rows(rows)
        counts = {k: sum(1 for r in rows if r.eligibility == k) for k in ELIGIBILITY_TEXT}
        self.summary_label.setText(
            self.tr("{n} applicants: {e} eligible, {r} need review, {x} not eligible").format(
                n=len(rows),
                e=counts["eligible"],
                r=counts["needs_review"],
                x=counts["not_eligible"],
            )
        )
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    @Slot(int)
    def _on_filter(self, _index: int) -> None:
        key = self.filter_combo.currentData()
        self.proxy.setFilterKeyColumn(ScreeningTableModel.COL_ELIGIBILITY if key else -1)
        self.proxy.setFilterFixedString(self.tr(ELIGIBILITY_TEXT[key]) if key else "")
        if not key:
            self._on_search(self.search_edit.text())

    @Slot()
    def _on_current(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            self.detail.clear()
            return
        item = self.model.row_at(index.row())
        marks = {"pass": "✔", "fail": "✘", "needs_review": "?"}
        lines = [f"<h3>{_html_escape(item.name)} ({item.employee_id})</h3><ul>"]
        for r in item.result.results:
            evidence = f"<br><small>{_html_escape(r.evidence)}</small>" if r.evidence else ""
            lines.append(
                f"<li>{marks[r.outcome]} <b>{r.ref}</b> {_html_escape(r.reason)}{evidence}</li>"
            )
        lines.append("</ul>")
        self.detail.setHtml("".join(lines))
