"""Modal questions, each behind one function so tests can replace it (they never block)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Confirm:
    """A yes/no question; `ask` returns True for yes. Escape answers no; Enter answers
    yes, or no where yes would lose something (`enter_says_yes=False`)."""

    @staticmethod
    def ask(
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        yes: str,
        no: str,
        enter_says_yes: bool = True,
    ) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if enter_says_yes else no_button)
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


class ShowInfo:
    """Something done, said in plain words (what was saved or imported)."""

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
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


@dataclass(frozen=True)
class RestoreBackup:
    """The person chose to put this backup in the place of the database that failed."""

    backup: Path


class DatabaseProblem:
    """The database could not be opened: say why; offer its latest backup (when there is
    one), another file, a new one, a shared server, or quitting.

    Returns the path or URL of the database to try next, RestoreBackup, or None to quit.
    """

    @staticmethod
    def ask(
        parent: QWidget | None, message: str, *, backup: Path | None = None
    ) -> str | RestoreBackup | None:
        from PySide6.QtWidgets import QFileDialog

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "SRO Panel"))
        box.setText(
            QCoreApplication.translate("DatabaseProblem", "The database could not be opened.")
        )
        box.setInformativeText(message)
        restore_button = None
        if backup is not None:
            restore_button = box.addButton(
                QCoreApplication.translate("DatabaseProblem", "&Restore its latest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.setDefaultButton(restore_button)
        open_button = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "&Open another file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        new_button = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Create a &new database…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        server_button = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Connect to a &shared server…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("DatabaseProblem", "&Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        clicked = box.clickedButton()
        if backup is not None and clicked is restore_button:
            return RestoreBackup(backup)
        if clicked is server_button:
            from sro_panel.ui.connection_dialog import ConnectionDialog

            return ConnectionDialog.ask(parent)
        if clicked is open_button:
            path, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("DatabaseProblem", "Open a database"),
                "",
                QCoreApplication.translate(
                    "DatabaseProblem", "SRO Panel database (*.db);;All files (*)"
                ),
            )
            return path or None
        if clicked is new_button:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("DatabaseProblem", "New database"),
                "sro-panel.db",
                QCoreApplication.translate("DatabaseProblem", "SRO Panel database (*.db)"),
            )
            return path or None
        return None


class ChooseFile:
    """Where to save, or which file to open; None when the person cancels."""

    @staticmethod
    def save(
        parent: QWidget | None, title: str, folder: str, name: str, filter_: str
    ) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, f"{folder}/{name}", filter_)
        return path or None

    @staticmethod
    def open(parent: QWidget | None, title: str, folder: str, filter_: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_)
        return path or None
