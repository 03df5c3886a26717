"""The round's facts and its rubric, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sro_panel.services.rounds import RoundInfo
from sro_panel.ui.text import html_escape as _html_escape


class RoundPage(QWidget):
    """The round's facts and its rubric, read-only here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Round details and rubric"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def show_round(self, info: RoundInfo) -> None:
        p = info.profile
        parts = [
            f"<h2>{_html_escape(info.title)}</h2>",
            f"<p><b>{self.tr('Agency')}:</b> {_html_escape(p.agency)} &middot; "
            f"<b>{self.tr('School partner')}:</b> {_html_escape(p.school_partner)}</p>",
            f"<p><b>{self.tr('Vacancy')}:</b> {_html_escape(info.vacancy_title)} &middot; "
            f"<b>{self.tr('Positions')}:</b> {info.positions} &middot; "
            f"<b>{self.tr('Interview format')}:</b> {info.interview_format.replace('_', ' ')}</p>",
            f"<p><b>{self.tr('Posted')}:</b> {info.posting_date:%d %b %Y} &middot; "
            f"<b>{self.tr('Applications close')}:</b> "
            f"{info.application_deadline:%d %b %Y} &middot; "
            f"<b>{self.tr('Selection date')}:</b> {info.selection_date:%d %b %Y}</p>",
            f"<p><i>{_html_escape(p.source)}</i></p>",
            f"<h3>{self.tr('Minimum requirements (screened by HR)')}</h3><ul>",
        ]
        parts += [f"<li><b>{r.ref}</b> {_html_escape(r.text)}</li>" for r in p.requirements]
        parts.append(f"</ul><h3>{self.tr('Rubric (scored by the panel)')}</h3>")
        for c in info.criteria:
            parts.append(
                f"<p><b>{c.ref} {_html_escape(c.title)}</b> "
                f"({self.tr('weight')} {c.weight:g})<br>{_html_escape(c.questions[0])}</p><ul>"
            )
            parts += [
                f"<li><b>{v} {_html_escape(label)}</b>: {_html_escape(anchor)}</li>"
                for v, label, anchor in c.levels
            ]
            parts.append("</ul>")
        self.browser.setHtml("".join(parts))
