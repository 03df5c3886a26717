"""The window's "Acting as" list: whose work can be done on a database without accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def acting_choices(base: Services, round_id: int) -> list[tuple[str, Actor]]:
    """Who opened the app, each panel seat, the Chief, an auditor; a signed-in person acts
    as themself only."""
    opener = base.actor
    choices = [(f"{opener.display_name}", opener)]
    if not opener.is_local_administrator:
        return choices
    for p in base.panel.list_panelists(round_id):
        chair = _tr(", chair") if p.is_chair else ""
        role = Role.PANEL_CHAIR if p.is_chair else Role.PANELIST
        choices.append(
            (
                f"{p.label} — {p.role_label}{chair}",
                Actor(f"seat-{p.id}", p.label, role, frozenset({p.id}), opener.machine),
            )
        )
    chief = Actor("chief", _tr("Chief of Police"), Role.DECISION_MAKER, machine=opener.machine)
    choices.append((_tr("Chief of Police (decision maker)"), chief))
    choices.append((_tr("Auditor (read-only)"), Actor("auditor", _tr("Auditor"), Role.AUDITOR)))
    return choices
