"""Run in a fresh process: start a bare QMainWindow or the app's window, stop when idle.

`python -m bench.startup_probe bare|floor|app [DB SETTINGS]`; the caller times the whole
process. `floor` is the bare window after importing SQLAlchemy's ORM: no start that reads
the round before showing it can be quicker.
"""

from __future__ import annotations

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    mode = sys.argv[1]
    if mode in ("bare", "floor"):
        if mode == "floor":
            import sqlalchemy.orm  # noqa: F401
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    else:
        # In the order `sro-panel` starts (cli._run_gui): the modules, the database and
        # the services, then Qt and the window; only the sign-in dialog is left out.
        from sro_panel.cli import import_window_modules, open_for_gui

        import_window_modules()
        services = open_for_gui(sys.argv[2])
        assert services is not None

        from PySide6.QtCore import QSettings, QTimer

        from sro_panel.ui.app import make_application
        from sro_panel.ui.main_window import MainWindow

        app = make_application()
        window = MainWindow(services, settings=QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window.show()
    if mode != "bare":
        gc.freeze()  # as ui.app.run_app does once the window is shown
    QTimer.singleShot(0, app.quit)  # the first moment the event loop is idle
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
