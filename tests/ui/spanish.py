"""The window in Spanish for a test: every `*_es.ts` catalogue compiled and installed.

Import the `spanish` fixture into a test module to use it. The app's own
installer (`sro_panel.ui.i18n`) does the same at start; this stays small so it
can call that one instead.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    assert found, "Qt's lrelease is needed to compile the translations"
    return found


def install(language: str, folder: Path) -> list[QTranslator]:
    """Compile and install every `*_<language>.ts`; the default locale becomes `language`."""
    translators = []
    for source in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):
        target = folder / source.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        translator = QTranslator()
        assert translator.load(str(target)), target
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    QLocale.setDefault(QLocale(language))
    return translators


@pytest.fixture
def spanish(qapp, tmp_path):
    before = QLocale()
    translators = install("es", tmp_path)
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
