"""The permission matrix: which role may do what. One table, enforced in the services.

docs/permissions.md shows the same table; a test keeps the two in step.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    HR_COORDINATOR = "hr_coordinator"
    PANEL_CHAIR = "panel_chair"
    PANELIST = "panelist"
    DECISION_MAKER = "decision_maker"
    TRAINING_COORDINATOR = "training_coordinator"
    AUDITOR = "auditor"


class Permission(StrEnum):
    VIEW_ROUND = "view_round"
    MANAGE_ROUND = "manage_round"
    VIEW_APPLICANTS = "view_applicants"
    EDIT_APPLICANTS = "edit_applicants"
    VIEW_PERSONNEL = "view_personnel"  # disciplinary and attendance details
    SCREEN = "screen"
    MANAGE_POOL = "manage_pool"
    MANAGE_PANEL = "manage_panel"
    VIEW_STUDENT_NAMES = "view_student_names"
    SCORE_OWN = "score_own"
    ENTER_SCORES = "enter_scores"  # a panelist's paper sheet keyed in, a score file imported
    VIEW_PROGRESS = "view_progress"
    VIEW_RESULTS = "view_results"
    FINALIZE_RECOMMENDATION = "finalize_recommendation"
    RECORD_DECISION = "record_decision"
    MANAGE_TRAINING = "manage_training"
    EXPORT = "export"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    PURGE_PERSONNEL = "purge_personnel"  # a closed round's, once its retention has run out
    BACKUP = "backup"  # copy the database, restore a copy, set the automatic backups


P = Permission
_READ = {P.VIEW_ROUND, P.VIEW_APPLICANTS}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(P) - {P.SCORE_OWN, P.RECORD_DECISION},
    Role.HR_COORDINATOR: frozenset(
        _READ
        | {
            P.MANAGE_ROUND,
            P.EDIT_APPLICANTS,
            P.VIEW_PERSONNEL,
            P.SCREEN,
            P.MANAGE_POOL,
            P.MANAGE_PANEL,
            P.VIEW_STUDENT_NAMES,
            P.ENTER_SCORES,
            P.VIEW_PROGRESS,
            P.EXPORT,
        }
    ),
    Role.PANEL_CHAIR: frozenset(
        _READ | {P.SCORE_OWN, P.VIEW_PROGRESS, P.VIEW_RESULTS, P.FINALIZE_RECOMMENDATION, P.EXPORT}
    ),
    Role.PANELIST: frozenset(_READ | {P.SCORE_OWN}),
    Role.DECISION_MAKER: frozenset(
        _READ | {P.VIEW_PERSONNEL, P.VIEW_PROGRESS, P.VIEW_RESULTS, P.RECORD_DECISION, P.EXPORT}
    ),
    Role.TRAINING_COORDINATOR: frozenset(_READ | {P.MANAGE_TRAINING, P.VIEW_RESULTS, P.EXPORT}),
    Role.AUDITOR: frozenset(
        _READ | {P.VIEW_PERSONNEL, P.VIEW_PROGRESS, P.VIEW_RESULTS, P.VIEW_AUDIT, P.EXPORT}
    ),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]


def permissions_table() -> str:
    """The matrix as the Markdown table kept in docs/permissions.md."""
    roles = list(Role)
    lines = [
        "| permission | " + " | ".join(r.value.replace("_", " ") for r in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for p in Permission:
        marks = " | ".join("yes" if p in MATRIX[r] else "" for r in roles)
        lines.append(f"| {p.value.replace('_', ' ')} | {marks} |")
    return "\n".join(lines)
