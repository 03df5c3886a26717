"""Signing in to the window, and creating the administrator on the first run."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.ui.look import tone_style
from sro_panel.ui.message_text import message_text

ERROR_STYLE = "color: #b00020;"


def password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class SignInDialog(QDialog):
    """User name and password; a refusal is said in the dialog, which stays open."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to SRO Panel"))
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setReadOnly(bool(username))  # unlocking: the same person only
        self.password_edit = password_field(self, self.tr("Password"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(tone_style("error"))
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(self)
        if username:
            layout.addWidget(
                QLabel(self.tr("The app locked itself while idle. Your work is kept."), self)
            )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        (self.password_edit if username else self.username_edit).setFocus()

    def accept(self) -> None:
        try:
            self.actor = self._services.accounts.sign_in(
                self.username_edit.text().strip(), self.password_edit.text()
            )
        except SroPanelError as exc:
            self.error_label.setText(message_text(exc).capitalize() + ".")
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, services: Services, *, username: str = "") -> Actor | None:
        dialog = SignInDialog(services, parent, username=username)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class FirstAdministratorDialog(QDialog):
    """The first run: the administrator's account, who then adds everyone else's."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = password_field(self, self.tr("Password"))
        self.repeat_edit = password_field(self, self.tr("Password again"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(tone_style("error"))
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator's: the "
                "administrator then adds an account for each person. Choose a password of "
                "at least 12 characters, a phrase of your own."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.error_label.setText(self.tr("Password again: the two passwords differ."))
            return
        username = self.username_edit.text().strip()
        try:
            self._services.accounts.create_first_administrator(
                username, self.name_edit.text(), password
            )
            self.actor = self._services.accounts.sign_in(username, password)
        except FieldError as exc:
            self.error_label.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.error_label.setText(message_text(exc))
            return
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, services: Services) -> Actor | None:
        dialog = FirstAdministratorDialog(services, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
