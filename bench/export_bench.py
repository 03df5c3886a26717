"""Exports: the packet for 100 candidates against bare ReportLab; a 10,000-row roster out and in."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from bench.common import Figure, median_time, probe
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.exports import packet, pdf
from sro_panel.exports.excel import Sheet
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

ROOT = Path(__file__).resolve().parents[1]
ROSTER_ROWS = 10_000
HR_HEADERS = ["Employee ID", "Last name", "First name", "Rank", "Service start", "Email"]


def _bare_packet(p: packet.Packet, path: Path) -> None:
    """The packet's tables in plain ReportLab: strings in the same embedded font (the
    packet must print any name), no paragraphs, no footer, no page count."""
    pdf.register_fonts()
    story: list[object] = []
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.25, (0.5, 0.5, 0.5)), ("FONT", (0, 0), (-1, -1), pdf.FONT, 8)]
    )
    summary = [["Rank", "Candidate", "Total", "Tier", "Recommendations", "Spread"]]
    summary += [
        [str(c.rank), c.name, f"{c.total or 0:.2f}", c.tier, "", "Wide" if c.disagreement else ""]
        for c in p.candidates
    ]
    story += [Table(summary, repeatRows=1, style=style), PageBreak()]
    for c in p.candidates:
        rows = [["Ref", "Criterion", "Weight", "Mean", "Sheets", "Spread"]]
        rows += [
            [x.ref, x.title, f"{x.weight:g}", f"{x.mean or 0:.2f}", str(x.n), str(x.spread)]
            for x in c.criteria
        ]
        story.append(Table(rows, repeatRows=1, style=style))
        story.append(
            Table(
                [
                    ["Group", "Mean", "Sheets"],
                    *[[g, f"{m or 0:.2f}", str(n)] for g, m, n in c.groups],
                ],
                style=style,
            )
        )
        story.append(
            Table([["Recommendation", "Count"], *[[r, str(n)] for r, n in c.recommendations]],
                  style=style)
        )  # fmt: skip
        if c.comments:
            story.append(
                Table([["Panelist", "On", "Comment"],
                       *[[x.panelist, x.about, x.text] for x in c.comments]], style=style)
            )  # fmt: skip
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=LETTER, invariant=1).build(story)  # type: ignore[arg-type]


def packet_figures(quick: bool, folder: Path) -> list[Figure]:
    db = Database.open(f"sqlite:///{folder / 'packet.db'}")
    round_id = big_round(db, folder, candidates=100, panelists=15)
    chief = Services(db, Actor("chief", "Chief", Role.DECISION_MAKER))
    data = chief.reports.packet(round_id)
    repeat = 1 if quick else 3
    bare = median_time(lambda: _bare_packet(data, folder / "bare.pdf"), repeat)
    layout = median_time(lambda: pdf.render(packet.document(data)), repeat)

    def whole() -> None:
        for _ in chief.exports.pdf("packet", round_id, folder / "packet.pdf"):
            pass

    total = median_time(whole, repeat)
    db.dispose()
    return [
        Figure("packet PDF, 100 candidates: layout", layout, baseline_s=bare, max_ratio=1.5),
        Figure("packet PDF, 100 candidates: whole export", total, target_s=3.0),
    ]


def _roster_db(folder: Path) -> tuple[Database, int]:
    db = Database.open(f"sqlite:///{folder / 'roster.db'}")
    round_id = big_round(db, folder, candidates=ROSTER_ROWS, panelists=0)
    return db, round_id


def _hr_file(path: Path) -> Path:
    """HR's roster as Excel saves it (a normal workbook, with its dimension recorded)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws.append(HR_HEADERS)
    start = dt.date(2010, 1, 1)
    for i in range(ROSTER_ROWS):
        ws.append(
            [f"H{i:05d}", f"Apellido-Łukasz {i}", "Zoë", "Police Officer",
             start + dt.timedelta(days=i % 3000), f"officer{i}@example.org"]
        )  # fmt: skip
    wb.save(path)
    return path


def roster_figures(quick: bool, folder: Path) -> list[Figure]:
    db, round_id = _roster_db(folder)
    admin = Services(db, Actor.local_administrator())
    repeat = 1 if quick else 3
    sheets: list[Sheet] = admin.exports._roster(round_id)
    cells = [list(r) for r in sheets[0].rows]

    def bare() -> None:  # the same cells in bare XlsxWriter: no widths, filters or checks
        wb = xlsxwriter.Workbook(folder / "bare.xlsx", {"constant_memory": True})
        ws = wb.add_worksheet("Applicants")
        ws.write_row(0, 0, list(sheets[0].headers))
        for r, row in enumerate(cells, start=1):
            ws.write_row(r, 0, row)
        wb.close()

    def export() -> None:
        for _ in admin.exports.excel("roster", round_id, folder / "roster.xlsx"):
            pass

    baseline = median_time(bare, repeat)
    exported = median_time(export, repeat)
    db.dispose()
    hr = _hr_file(folder / "hr.xlsx")
    runs = [probe("import", hr, folder) for _ in range(repeat)]
    imported = statistics.median(seconds for seconds, _ in runs)
    peak_import = max(mb for _, mb in runs)
    _, peak_export = probe("export", folder / "roster.db", folder)
    return [
        Figure("roster 10,000 rows: Excel export", exported, target_s=3.0, baseline_s=baseline),
        Figure("roster 10,000 rows: Excel import", imported, target_s=5.0),
        Figure("roster 10,000 rows: import peak memory", peak_import, target_s=300, unit="MB"),
        Figure("roster 10,000 rows: export peak memory", peak_export, target_s=300, unit="MB"),
    ]


def run(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return packet_figures(quick, folder) + roster_figures(quick, folder)
