"""The window's File menu: other databases, and offline panels' round and score files.

A round file goes out to a panel member's laptop; their signed score file comes
back and is imported; on the laptop, the round file opens as a local panel and
its sheets are saved as that score file. Opening another database or a round
file asks the app (`ui/app.py`) to replace the window with one on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.services.rounds import RoundInfo
from sro_panel.ui.dialogs import ChooseFile, ShowError, ShowInfo
from sro_panel.ui.message_text import message_text
from sro_panel.ui.text import QT_TRANSLATE_NOOP

ROUND_FILES = QT_TRANSLATE_NOOP("OfflineActions", "SRO Panel round file (*.sroround)")
SCORE_FILES = QT_TRANSLATE_NOOP("OfflineActions", "SRO Panel score file (*.sroscores)")

# What to open instead of the current database: a callable that returns its services,
# and whether it is a laptop's local panel.
Opener = tuple[Callable[[], Services], bool]


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")[:40]


class OfflineActions(QObject):
    """The File menu's actions, for the window's current services and round."""

    open_requested = Signal(object)  # an Opener
    imported = Signal()  # sheets came in from a score file

    def __init__(self, window: QWidget, settings: QSettings, *, local_panel: bool) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.local_panel = local_panel
        self.services: Services | None = None
        self.round: RoundInfo | None = None
        self.menu = QMenu(self.tr("&File"), window)
        self.open_round_file_action = self.menu.addAction(self.tr("Open a &round file…"))
        self.open_round_file_action.setToolTip(
            self.tr("Score on this laptop, without the network, from the file the coordinator gave")
        )
        self.connect_action = self.menu.addAction(self.tr("&Connect to a shared server…"))
        self.open_database_action = self.menu.addAction(self.tr("Open a database &file…"))
        self.backups_action = self.menu.addAction(self.tr("Back&ups…"))
        self.backups_action.setToolTip(self.tr("Back up now, restore, set automatic backups"))
        self.menu.addSeparator()
        self.save_score_file_action = self.menu.addAction(
            self.tr("&Save my score file for the coordinator…")
        )
        self.save_score_file_action.setShortcut(QKeySequence.StandardKey.Save)
        self.import_scores_action = self.menu.addAction(self.tr("&Import a score file…"))
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.menu.addAction(self.quit_action)
        self.open_round_file_action.triggered.connect(self.open_round_file)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.open_database_action.triggered.connect(self.open_database)
        self.save_score_file_action.triggered.connect(self.save_score_file)
        self.import_scores_action.triggered.connect(self.import_score_file)
        self.backups_action.triggered.connect(self.open_backups)
        self.update(None, None)

    def update(self, services: Services | None, round_info: RoundInfo | None) -> None:
        self.services, self.round = services, round_info
        self.save_score_file_action.setVisible(self.local_panel)
        may_import = (
            services is not None
            and round_info is not None
            and not self.local_panel
            and services.panel.can(Permission.ENTER_SCORES)
        )
        self.import_scores_action.setVisible(may_import)
        self.backups_action.setVisible(
            services is not None
            and services.backups.is_file
            and services.backups.can(Permission.BACKUP)
        )

    def _folder(self) -> str:
        return str(self._settings.value("offline/folder", str(Path.home())))

    def _remember(self, path: Path) -> None:
        self._settings.setValue("offline/folder", str(path.parent))

    # --- another database ----------------------------------------------------------

    @Slot()
    def open_round_file(self) -> None:
        path = ChooseFile.open(
            self._window, self.tr("Open a round file"), self._folder(), self.tr(ROUND_FILES)
        )
        if path is None:
            return
        self._remember(Path(path))

        def opener() -> Services:
            from sro_panel.services.local_panel import open_local_panel

            return open_local_panel(Path(path))

        self.open_requested.emit((opener, True))

    @Slot()
    def connect_to_server(self) -> None:
        from sro_panel.ui.connection_dialog import ConnectionDialog

        url = ConnectionDialog.ask(self._window, self._settings)
        if url is not None:
            self.open_requested.emit((_opener(url), False))

    @Slot()
    def open_database(self) -> None:
        path = ChooseFile.open(
            self._window,
            self.tr("Open a database"),
            self._folder(),
            self.tr("SRO Panel database (*.db);;All files (*)"),
        )
        if path is not None:
            self.open_requested.emit((_opener(path), False))

    @Slot()
    def open_backups(self) -> None:
        """The Backups dialog; a restore reopens the window on the restored database."""
        from sro_panel.ui.backups_dialog import BackupsDialog

        services = self.services
        if services is None:
            return
        backup = BackupsDialog.ask(self._window, services)
        if backup is None:
            return
        url = str(services.backups.file())

        def opener() -> Services:
            services.backups.restore(backup)  # closes this window's connections first
            return _opener(url)()

        self.open_requested.emit((opener, self.local_panel))

    # --- round files out, score files in --------------------------------------------

    def save_round_file(self, panelist_id: int) -> None:
        if self.services is None or self.round is None:
            return
        labels = {p.id: p.label for p in self.services.panel.list_panelists(self.round.id)}
        name = f"{_slug(labels.get(panelist_id, 'panelist'))}-{_slug(self.round.title)}"
        path = ChooseFile.save(
            self._window,
            self.tr("Save a round file"),
            self._folder(),
            f"{name}.sroround",
            self.tr(ROUND_FILES),
        )
        if path is None:
            return
        target = Path(path if path.endswith(".sroround") else f"{path}.sroround")
        self._remember(target)
        try:
            out = self.services.offline.write_round_file(self.round.id, panelist_id, target)
        except SroPanelError as exc:
            ShowError.ask(self._window, self.tr("Round file"), message_text(exc))
            return
        ShowInfo.ask(
            self._window,
            self.tr("Round file saved"),
            self.tr(
                "Saved {file} for {member} ({n} candidates).\n\nCopy it to their laptop and "
                "open it there with File → Open a round file. When they have submitted "
                "their sheets, they save a score file; import it here with Import a score "
                "file. Keep the round file private: it holds the key that signs their scores."
            ).format(file=target.name, member=out.panelist, n=out.candidates),
        )

    @Slot()
    def import_score_file(self) -> None:
        if self.services is None or self.round is None:
            return
        path = ChooseFile.open(
            self._window, self.tr("Import a score file"), self._folder(), self.tr(SCORE_FILES)
        )
        if path is None:
            return
        self._remember(Path(path))
        try:
            result = self.services.offline.import_scores(Path(path), round_id=self.round.id)
        except SroPanelError as exc:
            ShowError.ask(self._window, self.tr("Score file not imported"), message_text(exc))
            return
        ShowInfo.ask(self._window, self.tr("Score file"), message_text(result.summary()))
        self.imported.emit()

    @Slot()
    def save_score_file(self) -> None:
        if self.services is None or not self.local_panel:
            return
        title = self.round.title if self.round else "round"
        name = f"{_slug(self.services.actor.display_name)}-{_slug(title)}.sroscores"
        path = ChooseFile.save(
            self._window,
            self.tr("Save my score file"),
            self._folder(),
            name,
            self.tr(SCORE_FILES),
        )
        if path is None:
            return
        target = Path(path if path.endswith(".sroscores") else f"{path}.sroscores")
        self._remember(target)
        try:
            out = self.services.local_panel.write_score_file(target)
        except SroPanelError as exc:
            ShowError.ask(self._window, self.tr("Score file"), message_text(exc))
            return
        text = self.tr(
            "Saved {file} with your %n submitted sheet(s). Give it to the panel's "
            "coordinator (a USB stick or an email attachment).",
            "",
            out.sheets,
        ).format(file=target.name)
        if out.not_submitted:
            text += "\n\n" + self.tr(
                "Not submitted yet, so not in the file: {names}. Save the file again once "
                "you have submitted them."
            ).format(names=", ".join(out.not_submitted))
        ShowInfo.ask(self._window, self.tr("Score file saved"), text)


def _opener(url: str) -> Callable[[], Services]:
    def opener() -> Services:
        from sro_panel.services.app import open_services

        return open_services(url)[0]

    return opener
