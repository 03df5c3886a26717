"""Screening: each applicant's requirements with reasons and evidence, searchable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.services.screening import ApplicantScreening
from sro_panel.ui.applicant_dialog import ApplicantDialog
from sro_panel.ui.dialogs import Confirm, ShowError
from sro_panel.ui.keyboard import reading_order
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import ELIGIBILITY_TEXT, ScreeningTableModel, eligibility_text
from sro_panel.ui.review_dialog import ReviewDialog
from sro_panel.ui.text import html_escape as _html_escape


class ScreeningPage(QWidget):
    """Applicants with their screening result; the selected one's requirements in detail."""

    changed = Signal()
    import_requested = Signal()

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
        for key in ELIGIBILITY_TEXT:
            self.filter_combo.addItem(eligibility_text(key), key)
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
        self.add_button = QPushButton(self.tr("&Add applicant…"), self)
        self.import_button = QPushButton(self.tr("&Import from Excel…"), self)
        self.print_button = QPushButton(self.tr("Screening &report (PDF)…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.requirement_combo = QComboBox(self)
        self.requirement_combo.setAccessibleName(self.tr("Requirement to review"))
        self.attest_button = QPushButton(self.tr("A&ttest…"), self)
        self.override_button = QPushButton(self.tr("O&verride…"), self)
        self._round_id: int | None = None

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.filter_combo, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        review = QHBoxLayout()
        review.addWidget(QLabel(self.tr("Requirement:"), self))
        review.addWidget(self.requirement_combo, 1)
        review.addWidget(self.attest_button)
        review.addWidget(self.override_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addLayout(review)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        reading_order(
            self.search_edit,
            self.filter_combo,
            self.add_button,
            self.import_button,
            self.print_button,
            self.edit_button,
            self.delete_button,
            self.table,
            self.detail,
            self.requirement_combo,
            self.attest_button,
            self.override_button,
        )
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.search_edit.textChanged.connect(self._on_search)
        self.filter_combo.currentIndexChanged.connect(self._on_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(self.edit_applicant)
        self.add_button.clicked.connect(self.add_applicant)
        self.import_button.clicked.connect(self.import_requested)
        self.edit_button.clicked.connect(self.edit_applicant)
        self.delete_button.clicked.connect(self.delete_applicant)
        self.attest_button.clicked.connect(self.attest)
        self.override_button.clicked.connect(self.override)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        self._round_id = round_id
        can_edit = self._services.screening.can(Permission.EDIT_APPLICANTS)
        for button in (self.add_button, self.import_button, self.edit_button, self.delete_button):
            button.setVisible(can_edit)
        for widget in (self.requirement_combo, self.attest_button, self.override_button):
            widget.setVisible(self._services.screening.can(Permission.SCREEN))
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
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._on_current()

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    @Slot(int)
    def _on_filter(self, _index: int) -> None:
        key = self.filter_combo.currentData()
        self.proxy.setFilterKeyColumn(ScreeningTableModel.COL_ELIGIBILITY if key else -1)
        self.proxy.setFilterFixedString(eligibility_text(key) if key else "")
        if not key:
            self._on_search(self.search_edit.text())

    @Slot()
    def _on_current(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            self.detail.clear()
            return
        item = self.model.row_at(index.row())
        previous = self.requirement_combo.currentData()
        self.requirement_combo.clear()
        for r in item.result.results:
            mark = {"pass": "✔", "fail": "✘", "needs_review": "?"}[r.outcome]
            self.requirement_combo.addItem(f"{mark} {r.ref} {r.text}", r.requirement_id)
        # Offer the next requirement still open; once all pass, keep the one last looked at.
        pending = [r.requirement_id for r in item.result.results if r.outcome == "needs_review"]
        chosen = pending[0] if pending else previous
        self.requirement_combo.setCurrentIndex(max(0, self.requirement_combo.findData(chosen)))
        marks = {"pass": "✔", "fail": "✘", "needs_review": "?"}
        lines = [f"<h3>{_html_escape(item.name)} ({item.employee_id})</h3><ul>"]
        for r in item.result.results:
            evidence = (
                f"<br><small>{_html_escape(message_text(r.evidence))}</small>" if r.evidence else ""
            )
            reason = _html_escape(message_text(r.reason))
            lines.append(f"<li>{marks[r.outcome]} <b>{r.ref}</b> {reason}{evidence}</li>")
        lines.append("</ul>")
        self.detail.setHtml("".join(lines))

    # --- actions -------------------------------------------------------------------

    def current(self) -> ApplicantScreening | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.row_at(index.row()) if index.isValid() else None

    def reload(self) -> None:
        self._reload_keeping(None)

    def _reload_keeping(self, applicant_id: int | None) -> None:
        if self._round_id is None:
            return
        self.load(self._round_id)
        self.select_applicant(applicant_id)
        self.changed.emit()

    def select_applicant(self, applicant_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == applicant_id:
                self.table.selectRow(row)
                return

    @Slot()
    def add_applicant(self) -> None:
        if self._round_id is None:
            return
        row = ApplicantDialog.ask(self, self._services, self._round_id)
        if row is not None:
            self._reload_keeping(row.id)

    @Slot()
    def edit_applicant(self) -> None:
        item = self.current()
        if item is None or self._round_id is None:
            return
        existing = self._services.applicants.get_applicant(item.applicant_id)
        row = ApplicantDialog.ask(self, self._services, self._round_id, existing)
        if row is not None:
            self._reload_keeping(row.id)

    @Slot()
    def delete_applicant(self) -> None:
        item = self.current()
        if item is None:
            return
        if not Confirm.ask(
            self,
            self.tr("Delete applicant?"),
            self.tr("Delete {name} ({id}) and their screening record from this round?").format(
                name=item.name, id=item.employee_id
            ),
            yes=self.tr("Delete"),
            no=self.tr("Keep"),
        ):
            return
        try:
            self._services.applicants.delete_applicant(item.applicant_id)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Delete applicant"), message_text(exc))
            return
        self._reload_keeping(None)

    def _review(self, *, override: bool) -> None:
        item = self.current()
        key = self.requirement_combo.currentData()
        if item is None or key is None:
            return
        requirement = next(r for r in item.result.results if r.requirement_id == key)
        if (
            not override
            and requirement.evidence.startswith(("HR roster", "HR record"))
            and (requirement.ref and requirement.requirement_id not in self._attested_ids())
        ):
            ShowError.ask(
                self,
                self.tr("Attest"),
                self.tr(
                    "This requirement is computed from HR's record. Correct the record "
                    "(Edit…) or override the result with a reason."
                ),
            )
            return
        if ReviewDialog.ask(self, self._services, item, requirement, override=override):
            self._reload_keeping(item.applicant_id)

    def _attested_ids(self) -> set[str]:
        if self._round_id is None:
            return set()
        profile = self._services.rounds.get_round(self._round_id).profile
        return {r.id for r in profile.requirements if r.kind == "attested"}

    @Slot()
    def attest(self) -> None:
        self._review(override=False)

    @Slot()
    def override(self) -> None:
        self._review(override=True)
