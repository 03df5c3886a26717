"""Each workflow step's state at a glance ("27 of 40 eligible, 5 to review"), as the person
acting may see it: the services in, one short line per step out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.ui.message_text import message_text


def step_states(svc: Services, rid: int) -> dict[str, str]:
    status: dict[str, str] = {}
    if svc.screening.can(Permission.SCREEN):
        screened = svc.screening.screen_round(rid)
        eligible = sum(s.eligibility == "eligible" for s in screened)
        review = sum(s.eligibility == "needs_review" for s in screened)
        status["Applicants & screening"] = QCoreApplication.translate(
            "StepStates", "{e} of {n} eligible, {r} to review"
        ).format(e=eligible, n=len(screened), r=review)
        pool = sum(s.in_pool for s in screened)
        slots = {s.applicant_id for s in svc.pool.list_slots(rid)}
        status["Pool & schedule"] = QCoreApplication.translate(
            "StepStates", "{p} in the pool, {s} scheduled"
        ).format(p=pool, s=len(slots))
    check = svc.panel.composition(rid)
    status["Panel"] = (
        QCoreApplication.translate("StepStates", "Composition rule met")
        if check.met
        else QCoreApplication.translate("StepStates", "Incomplete: {s}").format(
            s=message_text(check.shortfalls[0])
        )
    )
    if svc.results.can(Permission.VIEW_PROGRESS):
        progress = svc.results.progress(rid)
        status["Scoring"] = QCoreApplication.translate(
            "StepStates", "{d} of {n} panelists done · {s} of {e} sheets"
        ).format(
            d=progress.panelists_done,
            n=len(progress.panelists),
            s=progress.submitted,
            e=progress.expected,
        )
    state = svc.decisions.state(rid)
    status["Recommendation & decision"] = (
        QCoreApplication.translate("StepStates", "Closed")
        if state.closed
        else QCoreApplication.translate("StepStates", "{d} of {n} decided").format(
            d=len(state.decisions), n=len(state.summary)
        )
        if state.finalized
        else QCoreApplication.translate("StepStates", "Not finalized")
    )
    if state.closed and svc.training.may_read():
        view = svc.training.compliance(rid)
        counted = sum(o.status == "assigned" for o in view.officers)
        status["Training & assignments"] = QCoreApplication.translate(
            "StepStates", "{c} of {n} trained and assigned"
        ).format(c=counted, n=len(view.officers))
    return status
