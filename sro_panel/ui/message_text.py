"""Showing a text made outside the window (a service's error, a screening reason) in the
window's language: its template looked up in the `Messages` catalogue, then filled in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from sro_panel.messages import Text, message_of

CONTEXT = "Messages"


def _translated(value: Any) -> Any:
    return message_text(value) if isinstance(value, Text) else value


def message_text(value: object) -> str:
    """`value` (a `Text`, an error carrying one, or anything else) as the person reads it.

    A plain string or an error without a `Text` is shown as it is (a library's own
    message, a name); a translation that lost or misspelt a placeholder falls back
    to the English rather than failing to show the error at all.
    """
    text = message_of(value)
    if not isinstance(text, Text):
        return text
    translated = QCoreApplication.translate(CONTEXT, text.template)
    values = {key: _translated(v) for key, v in text.values.items()}
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):
        return str(text)
