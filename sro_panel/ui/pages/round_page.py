"""The round's facts and its rubric, read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from sro_panel.services.retention import RetentionState
from sro_panel.services.rounds import RoundInfo
from sro_panel.ui.round_dialog import FORMATS
from sro_panel.ui.text import day
from sro_panel.ui.text import html_escape as _html_escape


class RoundPage(QWidget):
    """The round's facts and its rubric, read-only here; a closed round's retention."""

    purge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Round details and rubric"))
        self.retention_label = QLabel(self)
        self.retention_label.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("&Purge personnel details…"), self)
        self.purge_button.setToolTip(
            self.tr("Remove disciplinary, attendance and contact details; keep the decision")
        )
        self.purge_button.clicked.connect(self.purge_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.retention_label, 1)
        bar.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(bar)

    def show_retention(self, state: RetentionState | None, *, may_purge: bool) -> None:
        """A closed round: until when its personnel details are kept, or when they went."""
        if state is None or state.closed_at is None:
            self.retention_label.setText("")
        elif state.purged_at is not None:
            self.retention_label.setText(
                self.tr("Closed %s. Personnel details were purged on %s.")
                % (day(state.closed_at), day(state.purged_at))
            )
        else:
            self.retention_label.setText(
                self.tr("Closed %s. Personnel details are kept until %s%s.")
                % (
                    day(state.closed_at),
                    day(state.due_on),
                    self.tr(" and may now be purged") if state.purge_now else "",
                )
            )
        self.retention_label.setVisible(bool(self.retention_label.text()))
        self.purge_button.setVisible(state is not None and state.purge_now and may_purge)

    def show_round(self, info: RoundInfo) -> None:
        p = info.profile
        formats = {key: QCoreApplication.translate("Formats", text) for text, key in FORMATS}
        facts = (
            (
                (self.tr("Agency"), _html_escape(p.agency)),
                (self.tr("School partner"), _html_escape(p.school_partner)),
            ),
            (
                (self.tr("Vacancy"), _html_escape(info.vacancy_title)),
                (self.tr("Positions"), str(info.positions)),
                (self.tr("Interview format"), formats.get(info.interview_format, "")),
            ),
            (
                (self.tr("Posted"), day(info.posting_date)),
                (self.tr("Applications close"), day(info.application_deadline)),
                (self.tr("Selection date"), day(info.selection_date)),
            ),
        )
        parts = [f"<h2>{_html_escape(info.title)}</h2>"]
        parts += [
            "<p>" + " &middot; ".join(f"<b>{k}:</b> {v}" for k, v in line) + "</p>"
            for line in facts
        ]
        parts.append(f"<p><i>{_html_escape(p.source)}</i></p>")
        parts.append("<h3>" + self.tr("Minimum requirements (screened by HR)") + "</h3><ul>")
        parts += [f"<li><b>{r.ref}</b> {_html_escape(r.text)}</li>" for r in p.requirements]
        parts.append("</ul><h3>" + self.tr("Rubric (scored by the panel)") + "</h3>")
        weight = self.tr("weight {w}")
        for c in info.criteria:
            parts.append(
                f"<p><b>{c.ref} {_html_escape(c.title)}</b> "
                f"({weight.format(w=f'{c.weight:g}')})<br>{_html_escape(c.questions[0])}</p><ul>"
            )
            parts += [
                f"<li><b>{v} {_html_escape(label)}</b>: {_html_escape(anchor)}</li>"
                for v, label, anchor in c.levels
            ]
            parts.append("</ul>")
        self.browser.setHtml("".join(parts))
