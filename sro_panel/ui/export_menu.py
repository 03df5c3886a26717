"""What the Export menu offers: each export's kind, file type, text, and who is offered it."""

from __future__ import annotations

from sro_panel.services.permissions import Permission

# The window offers training exports to the roles that manage training; the services also
# let those who see results or personnel records make them (from the command line).
TRAINING_SEEN = (Permission.MANAGE_TRAINING,)
# (menu key, export kind, file suffix, menu text, what the reader must be allowed)
EXPORTS = (
    ("packet", "packet", "pdf", "Recommendation packet (PDF)…", (Permission.VIEW_RESULTS,)),
    ("scoresheets", "scoresheets", "pdf", "Blank score sheets (PDF)…", ()),
    ("screening_pdf", "screening", "pdf", "Screening report (PDF)…", (Permission.SCREEN,)),
    ("roster", "roster", "xlsx", "Applicant roster (Excel)…", ()),
    ("screening", "screening", "xlsx", "Screening results (Excel)…", (Permission.SCREEN,)),
    ("scores", "scores", "xlsx", "Score matrix (Excel)…", (Permission.VIEW_RESULTS,)),
    ("selection", "selection", "xlsx", "Final selection (Excel)…", ()),
    ("trained", "trained", "xlsx", "Trained officers and schools (Excel)…", ()),
    ("compliance", "compliance", "pdf", "Compliance report for the court (PDF)…", TRAINING_SEEN),
    ("certificates", "certificates", "zip", "Certificate files (zip)…", TRAINING_SEEN),
)
FILE_TYPES = {
    "pdf": "PDF document (*.pdf)",
    "xlsx": "Excel workbook (*.xlsx)",
    "zip": "Zip archive (*.zip)",
}
