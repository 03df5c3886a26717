"""Modal questions, each behind one function so tests can replace it (they never block)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Confirm:
    """A yes/no question; `ask` returns True for yes."""

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.exec()
        return box.clickedButton() is yes_button


class ShowError:
    """A problem the person must read; the message is already in plain words."""

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.exec()


class AskReason:
    """Ask for a short written reason; None when the person cancels or gives none."""

    @staticmethod
    def ask(parent: QWidget | None, title: str, prompt: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, prompt)
        return text.strip() if ok and text.strip() else None
