"""UI fixtures: any modal dialog a test did not replace fails the test."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox


def _refuse(*args, **kwargs):
    raise AssertionError("a test opened a modal dialog it did not replace")


@pytest.fixture(autouse=True)
def no_unmocked_modals(monkeypatch):
    monkeypatch.setattr(QDialog, "exec", _refuse)
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_refuse))
