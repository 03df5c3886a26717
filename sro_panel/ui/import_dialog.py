"""Importing HR's applicant spreadsheet: choose the sheet, map the columns, preview, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.exports import roster_import as ri
from sro_panel.services.app import Services
from sro_panel.services.applicants import ImportResult
from sro_panel.ui.keyboard import reading_order
from sro_panel.ui.look import problem_background
from sro_panel.ui.message_text import message_text
from sro_panel.ui.service_labels import service_label

PREVIEW_ROWS = 30
SETTINGS_KEY = "import/mapping"


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        round_id: int,
        path: Path,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import applicants from {name}").format(name=path.name))
        self.resize(980, 640)
        self._services = services
        self._round_id = round_id
        self._path = path
        self._settings = settings
        self._table: ri.Table | None = None
        self._preview: ri.Preview | None = None
        self.result_value: ImportResult | None = None

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setAccessibleName(self.tr("Columns and what they hold"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Holds")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setTabKeyNavigation(False)  # Tab goes from column to column
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table = QTableWidget(0, 0, self)
        self.preview_table.setAccessibleName(self.tr("Preview of the rows"))
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)  # arrows move between its cells
        self.preview_table.verticalHeader().hide()  # the sheet's own row numbers are shown
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.error_list = QListWidget(self)
        self.error_list.setAccessibleName(self.tr("Problems found"))
        self.error_list.setMaximumHeight(120)
        self.skip_check = QCheckBox(
            self.tr("Skip the rows with problems and import the rest"), self
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("1. What each column holds") + "</b>", self))
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(QLabel("<b>" + self.tr("2. Preview") + "</b>", self))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_list)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        self.skip_check.toggled.connect(self._update_ok)
        self._load_sheet(None)
        self.sheet_combo.currentTextChanged.connect(self._load_sheet)

    def _remembered(self) -> dict[str, str]:
        value = self._settings.value(SETTINGS_KEY)
        return dict(value) if isinstance(value, dict) else {}

    @Slot(str)
    def _load_sheet(self, sheet: str | None) -> None:
        try:
            self._table = ri.read_table(self._path, sheet or None)
        except SroPanelError as exc:
            self._show_problem(message_text(exc))
            return
        table = self._table
        if self.sheet_combo.count() == 0:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.addItems(list(table.sheets))
            self.sheet_combo.blockSignals(False)
        mapping = ri.auto_mapping(table.headers, self._remembered())
        self.mapping_table.blockSignals(True)
        self.mapping_table.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header or self.tr("(no header)")))
            combo = QComboBox(self.mapping_table)
            combo.setAccessibleName(self.tr("What {h} holds").format(h=header))
            combo.addItem(self.tr("— not imported —"), "")
            for key, (label, _names) in ri.FIELDS.items():
                combo.addItem(service_label(label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(row, ""))))
            combo.currentIndexChanged.connect(self._reparse)
            self.mapping_table.setCellWidget(row, 1, combo)
        self.mapping_table.blockSignals(False)
        combos = [self.mapping_table.cellWidget(r, 1) for r in range(len(table.headers))]
        reading_order(self.mapping_table, *combos, self.preview_table)  # Tab: column by column
        self.mapping_table.resizeColumnToContents(0)
        self._reparse()

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                chosen[row] = combo.currentData()
        return chosen

    @Slot()
    def _reparse(self) -> None:
        if self._table is None:
            return
        try:
            self._preview = ri.parse(
                self._table, self.mapping(), today=self._services.clock().date()
            )
        except SroPanelError as exc:
            self._preview = None
            self._show_problem(message_text(exc))
            return
        preview, table = self._preview, self._table
        headers = list(table.headers)
        self.preview_table.setColumnCount(len(headers) + 1)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Row"), *headers])
        shown = preview.rows[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(shown))
        for r, parsed in enumerate(shown):
            values = table.rows[parsed.row - 2]
            cells = [str(parsed.row), *["" if v is None else _show(v) for v in values]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if parsed.errors:
                    item.setBackground(QBrush(problem_background()))
                    item.setToolTip("\n".join(message_text(e) for e in parsed.errors))
                self.preview_table.setItem(r, c, item)
        self.preview_table.resizeColumnsToContents()
        self.error_list.clear()
        self.error_list.addItems([message_text(e) for e in preview.errors])
        good, bad = len(preview.good), sum(1 for r in preview.rows if r.errors)
        self.summary_label.setText(
            self.tr("{g} rows ready to import; {b} with problems.").format(g=good, b=bad)
            + (self.tr(" Fix them in the file, or skip them.") if bad else "")
        )
        self._update_ok()

    def _show_problem(self, message: str) -> None:
        self.summary_label.setText(message)
        self.error_list.clear()
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        preview = self._preview
        ok = (
            preview is not None
            and bool(preview.good)
            and (not preview.errors or self.skip_check.isChecked())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @Slot()
    def _on_import(self) -> None:
        preview, table = self._preview, self._table
        if preview is None or table is None:
            return
        try:
            self.result_value = self._services.applicants.import_applicants(
                self._round_id,
                preview.good,
                fields=set(preview.mapping.values()),
                source=table.source,
                skipped=preview.errors,
            )
        except SroPanelError as exc:
            self._show_problem(message_text(exc))
            return
        remembered = self._remembered()
        remembered.update(
            {table.headers[c]: f for c, f in preview.mapping.items() if table.headers[c]}
        )
        self._settings.setValue(SETTINGS_KEY, remembered)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        round_id: int,
        path: Path,
        settings: QSettings,
    ) -> ImportResult | None:
        dialog = cls(parent, services, round_id, path, settings)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _show(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)
