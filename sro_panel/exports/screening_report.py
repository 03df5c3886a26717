"""The screening report: each applicant, each requirement, its result, reason and any override."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from sro_panel.exports import pdf
from sro_panel.exports.pdf import para, styles


@dataclass(frozen=True)
class RequirementLine:
    ref: str
    text: str
    result: str
    reason: str
    evidence: str
    override: str  # "" or "Overridden (computed: Not met): <reason>, approved by <who>"


@dataclass(frozen=True)
class ApplicantLines:
    name: str
    employee_id: str
    result: str
    lines: tuple[RequirementLine, ...]


@dataclass(frozen=True)
class ScreeningReport:
    round_title: str
    agency: str
    selection_date: dt.date
    source: str
    applicants: tuple[ApplicantLines, ...]
    generated_at: dt.datetime


def _summary(report: ScreeningReport) -> Iterator[Flowable]:
    st = styles()
    counts: dict[str, int] = {}
    for a in report.applicants:
        counts[a.result] = counts.get(a.result, 0) + 1
    yield para("Screening report", st.h1)
    yield para(
        f"{report.agency}. Minimum requirements as of the selection date, "
        f"{report.selection_date.isoformat()} ({report.source}). "
        + ", ".join(f"{n} {label.lower()}" for label, n in sorted(counts.items()))
        + f" of {len(report.applicants)} applicants.",
        st.small,
    )
    yield pdf.table(
        ["Applicant", "Employee ID", "Result", "Not met or to review"],
        [
            [
                a.name,
                a.employee_id,
                a.result,
                ", ".join(x.ref or x.text for x in a.lines if x.result != "Met") or "—",
            ]
            for a in report.applicants
        ],
        [2.2, 1.1, 1.1, 2.6],
        flagged_rows=[i for i, a in enumerate(report.applicants) if a.result == "Not eligible"],
    )


def _applicant(a: ApplicantLines) -> Iterator[Flowable]:
    st = styles()
    rows = []
    for x in a.lines:
        reason = x.reason + (f"\nEvidence: {x.evidence}" if x.evidence else "")
        if x.override:
            reason += f"\n{x.override}"
        rows.append([x.ref, x.text, x.result, reason])
    yield CondPageBreak(1.6 * inch)
    yield KeepTogether(
        [
            para(f"{a.name} ({a.employee_id}): {a.result}", st.h2),
            pdf.table(
                ["Ref", "Requirement", "Result", "Reason, evidence and override"],
                rows,
                [0.6, 2.6, 0.9, 2.9],
                flagged_rows=[i for i, x in enumerate(a.lines) if x.result == "Not met"],
            ),
        ]
    )
    yield Spacer(1, 4)


def story(report: ScreeningReport) -> list[Flowable]:
    parts = list(_summary(report))
    for a in report.applicants:
        parts.extend(_applicant(a))
    return parts


def document(report: ScreeningReport) -> pdf.Document:
    footer = pdf.Footer(report.round_title, report.generated_at, "Confidential personnel record")
    return pdf.Document(story(report), f"Screening report: {report.round_title}", footer)
