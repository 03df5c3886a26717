"""Backups in the window: the administrator's Backups dialog (File → Backups…), automatic
backups while a window is open on a SQLite file, and restoring the latest backup over a
database that cannot be opened. The work itself is `services/backups.py`."""

from __future__ import annotations

import logging
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import InputError, SroPanelError
from sro_panel.messages import t
from sro_panel.services.app import Services
from sro_panel.services.backups import (
    MAX_EVERY_HOURS,
    MAX_KEEP,
    AutoResult,
    BackupFile,
    restore_file,
)
from sro_panel.services.context import Actor
from sro_panel.ui.background import BackgroundOp, Progress
from sro_panel.ui.dialogs import ChooseFile, Confirm, ShowError
from sro_panel.ui.keyboard import reading_order
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import Index, RowTableModel
from sro_panel.ui.text import QT_TRANSLATE_NOOP

log = logging.getLogger("sro_panel")
CHECK_MS = 10 * 60 * 1000  # how often an open window looks whether a backup is due
DATABASES = "SRO Panel database (*.db);;All files (*)"


KINDS = {
    "auto": QT_TRANSLATE_NOOP("BackupKind", "Automatic"),
    "backup": QT_TRANSLATE_NOOP("BackupKind", "Backed up by hand"),
    "before-restore": QT_TRANSLATE_NOOP("BackupKind", "Before a restore"),
}


def kind_text(reason: str) -> str:
    """What made a backup, in the window's language."""
    if reason.startswith("before-upgrade-"):
        return QCoreApplication.translate("BackupKind", "Before upgrading schema {schema}").format(
            schema=reason.removeprefix("before-upgrade-")
        )
    if reason in KINDS:
        return QCoreApplication.translate("BackupKind", KINDS[reason])
    return reason


class BackupsModel(RowTableModel[BackupFile]):
    COL_MADE, COL_KIND, COL_SIZE, COL_FILE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Made (UTC)"),
        QT_TRANSLATE_NOOP("TableHeader", "Kind"),
        QT_TRANSLATE_NOOP("TableHeader", "Size"),
        QT_TRANSLATE_NOOP("TableHeader", "File"),
    )

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_MADE:
                return f"{item.made_at:%Y-%m-%d %H:%M}"
            if col == self.COL_KIND:
                return kind_text(item.reason)
            if col == self.COL_SIZE:
                return f"{item.size / 1_000_000:.1f} MB"
            if col == self.COL_FILE:
                return item.path.name
        if role == Qt.ItemDataRole.UserRole:
            return str(item.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        return None


class BackupsDialog(QDialog):
    """The copies beside the database, the schedule, Back up now and Restore…"""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ops: list[BackgroundOp] = []
        self.chosen: Path | None = None  # the backup to restore, once confirmed
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 440)
        path = services.backups.file()
        self.where_label = QLabel(
            self.tr("Copies of {name}, kept beside it in {folder}").format(
                name=path.name, folder=path.parent
            ),
            self,
        )
        self.where_label.setWordWrap(True)
        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(0, MAX_EVERY_HOURS)
        self.every_spin.setSuffix(self.tr(" hours"))
        self.every_spin.setSpecialValueText(self.tr("Off"))
        self.every_spin.setAccessibleName(self.tr("Automatic backup every"))
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setAccessibleName(self.tr("Automatic backups kept"))
        self.save_schedule_button = QPushButton(self.tr("&Save the schedule"), self)
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setToolTip(
            self.tr("Put a backup in the database's place; the database as it is is kept")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        schedule = QHBoxLayout()
        schedule.addWidget(QLabel(self.tr("Automatic backup every"), self))
        schedule.addWidget(self.every_spin)
        schedule.addWidget(QLabel(self.tr("keeping the newest"), self))
        schedule.addWidget(self.keep_spin)
        schedule.addWidget(self.save_schedule_button)
        schedule.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(schedule)
        layout.addWidget(buttons)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        reading_order(
            self.table,
            self.back_up_button,
            self.restore_button,
            self.every_spin,
            self.keep_spin,
            self.save_schedule_button,
        )
        self.save_schedule_button.clicked.connect(self.save_schedule)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._services.backups.list())
        self.table.resizeColumnsToContents()
        try:
            schedule = self._services.backups.schedule()
        except SroPanelError as exc:  # an unreadable schedule file: say so, offer to set it
            ShowError.ask(self, self.tr("Backups"), message_text(exc))
            return
        self.every_spin.setValue(schedule.every_hours)
        self.keep_spin.setValue(schedule.keep)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    @Slot()
    def save_schedule(self) -> None:
        try:
            schedule = self._services.backups.set_schedule(
                self.every_spin.value(), self.keep_spin.value()
            )
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Backup schedule"), message_text(exc))
            return
        self.where_label.setText(self.tr("Saved: {what}.").format(what=schedule.describe()))

    @Slot()
    def back_up_now(self) -> None:
        services = self._services

        def work() -> Generator[Progress, None, BackupFile]:
            yield (0, 0, self.tr("Copying and checking the database…"))
            return services.backups.back_up_now()

        def done(copy: BackupFile) -> None:
            self.reload()
            self.where_label.setText(self.tr("Backed up: {name}").format(name=copy.path.name))

        def failed(error: Exception) -> None:
            ShowError.ask(self, self.tr("Back up now"), message_text(error))

        op = BackgroundOp(self, self.tr("Back up now"), work, done, failed)
        self._ops.append(op)
        op.finished.connect(lambda: self._ops.remove(op))

    @Slot()
    def restore(self) -> None:
        start = self.selected() or self._services.backups.file().parent
        path = ChooseFile.open(self, self.tr("Restore a backup"), str(start), self.tr(DATABASES))
        if path is None:
            return
        name = self._services.backups.file().name
        if not Confirm.ask(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put {backup} in the place of {name}? Everything saved since that backup "
                "was made is replaced; {name} as it is now is kept beside it (its name says "
                "before-restore). Anyone else with this database open must close it first."
            ).format(backup=Path(path).name, name=name),
            yes=self.tr("Restore"),
            no=self.tr("Cancel"),
        ):
            return
        self.chosen = Path(path)
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, services: Services) -> Path | None:
        """The backup the administrator chose to restore, or None."""
        dialog = BackupsDialog(services, parent)
        dialog.exec()
        return dialog.chosen


class AutoBackup(QObject):
    """While a window is open on a SQLite file: a due backup is made off the UI thread when
    it opens and whenever one falls due, without a dialog; the status bar says so."""

    made = Signal(object)  # an AutoResult

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._op: BackgroundOp | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if not self._services.backups.is_file:
            return  # a PostgreSQL server is backed up on the server
        self.timer.start()
        self.check()

    @Slot()
    def check(self) -> None:
        if self._op is not None:
            return
        try:
            due = self._services.backups.due()
        except SroPanelError as exc:
            log.warning("automatic backup: %s", exc)
            return
        if not due:
            return
        services = self._services

        def work() -> Generator[Progress, None, AutoResult]:
            yield (0, 0, "")
            return services.backups.auto()

        self._op = BackgroundOp(
            self._window, self.tr("Automatic backup"), work, self._done, self._failed, quiet=True
        )
        self._op.finished.connect(self._finished)

    def _done(self, result: AutoResult) -> None:
        if result.made is not None:
            self._window.statusBar().showMessage(
                self.tr("Automatic backup saved: {name}").format(name=result.made.name), 15_000
            )
        self.made.emit(result)

    def _failed(self, error: Exception) -> None:
        log.warning("automatic backup failed: %s", error)
        self._window.statusBar().showMessage(
            self.tr("The automatic backup failed: {error}").format(error=message_text(error)),
            60_000,
        )

    def _finished(self) -> None:
        self._op = None


def restore_in_place(database: Path, backup: Path, parent: QWidget | None = None) -> bool:
    """Restore `backup` over a database that cannot be opened; whoever restores signs in
    with the backup's own accounts. False (and the reason shown) when it was not done."""

    def signed_in(staged: Services) -> Actor:
        from sro_panel.ui.sign_in_dialog import SignInDialog

        if not staged.accounts.any_accounts():
            return staged.actor
        actor = SignInDialog.ask(parent, staged)
        if actor is None:
            raise InputError(t("{path}: not restored (nobody signed in)", path=backup))
        return actor

    try:
        restore_file(database, backup, signed_in)
    except SroPanelError as exc:
        ShowError.ask(
            parent, QCoreApplication.translate("BackupsDialog", "SRO Panel"), message_text(exc)
        )
        return False
    return True
