"""Connecting to the panel's shared PostgreSQL database: server, port, database, user."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sro_panel.db.migrate import check_server, server_url, without_password
from sro_panel.errors import SroPanelError
from sro_panel.ui.message_text import message_text

# Kept in settings: server, port, database, user and the URL built from them; never the password.
FIELDS = ("database/host", "database/port", "database/name", "database/user")


class ConnectionDialog(QDialog):
    """Fields for a PostgreSQL server, a Test button, and the URL on OK (password in memory)."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.setMinimumWidth(480)
        self._settings = settings if settings is not None else QSettings()
        self.host_edit = QLineEdit(self)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit, name in (
            (self.host_edit, self.tr("Server")),
            (self.port_spin, self.tr("Port")),
            (self.database_edit, self.tr("Database")),
            (self.user_edit, self.tr("User name")),
            (self.password_edit, self.tr("Password")),
        ):
            edit.setAccessibleName(name)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        note = QLabel(
            self.tr(
                "Your IT department gives these. The password is never saved: SRO Panel "
                "asks for it again next time (unless the server needs none)."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._restore()
        self.url = ""

    def _restore(self) -> None:
        host, port, name, user = (self._settings.value(key, "") for key in FIELDS)
        self.host_edit.setText(str(host or "localhost"))
        self.port_spin.setValue(int(str(port)) if str(port).isdigit() else 5432)
        self.database_edit.setText(str(name or "sro_panel"))
        self.user_edit.setText(str(user or ""))

    def _url(self) -> str:
        return server_url(
            self.host_edit.text(),
            self.port_spin.value(),
            self.database_edit.text(),
            self.user_edit.text(),
            self.password_edit.text(),
        )

    @Slot()
    def test_connection(self) -> bool:
        """Connect once (at most a few seconds) and say what is there, or why not."""
        self.result_label.setText(self.tr("Connecting…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_label.setText(check_server(self._url()))
            return True
        except SroPanelError as exc:
            self.result_label.setText(message_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()

    def accept(self) -> None:
        if not self.test_connection():
            return  # the reason is on screen; nothing is kept
        self.url = self._url()
        values = (
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )
        for key, value in zip(FIELDS, values, strict=True):
            self._settings.setValue(key, value)
        self._settings.setValue("database/url", without_password(self.url))
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, settings: QSettings | None = None) -> str | None:
        """The chosen database's URL (with the typed password, in memory only), or None."""
        dialog = ConnectionDialog(parent, settings)
        return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None


def saved_database(settings: QSettings | None = None) -> str | None:
    """The shared database chosen here last time (never with its password), or None."""
    if settings is None:
        settings = QSettings("SRO Panel", "SRO Panel")  # the app's own names
    saved = settings.value("database/url", "")
    return str(saved) if saved else None
