"""docs/permissions.md shows the matrix the services enforce, not an older one."""

from pathlib import Path

from sro_panel.services.permissions import MATRIX, Permission, Role, permissions_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def test_the_documented_table_is_the_enforced_one():
    assert permissions_table() in DOC.read_text(encoding="utf-8")


def test_the_auditor_changes_nothing_and_panelists_never_see_personnel():
    read_only = {Permission.VIEW_ROUND, Permission.VIEW_APPLICANTS, Permission.VIEW_PERSONNEL}
    read_only |= {Permission.VIEW_PROGRESS, Permission.VIEW_RESULTS, Permission.VIEW_AUDIT}
    assert MATRIX[Role.AUDITOR] - {Permission.EXPORT} <= read_only
    assert Permission.VIEW_PERSONNEL not in MATRIX[Role.PANELIST]
    assert Permission.VIEW_PERSONNEL not in MATRIX[Role.PANEL_CHAIR]
    assert [r for r in Role if Permission.RECORD_DECISION in MATRIX[r]] == [Role.DECISION_MAKER]
