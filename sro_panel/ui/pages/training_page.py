"""Training & assignments: each selected officer's course, certificate, district training
and schools, against the court's target."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.services.training import ComplianceView, CourseInput, OfficerRow
from sro_panel.ui.dialogs import ChooseFile
from sro_panel.ui.keyboard import reading_order
from sro_panel.ui.look import tone, tone_in_html, tone_style
from sro_panel.ui.message_text import message_text
from sro_panel.ui.models import RowTableModel
from sro_panel.ui.service_labels import service_label
from sro_panel.ui.text import QT_TRANSLATE_NOOP, day, html_escape
from sro_panel.ui.training_dialogs import (
    CourtTargetDialog,
    SchoolDialog,
    date_edit,
    date_value,
    set_date,
)

Index = QModelIndex | QPersistentModelIndex


class OfficerTableModel(RowTableModel[OfficerRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeader", "Officer"),
        QT_TRANSLATE_NOOP("TableHeader", "Status"),
        QT_TRANSLATE_NOOP("TableHeader", "Holding up"),
        QT_TRANSLATE_NOOP("TableHeader", "Schools"),
    )

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                service_label(row.status_text),
                message_text(row.holding_up) or "; ".join(message_text(w) for w in row.warnings),
                ", ".join(a.school for a in row.assignments),
            )[index.column()]
        flagged = row.holding_up.startswith(("course has", "certificate file changed"))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and flagged:
            return tone("error")
        return None


class TrainingPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round_id: int | None = None
        self._officers: list[OfficerRow] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("The court's target"))
        self.target_button = QPushButton(self.tr("Court &target…"), self)
        self._view: ComplianceView | None = None
        self.model = OfficerTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Selected officers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(tone_style("error"))
        self.error.setWordWrap(True)

        # The course (IV.D)
        self.course_box = QGroupBox(self.tr("NASRO basic course"), self)
        self.provider_edit = QLineEdit(self)
        self.provider_edit.setAccessibleName(self.tr("Provider"))
        self.start_edit = date_edit(self, self.tr("Course start"))
        self.end_edit = date_edit(self, self.tr("Course end"))
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setAccessibleName(self.tr("Hours"))
        self.hours_spin.setRange(0, 400)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSpecialValueText(" ")
        self.completed_edit = date_edit(self, self.tr("Completed on"))
        self.save_course_button = QPushButton(self.tr("Save &course"), self)
        form = QFormLayout(self.course_box)
        form.addRow(self.tr("Provider"), self.provider_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end_edit)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Hours"), self.hours_spin)
        form.addRow(self.tr("Completed on"), self.completed_edit)
        form.addRow("", self.save_course_button)

        # The certificate
        self.cert_box = QGroupBox(self.tr("Certificate"), self)
        self.cert_label = QLabel(self)
        self.cert_label.setWordWrap(True)
        self.cert_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_edit = QLineEdit(self)
        self.number_edit.setAccessibleName(self.tr("Certificate number"))
        self.number_edit.setMaxLength(80)
        self.upload_button = QPushButton(self.tr("&Upload file…"), self)
        self.view_button = QPushButton(self.tr("&View"), self)
        self.verify_button = QPushButton(self.tr("&Mark verified"), self)
        self.verify_button.setToolTip(
            self.tr("You have checked the certificate against the course record")
        )
        cbox = QVBoxLayout(self.cert_box)
        cbox.addWidget(self.cert_label)
        cform = QFormLayout()
        cbox.addLayout(cform)
        cform.addRow(self.tr("Number"), self.number_edit)
        buttons = QHBoxLayout()
        for b in (self.upload_button, self.view_button, self.verify_button):
            buttons.addWidget(b)
        cform.addRow(buttons)

        # District training (IV.E)
        self.topics_box = QGroupBox(self.tr("District training"), self)
        self.topics_label = QLabel(self)
        self.topic_combo = QComboBox(self)
        self.topic_combo.setAccessibleName(self.tr("Topic"))
        self.topic_date = date_edit(self, self.tr("Topic completed on"))
        self.topic_evidence = QLineEdit(self)
        self.topic_evidence.setAccessibleName(self.tr("Evidence"))
        self.topic_evidence.setPlaceholderText(self.tr("e.g. MPS training roster, 21 Sep"))
        self.topic_button = QPushButton(self.tr("&Record topic"), self)
        tbox = QVBoxLayout(self.topics_box)
        tbox.addWidget(self.topics_label)
        tform = QFormLayout()
        tbox.addLayout(tform)
        tform.addRow(self.tr("Topic"), self.topic_combo)
        tform.addRow(self.tr("Completed on"), self.topic_date)
        tform.addRow(self.tr("Evidence"), self.topic_evidence)
        tform.addRow("", self.topic_button)

        # Schools (III.B)
        self.school_box = QGroupBox(self.tr("Schools"), self)
        self.assigned_label = QLabel(self)
        self.assigned_label.setWordWrap(True)
        self.school_combo = QComboBox(self)
        self.school_combo.setAccessibleName(self.tr("School"))
        self.school_start = date_edit(self, self.tr("Assignment starts"))
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.import_schools_button = QPushButton(self.tr("&Import schools…"), self)
        self.add_school_button = QPushButton(self.tr("A&dd a school…"), self)
        self.coverage_label = QLabel(self)
        sbox = QVBoxLayout(self.school_box)
        sbox.addWidget(self.assigned_label)
        sform = QFormLayout()
        sbox.addLayout(sform)
        sform.addRow(self.tr("School"), self.school_combo)
        sform.addRow(self.tr("Starts"), self.school_start)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.add_school_button)
        row.addWidget(self.import_schools_button)
        sform.addRow(row)
        reading_order(self.assign_button, self.add_school_button, self.import_schools_button)
        sbox.addWidget(self.coverage_label)

        detail = QWidget(self)
        side = QVBoxLayout(detail)
        # Never squeeze the boxes to fit the view: the view scrolls instead.
        side.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        for box in (self.course_box, self.cert_box, self.topics_box, self.school_box):
            side.addWidget(box)
        side.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setAccessibleName(self.tr("The chosen officer's training and school"))
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([560, 460])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.target_button)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

        self.table.selectionModel().selectionChanged.connect(self._show_officer)
        self.save_course_button.clicked.connect(self.save_course)
        self.upload_button.clicked.connect(self.upload_certificate)
        self.view_button.clicked.connect(self.view_certificate)
        self.verify_button.clicked.connect(self.verify_certificate)
        self.topic_button.clicked.connect(self.record_topic)
        self.assign_button.clicked.connect(self.assign_school)
        self.import_schools_button.clicked.connect(self.import_schools)
        self.add_school_button.clicked.connect(self.add_school)
        self.target_button.clicked.connect(self.edit_target)

    def set_services(self, services: Services) -> None:
        self._services = services

    # --- loading ---------------------------------------------------------------

    def load(self, round_id: int, select_id: int | None = None) -> None:
        self._round_id = round_id
        svc = self._services
        try:
            view = svc.training.compliance(round_id)
        except SroPanelError as exc:  # a role that may not see training
            self.summary.setText(html_escape(message_text(exc).capitalize()) + ".")
            self.model.set_rows([])
            return
        self._view = view
        self._officers = list(view.officers)
        self.summary.setText(self._summary_html(view))
        self.model.set_rows(self._officers)
        self.table.resizeRowsToContents()
        may_edit = svc.training.can(Permission.MANAGE_TRAINING)
        for box in (self.course_box, self.cert_box, self.topics_box, self.school_box):
            box.setEnabled(False)
        for w in (
            self.save_course_button,
            self.upload_button,
            self.verify_button,
            self.topic_button,
            self.assign_button,
            self.import_schools_button,
            self.add_school_button,
            self.target_button,
        ):
            w.setVisible(may_edit)
        self.school_combo.clear()
        schools = svc.schools.schools()
        for school in schools:
            level = service_label(school.level) if school.level else "-"
            self.school_combo.addItem(f"{school.name} ({level})", school.id)
        nobody = self.tr("none")
        self.coverage_label.setText(
            "<b>"
            + self.tr("Coverage")
            + "</b><br>"
            + "<br>".join(
                f"{html_escape(s.name)}: {html_escape(', '.join(s.officers)) or nobody}"
                for s in schools
            )
        )
        wanted = select_id if select_id is not None else None
        for i, o in enumerate(self._officers):
            if o.applicant_id == wanted or (wanted is None and i == 0):
                self.table.selectRow(i)
                break

    def _summary_html(self, view: ComplianceView) -> str:
        c = view.compliance
        if c is None:
            return self.tr("No court target is set for this round.")
        head = self.tr(
            "<b>Court target:</b> {t} officers trained and assigned by {d} ({z})."
        ).format(t=c.target, d=day(c.deadline), z=html_escape(view.timezone))
        if c.met:
            state = self.tr("Met on {d}.").format(d=day(c.met_on))
        elif c.days_left >= 0:
            state = self.tr("{n} days left.").format(n=c.days_left)
        else:
            state = self.tr("<span style='color:#b00020'>{n} days late.</span>").format(
                n=c.days_late
            )
            state = tone_in_html(state)  # the red made readable on this palette
        fines = self.tr("Fines accrued: ${f:,.0f}.").format(f=c.fines)
        counted = self.tr("<b>{n} of {t}</b> counted.").format(n=c.counted, t=c.target)
        return f"{head} {counted} {state} {fines}"

    @Slot()
    def _show_officer(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        officer = self.model.row_at(picked[0].row()) if picked else None
        for box in (self.course_box, self.cert_box, self.topics_box, self.school_box):
            box.setEnabled(officer is not None)
        if officer is None:
            return
        course = officer.course
        self.provider_edit.setText(
            course.provider
            if course
            else self._services.rounds.get_round(self._round_id or 0).profile.training.provider
        )
        self.provider_edit.setCursorPosition(0)  # the start of a long name, not its end
        set_date(self.start_edit, course.start_date if course else None)
        set_date(self.end_edit, course.end_date if course else None)
        self.hours_spin.setValue(course.hours or 0 if course else 0)
        set_date(self.completed_edit, course.completed_on if course else None)
        cert = officer.certificate
        if cert is None:
            self.cert_label.setText(self.tr("No certificate uploaded."))
            self.number_edit.clear()
        else:
            verified = (
                self.tr("verified by {w} on {d}").format(
                    w=cert.verified_by, d=day(cert.verified_at)
                )
                if cert.verified_at
                else self.tr("not verified")
            )
            intact = "" if cert.intact else self.tr(" — CHANGED SINCE UPLOAD")
            self.cert_label.setText(
                self.tr("{file} ({kb} KB), SHA-256 {digest}…, {verified}{intact}").format(
                    file=cert.file_name,
                    kb=cert.size // 1024 + 1,
                    digest=cert.sha256[:16],
                    verified=verified,
                    intact=intact,
                )
            )
            self.number_edit.setText(cert.number)
        self.view_button.setEnabled(cert is not None)
        self.verify_button.setEnabled(cert is not None and cert.verified_at is None)
        lapses = self.tr("lapses {d}")
        # One line per topic, never wrapped (a wrapped label in a scroll area is given too
        # little height); long titles are shortened, in full in the tooltip.
        self.topics_label.setText(
            "<br>".join(
                ("✔ " if t.completed_on else "✘ ")
                + html_escape(t.title if len(t.title) <= 40 else t.title[:38].rstrip() + "…")
                + (f" — {day(t.completed_on)}" if t.completed_on else "")
                + (" (" + lapses.format(d=day(t.expires_on)) + ")" if t.expires_on else "")
                for t in officer.topics
            )
        )
        self.topics_label.setToolTip("\n".join(t.title for t in officer.topics))
        set_date(self.topic_date, None)  # never carry one officer's entry to the next
        self.topic_evidence.clear()
        set_date(self.school_start, None)
        self.topic_combo.clear()
        for t in officer.topics:
            self.topic_combo.addItem(t.title, t.key)
        first_missing = next((i for i, t in enumerate(officer.topics) if not t.completed_on), 0)
        self.topic_combo.setCurrentIndex(first_missing)
        self.assigned_label.setText(
            "<br>".join(
                html_escape(a.school) + " — " + self.tr("from {d}").format(d=day(a.start_date))
                for a in officer.assignments
            )
            or self.tr("Not assigned to a school yet.")
        )

    def selected(self) -> OfficerRow | None:
        picked = self.table.selectionModel().selectedRows()
        return self.model.row_at(picked[0].row()) if picked else None

    # --- actions -------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        officer = self.selected()
        try:
            fn(*args, **kwargs)
        except FieldError as exc:
            self.error.setText(message_text(exc))
            return False
        except SroPanelError as exc:
            self.error.setText(message_text(exc).capitalize() + ".")
            return False
        self.error.clear()
        if self._round_id is not None:
            self.load(self._round_id, officer.applicant_id if officer else None)
        return True

    @Slot()
    def save_course(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        hours = self.hours_spin.value() or None
        self._run(
            self._services.training.record_course,
            officer.applicant_id,
            CourseInput(
                provider=self.provider_edit.text(),
                enrolled_on=date_value(self.start_edit),
                start_date=date_value(self.start_edit),
                end_date=date_value(self.end_edit),
                hours=hours,
                completed_on=date_value(self.completed_edit),
            ),
        )

    @Slot()
    def upload_certificate(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        path = ChooseFile.open(
            self,
            self.tr("Certificate file"),
            str(Path.home()),
            self.tr("Certificate (*.pdf *.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            self.error.setText(f"{Path(path).name}: {exc.strerror}")
            return
        self._run(
            self._services.training.upload_certificate,
            officer.applicant_id,
            number=self.number_edit.text(),
            file_name=Path(path).name,
            content=content,
        )

    @Slot()
    def view_certificate(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        try:
            name, _, content = self._services.training.certificate_file(officer.applicant_id)
        except SroPanelError as exc:
            self.error.setText(message_text(exc).capitalize() + ".")
            return
        folder = Path(tempfile.mkdtemp(prefix="sro-panel-certificate-"))
        target = folder / name
        target.write_bytes(content)
        target.chmod(0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    @Slot()
    def verify_certificate(self) -> None:
        officer = self.selected()
        if officer is not None:
            self._run(self._services.training.verify_certificate, officer.applicant_id)

    @Slot()
    def record_topic(self) -> None:
        officer = self.selected()
        if officer is not None and date_value(self.topic_date) is None:
            self.error.setText(self.tr("Completed on: choose the day the topic was completed."))
            return
        if officer is not None:
            self._run(
                self._services.training.record_topic,
                officer.applicant_id,
                self.topic_combo.currentData(),
                completed_on=date_value(self.topic_date),
                evidence=self.topic_evidence.text(),
            )

    @Slot()
    def assign_school(self) -> None:
        officer = self.selected()
        school = self.school_combo.currentData()
        start = date_value(self.school_start)
        if officer is None or school is None:
            self.error.setText(self.tr("Choose an officer and a school (import the list first)."))
            return
        if start is None:
            self.error.setText(self.tr("Starts: choose the day the assignment starts."))
            return
        self._run(self._services.training.assign, officer.applicant_id, school, start)

    @Slot()
    def add_school(self) -> None:
        officer = self.selected()
        if SchoolDialog(self._services, self).exec() and self._round_id is not None:
            self.load(self._round_id, officer.applicant_id if officer else None)

    @Slot()
    def edit_target(self) -> None:
        if self._round_id is None or self._view is None:
            return
        officer = self.selected()
        if CourtTargetDialog(self._services, self._round_id, self._view, self).exec():
            self.load(self._round_id, officer.applicant_id if officer else None)

    @Slot()
    def import_schools(self) -> None:
        path = ChooseFile.open(
            self,
            self.tr("Schools workbook (Name, Address, Level)"),
            str(Path.home()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self._run(self._services.schools.import_schools, Path(path))
