"""UI fixtures: any modal dialog a test did not replace fails the test; the demo window."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from sro_panel.ui import dialogs
from sro_panel.ui.main_window import MainWindow
from tests.ui.spanish import spanish  # noqa: F401  (the window in Spanish, as a fixture)


def _refuse(*args, **kwargs):
    raise AssertionError("a test opened a modal dialog it did not replace")


@pytest.fixture(autouse=True)
def offline_drafts_file(monkeypatch, tmp_path):
    """Drafts kept offline go to this test's folder, never the person's own."""
    from sro_panel.ui.pages import offline_banner

    path = tmp_path / "offline-drafts.json"
    monkeypatch.setattr(offline_banner, "default_path", lambda: path)
    return path


@pytest.fixture(autouse=True)
def no_unmocked_modals(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", _refuse)
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_refuse))


class Recorder:
    """Stands in for a dialog: records what it was asked and gives a set answer."""

    def __init__(self, answer=None):
        self.answer = answer
        self.asked: list[tuple] = []

    def __call__(self, parent, *args, **kwargs):
        self.asked.append(args)
        return self.answer


@pytest.fixture
def confirm(monkeypatch):
    recorder = Recorder(answer=True)
    monkeypatch.setattr(dialogs.Confirm, "ask", staticmethod(recorder))
    return recorder


@pytest.fixture
def errors(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(dialogs.ShowError, "ask", staticmethod(recorder))
    return recorder


@pytest.fixture
def settings(tmp_path):
    """Settings of this test alone, never the person's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo, settings):
    w = MainWindow(demo, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def act_as(window, text):
    """Choose the 'Acting as' entry containing `text`."""
    combo = window.acting_combo
    for i in range(combo.count()):
        if text in combo.itemText(i):
            combo.setCurrentIndex(i)
            return combo.itemData(i)
    raise AssertionError(f"no 'Acting as' entry with {text!r}")
