"""Accounts, for the administrator: add one, reset a forgotten password, unlock, switch off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sro_panel.domain.passwords import check_password
from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.accounts import AccountRow
from sro_panel.services.app import Services
from sro_panel.services.permissions import Role
from sro_panel.ui.dialogs import Confirm
from sro_panel.ui.look import tone, tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import RowTableModel
from sro_panel.ui.sign_in_dialog import password_field
from sro_panel.ui.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ROLE_TEXT = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.HR_COORDINATOR: QT_TRANSLATE_NOOP("Roles", "HR coordinator"),
    Role.PANEL_CHAIR: QT_TRANSLATE_NOOP("Roles", "Panel chair"),
    Role.PANELIST: QT_TRANSLATE_NOOP("Roles", "Panelist"),
    Role.DECISION_MAKER: QT_TRANSLATE_NOOP("Roles", "Decision maker (Chief, Director of Safety)"),
    Role.TRAINING_COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Training coordinator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "Auditor (read only)"),
}


class AccountTableModel(RowTableModel[AccountRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "User name"),
        QT_TRANSLATE_NOOP("TableHeader", "Name"),
        QT_TRANSLATE_NOOP("TableHeader", "Role"),
        QT_TRANSLATE_NOOP("TableHeader", "Status"),
    )

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = (
                self.tr("Switched off")
                if not row.active
                else self.tr("Locked")
                if row.locked
                else self.tr("Active")
            )
            return (
                row.username,
                row.display_name,
                QCoreApplication.translate("Roles", ROLE_TEXT[row.role]),
                status,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (row.locked or not row.active):
            return tone("error")
        return None


class PasswordFields:
    """A password typed twice, checked as it is typed against the same rules as the service."""

    def __init__(self, parent: QWidget, form: QFormLayout, label: str) -> None:
        self.edit = password_field(parent, label)
        self.repeat = password_field(
            parent, QCoreApplication.translate("PasswordFields", "Password again")
        )
        self.hint = QLabel(parent)
        self.hint.setWordWrap(True)
        form.addRow(label, self.edit)
        form.addRow(QCoreApplication.translate("PasswordFields", "Password again"), self.repeat)
        form.addRow("", self.hint)

    def problem(self, username: str) -> str:
        password = self.edit.text()
        try:
            check_password(password, username=username)
        except FieldError as exc:
            return message_text(exc)
        if password != self.repeat.text():
            return "Password again: the two passwords differ."
        return ""

    def show(self, username: str) -> bool:
        text = self.problem(username) if self.edit.text() else ""
        self.hint.setText(text)
        self.hint.setStyleSheet(tone_style("error") if text else "")
        return not self.problem(username)


class AddAccountDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Add an account"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setMaxLength(80)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(QCoreApplication.translate("Roles", ROLE_TEXT[role]), role)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        self.password = PasswordFields(self, form, self.tr("Password"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(tone_style("error"))
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("Add account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        note = QLabel(
            self.tr(
                "Give the person their password in person. A panelist's account is linked to "
                "their seat on the Panel step. A student panelist's name is seen only by the "
                "administrator and HR."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.username_edit, self.password.edit, self.password.repeat):
            edit.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._validate()

    @Slot()
    def _validate(self) -> None:
        self.add_button.setEnabled(self.password.show(self.username_edit.text().strip()))

    def accept(self) -> None:
        try:
            self._services.accounts.add_account(
                self.username_edit.text(),
                self.name_edit.text(),
                Role(self.role_combo.currentData()),
                self.password.edit.text(),
            )
        except FieldError as exc:
            self.error_label.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.error_label.setText(message_text(exc))
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, services: Services, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._username = username
        self.setWindowTitle(self.tr("New password for %s") % username)
        form = QFormLayout()
        self.password = PasswordFields(self, form, self.tr("New password"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(tone_style("error"))
        self.buttons = QDialogButtonBox(self)
        self.set_button = self.buttons.addButton(
            self.tr("Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.password.edit, self.password.repeat):
            edit.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._validate()

    @Slot()
    def _validate(self) -> None:
        self.set_button.setEnabled(self.password.show(self._username))

    def accept(self) -> None:
        try:
            self._services.accounts.reset_password(self._username, self.password.edit.text())
        except SroPanelError as exc:
            self.error_label.setText(message_text(exc))
            return
        super().accept()


class AccountsDialog(QDialog):
    """Every account with its role and status; the actions apply to the selected one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 440)
        self.model = AccountTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add account…"), self)
        self.reset_button = QPushButton(self.tr("&New password…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.active_button = QPushButton(self.tr("&Switch off"), self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(tone_style("error"))
        self.error_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.unlock_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.load()

    def load(self, select: str = "") -> None:
        rows = self._services.accounts.list_accounts()
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.username == select:
                self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        picked = self.table.selectionModel().selectedRows()
        return self.model.row_at(picked[0].row()) if picked else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.reset_button.setEnabled(row is not None)
        self.unlock_button.setEnabled(row is not None and row.locked)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("&Switch on") if row is not None and not row.active else self.tr("&Switch off")
        )

    def _run(self, fn: Any, *args: Any) -> None:
        try:
            row = fn(*args)
        except SroPanelError as exc:
            self.error_label.setText(message_text(exc).capitalize() + ".")
            return
        self.error_label.clear()
        self.load(row.username if row is not None else "")

    @Slot()
    def add_account(self) -> None:
        dialog = AddAccountDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load(dialog.username_edit.text().strip())

    @Slot()
    def reset_password(self) -> None:
        row = self.selected()
        if row is not None and ResetPasswordDialog(self._services, row.username, self).exec():
            self.load(row.username)

    @Slot()
    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(self._services.accounts.unlock, row.username)

    @Slot()
    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active and not Confirm.ask(
            self,
            self.tr("Switch off an account"),
            self.tr(
                "Switch off %s's account? They can no longer sign in. Their work and the "
                "audit trail are kept, and the account can be switched on again."
            )
            % row.display_name,
            yes=self.tr("Switch off"),
            no=self.tr("Keep it on"),
        ):
            return
        self._run(self._services.accounts.set_active, row.username, not row.active)
