"""The smoke test's last step: the main window on the demo round, shown offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from sro_panel.services.app import Services
from sro_panel.ui.app import make_application
from sro_panel.ui.main_window import STEPS, MainWindow


def show_main_window(services: Services, folder: Path) -> str:
    """Show the window, visit every step, close it; what was seen, or an exception."""
    app = make_application()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings=settings)
    window.show()
    app.processEvents()
    try:
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        if window.round_combo.count() == 0:
            raise RuntimeError("the main window lists no round")
        for row in range(len(STEPS)):
            window.steps_list.setCurrentRow(row)
            app.processEvents()
        rounds = window.round_combo.count()
    finally:
        window.close()
        app.processEvents()
    return f"shown with {rounds} rounds, all {len(STEPS)} steps opened"
