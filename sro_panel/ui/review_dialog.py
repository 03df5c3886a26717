"""HR's attestation of a judgement requirement, or an approved override of any requirement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from sro_panel.domain.screening import RequirementResult
from sro_panel.errors import FieldError
from sro_panel.services.app import Services
from sro_panel.services.screening import ApplicantScreening
from sro_panel.ui.forms import FormDialog, OptionalDateEdit, combo, hint, line
from sro_panel.ui.message_text import message_text


@dataclass(frozen=True)
class Review:
    verdict: str
    text: str  # the note (attestation) or the reason (override)
    source_or_approver: str
    evidence_date: dt.date | None


class ReviewDialog(FormDialog[Review, ApplicantScreening]):
    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        applicant: ApplicantScreening,
        requirement: RequirementResult,
        *,
        override: bool,
    ) -> None:
        self._override = override
        rid, aid = requirement.requirement_id, applicant.applicant_id

        def submit(r: Review) -> ApplicantScreening:
            if override:
                return services.screening.override(
                    aid, rid, r.verdict, reason=r.text, approved_by=r.source_or_approver
                )
            return services.screening.attest(
                aid,
                rid,
                r.verdict,
                evidence_source=r.source_or_approver,
                evidence_date=r.evidence_date,
                note=r.text,
            )

        title = self.tr("Override a result") if override else self.tr("Attest a requirement")
        super().__init__(parent, title, check=self._check, submit=submit)
        self.form.addRow(
            hint(self, f"<b>{applicant.name}</b> — {requirement.ref} {requirement.text}")
        )
        self.form.addRow(
            hint(self, self.tr("Now: {reason}").format(reason=message_text(requirement.reason)))
        )
        self.verdict_combo = combo(
            self, [(self.tr("Met (pass)"), "pass"), (self.tr("Not met (fail)"), "fail")]
        )
        self.add("Result", self.verdict_combo, self.tr("Result"))
        if override:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setMaximumHeight(70)
            self.add("Reason", self.text_edit, self.tr("Reason for the override"))
            self.who_edit = self.add("Approved by", line(self), self.tr("Approved by"))
            self.date_edit = None
        else:
            self.who_edit = self.add(
                "Evidence source", line(self, max_length=300), self.tr("Evidence source")
            )
            self.date_edit = OptionalDateEdit(self)
            self.date_edit.set_value(services.clock().date())
            self.add("Evidence date", self.date_edit, self.tr("Date the evidence was pulled"))
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setMaximumHeight(70)
            self.add("Note", self.text_edit, self.tr("Note"))

    def _check(self, r: Review) -> None:
        if self._override:
            if not r.text.strip():
                raise FieldError("Reason", "an override needs a reason")
            if not r.source_or_approver.strip():
                raise FieldError("Approved by", "name who approved the override")
        elif not r.source_or_approver.strip():
            raise FieldError("Evidence source", "say where the evidence is (record, file, check)")

    def collect(self) -> Review:
        who = self.who_edit.text() if hasattr(self.who_edit, "text") else ""
        return Review(
            verdict=self.verdict_combo.currentData(),
            text=self.text_edit.toPlainText(),
            source_or_approver=who,
            evidence_date=self.date_edit.value() if self.date_edit else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        applicant: ApplicantScreening,
        requirement: RequirementResult,
        *,
        override: bool,
    ) -> ApplicantScreening | None:
        return cls(parent, services, applicant, requirement, override=override).run()
