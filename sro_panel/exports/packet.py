"""The recommendation packet for the Chief and the school district's Director of Safety.

Layout only: the services gather what the reader may see into a `Packet`, and
this module sets it in pages: the cover, how the panel worked, the ranked
summary, a page per candidate, and the decision page with its signature blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from sro_panel.exports import pdf
from sro_panel.exports.pdf import number, para, styles, table


@dataclass(frozen=True)
class CriterionLine:
    ref: str
    title: str
    weight: float
    mean: float | None
    n: int
    spread: int
    flagged: bool


@dataclass(frozen=True)
class Comment:
    panelist: str
    about: str  # a criterion's reference, or "Overall"
    text: str


@dataclass(frozen=True)
class ConsensusChange:
    panelist: str
    criterion: str
    initial: int | None
    consensus: int
    reason: str


@dataclass(frozen=True)
class CandidatePage:
    rank: int | None
    tied: bool
    name: str
    employee_id: str
    total: float | None
    tier: str
    criteria: tuple[CriterionLine, ...]
    groups: tuple[tuple[str, float | None, int], ...]  # label, mean, sheets
    recommendations: tuple[tuple[str, int], ...]  # label, count
    comments: tuple[Comment, ...]
    changes: tuple[ConsensusChange, ...]
    sheets: int
    missing: int
    recused: int
    disagreement: bool
    decision: str  # "" until the Chief decides


@dataclass(frozen=True)
class DecisionLine:
    name: str
    outcome: str
    reason: str
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class Packet:
    round_title: str
    vacancy_title: str
    agency: str
    school_partner: str
    source: str
    posting_date: dt.date
    application_deadline: dt.date
    selection_date: dt.date
    positions: int
    interview_format: str
    composition: tuple[tuple[str, str, int], ...]  # role, group, seats
    rules: tuple[tuple[str, bool], ...]  # the profile's rule, met
    scale: tuple[tuple[int, str], ...]
    criteria: tuple[tuple[str, str, float], ...]  # ref, title, weight
    method: tuple[str, ...]
    agreement: str
    candidates: tuple[CandidatePage, ...]
    finalized_by: str
    finalized_at: dt.datetime | None
    chair_comments: str
    conference: tuple[dt.date, str, str] | None
    decisions: tuple[DecisionLine, ...]
    generated_at: dt.datetime

    @property
    def draft(self) -> bool:
        return self.finalized_at is None


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return f"{value:%B} {value.day}, {value.year}"  # no %-d: Windows' strftime lacks it


def _rank(page: CandidatePage) -> str:
    if page.rank is None:
        return "—"
    return f"{page.rank}=" if page.tied else str(page.rank)


def cover(p: Packet) -> Iterator[Flowable]:
    st = styles()
    yield Spacer(1, 1.4 * inch)
    yield Paragraph("School Resource Officer Selection", st.subtitle)
    yield Paragraph("Recommendation Packet", st.title)
    yield para(p.round_title, st.subtitle)
    yield Spacer(1, 0.3 * inch)
    if p.draft:
        yield para(
            "DRAFT — the panel chair has not finalized this recommendation. Do not decide on it.",
            st.h2,
        )
    yield pdf.key_values(
        [
            ("Agency", p.agency),
            ("School partner", p.school_partner),
            ("Vacancy", p.vacancy_title),
            ("Positions", p.positions),
            ("Posted", _date(p.posting_date)),
            ("Applications closed", _date(p.application_deadline)),
            ("Selection", _date(p.selection_date)),
            ("Interview format", p.interview_format),
            ("Candidates ranked", len(p.candidates)),
            (
                "Finalized by",
                f"{p.finalized_by}, {_date(p.finalized_at)}" if p.finalized_at else "—",
            ),
            ("Rules", p.source),
        ]
    )
    yield Spacer(1, 0.3 * inch)
    yield para(
        "For the Chief of Police and the Director of Safety. Confidential: this packet "
        "holds personnel selection records. Student panelists are named by role only.",
        st.small,
    )
    yield PageBreak()


def method(p: Packet) -> Iterator[Flowable]:
    st = styles()
    yield para("How the panel worked", st.h1)
    yield para("Panel composition", st.h2)
    yield table(
        ["Role", "Group", "Seats"],
        [[role, group, seats] for role, group, seats in p.composition],
        [3.2, 2.2, 0.8],
        right=(2,),
    )
    yield Spacer(1, 6)
    yield table(
        ["Composition rule", "Met"],
        [[rule, "Yes" if met else "NO"] for rule, met in p.rules],
        [5.4, 0.8],
        center=(1,),
        flagged_rows=[i for i, (_, met) in enumerate(p.rules) if not met],
    )
    yield para("Method", st.h2)
    for line in p.method:
        yield para(line)
    if p.agreement:
        yield para(p.agreement, st.small)
    yield para("Rubric", st.h2)
    scale = "; ".join(f"{v} = {label}" for v, label in p.scale)
    yield para(f"Each criterion is scored on this scale: {scale}.", st.small)
    yield table(
        ["Ref", "Criterion", "Weight"],
        [[ref, title, f"{w:g}"] for ref, title, w in p.criteria],
        [0.9, 4.6, 0.8],
        right=(2,),
    )
    yield PageBreak()


def summary(p: Packet) -> Iterator[Flowable]:
    st = styles()
    yield para("Ranked summary", st.h1)
    yield para(
        "Candidates in the order of their weighted total (the mean over panelists of each "
        "sheet's weighted score). \u201c=\u201d marks a tie. A flag marks a candidate on whom "
        "the panel disagreed widely.",
        st.small,
    )
    choices = [label for label, _ in p.candidates[0].recommendations] if p.candidates else []
    header = ["Rank", "Candidate", "Total", "Panel's tier", "Recommen­dations", "Spread"]
    if p.decisions:
        header.append("Decision")
    rows = []
    for c in p.candidates:
        row: list[object] = [
            _rank(c),
            c.name,
            number(c.total),
            c.tier,
            " · ".join(str(n) for _, n in c.recommendations),
            "Wide" if c.disagreement else "",
        ]
        if p.decisions:
            row.append(c.decision)
        rows.append(row)
    widths = [0.55, 1.7, 0.55, 1.45, 1.05, 0.7] + ([1.0] if p.decisions else [])
    yield para(
        "Recommendations: how many panelists gave each overall recommendation, in this order: "
        + " · ".join(choices)
        + ".",
        st.small,
    )
    yield table(header, rows, widths, right=(2,), center=(4,))
    if p.chair_comments:
        yield para("The chair's comments", st.h2)
        yield para(p.chair_comments)
    yield PageBreak()


def candidate(c: CandidatePage) -> Iterator[Flowable]:
    st = styles()
    yield para(f"{_rank(c)}. {c.name}", st.h1)
    facts = [
        f"Employee ID {c.employee_id}",
        f"weighted total {number(c.total)}",
        f"panel's tier: {c.tier}",
        f"{c.sheets} sheets",
    ]
    if c.missing:
        facts.append(f"{c.missing} missing")
    if c.recused:
        facts.append(f"{c.recused} recused")
    if c.decision:
        facts.append(f"decision: {c.decision}")
    yield para(" · ".join(facts), st.small)
    if c.disagreement:
        yield para("Flag: the panel's totals for this candidate are widely spread.", st.small)
    yield para("By criterion", st.h2)
    yield table(
        ["Ref", "Criterion", "Weight", "Mean", "Sheets", "Spread"],
        [
            [
                x.ref,
                x.title,
                f"{x.weight:g}",
                number(x.mean),
                x.n,
                f"{x.spread} (flag)" if x.flagged else x.spread,
            ]
            for x in c.criteria
        ],
        [0.6, 3.2, 0.6, 0.6, 0.6, 0.8],
        right=(2, 3, 4, 5),
        flagged_rows=[i for i, x in enumerate(c.criteria) if x.flagged],
    )
    side_by_side = Table(
        [
            [
                table(
                    ["Stakeholder group", "Mean", "Sheets"],
                    [[g, number(m), n] for g, m, n in c.groups],
                    [2.0, 0.7, 0.7],
                    right=(1, 2),
                    width=pdf.WIDTH * 0.5,
                ),
                table(
                    ["Recommendation", "Count"],
                    [[label, n] for label, n in c.recommendations],
                    [2.4, 0.7],
                    right=(1,),
                    width=pdf.WIDTH * 0.46,
                ),
            ]
        ],
        colWidths=[pdf.WIDTH * 0.52, pdf.WIDTH * 0.48],
        hAlign="LEFT",
    )
    side_by_side.setStyle(
        pdf.grid_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
        )
    )
    yield Spacer(1, 6)
    yield side_by_side
    if c.changes:
        yield para("Changed in the consensus discussion", st.h2)
        yield table(
            ["Panelist", "Criterion", "From", "To", "Reason"],
            [[x.panelist, x.criterion, x.initial, x.consensus, x.reason] for x in c.changes],
            [1.4, 1.8, 0.5, 0.5, 2.6],
            right=(2, 3),
        )
    yield para("Panel comments", st.h2)
    if c.comments:
        yield table(
            ["Panelist", "On", "Comment"],
            [[x.panelist, x.about, x.text] for x in c.comments],
            [1.5, 0.8, 4.5],
        )
    else:
        yield para("No comments were written.", st.small)
    yield PageBreak()


def _signature_block(role: str, organization: str) -> Flowable:
    st = styles()
    line = "_" * 46
    rows = [
        [para(role, st.cell_bold), ""],
        [para(organization, st.cell), ""],
        [para(f"Signature  {line}", st.cell), para("Date  ______________", st.cell)],
        [para(f"Printed name  {line[:-5]}", st.cell), ""],
    ]
    block = Table(rows, colWidths=[pdf.WIDTH * 0.68, pdf.WIDTH * 0.32], hAlign="LEFT")
    block.setStyle(
        pdf.grid_style(
            ("TOPPADDING", (0, 2), (-1, -1), 18),
            ("BOX", (0, 0), (-1, -1), 0.5, pdf.RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        )
    )
    return KeepTogether([block, Spacer(1, 14)])


def decision_page(p: Packet) -> Iterator[Flowable]:
    st = styles()
    yield para("Decision", st.h1)
    if p.conference:
        held_on, attendees, notes = p.conference
        yield pdf.key_values(
            [("Conference held", _date(held_on)), ("Attendees", attendees), ("Notes", notes or "—")]
        )
        yield Spacer(1, 8)
    if p.decisions:
        yield para("The final selection", st.h2)
        yield table(
            ["Candidate", "Decision", "Reason for departing from the panel's order", "Decided"],
            [
                [d.name, d.outcome, d.reason or "—", f"{d.decided_by}, {d.decided_at:%Y-%m-%d}"]
                for d in p.decisions
            ],
            [1.7, 0.9, 2.3, 2.1],
        )
    else:
        yield para(
            f"The Chief of Police selects {p.positions} officer(s) after conferring with the "
            f"{p.school_partner} Director of Safety. For each candidate: selected, alternate "
            "or not selected; a selection that departs from the panel's order needs a "
            "written reason.",
        )
        yield table(
            ["Candidate", "Selected / alternate / not selected", "Reason if departing"],
            [[c.name, "", ""] for c in p.candidates],
            [2.2, 2.0, 2.8],
        )
    yield CondPageBreak(3.6 * inch)
    yield Spacer(1, 14)
    yield para(
        "Signed on behalf of the department and the school district: we have reviewed the "
        "panel's recommendation and the selection recorded here.",
        st.small,
    )
    yield Spacer(1, 8)
    yield _signature_block("Chief of Police", p.agency)
    yield _signature_block("Director of Safety", p.school_partner)


def story(p: Packet) -> list[Flowable]:
    parts: list[Flowable] = [*cover(p), *method(p), *summary(p)]
    for c in p.candidates:
        parts.extend(candidate(c))
    parts.extend(decision_page(p))
    return parts


def document(p: Packet) -> pdf.Document:
    footer = pdf.Footer(
        p.round_title,
        p.generated_at,
        "DRAFT, not finalized" if p.draft else "Confidential",
    )
    return pdf.Document(story(p), f"Recommendation packet: {p.round_title}", footer)
