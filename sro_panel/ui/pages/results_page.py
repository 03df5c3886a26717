"""Results: per-candidate figures, the rater view and agreement, never silently rescaled."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from sro_panel.domain.results import CandidateResult, RaterResult
from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.services.results import ResultsView
from sro_panel.ui.background import BackgroundOp, Progress
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import RowTableModel
from sro_panel.ui.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
GROUPS = ("school_staff", "community", "student", "police")


def fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class ResultsTableModel(RowTableModel[CandidateResult]):
    (
        COL_RANK,
        COL_NAME,
        COL_TOTAL,
        COL_CORRECTED,
        COL_STAFF,
        COL_COMMUNITY,
        COL_STUDENT,
        COL_POLICE,
        COL_SD,
        COL_SPREAD,
        COL_FLAGS,
        COL_RECS,
        COL_SHEETS,
        COL_MISSING,
        COL_RECUSED,
    ) = range(15)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Rank"),
        QT_TRANSLATE_NOOP("TableHeader", "Candidate"),
        QT_TRANSLATE_NOOP("TableHeader", "Weighted total"),
        QT_TRANSLATE_NOOP("TableHeader", "Bias-corrected (advice)"),
        QT_TRANSLATE_NOOP("TableHeader", "School staff"),
        QT_TRANSLATE_NOOP("TableHeader", "Community"),
        QT_TRANSLATE_NOOP("TableHeader", "Student"),
        QT_TRANSLATE_NOOP("TableHeader", "Police"),
        QT_TRANSLATE_NOOP("TableHeader", "SD"),
        QT_TRANSLATE_NOOP("TableHeader", "Max−min"),
        QT_TRANSLATE_NOOP("TableHeader", "Disagreement"),
        QT_TRANSLATE_NOOP("TableHeader", "Recommendations"),
        QT_TRANSLATE_NOOP("TableHeader", "Sheets"),
        QT_TRANSLATE_NOOP("TableHeader", "Missing"),
        QT_TRANSLATE_NOOP("TableHeader", "Recused"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: dict[str, str] = {}

    def set_results(self, rows: list[CandidateResult], titles: dict[str, str]) -> None:
        """Rows with the criterion titles the flags and tooltips name."""
        self._titles = titles
        self.set_rows(rows)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_RANK:
                return "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}"
            if col == self.COL_NAME:
                return r.name
            if col == self.COL_TOTAL:
                return fmt(r.total)
            if col == self.COL_CORRECTED:
                return fmt(r.corrected_total)
            if self.COL_STAFF <= col <= self.COL_POLICE:
                g = next(x for x in r.groups if x.group == GROUPS[col - self.COL_STAFF])
                return f"{fmt(g.mean)} (n={g.n})" if g.n else "—"
            if col == self.COL_SD:
                return fmt(r.total_sd)
            if col == self.COL_SPREAD:
                return fmt(r.total_spread)
            if col == self.COL_FLAGS:
                return ", ".join(self._titles.get(c.key, c.key) for c in r.criteria if c.flagged)
            if col == self.COL_RECS:
                return ", ".join(
                    f"{k.replace('_', ' ')}: {v}" for k, v in r.recommendations.items()
                )
            if col == self.COL_SHEETS:
                return r.sheets
            if col == self.COL_MISSING:
                return r.missing
            if col == self.COL_RECUSED:
                return r.recused
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            if col == self.COL_RANK:
                return r.rank if r.rank is not None else 10**6
            if col == self.COL_TOTAL:
                return r.total if r.total is not None else -1.0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_NAME:
            return "\n".join(
                f"{self._titles.get(c.key, c.key)}: {fmt(c.mean)} (n={c.n}, spread {c.spread})"
                for c in r.criteria
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RaterTableModel(RowTableModel[RaterResult]):
    COL_NAME, COL_GROUP, COL_SHEETS, COL_MEAN, COL_SD, COL_BIAS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Panelist"),
        QT_TRANSLATE_NOOP("TableHeader", "Group"),
        QT_TRANSLATE_NOOP("TableHeader", "Sheets"),
        QT_TRANSLATE_NOOP("TableHeader", "Mean total"),
        QT_TRANSLATE_NOOP("TableHeader", "SD"),
        QT_TRANSLATE_NOOP("TableHeader", "Compared with the panel"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: dict[str, str] = {}

    def set_raters(self, rows: list[RaterResult], groups: dict[str, str]) -> None:
        """Rows with the stakeholder groups' display names."""
        self._groups = groups
        self.set_rows(rows)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == self.COL_NAME:
            return r.label
        if col == self.COL_GROUP:
            return self.tr(self._groups.get(r.group, r.group))
        if col == self.COL_SHEETS:
            return r.sheets
        if col == self.COL_MEAN:
            return fmt(r.mean)
        if col == self.COL_SD:
            return fmt(r.sd)
        if r.bias is None:
            return "—"
        return f"{r.bias:+.2f}"


class ResultsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ops: list[BackgroundOp] = []
        self._request = 0
        self._computing = False  # the latest request is still being worked out
        self._again: tuple[int, dict[str, str]] | None = None  # a refresh asked meanwhile
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.model = ResultsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Results by candidate"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResultsTableModel.COL_RANK, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only: measuring all 300 candidates' cells on
        # every visit took seconds.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.rater_model = RaterTableModel(self)
        self.rater_table = QTableView(self)
        self.rater_table.setAccessibleName(self.tr("Panelists compared with the panel"))
        self.rater_table.setModel(self.rater_model)
        self.rater_table.verticalHeader().hide()
        self.rater_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.agreement_label = QLabel(self)
        self.agreement_label.setWordWrap(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel("<b>" + self.tr("Panelists") + "</b>", self))
        lower_layout.addWidget(self.rater_table)
        lower_layout.addWidget(self.agreement_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int, titles: dict[str, str], *, quiet: bool = False) -> None:
        """Work the results out off the window's thread, then show them.

        A `quiet` load (others' work seen by the window, nobody asked) shows no
        progress and keeps the results on screen until the new ones are there.
        """
        self._again = None
        if not self._services.results.can(Permission.VIEW_RESULTS):
            self.summary_label.setText(
                self.tr(
                    "Combined results are shown to the panel chair, the decision makers, the "
                    "training coordinator and the auditor. Panelists see their own sheets only."
                )
            )
            self._request += 1  # nothing in flight may show results now
            self._computing = False
            self.model.set_results([], titles)
            self.rater_model.set_raters([], {})
            self.agreement_label.setText("")
            return
        results = self._services.results

        def work() -> Generator[Progress, None, ResultsView]:
            yield (0, 1, self.tr("Combining the panel's scores…"))
            return results.combined(round_id)

        if not quiet:
            self.summary_label.setText(self.tr("Combining the panel's scores…"))
        # A newer request (another round, another person) supersedes this one:
        # whatever finishes last, only the latest request's results are shown.
        self._request += 1
        self._computing = True
        request = self._request

        def done(view: ResultsView) -> None:
            if request == self._request:
                self.show_results(view, titles)
                self._latest_done()

        def failed(error: Exception) -> None:
            if request == self._request:
                self._on_failed(error)
                self._latest_done()

        op = BackgroundOp(self, self.tr("Results"), work, done, failed, quiet=quiet)
        self._ops.append(op)  # kept until it finishes
        op.finished.connect(lambda: self._ops.remove(op))

    def refresh(self, round_id: int, titles: dict[str, str]) -> None:
        """Others' work changed the results: read them again quietly, one working out at a time.

        During busy scoring a sheet is saved somewhere every few seconds; refreshes
        asked while the results are being worked out become one more, afterwards.
        """
        if self._computing:
            self._again = (round_id, titles)
        else:
            self.load(round_id, titles, quiet=True)

    def _latest_done(self) -> None:
        self._computing = False
        if self._again is not None:
            self.load(*self._again, quiet=True)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, SroPanelError):
            self.summary_label.setText(message_text(error))
        else:
            self.summary_label.setText(
                self.tr("The results could not be computed ({e}); details are in the log.").format(
                    e=type(error).__name__
                )
            )

    def show_results(self, view: ResultsView, titles: dict[str, str]) -> None:
        """Show a computed view (called on the UI thread when the work is done)."""
        r = view.results
        ranked = sum(c.rank is not None for c in r.candidates)
        text = self.tr(
            "{n} candidates, {ranked} with submitted scores. Totals are weighted means on the "
            "rubric's scale; the bias-corrected column is advice and never changes the order."
        ).format(n=len(r.candidates), ranked=ranked)
        if view.hidden:
            text += " " + self.tr(
                "{h} candidates are hidden until you submit your own sheets for them."
            ).format(h=view.hidden)
        if view.consensus_changes == 1:
            text += " " + self.tr("1 score was changed in consensus.")
        elif view.consensus_changes:
            text += " " + self.tr("{c} scores were changed in consensus.").format(
                c=view.consensus_changes
            )
        self.summary_label.setText(text)
        self.model.set_results(list(r.candidates), titles)
        self.rater_model.set_raters(list(r.raters), view.group_labels)
        a = r.agreement
        if a.icc2_1 is None:
            agreement = self.tr("Agreement between panelists: not measurable.")
        else:
            agreement = self.tr(
                "Agreement between panelists (Shrout & Fleiss ICC, {n} candidates × {k} "
                "panelists): single panelist ICC(2,1) = {s}, whole panel ICC(2,k) = {p}."
            ).format(n=a.candidates, k=a.raters, s=fmt(a.icc2_1), p=fmt(a.icc2_k))
        self.agreement_label.setText(f"{agreement} {a.caveat}".strip())
