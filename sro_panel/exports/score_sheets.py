"""Score sheets on paper: blank ones for a panel that scores by hand, and a panelist's own, to sign.

One sheet per candidate per panelist, each starting on a new page: the rubric
with its questions and every level's written anchor beside a box to tick, room
for notes, the overall recommendation and a signature line. A submitted sheet
is the same page with the panelist's choices ticked and their notes printed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from sro_panel.exports import pdf
from sro_panel.exports.pdf import para, styles

EMPTY_BOX = "\u2610"
TICKED_BOX = "\u2612"


@dataclass(frozen=True)
class RubricItem:
    ref: str
    title: str
    text: str
    questions: tuple[str, ...]
    weight: float
    levels: tuple[tuple[int, str, str], ...]  # value, label, anchor


@dataclass(frozen=True)
class Marks:
    """What a panelist entered on a submitted sheet."""

    values: dict[str, int | None]  # by criterion ref
    notes: dict[str, str]
    recommendation: str  # its label
    note: str
    submitted_at: dt.datetime | None


@dataclass(frozen=True)
class SheetPage:
    candidate: str
    employee_id: str
    panelist: str  # "Student panelist" for a minor
    role: str
    interview: str  # date, time and room, or ""
    marks: Marks | None = None  # None: a blank sheet


@dataclass(frozen=True)
class ScoreSheets:
    round_title: str
    agency: str
    rubric: tuple[RubricItem, ...]
    recommendations: tuple[str, ...]
    pages: tuple[SheetPage, ...]
    generated_at: dt.datetime


@functools.cache
def _box_style() -> ParagraphStyle:
    return ParagraphStyle("box", parent=styles().cell, fontSize=12, leading=11)


def _box(ticked: bool) -> Flowable:
    """A box big enough to tick with a pen."""
    return Paragraph(TICKED_BOX if ticked else EMPTY_BOX, _box_style())


def _lines(count: int, label: str = "") -> Flowable:
    """Ruled lines to write on, the first one labelled."""
    rows = [[para(label, styles().small) if n == 0 and label else ""] for n in range(count)]
    rule = Table(rows, colWidths=[pdf.WIDTH], rowHeights=[17] * count)
    rule.setStyle(
        pdf.grid_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, pdf.RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return rule


def _criterion(item: RubricItem, marks: Marks | None) -> Iterator[Flowable]:
    st = styles()
    heading = para(f"{item.ref}  {item.title}  (weight {item.weight:g})".strip(), st.h2)
    parts: list[Flowable] = [heading]
    for q in item.questions:
        parts.append(para(f"\u2022 {q}", st.small))
    chosen = marks.values.get(item.ref) if marks else None
    rows = [
        [_box(value == chosen), f"{value}  {label}", anchor] for value, label, anchor in item.levels
    ]
    parts.append(pdf.table(["", "Score", "What it looks like"], rows, [0.3, 1.35, 5.35]))
    # The heading, questions and the boxes stay on one page; notes may follow over.
    yield KeepTogether(parts)
    if marks is None:
        yield _lines(2, "Notes")
    else:
        note = marks.notes.get(item.ref, "")
        yield para(f"Notes: {note}" if note else "Notes: —", st.small)
    yield Spacer(1, 2)


def _header(sheets: ScoreSheets, page: SheetPage) -> Flowable:
    when = page.interview or "Date ____________  Time ________  Room ____________"
    return pdf.key_values(
        [
            ("Candidate", f"{page.candidate} ({page.employee_id})"),
            ("Panelist", f"{page.panelist}, {page.role}"),
            ("Interview", when),
            ("Round", sheets.round_title),
        ],
        label_width=1.1,
    )


def _closing(sheets: ScoreSheets, page: SheetPage) -> Iterator[Flowable]:
    st = styles()
    marks = page.marks
    chosen = marks.recommendation if marks else None
    boxes = "    ".join(
        f"{TICKED_BOX if label == chosen else EMPTY_BOX} {label}"
        for label in sheets.recommendations
    )
    parts: list[Flowable] = [
        para("Overall recommendation", st.h2),
        para(boxes),
        para("Overall comments", st.h2),
    ]
    if marks is None:
        parts.append(_lines(4))
    else:
        parts.append(para(marks.note or "—"))
    parts.append(Spacer(1, 0.25 * inch))
    if marks is not None and marks.submitted_at is not None:
        parts.append(
            para(
                f"Submitted in the app on {marks.submitted_at:%Y-%m-%d %H:%M} UTC. "
                "By signing I confirm these are my own independent scores.",
                st.small,
            )
        )
    else:
        parts.append(
            para(
                "I scored this candidate independently and declare no conflict of interest.",
                st.small,
            )
        )
    parts.append(Spacer(1, 0.3 * inch))
    parts.append(para("Signature ________________________________     Date ______________"))
    yield KeepTogether(parts)


def story(sheets: ScoreSheets) -> list[Flowable]:
    st = styles()
    parts: list[Flowable] = []
    for n, page in enumerate(sheets.pages):
        if n:
            parts.append(PageBreak())
        title = "Score sheet" if page.marks is None else "Submitted score sheet"
        parts.append(para(f"{title}: {page.candidate}", st.h1))
        parts.append(_header(sheets, page))
        parts.append(Spacer(1, 4))
        if page.marks is None:
            parts.append(
                para(
                    "Tick one box for each criterion. Score on what you heard in the interview, "
                    "on your own, before any discussion.",
                    st.small,
                )
            )
        for item in sheets.rubric:
            parts.extend(_criterion(item, page.marks))
        parts.extend(_closing(sheets, page))
    if not parts:
        parts.append(para("There are no candidates in the pool to print sheets for."))
    return parts


def document(sheets: ScoreSheets) -> pdf.Document:
    footer = pdf.Footer(sheets.round_title, sheets.generated_at, "Score sheets")
    return pdf.Document(story(sheets), f"Score sheets: {sheets.round_title}", footer)
