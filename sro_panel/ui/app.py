"""Starting the Qt application around a Services object."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from sro_panel.services.app import Services
from sro_panel.ui.main_window import MainWindow


def run_app(services: Services) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SRO Panel")
    app.setOrganizationName("SRO Panel")
    window = MainWindow(services)
    window.show()
    return app.exec()
