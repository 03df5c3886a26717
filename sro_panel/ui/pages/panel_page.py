"""The panel: members by role type, the composition rule as a checklist, conflicts of interest."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.ui.look import tone, tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.text import html_escape


class PanelPage(QWidget):
    changed = Signal()
    print_requested = Signal(object)  # a panelist's id, or None for every member
    round_file_requested = Signal(int)  # a panelist's id: their laptop scores offline
    import_scores_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round_id: int | None = None
        self._accounts: dict[int, str] = {}
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Panel and composition rule"))

        self.add_box = QGroupBox(self.tr("Add a panel member"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role type"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title or affiliation"))
        self.chair_check = QCheckBox(self.tr("Chairs the panel"), self)
        self.account_combo = QComboBox(self)
        self.account_combo.setAccessibleName(self.tr("Signs in as"))
        self.account_combo.setToolTip(
            self.tr("The account this member signs in with to score on their own laptop")
        )
        self.add_error = QLabel(self)
        self.add_error.setStyleSheet(tone_style("error"))
        self.add_button = QPushButton(self.tr("Add &member"), self)
        form = QFormLayout(self.add_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role type"), self.role_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", self.chair_check)
        form.addRow(self.tr("Signs in as"), self.account_combo)
        form.addRow("", self.add_error)
        form.addRow("", self.add_button)

        self.conflict_box = QGroupBox(self.tr("Declare a conflict of interest"), self)
        self.conflict_panelist_combo = QComboBox(self)
        self.conflict_panelist_combo.setAccessibleName(self.tr("Panel member with a conflict"))
        self.conflict_candidate_combo = QComboBox(self)
        self.conflict_candidate_combo.setAccessibleName(self.tr("Candidate"))
        self.conflict_reason_edit = QLineEdit(self)
        self.conflict_reason_edit.setAccessibleName(self.tr("Reason for the conflict"))
        self.conflict_error = QLabel(self)
        self.conflict_error.setStyleSheet(tone_style("error"))
        self.conflict_button = QPushButton(self.tr("&Declare conflict"), self)
        cform = QFormLayout(self.conflict_box)
        cform.addRow(self.tr("Panel member"), self.conflict_panelist_combo)
        cform.addRow(self.tr("Candidate"), self.conflict_candidate_combo)
        cform.addRow(self.tr("Reason"), self.conflict_reason_edit)
        cform.addRow("", self.conflict_error)
        cform.addRow("", self.conflict_button)

        self.link_box = QGroupBox(self.tr("A member's sign-in account"), self)
        self.link_member_combo = QComboBox(self)
        self.link_member_combo.setAccessibleName(self.tr("Panel member to link"))
        self.link_account_combo = QComboBox(self)
        self.link_account_combo.setAccessibleName(self.tr("Account for that member"))
        self.link_error = QLabel(self)
        self.link_error.setStyleSheet(tone_style("error"))
        self.link_button = QPushButton(self.tr("&Link account"), self)
        lform = QFormLayout(self.link_box)
        lform.addRow(self.tr("Panel member"), self.link_member_combo)
        lform.addRow(self.tr("Signs in as"), self.link_account_combo)
        lform.addRow("", self.link_error)
        lform.addRow("", self.link_button)

        self.print_box = QGroupBox(self.tr("Score sheets on paper"), self)
        self.print_for_combo = QComboBox(self)
        self.print_for_combo.setAccessibleName(self.tr("Print score sheets for"))
        self.print_button = QPushButton(self.tr("&Print blank score sheets (PDF)…"), self)
        self.print_button.setToolTip(
            self.tr("One sheet per candidate for each chosen member, for a panel on paper")
        )
        pform = QFormLayout(self.print_box)
        pform.addRow(self.tr("For"), self.print_for_combo)
        pform.addRow("", self.print_button)
        self.offline_box = QGroupBox(self.tr("Scoring without the network"), self)
        self.offline_for_combo = QComboBox(self)
        self.offline_for_combo.setAccessibleName(self.tr("Round file for"))
        self.round_file_button = QPushButton(self.tr("Save &round file for this member…"), self)
        self.round_file_button.setToolTip(
            self.tr(
                "The rubric and candidates for one member's laptop, to score where there is "
                "no network; their signed score file comes back to you"
            )
        )
        self.import_scores_button = QPushButton(self.tr("&Import a score file…"), self)
        oform = QFormLayout(self.offline_box)
        oform.addRow(self.tr("For"), self.offline_for_combo)
        oform.addRow("", self.round_file_button)
        oform.addRow("", self.import_scores_button)
        side = QVBoxLayout()
        side.addWidget(self.add_box)
        side.addWidget(self.conflict_box)
        side.addWidget(self.link_box)
        side.addWidget(self.print_box)
        side.addWidget(self.offline_box)
        side.addStretch(1)
        # The forms scroll on a short laptop screen rather than push the window taller.
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setWidget(side_box)
        side_scroll.setAccessibleName(self.tr("Panel forms"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.browser, 3)
        layout.addWidget(side_scroll, 2)
        self.add_button.clicked.connect(self.add_member)
        self.conflict_button.clicked.connect(self.declare_conflict)
        self.link_button.clicked.connect(self.link_account)
        self.link_member_combo.currentIndexChanged.connect(self._show_member_account)
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit(self.print_for_combo.currentData())
        )
        self.round_file_button.clicked.connect(self._request_round_file)
        self.import_scores_button.clicked.connect(self.import_scores_requested)

    @Slot()
    def _request_round_file(self) -> None:
        panelist_id = self.offline_for_combo.currentData()
        if panelist_id is not None:
            self.round_file_requested.emit(panelist_id)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        self._round_id = round_id
        svc = self._services
        info = svc.rounds.get_round(round_id)
        check = svc.panel.composition(round_id)
        panelists = svc.panel.list_panelists(round_id)
        names = {a.id: a.name for a in svc.applicants.list_applicants(round_id)}
        parts = ["<h3>" + self.tr("Composition rule") + "</h3>"]
        if info.profile.panel.source:
            parts.append(f"<p><i>{html_escape(info.profile.panel.source)}</i></p>")
        parts.append("<ul>")
        for c in check.checks:
            mark, color = ("✔", tone("success").name()) if c.met else ("✘", tone("error").name())
            parts.append(f"<li style='color:{color}'>{mark} {html_escape(c.text)} ({c.count})</li>")
        parts.append("</ul><h3>" + self.tr("Panel members") + "</h3><ul>")
        signs_in, conflicts = self.tr("signs in as {a}"), self.tr("Conflict declared with: {c}")
        for p in panelists:
            chair = " — <b>" + self.tr("chair") + "</b>" if p.is_chair else ""
            parts.append(f"<li>{html_escape(p.label)} · {html_escape(p.role_label)}{chair}")
            if p.account:
                parts.append(f" <small>({signs_in.format(a=html_escape(p.account))})</small>")
            if p.conflicts:
                declared = ", ".join(html_escape(names.get(a, str(a))) for a in p.conflicts)
                parts.append(f"<br><small>{conflicts.format(c=declared)}</small>")
            parts.append("</li>")
        parts.append("</ul>")
        self.browser.setHtml("".join(parts))
        can_manage = svc.panel.can(Permission.MANAGE_PANEL) and not info.closed
        self.add_box.setVisible(can_manage)
        self.conflict_box.setVisible(can_manage)
        self.link_box.setVisible(can_manage)
        self.offline_box.setVisible(can_manage)
        self.import_scores_button.setVisible(svc.panel.can(Permission.ENTER_SCORES))
        accounts = svc.panel.account_choices() if can_manage else []
        for combo in (self.account_combo, self.link_account_combo):
            combo.clear()
            combo.addItem(self.tr("No account (scores on a shared laptop)"), "")
            for username, name in accounts:
                combo.addItem(f"{name} ({username})", username)
        self._accounts = {p.id: p.account for p in panelists}
        self.link_member_combo.clear()
        for p in panelists:
            self.link_member_combo.addItem(p.label, p.id)
        self.role_combo.clear()
        for role in info.profile.panel.role_types:
            self.role_combo.addItem(role.label, role.id)
        self.conflict_panelist_combo.clear()
        self.print_for_combo.clear()
        self.print_for_combo.addItem(self.tr("Every panel member"), None)
        for p in panelists:
            self.print_for_combo.addItem(p.label, p.id)
        self.offline_for_combo.clear()
        for p in panelists:
            self.conflict_panelist_combo.addItem(p.label, p.id)
            self.offline_for_combo.addItem(p.label, p.id)
        self.round_file_button.setEnabled(bool(panelists))
        self.conflict_candidate_combo.clear()
        for a in svc.applicants.list_applicants(round_id):
            if a.in_pool:
                self.conflict_candidate_combo.addItem(a.name, a.id)

    @Slot()
    def add_member(self) -> None:
        if self._round_id is None:
            return
        try:
            self._services.panel.add_panelist(
                self._round_id,
                name=self.name_edit.text(),
                role_type=self.role_combo.currentData() or "",
                title=self.title_edit.text(),
                is_chair=self.chair_check.isChecked(),
                account=self.account_combo.currentData() or "",
            )
        except FieldError as exc:
            self.add_error.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.add_error.setText(message_text(exc))
            return
        self.add_error.clear()
        self.name_edit.clear()
        self.title_edit.clear()
        self.chair_check.setChecked(False)
        self.load(self._round_id)
        self.changed.emit()

    @Slot()
    def declare_conflict(self) -> None:
        panelist = self.conflict_panelist_combo.currentData()
        candidate = self.conflict_candidate_combo.currentData()
        if panelist is None or candidate is None or self._round_id is None:
            self.conflict_error.setText(self.tr("Choose a panel member and a candidate."))
            return
        try:
            self._services.panel.declare_conflict(
                panelist, candidate, self.conflict_reason_edit.text()
            )
        except FieldError as exc:
            self.conflict_error.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.conflict_error.setText(message_text(exc))
            return
        self.conflict_error.clear()
        self.conflict_reason_edit.clear()
        self.load(self._round_id)
        self.changed.emit()

    @Slot()
    def _show_member_account(self) -> None:
        """The member's present account, so Link changes it on purpose."""
        account = self._accounts.get(self.link_member_combo.currentData(), "")
        self.link_account_combo.setCurrentIndex(max(0, self.link_account_combo.findData(account)))

    @Slot()
    def link_account(self) -> None:
        member = self.link_member_combo.currentData()
        if member is None or self._round_id is None:
            self.link_error.setText(self.tr("Add the panel member first."))
            return
        try:
            self._services.panel.link_account(member, self.link_account_combo.currentData() or "")
        except FieldError as exc:
            self.link_error.setText(message_text(exc))
            return
        except SroPanelError as exc:
            self.link_error.setText(message_text(exc))
            return
        self.link_error.clear()
        self.load(self._round_id)
        self.changed.emit()
