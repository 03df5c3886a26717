"""The main window: the round's workflow as steps down the side, each step a page."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.rounds import RoundInfo
from sro_panel.ui.models import ELIGIBILITY_TEXT, ScreeningTableModel

STEPS = (
    "Round",
    "Applicants & screening",
    "Pool & schedule",
    "Panel",
    "Scoring",
    "Results",
    "Recommendation & decision",
    "Training & assignments",
)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RoundPage(QWidget):
    """The round's facts and its rubric, read-only here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Round details and rubric"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def show_round(self, info: RoundInfo) -> None:
        p = info.profile
        parts = [
            f"<h2>{_html_escape(info.title)}</h2>",
            f"<p><b>{self.tr('Agency')}:</b> {_html_escape(p.agency)} &middot; "
            f"<b>{self.tr('School partner')}:</b> {_html_escape(p.school_partner)}</p>",
            f"<p><b>{self.tr('Vacancy')}:</b> {_html_escape(info.vacancy_title)} &middot; "
            f"<b>{self.tr('Positions')}:</b> {info.positions} &middot; "
            f"<b>{self.tr('Interview format')}:</b> {info.interview_format.replace('_', ' ')}</p>",
            f"<p><b>{self.tr('Posted')}:</b> {info.posting_date:%d %b %Y} &middot; "
            f"<b>{self.tr('Applications close')}:</b> "
            f"{info.application_deadline:%d %b %Y} &middot; "
            f"<b>{self.tr('Selection date')}:</b> {info.selection_date:%d %b %Y}</p>",
            f"<p><i>{_html_escape(p.source)}</i></p>",
            f"<h3>{self.tr('Minimum requirements (screened by HR)')}</h3><ul>",
        ]
        parts += [f"<li><b>{r.ref}</b> {_html_escape(r.text)}</li>" for r in p.requirements]
        parts.append(f"</ul><h3>{self.tr('Rubric (scored by the panel)')}</h3>")
        for c in info.criteria:
            parts.append(
                f"<p><b>{c.ref} {_html_escape(c.title)}</b> "
                f"({self.tr('weight')} {c.weight:g})<br>{_html_escape(c.questions[0])}</p><ul>"
            )
            parts += [
                f"<li><b>{v} {_html_escape(label)}</b>: {_html_escape(anchor)}</li>"
                for v, label, anchor in c.levels
            ]
            parts.append("</ul>")
        self.browser.setHtml("".join(parts))


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

    def load(self, round_id: int) -> None:
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


class PanelPage(QWidget):
    """Panel members by role type and the profile's composition rule as a checklist."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Panel and composition rule"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def load(self, round_id: int) -> None:
        check = self._services.panel.composition(round_id)
        panelists = self._services.panel.list_panelists(round_id)
        parts = [f"<h3>{self.tr('Composition rule')}</h3><ul>"]
        for c in check.checks:
            mark = "✔" if c.met else "✘"
            color = "#1b7a1b" if c.met else "#b00020"
            parts.append(
                f"<li style='color:{color}'>{mark} {_html_escape(c.text)} ({c.count})</li>"
            )
        parts.append(f"</ul><h3>{self.tr('Panel members')}</h3><ul>")
        for p in panelists:
            chair = f" — <b>{self.tr('chair')}</b>" if p.is_chair else ""
            conflicts = (
                f" · {self.tr('conflicts declared')}: {len(p.conflicts)}" if p.conflicts else ""
            )
            parts.append(
                f"<li>{_html_escape(p.label)} · {_html_escape(p.role_label)}{chair}{conflicts}</li>"
            )
        parts.append("</ul>")
        self.browser.setHtml("".join(parts))


class PlaceholderPage(QWidget):
    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr("{step} is not available in this version of SRO Panel yet.").format(step=step),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("SRO Panel"))
        self.resize(1280, 760)
        self.round_combo = QComboBox(self)
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.setMinimumWidth(360)
        toolbar = QToolBar(self.tr("Round"), self)
        toolbar.setObjectName("round_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Round: "), self))
        toolbar.addWidget(self.round_combo)
        self.addToolBar(toolbar)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName(self.tr("Workflow steps"))
        self.steps_list.setMaximumWidth(260)
        self.pages = QStackedWidget(self)
        self.round_page = RoundPage(self)
        self.screening_page = ScreeningPage(services, self)
        self.panel_page = PanelPage(services, self)
        for step in STEPS:
            self.steps_list.addItem(QListWidgetItem(self.tr(step)))
            if step == "Round":
                self.pages.addWidget(self.round_page)
            elif step == "Applicants & screening":
                self.pages.addWidget(self.screening_page)
            elif step == "Panel":
                self.pages.addWidget(self.panel_page)
            else:
                self.pages.addWidget(PlaceholderPage(self.tr(step), self))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.steps_list)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._connect_callbacks()
        self.reload_rounds()

    def _connect_callbacks(self) -> None:
        self.steps_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)

    def reload_rounds(self) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self._services.rounds.list_rounds():
            self.round_combo.addItem(f"{r.title} — {r.agency}", r.id)
        self.round_combo.blockSignals(False)
        if self.round_combo.count():
            self._on_round_changed(0)
        self.steps_list.setCurrentRow(0)

    @Slot(int)
    def _on_round_changed(self, _index: int) -> None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            return
        try:
            self.round_page.show_round(self._services.rounds.get_round(round_id))
            self.screening_page.load(round_id)
            self.panel_page.load(round_id)
        except SroPanelError as exc:
            QMessageBox.warning(self, self.tr("SRO Panel"), str(exc))
