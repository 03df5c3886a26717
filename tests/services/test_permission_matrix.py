"""The whole role x action matrix, enforced by the services themselves.

Every permission has one representative service call. Each role tries it,
holding every panel seat (the chair's too), so a refusal can only come from
the matrix. A role the matrix allows gets past the gate (the call may still be
refused for a reason of the round's state, never as a permission); a role it
does not allow is refused, and the refusal is in the audit trail.
"""

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from sro_panel.db.models import AuditEntry
from sro_panel.errors import InputError, PermissionDenied
from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.permissions import MATRIX, Permission, Role
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS

P = Permission
_n = itertools.count()


def _round_input(title):
    return RoundInput(
        FORMS / "milford-pd.toml", title, "SRO", dt.date(2026, 1, 1),
        dt.date(2026, 1, 2), dt.date(2026, 1, 3), 1,
    )  # fmt: skip


def _applicant():
    return ApplicantInput(
        f"M{next(_n)}", "Ana", "Ruiz", service_start=dt.date(2015, 1, 1),
        sustained_juvenile_complaints=0, sustained_complaints=0,
    )  # fmt: skip


# What each permission lets a person do, as one call: (svc, round, candidates, seats, tmp).
# A call that shows or hides something returns whether it was shown.
ACTIONS = {
    P.VIEW_ROUND: lambda s, r, c, p, t: s.rounds.get_round(r.id),
    P.MANAGE_ROUND: lambda s, r, c, p, t: s.rounds.create_round(_round_input(f"R{next(_n)}")),
    P.VIEW_APPLICANTS: lambda s, r, c, p, t: s.applicants.list_applicants(r.id),
    P.EDIT_APPLICANTS: lambda s, r, c, p, t: s.applicants.add_applicant(r.id, _applicant()),
    P.VIEW_PERSONNEL: lambda s, r, c, p, t: (
        s.applicants.list_applicants(r.id)[0].personnel is not None
    ),
    P.SCREEN: lambda s, r, c, p, t: s.screening.screen_round(r.id),
    P.MANAGE_POOL: lambda s, r, c, p, t: s.pool.add_slot(
        c[0],
        kind="interview",
        starts_at=dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC) + dt.timedelta(hours=next(_n)),
        minutes=30,
        room="Room 101",
    ),
    P.MANAGE_PANEL: lambda s, r, c, p, t: s.panel.add_panelist(
        r.id, name=f"Member {next(_n)}", role_type="community"
    ),
    P.VIEW_STUDENT_NAMES: lambda s, r, c, p, t: (
        "Kid" in [row.label for row in s.panel.list_panelists(r.id)]
    ),
    P.SCORE_OWN: lambda s, r, c, p, t: s.scoring.save_score(
        p["mps_staff"], c[0], "interpersonal", value=3
    ),
    P.ENTER_SCORES: lambda s, r, c, p, t: s.paper_scoring.save_score(
        p["community"], c[0], "interpersonal", value=3
    ),
    P.VIEW_PROGRESS: lambda s, r, c, p, t: s.results.progress(r.id),
    P.VIEW_RESULTS: lambda s, r, c, p, t: s.results.combined(r.id),
    P.FINALIZE_RECOMMENDATION: lambda s, r, c, p, t: s.decisions.finalize(r.id, ""),
    P.RECORD_DECISION: lambda s, r, c, p, t: s.decisions.record_conference(
        r.id, held_on=dt.date(2026, 11, 5), attendees="Chief; Director of Safety"
    ),
    P.EXPORT: lambda s, r, c, p, t: list(
        s.exports.excel("roster", r.id, t / f"roster-{next(_n)}.xlsx")
    ),
    P.VIEW_AUDIT: lambda s, r, c, p, t: s.audit.entries(),
    P.MANAGE_USERS: lambda s, r, c, p, t: s.accounts.list_accounts(),
    P.PURGE_PERSONNEL: lambda s, r, c, p, t: s.retention.purge_personnel(r.id),
    P.MANAGE_TRAINING: lambda s, r, c, p, t: s.training.set_court_target(
        r.id, officers=5, deadline=dt.date(2027, 3, 15), daily_fine=1000.0
    ),
    # On PostgreSQL the copy is refused past the gate (pg_dump does it on the server).
    P.BACKUP: lambda s, r, c, p, t: s.backups.backup_to(t / f"copy-{next(_n)}.db"),
}
SHOWN_OR_HIDDEN = {P.VIEW_PERSONNEL, P.VIEW_STUDENT_NAMES}


def test_every_permission_has_an_action():
    assert set(ACTIONS) == set(Permission)


@pytest.mark.parametrize("permission", list(ACTIONS), ids=lambda p: p.value)
def test_each_role_may_do_exactly_what_the_matrix_says(services, panel, tmp_path, permission):
    rnd, cands, seats, _ = panel
    action = ACTIONS[permission]
    refused_before = _refusals(services)
    expected_refusals = 0
    for role in Role:
        actor = Actor(f"u-{role.value}", f"A {role.value}", role, frozenset(seats.values()))
        svc = services.as_actor(actor)
        allowed = permission in MATRIX[role]
        if permission in SHOWN_OR_HIDDEN:
            assert action(svc, rnd, cands, seats, tmp_path) is allowed, role
            continue
        try:
            action(svc, rnd, cands, seats, tmp_path)
        except PermissionDenied as exc:
            assert not allowed, f"{role.value} was refused {permission.value}: {exc}"
            expected_refusals += 1
        except InputError:
            # Past the gate, stopped by the round's state (e.g. nothing to finalize yet).
            assert allowed, f"{role.value} reached {permission.value} without the permission"
        else:
            assert allowed, f"{role.value} did {permission.value} without the permission"
    assert _refusals(services) - refused_before == expected_refusals
    if permission not in SHOWN_OR_HIDDEN:
        assert expected_refusals == sum(permission not in MATRIX[r] for r in Role)


def _refusals(services):
    with services.db.transaction() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.outcome == "refused")
        )
