"""Small text helpers: rich text, dates in the window's language, marking texts to translate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue in `context`; translated later where it is shown,
    with `QCoreApplication.translate(context, text)`. Typed as a str, unlike Qt's own."""
    return text


def day(value: dt.date | None, pattern: str = "dd MMM yyyy") -> str:
    """A date as the window's language writes it ("02 Nov 2026", "02 nov 2026"); the
    pattern is Qt's (ddd: the weekday's short name, MMM: the month's). No date: ""."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
