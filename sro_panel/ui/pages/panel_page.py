"""The panel: members by role type and the composition rule as a checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sro_panel.services.app import Services
from sro_panel.ui.text import html_escape as _html_escape


class PanelPage(QWidget):
    """Panel members by role type and the profile's composition rule as a checklist."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Panel and composition rule"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def set_services(self, services: Services) -> None:
        self._services = services

    def load(self, round_id: int) -> None:
        check = self._services.panel.composition(round_id)
        panelists = self._services.panel.list_panelists(round_id)
        parts = [f"<h3>{self.tr('Composition rule')}</h3><ul>"]
        for c in check.checks:
            mark = "✔" if c.met else "✘"
            color = "#1b7a1b" if c.met else "#b00020"
            parts.append(
                f"<li style='color:{color}'>{mark} {_html_escape(c.text)} ({c.count})</li>"
            )
        parts.append(f"</ul><h3>{self.tr('Panel members')}</h3><ul>")
        for p in panelists:
            chair = f" — <b>{self.tr('chair')}</b>" if p.is_chair else ""
            conflicts = (
                f" · {self.tr('conflicts declared')}: {len(p.conflicts)}" if p.conflicts else ""
            )
            parts.append(
                f"<li>{_html_escape(p.label)} · {_html_escape(p.role_label)}{chair}{conflicts}</li>"
            )
        parts.append("</ul>")
        self.browser.setHtml("".join(parts))
