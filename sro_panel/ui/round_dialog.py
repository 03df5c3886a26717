"""Creating a round from an agency profile, or editing its dates, positions and format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

from sro_panel.services.app import Services
from sro_panel.services.rounds import RoundInfo, RoundInput, check_round_input
from sro_panel.ui.forms import FormDialog, combo, line, pydate, qdate
from sro_panel.ui.text import QT_TRANSLATE_NOOP

FORMATS = (
    (QT_TRANSLATE_NOOP("Formats", "Panel interview"), "panel_interview"),
    (QT_TRANSLATE_NOOP("Formats", "Presentation"), "presentation"),
    (QT_TRANSLATE_NOOP("Formats", "Panel interview and presentation"), "both"),
)


class RoundDialog(FormDialog[RoundInput, RoundInfo]):
    def __init__(
        self, parent: QWidget | None, services: Services, existing: RoundInfo | None
    ) -> None:
        self._services = services
        self._existing = existing
        if existing is None:
            title = self.tr("New selection round")

            def submit(data: RoundInput) -> RoundInfo:
                return services.rounds.create_round(data)
        else:
            title = self.tr("Round details")

            def submit(data: RoundInput) -> RoundInfo:
                return services.rounds.update_round(
                    existing.id, data, expected_version=existing.version
                )

        super().__init__(parent, title, check=check_round_input, submit=submit)
        today = dt.date.today()
        profiles = services.rounds.available_profiles()
        self.profile_combo = combo(self, [(f"{p.name}", p.path) for p in profiles])
        self.profile_combo.setEnabled(existing is None)
        self.title_edit = line(self, existing.title if existing else "")
        self.vacancy_edit = line(
            self, existing.vacancy_title if existing else "School Resource Officer"
        )
        self.posting_edit = self._date(existing.posting_date if existing else today)
        self.deadline_edit = self._date(
            existing.application_deadline if existing else today + dt.timedelta(days=21)
        )
        self.selection_edit = self._date(
            existing.selection_date if existing else today + dt.timedelta(days=45)
        )
        self.positions_spin = QSpinBox(self)
        self.positions_spin.setRange(0, 500)
        self.positions_spin.setValue(existing.positions if existing else 1)
        self.format_combo = combo(
            self,
            [(QCoreApplication.translate("Formats", text), key) for text, key in FORMATS],
            existing.interview_format if existing else "panel_interview",
        )
        self.add("Agency profile", self.profile_combo, self.tr("Agency profile"))
        self.add("Title", self.title_edit, self.tr("Title"))
        self.add("Vacancy title", self.vacancy_edit, self.tr("Vacancy title"))
        self.add("Posting date", self.posting_edit, self.tr("Posting date"))
        self.add("Application deadline", self.deadline_edit, self.tr("Application deadline"))
        self.add(
            "Selection date", self.selection_edit, self.tr("Selection date (service counted to)")
        )
        self.add("Positions", self.positions_spin, self.tr("Positions to fill"))
        self.add("Interview format", self.format_combo, self.tr("Interview format"))
        self.title_edit.setFocus()

    def _date(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def collect(self) -> RoundInput:
        return RoundInput(
            profile_file=self.profile_combo.currentData() or Path(),
            title=self.title_edit.text(),
            vacancy_title=self.vacancy_edit.text(),
            posting_date=pydate(self.posting_edit.date()) or dt.date.today(),
            application_deadline=pydate(self.deadline_edit.date()) or dt.date.today(),
            selection_date=pydate(self.selection_edit.date()) or dt.date.today(),
            positions=self.positions_spin.value(),
            interview_format=self.format_combo.currentData(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, existing: RoundInfo | None = None
    ) -> RoundInfo | None:
        return cls(parent, services, existing).run()
