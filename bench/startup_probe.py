"""Run in a fresh process: start a bare QMainWindow or the app's window, stop when idle.

`python -m bench.startup_probe bare|app [DB]`; the caller times the whole process.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
    else:
        from PySide6.QtCore import QSettings

        from sro_panel.cli import _open_services
        from sro_panel.ui.main_window import MainWindow

        settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
        services = _open_services(sys.argv[2], sign_in=False)  # the window, not the dialog
        window = MainWindow(services, settings=settings)
    window.show()
    QTimer.singleShot(0, app.quit)  # the first moment the event loop is idle
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
