"""Table models: plain rows from the services in, Qt roles out; they never query anything."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sro_panel.services.screening import ApplicantScreening
from sro_panel.ui.message_text import message_text
from sro_panel.ui.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
# Shown through eligibility_text(); marked here so the catalogue holds them.
ELIGIBILITY_TEXT = {
    "eligible": QT_TRANSLATE_NOOP("Eligibility", "Eligible"),
    "not_eligible": QT_TRANSLATE_NOOP("Eligibility", "Not eligible"),
    "needs_review": QT_TRANSLATE_NOOP("Eligibility", "Needs review"),
}


def eligibility_text(key: str) -> str:
    return QCoreApplication.translate("Eligibility", ELIGIBILITY_TEXT[key])


def header(text: str) -> str:
    """A table's column title: every model's HEADERS are marked in the "TableHeader"
    context with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate("TableHeader", text)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table of plain rows from a service; subclasses give HEADERS (each marked
    QT_TRANSLATE_NOOP("TableHeader", ...)) and data()."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header(self.HEADERS[section])
        return None


class ScreeningTableModel(RowTableModel[ApplicantScreening]):
    COL_NAME, COL_EMPLOYEE_ID, COL_ELIGIBILITY, COL_ISSUES, COL_POOL = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Name"),
        QT_TRANSLATE_NOOP("TableHeader", "Employee ID"),
        QT_TRANSLATE_NOOP("TableHeader", "Screening"),
        QT_TRANSLATE_NOOP("TableHeader", "Requirements not passed"),
        QT_TRANSLATE_NOOP("TableHeader", "In pool"),
    )

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return item.name
            if col == self.COL_EMPLOYEE_ID:
                return item.employee_id
            if col == self.COL_ELIGIBILITY:
                return eligibility_text(item.eligibility)
            if col == self.COL_ISSUES:
                return "; ".join(
                    f"{r.ref} {r.requirement_id.replace('_', ' ')}"
                    for r in item.result.results
                    if r.outcome != "pass"
                )
            if col == self.COL_POOL:
                return self.tr("Yes") if item.in_pool else ""
        if role == Qt.ItemDataRole.UserRole:
            return item.applicant_id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_ISSUES:
            return "\n".join(
                f"{r.ref} {r.requirement_id}: {message_text(r.reason)}"
                for r in item.result.results
                if r.outcome != "pass"
            )
        return None
