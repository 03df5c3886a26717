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

# The sheet's own words in each language it prints in (exports have no Qt, so no tr()).
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "weight": "weight {weight}",
        "score": "Score",
        "looks_like": "What it looks like",
        "notes": "Notes",
        "notes_of": "Notes: {note}",
        "candidate": "Candidate",
        "panelist": "Panelist",
        "interview": "Interview",
        "round": "Round",
        "blank_when": "Date ____________  Time ________  Room ____________",
        "overall": "Overall recommendation",
        "comments": "Overall comments",
        "submitted": "Submitted in the app on {when} UTC. "
        "By signing I confirm these are my own independent scores.",
        "declare": "I scored this candidate independently and declare no conflict of interest.",
        "signature": "Signature ________________________________     Date ______________",
        "sheet": "Score sheet",
        "submitted_sheet": "Submitted score sheet",
        "instructions": "Tick one box for each criterion. Score on what you heard in the "
        "interview, on your own, before any discussion.",
        "none": "There are no candidates in the pool to print sheets for.",
        "sheets": "Score sheets",
        "generated": "Generated {when}",
        "page": "Page {n} of {total}",
    },
    "es": {
        "weight": "peso {weight}",
        "score": "Puntuación",
        "looks_like": "Lo que se observa",
        "notes": "Notas",
        "notes_of": "Notas: {note}",
        "candidate": "Candidato",
        "panelist": "Panelista",
        "interview": "Entrevista",
        "round": "Ronda",
        "blank_when": "Fecha ____________  Hora ________  Sala ____________",
        "overall": "Recomendación general",
        "comments": "Comentarios generales",
        "submitted": "Enviada en la aplicación el {when} UTC. "
        "Con mi firma confirmo que estas son mis propias puntuaciones, hechas de forma "
        "independiente.",
        "declare": "Puntué a este candidato de forma independiente y declaro que no tengo "
        "ningún conflicto de intereses.",
        "signature": "Firma ________________________________     Fecha ______________",
        "sheet": "Hoja de puntuación",
        "submitted_sheet": "Hoja de puntuación enviada",
        "instructions": "Marque una casilla en cada criterio. Puntúe según lo que escuchó en "
        "la entrevista, por su cuenta y antes de cualquier conversación.",
        "none": "No hay candidatos en el grupo para imprimir hojas.",
        "sheets": "Hojas de puntuación",
        "generated": "Generado el {when}",
        "page": "Página {n} de {total}",
    },
}
LANGUAGES = tuple(LABELS)
# strftime's %A follows the C locale; the interview's day is named in the sheet's language.
WEEKDAYS = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def weekday(day: dt.date, language: str) -> str:
    names = WEEKDAYS.get(language)
    return names[day.weekday()] if names else f"{day:%A}"


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
    language: str = "en"  # one of LANGUAGES: the sheet's own words; the rubric comes filled in

    @property
    def words(self) -> dict[str, str]:
        return LABELS.get(self.language, LABELS["en"])


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


def _criterion(item: RubricItem, marks: Marks | None, words: dict[str, str]) -> Iterator[Flowable]:
    st = styles()
    weight = words["weight"].format(weight=f"{item.weight:g}")
    heading = para(f"{item.ref}  {item.title}  ({weight})".strip(), st.h2)
    parts: list[Flowable] = [heading]
    for q in item.questions:
        parts.append(para(f"\u2022 {q}", st.small))
    chosen = marks.values.get(item.ref) if marks else None
    rows = [
        [_box(value == chosen), f"{value}  {label}", anchor] for value, label, anchor in item.levels
    ]
    header = ["", words["score"], words["looks_like"]]
    parts.append(pdf.table(header, rows, [0.3, 1.35, 5.35]))
    # The heading, questions and the boxes stay on one page; notes may follow over.
    yield KeepTogether(parts)
    if marks is None:
        yield _lines(2, words["notes"])
    else:
        note = marks.notes.get(item.ref, "")
        yield para(words["notes_of"].format(note=note or "—"), st.small)
    yield Spacer(1, 2)


def _header(sheets: ScoreSheets, page: SheetPage) -> Flowable:
    words = sheets.words
    when = page.interview or words["blank_when"]
    return pdf.key_values(
        [
            (words["candidate"], f"{page.candidate} ({page.employee_id})"),
            (words["panelist"], f"{page.panelist}, {page.role}"),
            (words["interview"], when),
            (words["round"], sheets.round_title),
        ],
        label_width=1.1,
    )


def _closing(sheets: ScoreSheets, page: SheetPage) -> Iterator[Flowable]:
    st = styles()
    words = sheets.words
    marks = page.marks
    chosen = marks.recommendation if marks else None
    boxes = "    ".join(
        f"{TICKED_BOX if label == chosen else EMPTY_BOX} {label}"
        for label in sheets.recommendations
    )
    parts: list[Flowable] = [
        para(words["overall"], st.h2),
        para(boxes),
        para(words["comments"], st.h2),
    ]
    if marks is None:
        parts.append(_lines(4))
    else:
        parts.append(para(marks.note or "—"))
    parts.append(Spacer(1, 0.25 * inch))
    if marks is not None and marks.submitted_at is not None:
        parts.append(
            para(words["submitted"].format(when=f"{marks.submitted_at:%Y-%m-%d %H:%M}"), st.small)
        )
    else:
        parts.append(para(words["declare"], st.small))
    parts.append(Spacer(1, 0.3 * inch))
    parts.append(para(words["signature"]))
    yield KeepTogether(parts)


def story(sheets: ScoreSheets) -> list[Flowable]:
    st = styles()
    words = sheets.words
    parts: list[Flowable] = []
    for n, page in enumerate(sheets.pages):
        if n:
            parts.append(PageBreak())
        title = words["sheet"] if page.marks is None else words["submitted_sheet"]
        parts.append(para(f"{title}: {page.candidate}", st.h1))
        parts.append(_header(sheets, page))
        parts.append(Spacer(1, 4))
        if page.marks is None:
            parts.append(para(words["instructions"], st.small))
        for item in sheets.rubric:
            parts.extend(_criterion(item, page.marks, words))
        parts.extend(_closing(sheets, page))
    if not parts:
        parts.append(para(words["none"]))
    return parts


def document(sheets: ScoreSheets) -> pdf.Document:
    words = sheets.words
    footer = pdf.Footer(
        sheets.round_title,
        sheets.generated_at,
        words["sheets"],
        generated=words["generated"],
        page=words["page"],
    )
    return pdf.Document(story(sheets), f"{words['sheets']}: {sheets.round_title}", footer)
