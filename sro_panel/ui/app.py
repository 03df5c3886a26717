"""Starting the Qt application: settings, the error handler of last resort, the main window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sro_panel.errors import SroPanelError
from sro_panel.paths import icon_file
from sro_panel.services.app import Services
from sro_panel.ui.backups_dialog import AutoBackup
from sro_panel.ui.dialogs import ShowError
from sro_panel.ui.look import install_focus_ring
from sro_panel.ui.main_window import MainWindow
from sro_panel.ui.message_text import message_text
from sro_panel.ui.offline_actions import Opener

log = logging.getLogger("sro_panel")


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SRO Panel")
    app.setOrganizationName("SRO Panel")
    app.setWindowIcon(QIcon(str(icon_file())))
    install_focus_ring(app)  # focus seen on every control, in every palette
    return app


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error escaping a slot: the person gets a plain message, the log gets the details."""
    if isinstance(error, SroPanelError):
        ShowError.ask(
            QApplication.activeWindow(),
            QCoreApplication.translate("App", "SRO Panel"),
            message_text(error),
        )
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    ShowError.ask(
        QApplication.activeWindow(),
        QCoreApplication.translate("App", "SRO Panel"),
        QCoreApplication.translate(
            "App",
            "Something went wrong and the last action may not have completed. Nothing saved "
            "before it is lost. Details are in the log file.\n\n({kind}: {error})",
        ).format(kind=kind.__name__, error=error),
    )


def sign_in(services: Services) -> Services | None:
    """The services as the person who signs in (the first run creates the administrator);
    None if they cancel."""
    from sro_panel.ui.sign_in_dialog import FirstAdministratorDialog, SignInDialog

    if services.accounts.any_accounts():
        actor = SignInDialog.ask(None, services)
    else:
        actor = FirstAdministratorDialog.ask(None, services)
    return None if actor is None else services.as_actor(actor)


class Windows:
    """The app's one main window, replaced by one on another database when the File menu
    asks (a shared server, another file, a round file)."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def show(self, services: Services, *, local_panel: bool = False) -> bool:
        # A laptop's local panel opens as its panel member; any other database asks who
        # signs in.
        signed_in = sign_in(services) if services.actor.is_local_administrator else services
        if signed_in is None:
            return False
        old, self.window = self.window, MainWindow(signed_in, local_panel=local_panel)
        self.window.open_requested.connect(self.open)
        self.window.show()
        AutoBackup(self.window, signed_in).start()  # a due backup, then one whenever due
        if old is not None:
            old.close()
            old.deleteLater()
        return True

    def open(self, request: Opener) -> None:
        opener, local_panel = request
        try:
            services = opener()
        except SroPanelError as exc:
            ShowError.ask(
                self.window, QCoreApplication.translate("App", "SRO Panel"), message_text(exc)
            )
            return
        self.show(services, local_panel=local_panel)


def run_app(services: Services, *, local_panel: bool = False) -> int:
    app = make_application()
    sys.excepthook = _excepthook
    windows = Windows()
    if not windows.show(services, local_panel=local_panel):
        return 0
    # What the start made lives as long as the app: the collector need not walk it
    # again at every full collection, nor at exit.
    gc.freeze()
    return app.exec()
