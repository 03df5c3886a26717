"""The window's "Acting as" list: whose work can be done on a database without accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role


def acting_choices(base: Services, round_id: int) -> list[tuple[str, Actor]]:
    """Who opened the app, each panel seat, the Chief, an auditor; a signed-in person acts
    as themself only."""
    opener = base.actor
    name = (
        QCoreApplication.translate("ActingAs", "Local administrator")
        if opener.is_local_administrator
        else opener.display_name
    )
    choices = [(name, opener)]
    if not opener.is_local_administrator:
        return choices
    for p in base.panel.list_panelists(round_id):
        chair = QCoreApplication.translate("ActingAs", ", chair") if p.is_chair else ""
        role = Role.PANEL_CHAIR if p.is_chair else Role.PANELIST
        choices.append(
            (
                f"{p.label} — {p.role_label}{chair}",
                Actor(f"seat-{p.id}", p.label, role, frozenset({p.id}), opener.machine),
            )
        )
    chief = Actor(
        "chief",
        QCoreApplication.translate("ActingAs", "Chief of Police"),
        Role.DECISION_MAKER,
        machine=opener.machine,
    )
    choices.append(
        (QCoreApplication.translate("ActingAs", "Chief of Police (decision maker)"), chief)
    )
    choices.append(
        (
            QCoreApplication.translate("ActingAs", "Auditor (read-only)"),
            Actor("auditor", QCoreApplication.translate("ActingAs", "Auditor"), Role.AUDITOR),
        )
    )
    return choices
