"""The main window: the round's workflow as steps down the side, each step a page."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission, allowed
from sro_panel.services.rounds import RoundInfo
from sro_panel.ui.acting_as import acting_choices
from sro_panel.ui.activity_watch import ActivityWatch
from sro_panel.ui.background import BackgroundOp
from sro_panel.ui.dialogs import ChooseFile, Confirm, ShowError
from sro_panel.ui.export_menu import EXPORTS, FILE_TYPES
from sro_panel.ui.idle_lock import DEFAULT_MINUTES, IdleLock, idle_minutes
from sro_panel.ui.keyboard import tab_between_controls
from sro_panel.ui.language_menu import SettingsMenu
from sro_panel.ui.message_text import message_text
from sro_panel.ui.offline_actions import OfflineActions
from sro_panel.ui.pages.audit_page import AuditPage
from sro_panel.ui.pages.decision_page import DecisionPage
from sro_panel.ui.pages.panel_page import PanelPage
from sro_panel.ui.pages.pool_page import PoolPage
from sro_panel.ui.pages.results_page import ResultsPage
from sro_panel.ui.pages.round_page import RoundPage
from sro_panel.ui.pages.scoring_page import ScoringPage
from sro_panel.ui.pages.screening_page import ScreeningPage
from sro_panel.ui.pages.training_page import TrainingPage
from sro_panel.ui.round_dialog import RoundDialog
from sro_panel.ui.rubric_language import window_language
from sro_panel.ui.sign_in_dialog import SignInDialog
from sro_panel.ui.step_states import step_states
from sro_panel.ui.text import QT_TRANSLATE_NOOP
from sro_panel.ui.window_menus import WindowMenus

# The steps' names, also their keys; shown through step_name().
STEPS = (
    QT_TRANSLATE_NOOP("Steps", "Round"),
    QT_TRANSLATE_NOOP("Steps", "Applicants & screening"),
    QT_TRANSLATE_NOOP("Steps", "Pool & schedule"),
    QT_TRANSLATE_NOOP("Steps", "Panel"),
    QT_TRANSLATE_NOOP("Steps", "Scoring"),
    QT_TRANSLATE_NOOP("Steps", "Results"),
    QT_TRANSLATE_NOOP("Steps", "Recommendation & decision"),
    QT_TRANSLATE_NOOP("Steps", "Training & assignments"),
    QT_TRANSLATE_NOOP("Steps", "Audit trail"),
)


def step_name(step: str) -> str:
    return QCoreApplication.translate("Steps", step)


# What a laptop's local panel (made from a round file) shows: the round and the scoring.
LOCAL_PANEL_STEPS = ("Round", "Scoring")


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


class StartPage(QWidget):
    """What a first run shows: what SRO Panel does and the one thing to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "<h2>Welcome to SRO Panel</h2>"
                "<p>SRO Panel runs the selection of School Resource Officers: applicants and "
                "their screening, the interview panel and its independent scores, the panel's "
                "recommendation, the Chief's decision, then training and school assignments.</p>"
                "<p><b>Start by creating a selection round</b> from your agency's profile. "
                "You can then add applicants, screen them, choose the pool and build the "
                "panel; each step is listed on the left with what it still needs.</p>"
            ),
            self,
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create a selection round…"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        *,
        local_panel: bool = False,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or QSettings()
        self.local_panel = local_panel  # a laptop's panel made from a round file
        self._base = services  # who started the app
        self._services = services  # who is acting now
        self._round: RoundInfo | None = None
        self._stale: set[str] = set()
        self.setWindowTitle(self.tr("SRO Panel"))
        self.resize(1280, 760)
        self.round_combo = QComboBox(self)
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.setMinimumWidth(360)
        self.acting_combo = QComboBox(self)
        self.acting_combo.setAccessibleName(self.tr("Acting as"))
        self.acting_combo.setMinimumWidth(280)
        self.acting_combo.setToolTip(
            self.tr("Without accounts, choose whose work you are doing: a panel seat, the Chief…")
        )
        toolbar = QToolBar(self.tr("Round"), self)
        toolbar.setObjectName("round_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Round: "), self))
        toolbar.addWidget(self.round_combo)
        signed_in = not services.actor.is_local_administrator
        toolbar.addWidget(
            QLabel(self.tr("   Signed in as: ") if signed_in else self.tr("   Acting as: "), self)
        )
        toolbar.addWidget(self.acting_combo)
        self.addToolBar(toolbar)
        self.new_round_action = QAction(self.tr("&New round…"), self)
        self.new_round_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_round_action = QAction(self.tr("Round &details…"), self)
        toolbar.addSeparator()
        toolbar.addAction(self.new_round_action)
        toolbar.addAction(self.edit_round_action)
        self.export_menu = QMenu(self.tr("Export"), self)
        self.export_actions: dict[str, QAction] = {}
        for key, _kind, _suffix, text, _needs in EXPORTS:
            if key == "roster":
                self.export_menu.addSeparator()
            action = self.export_menu.addAction(QCoreApplication.translate("Export", text))
            action.triggered.connect(lambda _checked=False, key=key: self.export(key))
            self.export_actions[key] = action
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export or print"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.export_button)
        self.accounts_action = QAction(self.tr("&Accounts…"), self)
        self.accounts_action.setToolTip(self.tr("Add accounts, set new passwords, unlock"))
        self.accounts_action.triggered.connect(self.open_accounts)
        toolbar.addAction(self.accounts_action)
        self._ops: list[BackgroundOp] = []
        self.file_actions = OfflineActions(self, self._settings, local_panel=local_panel)
        self.file_actions.quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.file_actions.menu)
        # What the File menu asks for: another database, or a round file (ui/app.py opens it).
        self.open_requested = self.file_actions.open_requested

        self.steps_list = QListWidget(self)
        self.steps_list.setAccessibleName(self.tr("Workflow steps"))
        self.steps_list.setMaximumWidth(270)
        self.steps_list.setWordWrap(True)
        self.steps_list.setSpacing(2)
        self.pages = QStackedWidget(self)
        self.round_page = RoundPage(self)
        self.round_page.purge_requested.connect(self.purge_personnel)
        self.screening_page = ScreeningPage(services, self)
        self.pool_page = PoolPage(services, self)
        self.panel_page = PanelPage(services, self)
        self.scoring_page = ScoringPage(services, self)
        self.activity = ActivityWatch(self)  # other laptops' saves and submissions
        self.results_page = ResultsPage(services, self)
        self.decision_page = DecisionPage(services, self)
        self.audit_page = AuditPage(services, self)
        self.training_page = TrainingPage(services, self)
        built = {
            "Round": self.round_page,
            "Applicants & screening": self.screening_page,
            "Pool & schedule": self.pool_page,
            "Panel": self.panel_page,
            "Scoring": self.scoring_page,
            "Results": self.results_page,
            "Recommendation & decision": self.decision_page,
            "Training & assignments": self.training_page,
            "Audit trail": self.audit_page,
        }
        for step in STEPS:
            self.steps_list.addItem(QListWidgetItem(step_name(step)))
            self.pages.addWidget(built.get(step) or PlaceholderPage(step_name(step), self))
        self.start_page = StartPage(self)
        self.work = QWidget(self)
        layout = QHBoxLayout(self.work)
        layout.addWidget(self.steps_list)
        layout.addWidget(self.pages, 1)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.work)
        self.setCentralWidget(self.central)
        self._connect_callbacks()
        tab_between_controls(self)
        self.menus = WindowMenus(self, STEPS)  # every action and step from the keyboard
        self.settings_menu = SettingsMenu(self._settings, self)
        self.menuBar().insertMenu(self.menus.help_menu.menuAction(), self.settings_menu)
        self.idle_lock: IdleLock | None = None
        if not services.actor.is_local_administrator:  # a signed-in person: lock when idle
            self.idle_lock = IdleLock(
                self.central,
                idle_minutes(self._settings.value("security/idle_minutes", DEFAULT_MINUTES)),
                self._unlock,
                before_lock=self.scoring_page.save_notes,
            )
            self.idle_lock.start()
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.reload_rounds(self._settings.value("window/round"))

    def _connect_callbacks(self) -> None:
        self.steps_list.currentRowChanged.connect(self._on_step)
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.acting_combo.currentIndexChanged.connect(self._on_acting_changed)
        self.scoring_page.sheet_submitted.connect(self._refresh_steps)
        self.activity.changed.connect(self._on_activity)
        self.decision_page.changed.connect(self._refresh_steps)
        self.screening_page.changed.connect(self._on_screening_changed)
        self.screening_page.import_requested.connect(self.import_applicants)
        self.pool_page.changed.connect(self._on_pool_changed)
        self.panel_page.changed.connect(self._on_panel_changed)
        self.new_round_action.triggered.connect(self.new_round)
        self.edit_round_action.triggered.connect(self.edit_round)
        self.start_page.create_button.clicked.connect(self.new_round)
        self.decision_page.print_button.clicked.connect(lambda: self.export("packet"))
        self.screening_page.print_button.clicked.connect(lambda: self.export("screening_pdf"))
        self.panel_page.print_requested.connect(
            lambda panelist_id: self.export("scoresheets", panelist_id)
        )
        self.scoring_page.print_requested.connect(
            lambda seat: self.export("scoresheets", seat, filled=True)
        )
        self.scoring_page.score_file_requested.connect(self.file_actions.save_score_file)
        self.scoring_page.set_local_panel(self.local_panel)
        self.new_round_action.setVisible(not self.local_panel)
        self.edit_round_action.setVisible(not self.local_panel)
        self.panel_page.round_file_requested.connect(self.file_actions.save_round_file)
        self.panel_page.import_scores_requested.connect(self.file_actions.import_score_file)
        self.file_actions.imported.connect(self._on_scores_imported)

    @property
    def services(self) -> Services:
        return self._services

    def reload_rounds(self, select: object = None) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self._base.rounds.list_rounds():
            self.round_combo.addItem(f"{r.title} — {r.agency}", r.id)
        self.round_combo.blockSignals(False)
        has_rounds = self.round_combo.count() > 0
        self.central.setCurrentWidget(self.work if has_rounds else self.start_page)
        self.edit_round_action.setEnabled(has_rounds)
        self.acting_combo.setEnabled(has_rounds)
        if has_rounds:
            wanted = (
                self.round_combo.findData(int(str(select))) if str(select or "").isdigit() else -1
            )
            self.round_combo.setCurrentIndex(max(0, wanted))
            self._on_round_changed(self.round_combo.currentIndex())
        # A laptop's local panel is there to score: it opens on the Scoring step.
        self.steps_list.setCurrentRow(STEPS.index("Scoring") if self.local_panel else 0)

    @Slot()
    def new_round(self) -> None:
        info = RoundDialog.ask(self, self._base)
        if info is not None:
            self.reload_rounds(info.id)

    @Slot()
    def edit_round(self) -> None:
        if self._round is None:
            return
        info = RoundDialog.ask(self, self._services, self._round)
        if info is not None:
            self.reload_rounds(info.id)

    @Slot()
    def _on_screening_changed(self) -> None:
        self._stale.add("Pool & schedule")
        self._refresh_steps()

    @Slot()
    def _on_pool_changed(self) -> None:
        self._stale.update({"Panel", "Applicants & screening"})
        self._refresh_steps()

    @Slot()
    def _on_panel_changed(self) -> None:
        """New seats appear under "Acting as"; the step list shows the rule's state."""
        self._on_round_changed(self.round_combo.currentIndex())

    @Slot()
    def _on_scores_imported(self) -> None:
        self._stale.update({"Scoring", "Results"})
        self._refresh_steps()

    @Slot()
    def import_applicants(self) -> None:
        # Loaded on the first import, not at start, with its spreadsheet reader.
        from sro_panel.ui.import_dialog import ImportDialog

        if self._round is None:
            return
        folder = str(self._settings.value("import/folder", str(Path.home())))
        path = ChooseFile.open(
            self, self.tr("HR's applicant spreadsheet"), folder, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        self._settings.setValue("import/folder", str(Path(path).parent))
        result = ImportDialog.ask(self, self._services, self._round.id, Path(path), self._settings)
        if result is not None:
            self.statusBar().showMessage(
                self.tr("Imported: {a} added, {u} updated.").format(
                    a=len(result.added), u=len(result.updated)
                ),
                10_000,
            )
            self.screening_page.reload()

    def export(self, key: str, panelist_id: int | None = None, *, filled: bool = False) -> None:
        """Ask where to save, then write the export in the background and offer to open it."""
        if self._round is None:
            return
        _, kind, suffix, _, _ = next(e for e in EXPORTS if e[0] == key)
        folder = str(self._settings.value("export/folder", str(Path.home())))
        slug = "".join(ch if ch.isalnum() else "-" for ch in self._round.title.lower()).strip("-")
        name = "my-score-sheets" if filled else kind
        path = ChooseFile.save(
            self,
            self.tr("Export"),
            folder,
            f"{name}-{slug[:40]}.{suffix}",
            QCoreApplication.translate("Export", FILE_TYPES[suffix]),
        )
        if path is None:
            return
        target = Path(path) if path.lower().endswith(f".{suffix}") else Path(f"{path}.{suffix}")
        self._settings.setValue("export/folder", str(target.parent))
        services, round_id, lang = self._services, self._round.id, window_language()

        def done(_result: object) -> None:
            if Confirm.ask(
                self,
                self.tr("Export"),
                self.tr("Saved {name}. Open it now?").format(name=target.name),
                yes=self.tr("Open"),
                no=self.tr("Not now"),
            ):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        def failed(error: Exception) -> None:
            ShowError.ask(self, self.tr("Export"), message_text(error))

        def work() -> Generator[tuple[int, int, str], None, None]:
            if suffix == "zip":
                return services.exports.certificates(round_id, target)
            if suffix == "pdf":
                return services.exports.pdf(
                    kind, round_id, target, panelist_id=panelist_id, filled=filled, language=lang
                )
            return services.exports.excel(kind, round_id, target)

        op = BackgroundOp(self, self.tr("Export"), work, done, failed)
        self._ops.append(op)
        op.finished.connect(lambda: self._ops.remove(op))

    @Slot()
    def purge_personnel(self) -> None:
        if self._round is None or not Confirm.ask(
            self,
            self.tr("Purge personnel details"),
            self.tr(
                "Remove the disciplinary, attendance and contact details of every applicant "
                "in this round, HR's screening notes, and student panelists' names? The "
                "scores, the panel's summary, the Chief's decisions and the audit trail "
                "stay. This cannot be undone."
            ),
            yes=self.tr("Purge"),
            no=self.tr("Keep them"),
        ):
            return
        try:
            self._services.retention.purge_personnel(self._round.id)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Purge personnel details"), message_text(exc))
        self._load_round()

    @Slot()
    def open_accounts(self) -> None:
        from sro_panel.ui.accounts_dialog import AccountsDialog

        AccountsDialog(self._services, self).exec()
        self._stale.add("Panel")  # a new panelist's account can now be given a seat

    def _unlock(self) -> bool:
        """The same person's password again; False (they cancelled) quits the app."""
        actor = SignInDialog.ask(self, self._base, username=self._base.actor.username)
        return actor is not None

    def _update_exports(self) -> None:
        """Show only the exports the person acting may make (the services refuse the rest)."""
        # The permission matrix answers, not `services.exports`: that service is made on
        # the first export (it brings in ReportLab and openpyxl).
        role = self._services.actor.role
        may_export = allowed(role, Permission.EXPORT)
        for key, _kind, _suffix, _text, needs in EXPORTS:
            self.export_actions[key].setVisible(may_export and all(allowed(role, p) for p in needs))
        self.export_button.setEnabled(may_export and self._round is not None)
        for page, key in self._print_buttons():
            page.print_button.setVisible(self.export_actions[key].isVisible())

    def _print_buttons(self) -> list[tuple[DecisionPage | PanelPage | ScreeningPage, str]]:
        return [
            (self.decision_page, "packet"),
            (self.panel_page, "scoresheets"),
            (self.screening_page, "screening_pdf"),
        ]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scoring_page.save_notes()
        if not self.scoring_page.offline_banner.may_close():  # lose what only it holds?
            event.ignore()
            return
        self.activity.stop()
        self._settings.setValue("window/geometry", self.saveGeometry())
        if self._round is not None:
            self._settings.setValue("window/round", self._round.id)
        super().closeEvent(event)

    @Slot(int)
    def _on_round_changed(self, _index: int) -> None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            return
        previous = self.acting_combo.currentText()
        self.acting_combo.blockSignals(True)
        self.acting_combo.clear()
        for label, actor in acting_choices(self._base, round_id):
            self.acting_combo.addItem(label, actor)
        index = self.acting_combo.findText(previous)
        self.acting_combo.setCurrentIndex(max(index, 0))
        self.acting_combo.blockSignals(False)
        self._on_acting_changed(self.acting_combo.currentIndex())

    @Slot(int)
    def _on_acting_changed(self, _index: int) -> None:
        actor = self.acting_combo.currentData()
        if actor is None:
            return
        self.scoring_page.save_notes()
        self._services = self._base if actor == self._base.actor else self._base.as_actor(actor)
        for page in (
            self.screening_page,
            self.pool_page,
            self.panel_page,
            self.scoring_page,
            self.results_page,
            self.decision_page,
            self.training_page,
            self.audit_page,
        ):
            page.set_services(self._services)
        audit_row = STEPS.index("Audit trail")
        may_audit = self._services.audit.can(Permission.VIEW_AUDIT)
        self.steps_list.item(audit_row).setHidden(not may_audit)
        if not may_audit and self.steps_list.currentRow() == audit_row:
            self.steps_list.setCurrentRow(0)
        self.accounts_action.setVisible(self._services.accounts.can(Permission.MANAGE_USERS))
        self._load_round()
        self._update_exports()
        self.file_actions.update(self._services, self._round)

    def _load_round(self) -> None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            return
        try:
            self._round = self._services.rounds.get_round(round_id)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("SRO Panel"), message_text(exc))
            return
        # Pages load when shown: the one on screen now, the others on their first visit.
        self._stale = set(STEPS)
        self._load_page(STEPS[max(0, self.steps_list.currentRow())])
        self._refresh_steps()
        self.activity.watch(self._services, round_id)

    @Slot()
    def _on_activity(self) -> None:
        """A sheet was saved or submitted somewhere: the progress on screen is read again."""
        try:
            self._refresh_steps()
        except SroPanelError:
            return  # out of reach for a moment; the next change will bring it
        if STEPS[self.steps_list.currentRow()] == "Results" and self._round is not None:
            rnd = self._round
            self.results_page.refresh(rnd.id, {c.key: c.title for c in rnd.criteria})
        else:
            self._stale.add("Results")

    def _load_page(self, step: str) -> None:
        if self._round is None or step not in self._stale:
            return
        self._stale.discard(step)
        info, rid = self._round, self._round.id
        try:
            if step == "Round":
                self.round_page.show_round(info)
                self.round_page.show_retention(
                    self._services.retention.state(rid) if info.closed else None,
                    may_purge=self._services.retention.can(Permission.PURGE_PERSONNEL),
                )
            elif step == "Applicants & screening":
                self.screening_page.load(rid)
            elif step == "Pool & schedule":
                self.pool_page.load(rid)
            elif step == "Panel":
                self.panel_page.load(rid)
            elif step == "Scoring":
                self.scoring_page.load(info)
            elif step == "Results":
                self.results_page.load(rid, {c.key: c.title for c in info.criteria})
            elif step == "Recommendation & decision":
                self.decision_page.load(rid)
            elif step == "Training & assignments":
                self.training_page.load(rid)
            elif step == "Audit trail":
                self.audit_page.load(rid)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("SRO Panel"), message_text(exc))

    @Slot(int)
    def _on_step(self, row: int) -> None:
        self.scoring_page.save_notes()
        self.pages.setCurrentIndex(row)
        step = STEPS[row]
        if step in ("Results", "Recommendation & decision", "Audit trail"):
            self._stale.add(step)  # they show others' work: always fresh
        self._load_page(step)

    @Slot()
    def _refresh_steps(self) -> None:
        """Each step's state at a glance, under its name."""
        if self._round is None:
            return
        status = step_states(self._services, self._round.id)
        for row, step in enumerate(STEPS):
            item = self.steps_list.item(row)
            detail = status.get(step)
            item.setText(f"{step_name(step)}\n   {detail}" if detail else step_name(step))
            if self.local_panel and step not in LOCAL_PANEL_STEPS:
                item.setHidden(True)  # the rest of the round happens at the coordinator's
