"""Labels the services and file readers hand to the window as fixed English words (a
recommendation tier, a training status, a spreadsheet column's meaning): marked here for
the catalogue, translated where shown with `service_label()`.

tests/test_translations.py checks that every label those modules define is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sro_panel.ui.text import QT_TRANSLATE_NOOP

CONTEXT = "ServiceLabels"

LABELS = (
    # services/decisions.py TIER_LABELS
    QT_TRANSLATE_NOOP("ServiceLabels", "Recommended"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Recommended with reservations"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Not recommended"),
    # domain/training.py STATUS_TEXT
    QT_TRANSLATE_NOOP("ServiceLabels", "Selected"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Enrolled"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Course complete"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Certificate verified"),
    QT_TRANSLATE_NOOP("ServiceLabels", "District training complete"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Assigned"),
    # exports/roster_import.py FIELDS
    QT_TRANSLATE_NOOP("ServiceLabels", "Employee ID"),
    QT_TRANSLATE_NOOP("ServiceLabels", "First name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Last name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Rank"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Assignment"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Email"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Phone"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Applied on"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Service start"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Sustained complaints involving juveniles"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Sustained complaints"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Attendance note"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Discipline note"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Youth programs"),
    # services/schools.py SCHOOL_LEVELS
    QT_TRANSLATE_NOOP("ServiceLabels", "Elementary"),
    QT_TRANSLATE_NOOP("ServiceLabels", "K-8"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Middle"),
    QT_TRANSLATE_NOOP("ServiceLabels", "High"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Alternative"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Other"),
)


def service_label(text: str) -> str:
    """`text` in the window's language (unchanged when it is not one of LABELS)."""
    return QCoreApplication.translate(CONTEXT, text)
