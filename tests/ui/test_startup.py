"""The window opens without the libraries that only exports, imports and upgrades need."""

import shutil
import subprocess
import sys

# What `sro-panel` does at start (cli._run_gui), in a fresh process: the test run
# itself has imported everything.
START = """
import sys
from sro_panel.cli import open_for_gui
services = open_for_gui(sys.argv[1])
from PySide6.QtCore import QSettings
from sro_panel.ui.app import make_application
from sro_panel.ui.main_window import MainWindow
app = make_application()
window = MainWindow(services, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
late = ("reportlab", "openpyxl", "xlsxwriter", "alembic")
print(" ".join(name for name in late if name in sys.modules))
"""


def test_the_window_opens_without_the_pdf_excel_or_migration_libraries(demo_template, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    result = subprocess.run(
        [sys.executable, "-c", START, f"sqlite:///{db}", str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
