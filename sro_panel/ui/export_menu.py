"""What the Export menu offers: each export's kind, file type, text, and who is offered it."""

from __future__ import annotations

from sro_panel.services.permissions import Permission
from sro_panel.ui.text import QT_TRANSLATE_NOOP

# The window offers training exports to the roles that manage training; the services also
# let those who see results or personnel records make them (from the command line).
TRAINING_SEEN = (Permission.MANAGE_TRAINING,)
# (menu key, export kind, file suffix, menu text, what the reader must be allowed); the
# texts are marked for the "Export" translation context and translated where shown.
EXPORTS = (
    (
        "packet",
        "packet",
        "pdf",
        QT_TRANSLATE_NOOP("Export", "Recommendation packet (PDF)…"),
        (Permission.VIEW_RESULTS,),
    ),
    (
        "scoresheets",
        "scoresheets",
        "pdf",
        QT_TRANSLATE_NOOP("Export", "Blank score sheets (PDF)…"),
        (),
    ),
    (
        "screening_pdf",
        "screening",
        "pdf",
        QT_TRANSLATE_NOOP("Export", "Screening report (PDF)…"),
        (Permission.SCREEN,),
    ),
    ("roster", "roster", "xlsx", QT_TRANSLATE_NOOP("Export", "Applicant roster (Excel)…"), ()),
    (
        "screening",
        "screening",
        "xlsx",
        QT_TRANSLATE_NOOP("Export", "Screening results (Excel)…"),
        (Permission.SCREEN,),
    ),
    (
        "scores",
        "scores",
        "xlsx",
        QT_TRANSLATE_NOOP("Export", "Score matrix (Excel)…"),
        (Permission.VIEW_RESULTS,),
    ),
    ("selection", "selection", "xlsx", QT_TRANSLATE_NOOP("Export", "Final selection (Excel)…"), ()),
    (
        "trained",
        "trained",
        "xlsx",
        QT_TRANSLATE_NOOP("Export", "Trained officers and schools (Excel)…"),
        (),
    ),
    (
        "compliance",
        "compliance",
        "pdf",
        QT_TRANSLATE_NOOP("Export", "Compliance report for the court (PDF)…"),
        TRAINING_SEEN,
    ),
    (
        "certificates",
        "certificates",
        "zip",
        QT_TRANSLATE_NOOP("Export", "Certificate files (zip)…"),
        TRAINING_SEEN,
    ),
)
FILE_TYPES = {
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF document (*.pdf)"),
    "xlsx": QT_TRANSLATE_NOOP("Export", "Excel workbook (*.xlsx)"),
    "zip": QT_TRANSLATE_NOOP("Export", "Zip archive (*.zip)"),
}
