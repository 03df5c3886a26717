"""PDF documents for print: the embedded font, the page frame and footer, tables that split.

Every document is US Letter, set in DejaVu Sans (shipped in resources/fonts and
embedded, so any accented name prints as written), with a footer on every page:
the round, the generation time and "Page N of M". ReportLab runs in invariant
mode, so the same data gives the same bytes. Files are written to a temporary
name and renamed into place: a failure never leaves half a PDF.

Layout takes the cheaper way wherever the page looks the same: plain text is not
parsed as markup, a paragraph that fits on one line is drawn as one string, and a
table's cells share their styles and, when they hold one line each, their height.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import queue
import threading
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser
from reportlab.platypus.tables import CellStyle

from sro_panel.exports import files
from sro_panel.messages import t
from sro_panel.paths import resources_dir

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
PAGE = LETTER
MARGIN = 0.75 * inch
WIDTH = PAGE[0] - 2 * MARGIN  # the text column
RULE = colors.HexColor("#8a8f98")
SHADE = colors.HexColor("#e9ecf1")
FLAG = colors.HexColor("#a8321e")
CELL_PADDING = 6  # ReportLab's default, so tables need no padding commands of their own
CELL_V_PADDING = 2.5  # above and below the text in our tables' cells


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans once per process (ReportLab's registry is global)."""
    folder = resources_dir() / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic="DejaVuSans-BoldOblique"
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_flag: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    return Styles(
        title=ParagraphStyle(
            "title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=10, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "subtitle", fontName=FONT, fontSize=13, leading=17, spaceAfter=6, alignment=TA_CENTER
        ),
        h1=ParagraphStyle(
            "h1", fontName=BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8
        ),
        h2=ParagraphStyle(
            "h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_flag=ParagraphStyle("cell_flag", parent=cell, textColor=FLAG),
    )


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (which reads a small XML markup)."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """`value` as a paragraph in `style`, read as plain text (no markup)."""
    style = style or styles().body
    plain = "" if value is None else str(value)
    frag = None if _MARKUP.intersection(plain) else _plain_frag(style)
    if frag is not None:
        words = cleanBlockQuotedText(plain)
        if words:
            result = _PlainParagraph(
                words, style, frags=[frag.clone(text=words, link=[], us_lines=[])]
            )
            if _SOFT_HYPHEN not in words and _draws_as_line(style):
                result.line_width = pdfmetrics.getFont(style.fontName).stringWidth(
                    words, style.fontSize
                )
            return result
    return Paragraph(text(plain), style)


class _PlainParagraph(Paragraph):
    """A paragraph of plain text that is drawn in one call while it fits on one line.

    Breaking a paragraph into lines and setting it word by word is most of what a
    heading or a one-line note costs to lay out. When the text fits the width it is
    drawn as one string, where and as the paragraph would draw its single line; text
    that needs more lines is a Paragraph like any other.
    """

    line_width = -1.0  # the text's width in its style; negative: always a Paragraph
    one_line = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        room = availWidth - style.leftIndent - style.firstLineIndent - style.rightIndent
        self.one_line = 0 <= self.line_width <= room
        if not self.one_line:
            return super().wrap(availWidth, availHeight)
        self.__dict__.pop("blPara", None)  # an earlier wrap's lines no longer hold
        self.width = availWidth
        self.height = style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.one_line:  # not even the one line fits: let Paragraph decide what moves
            self.one_line = False
            super().wrap(availWidth, availHeight)
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        if not self.one_line:
            super().draw()
            return
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize, style.leading)
        x = style.leftIndent + style.firstLineIndent
        room = self.width - x - style.rightIndent
        y = self.height - style.fontSize  # ReportLab's first baseline (paraFontSizeHeightOffset)
        if style.alignment == TA_CENTER:
            canvas.drawCentredString(x + room / 2, y, self.text)
        elif style.alignment == TA_RIGHT:
            canvas.drawRightString(x + room, y, self.text)
        else:
            canvas.drawString(x, y, self.text)


_SOFT_HYPHEN = "\xad"  # a paragraph may break a word there, and never prints it otherwise


@functools.lru_cache(maxsize=64)
def _draws_as_line(style: ParagraphStyle) -> bool:
    """Whether a one-line paragraph in `style` is just its text, set at its first baseline:
    no bullet, border, background, decoration, justification or special word wrapping."""
    return bool(
        rl_config.paraFontSizeHeightOffset
        and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
        and not style.wordWrap
        and not style.shaping
        and not style.endDots
        and not getattr(style, "bulletText", None)
        and not style.backColor
        and not (style.borderWidth and style.borderColor)
        and not getattr(style, "underline", False)
        and not getattr(style, "strike", False)
        and getattr(style, "autoLeading", "") in (None, "", "off")
    )


_MARKUP = frozenset("&<>\n")  # what text() would escape or break: such text is parsed


@functools.lru_cache(maxsize=64)
def _plain_frag(style: ParagraphStyle) -> Any:
    """What ReportLab's markup parser makes of a plain word in `style`, or None.

    Parsing is most of what a short paragraph costs; plain text (most of a document's
    paragraphs: headings, names, facts) parses to one fragment that differs from this
    one only in its text, so a copy of this with the text put in is what parsing gives.
    """
    _, frags, _ = ParaParser().parse("x", style)
    if not frags or len(frags) != 1 or getattr(frags[0], "text", None) != "x":
        return None
    if style.textTransform not in (None, "", "none"):
        return None
    return frags[0]


def number(value: float | None, places: int = 2) -> str:
    return "—" if value is None else f"{value:.{places}f}"


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    flagged_rows: Sequence[int] = (),
    width: float = WIDTH,
) -> Table:
    """A ruled table whose header row repeats on every page it spans.

    `widths` are proportions of `width`. Text that fits its column on one line
    is drawn as a plain string (cheap); longer text is wrapped as a paragraph; a
    cell that is already a Flowable is placed as it is. Cells share their cell styles:
    add lines or backgrounds with setStyle, but not cell commands (font, alignment,
    padding), which would restyle more cells than they name.
    """
    st = styles()
    scale = width / sum(widths)
    col_widths = [w * scale for w in widths]
    rooms = [w - 2 * CELL_PADDING for w in col_widths]
    flagged = set(flagged_rows)
    alignment = {**dict.fromkeys(right, "RIGHT"), **dict.fromkeys(center, "CENTER")}
    aligns = [alignment.get(col, "LEFT") for col in range(len(col_widths))]

    # A row of one-line strings is as high as ReportLab would make it; giving that
    # height spares it measuring every cell again. Rows with paragraphs are measured.
    one_line = st.cell.leading + CELL_V_PADDING + CELL_V_PADDING
    data: list[list[object]] = []
    heights: list[float | None] = []

    def add_row(values: Sequence[object], style: ParagraphStyle) -> None:
        width_of = pdfmetrics.getFont(style.fontName).stringWidth
        size = style.fontSize
        row: list[object] = []
        height: float | None = one_line
        for col, value in enumerate(values):
            if isinstance(value, Flowable):
                row.append(value)
                height = None
                continue
            plain = "" if value is None else str(value)
            if "\n" not in plain and width_of(plain, size) <= rooms[col]:
                row.append(plain)
            else:
                row.append(para(plain, _aligned(style, _PARAGRAPH_ALIGNMENT[aligns[col]])))
                height = None
        data.append(row)
        heights.append(height)

    add_row(headers, st.cell_bold)
    for r, row in enumerate(rows):
        add_row(row, st.cell_flag if r in flagged else st.cell)

    # Each cell's font, alignment and padding are set here, once per kind of row and
    # alignment, rather than by style commands, which ReportLab applies cell by cell;
    # cells that look alike share one CellStyle, so the canvas is not told the font again.
    def row_styles(font: str, color: object) -> list[CellStyle]:
        made: dict[str, CellStyle] = {}
        for align in aligns:
            if align not in made:
                cs = made[align] = CellStyle("cell")
                cs.fontname = font
                cs.fontsize = st.cell.fontSize
                cs.leading = st.cell.leading
                cs.leftPadding = cs.rightPadding = CELL_PADDING
                cs.topPadding = cs.bottomPadding = CELL_V_PADDING
                cs.valign = "TOP"
                cs.alignment = align
                if color is not None:
                    cs.color = color
        return [made[align] for align in aligns]

    plain_row = row_styles(FONT, None)
    flag_row = row_styles(FONT, FLAG) if flagged else plain_row
    cell_styles = [row_styles(BOLD, None)]
    cell_styles += [flag_row if r in flagged else plain_row for r in range(len(rows))]
    result = Table(
        data,
        colWidths=col_widths,
        rowHeights=heights,
        repeatRows=1,
        hAlign="LEFT",
        cellStyles=cell_styles,
        normalizedData=1,  # every cell is already a string or a flowable
    )
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return result


_PARAGRAPH_ALIGNMENT = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}


@functools.cache
def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    """`style` aligned as its column (made once: a style is costly to derive)."""
    if alignment == style.alignment:
        return style
    return ParagraphStyle(f"{style.name}-{alignment}", parent=style, alignment=alignment)


def grid_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style that sets our font first: an empty cell would otherwise name Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), *commands])


def key_values(pairs: Sequence[tuple[str, object]], label_width: float = 1.8) -> Table:
    """A two-column label/value block (the cover's facts, a sheet's header)."""
    st = styles()
    data = [[para(k, st.cell_bold), para(v, st.cell)] for k, v in pairs]
    result = Table(data, colWidths=[label_width * inch, WIDTH - label_width * inch], hAlign="LEFT")
    result.setStyle(
        grid_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return result


@dataclass(frozen=True)
class Footer:
    round_title: str
    generated_at: dt.datetime  # UTC
    note: str = ""  # e.g. "Draft: not finalized by the chair"
    audit: str = ""  # the audit trail's head when the file was made, e.g. "audit #873 2d89893fabbd"
    # The footer's own words, for a document printed in another language.
    generated: str = "Generated {when}"
    page: str = "Page {n} of {total}"

    def fitted(self, width_of: Callable[[str], float], room: float) -> str:
        """The left part, its round title shortened with an ellipsis when it would run
        into the page number (the generation time and audit head are never cut)."""
        text = self.left()
        title = self.round_title
        while width_of(text) > room and len(title) > 12:
            title = title[: max(12, len(title) - 4)]
            text = replace(self, round_title=title.rstrip() + "…").left()
        return text

    def left(self) -> str:
        when = self.generated_at.strftime("%Y-%m-%d %H:%M UTC")
        parts = [self.round_title, self.generated.format(when=when)]
        if self.note:
            parts.append(self.note)
        if self.audit:
            parts.append(self.audit)
        return " · ".join(parts)


def _canvas_class(footer: Footer) -> type[Canvas]:
    """A canvas that holds its pages until the end, to print "Page N of M" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 0.62 * inch, PAGE[0] - MARGIN, 0.62 * inch)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#3b4048"))
            page = footer.page.format(n=self._pageNumber, total=total)
            room = PAGE[0] - 2 * MARGIN - self.stringWidth(page) - 12
            self.drawString(MARGIN, 0.45 * inch, footer.fitted(self.stringWidth, room))
            self.drawRightString(PAGE[0] - MARGIN, 0.45 * inch, page)
            self.restoreState()

    return NumberedCanvas


@dataclass
class Document:
    """A document ready to lay out: its flowables, its title and its footer."""

    story: list[Flowable]
    title: str
    footer: Footer


class _Abandoned(Exception):
    """Raised inside ReportLab's layout when the reader of the progress went away."""


def render(document: Document, on_progress: Callable[[int], None] | None = None) -> bytes:
    """Lay out the document and return the PDF's bytes.

    `on_progress` is called with the number of flowables placed so far (of
    `len(document.story)`); an exception it raises stops the layout.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=0.9 * inch,
        title=document.title,
        author="SRO Panel",
        creator="SRO Panel",
        subject=document.footer.round_title,
        invariant=1,
        initialFontName=FONT,  # no unembedded Helvetica left in the file
        lang="en-US",
    )
    if on_progress is not None:
        report = on_progress

        def progress(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                report(value)

        doc.setProgressCallBack(progress)
    doc.build(document.story, canvasmaker=_canvas_class(document.footer))
    return buffer.getvalue()


def render_steps(
    document: Document, text: str = ""
) -> Generator[tuple[int, int, str], None, bytes]:
    """Lay out the document on a helper thread, yielding progress; returns the bytes.

    ReportLab lays out a document in one call; running it beside the generator
    lets the caller show progress and stop a long layout: closing the generator
    abandons the layout at the next flowable.
    """
    text = text or t("Laying out the pages")
    total = max(1, len(document.story))
    events: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
    abandon = threading.Event()

    def on_progress(done: int) -> None:
        if abandon.is_set():
            raise _Abandoned
        events.put(("progress", done))

    def run() -> None:
        try:
            events.put(("done", render(document, on_progress)))
        except BaseException as exc:  # handed back to the generator's thread
            events.put(("failed", exc))

    worker = threading.Thread(target=run, name="pdf-layout", daemon=True)
    worker.start()
    shown = -1
    try:
        while True:
            kind, value = events.get()
            if kind == "progress":
                assert isinstance(value, int)
                percent = value * 100 // total
                if percent != shown:  # at most a hundred updates, however long the document
                    shown = percent
                    yield (value, total, text)
            elif kind == "done":
                assert isinstance(value, bytes)
                return value
            else:
                assert isinstance(value, BaseException)
                raise value
    finally:
        abandon.set()
        worker.join()


def check_target(path: Path) -> None:
    files.check_target(path, ".pdf", "a PDF export")


def save(path: Path, data: bytes) -> None:
    """Write `data` to `path`; the file appears only when complete."""

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    files.write_atomically(Path(path), write)
