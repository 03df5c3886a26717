"""Excel exports of a round: who may export what, what goes in each sheet, and the audit entry."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from sro_panel.errors import InputError
from sro_panel.exports.excel import Sheet, Value, write_workbook
from sro_panel.services.base import ServiceBase
from sro_panel.services.decisions import TIER_LABELS, DecisionService
from sro_panel.services.permissions import Permission

EXCEL_KINDS = ("roster", "screening", "scores", "selection")
OUTCOME_TEXT = {"selected": "Selected", "alternate": "Alternate", "not_selected": "Not selected"}
RESULT_TEXT = {"pass": "Met", "fail": "Not met", "needs_review": "Needs review"}
ELIGIBILITY_TEXT = {
    "eligible": "Eligible",
    "not_eligible": "Not eligible",
    "needs_review": "Needs review",
}


class ExportService(ServiceBase):
    def excel(
        self, kind: str, round_id: int, path: Path
    ) -> Generator[tuple[int, int, str], None, None]:
        """Write one Excel export, yielding progress; the export is audited once written."""
        self.require(Permission.EXPORT, round_id=round_id)
        if kind not in EXCEL_KINDS:
            raise InputError(f"unknown export {kind!r}; choose one of {', '.join(EXCEL_KINDS)}")
        sheets = {
            "roster": self._roster,
            "screening": self._screening,
            "scores": self._scores,
            "selection": self._selection,
        }[kind](round_id)
        yield from write_workbook(path, sheets)
        with self.transaction() as session:
            self.audit(
                session,
                f"export.{kind}",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={"file": Path(path).name, "rows": sum(_count(s) for s in sheets)},
            )

    def _roster(self, round_id: int) -> list[Sheet]:
        rows = self._app.applicants.list_applicants(round_id)
        personnel = self.can(Permission.VIEW_PERSONNEL)
        headers = [
            "Employee ID",
            "Last name",
            "First name",
            "Rank",
            "Assignment",
            "Email",
            "Phone",
            "Applied on",
            "Youth programs",
            "In pool",
        ]
        if personnel:
            headers += [
                "Service start",
                "Sustained complaints involving juveniles",
                "Sustained complaints",
                "Attendance note",
                "Discipline note",
                "Record source",
                "Record pulled on",
            ]
        out: list[list[Value]] = []
        for a in rows:
            line: list[Value] = [
                a.employee_id,
                a.last_name,
                a.first_name,
                a.rank,
                a.assignment,
                a.email,
                a.phone,
                a.applied_on,
                a.youth_programs,
                "Yes" if a.in_pool else "No",
            ]
            if personnel and a.personnel is not None:
                f = a.personnel
                line += [
                    f.service_start,
                    f.sustained_juvenile_complaints,
                    f.sustained_complaints,
                    a.attendance_note,
                    a.discipline_note,
                    f.record_source,
                    f.record_pulled_on,
                ]
            out.append(line)
        return [Sheet("Applicants", headers, out)]

    def _screening(self, round_id: int) -> list[Sheet]:
        screened = self._app.screening.screen_round(round_id)
        summary = [
            [
                s.employee_id,
                s.name,
                ELIGIBILITY_TEXT[s.eligibility],
                ", ".join(s.result.failing),
                ", ".join(s.result.pending),
            ]
            for s in screened
        ]
        detail = [
            [
                s.employee_id,
                s.name,
                r.ref,
                r.text,
                RESULT_TEXT[r.outcome],
                r.reason,
                r.evidence,
                "Yes" if r.overridden else "",
                RESULT_TEXT[r.computed_outcome],
            ]
            for s in screened
            for r in s.result.results
        ]
        return [
            Sheet(
                "Eligibility",
                ["Employee ID", "Name", "Result", "Not met", "Needs review"],
                summary,
            ),
            Sheet(
                "Requirements",
                [
                    "Employee ID",
                    "Name",
                    "Ref",
                    "Requirement",
                    "Result",
                    "Reason",
                    "Evidence",
                    "Overridden",
                    "Computed result",
                ],
                detail,
            ),
        ]

    def _scores(self, round_id: int) -> list[Sheet]:
        lines = self._app.results.score_lines(round_id, for_export=True)
        rows = [
            [
                x.employee_id,
                x.candidate,
                x.panelist,
                x.group,
                x.ref,
                x.criterion,
                x.initial,
                x.consensus,
                x.consensus if x.consensus is not None else x.initial,
                x.consensus_reason,
                x.note,
                x.recommendation or "",
            ]
            for x in lines
        ]
        return [
            Sheet(
                "Scores",
                [
                    "Employee ID",
                    "Candidate",
                    "Panelist",
                    "Group",
                    "Ref",
                    "Criterion",
                    "Initial score",
                    "Consensus score",
                    "Final score",
                    "Consensus reason",
                    "Note",
                    "Recommendation",
                ],
                rows,
            )
        ]

    def _selection(self, round_id: int) -> list[Sheet]:
        state = DecisionService(self._app).state(round_id)
        if not state.summary:  # no right to ranks and totals: the decisions alone
            names = {a.id: a.name for a in self._app.applicants.list_applicants(round_id)}
            return [
                Sheet(
                    "Final selection",
                    ["Candidate", "Decision", "Decided at (UTC)"],
                    [
                        [names.get(d.applicant_id, ""), OUTCOME_TEXT[d.outcome], d.decided_at]
                        for d in sorted(
                            state.decisions.values(), key=lambda d: names.get(d.applicant_id, "")
                        )
                    ],
                )
            ]
        rows = []
        for c in state.summary:
            d = state.decisions.get(c.applicant_id)
            rows.append(
                [
                    c.rank,
                    "Yes" if c.tied else "",
                    c.name,
                    c.total,
                    TIER_LABELS[c.tier],
                    OUTCOME_TEXT[d.outcome] if d else "",
                    d.departure_reason if d else "",
                    d.decided_by if d else "",
                    d.decided_at if d else None,
                ]
            )
        return [
            Sheet(
                "Final selection",
                [
                    "Rank",
                    "Tied",
                    "Candidate",
                    "Weighted total",
                    "Panel's tier",
                    "Decision",
                    "Reason for departing from the panel's order",
                    "Decided by",
                    "Decided at (UTC)",
                ],
                rows,
            )
        ]


def _count(sheet: Sheet) -> int:
    rows = sheet.rows
    return len(rows) if isinstance(rows, list) else 0
