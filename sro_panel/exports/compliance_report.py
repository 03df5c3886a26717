"""The compliance report for the school district and the court: the final list of trained
officers, proof of course completion (certificate numbers and SHA-256), school assignments,
and who is not yet counted and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from reportlab.platypus import Flowable, Spacer

from sro_panel.exports import pdf
from sro_panel.exports.pdf import para, styles
from sro_panel.services.schools import SchoolRow
from sro_panel.services.training import ComplianceView


def _day(value: dt.date | None) -> str:
    return f"{value:%d %b %Y}" if value else "–"


def _facts(view: ComplianceView, agency: str, partner: str, source: str) -> Iterator[Flowable]:
    st = styles()
    yield para("Compliance report: School Resource Officers trained and assigned", st.h1)
    c = view.compliance
    pairs: list[tuple[str, object]] = [("Agency", agency), ("School partner", partner)]
    if c is None:
        pairs.append(("Court target", "none set for this round"))
    else:
        if c.met:
            state = f"met on {c.met_on:%d %B %Y}"
        elif c.days_left >= 0:
            state = f"not yet met; {c.days_left} days left"
        else:
            state = f"not met; {c.days_late} days past the deadline"
        pairs += [
            ("Court target", f"{c.target} officers trained and assigned"),
            ("Deadline", f"{c.deadline:%d %B %Y} (days as counted in {view.timezone})"),
            ("Counted", f"{c.counted} of {c.target}: {state}"),
            ("Fines accrued", f"${c.fines:,.0f} ({c.days_late} days at ${c.daily_fine:,.0f})"),
            ("As of", f"{c.today:%d %B %Y}"),
        ]
    if source:
        pairs.append(("Order", source))
    yield pdf.key_values(pairs)
    yield Spacer(1, 8)


def _trained(view: ComplianceView) -> Iterator[Flowable]:
    st = styles()
    done = [o for o in view.officers if o.status == "assigned"]
    yield para(f"Trained and assigned officers ({len(done)})", st.h2)
    if not done:
        yield para("None yet.", st.small)
        return
    rows = []
    for o in done:
        course = o.course
        cert = o.certificate
        assert course is not None and cert is not None  # an assigned officer has both
        rows.append(
            [
                f"{o.name}\n{o.employee_id}",
                f"{course.provider}\n{_day(course.start_date)} to {_day(course.end_date)}, "
                f"{course.hours or 0:g} hours",
                f"{cert.number}\nSHA-256 {cert.sha256}",
                f"{cert.verified_by}\n{cert.verified_at:%d %b %Y}" if cert.verified_at else "",
                "\n".join(f"{a.school} (from {a.start_date:%d %b %Y})" for a in o.assignments),
                f"{o.trained_on:%d %b %Y}" if o.trained_on else "",
            ]
        )
    yield pdf.table(
        ["Officer", "NASRO course", "Certificate", "Verified", "Schools", "Counted"],
        rows,
        [1.15, 1.35, 1.9, 0.95, 1.45, 0.8],
    )
    yield Spacer(1, 6)
    yield para("District training (SOI IV.E): what each officer completed, and the evidence", st.h2)
    rows = []
    for o in done:
        for n, t in enumerate(o.topics):
            lapses = f" (lapses {t.expires_on:%d %b %Y})" if t.expires_on else ""
            completed = f"{t.completed_on:%d %b %Y}{lapses}" if t.completed_on else ""
            rows.append([o.name if n == 0 else "", t.title, completed, t.evidence])
    yield pdf.table(["Officer", "Topic", "Completed", "Evidence"], rows, [1.3, 3.0, 1.4, 1.3])


def _not_yet(view: ComplianceView) -> Iterator[Flowable]:
    st = styles()
    waiting = [o for o in view.officers if o.status != "assigned"]
    if not waiting:
        return
    yield Spacer(1, 6)
    yield para(f"Selected, not yet counted ({len(waiting)})", st.h2)
    yield pdf.table(
        ["Officer", "Employee ID", "Status", "Holding up"],
        [[o.name, o.employee_id, o.status_text, o.holding_up] for o in waiting],
        [1.8, 1.0, 1.6, 2.6],
    )


def _schools(schools: list[SchoolRow]) -> Iterator[Flowable]:
    st = styles()
    yield Spacer(1, 6)
    yield para("School coverage", st.h2)
    yield pdf.table(
        ["School", "Level", "Address", "Officers"],
        [[s.name, s.level, s.address, ", ".join(s.officers) or "none"] for s in schools],
        [2.0, 0.95, 2.05, 2.0],
        flagged_rows=[i for i, s in enumerate(schools) if not s.officers],
    )


def document(
    view: ComplianceView,
    schools: list[SchoolRow],
    *,
    round_title: str,
    agency: str,
    partner: str,
    source: str,
    generated_at: dt.datetime,
) -> pdf.Document:
    story = [
        *_facts(view, agency, partner, source),
        *_trained(view),
        *_not_yet(view),
        *_schools(schools),
        Spacer(1, 18),
        pdf.key_values(
            [("Prepared by (training coordinator)", ""), ("Signature and date", "")],
            label_width=2.6,
        ),
    ]
    footer = pdf.Footer(round_title, generated_at)
    return pdf.Document(story, f"Compliance report: {round_title}", footer)
