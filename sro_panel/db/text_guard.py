"""Texts no database should be given: a NUL character, refused before any flush.

PostgreSQL cannot store NUL in text (it raises a DataError, which would reach a
person as an internal error) and SQLite would store it silently, so the same
input behaved differently on the two. Every row about to be written is checked,
whichever form or file the text came from, and the field is named.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from sro_panel.errors import FieldError
from sro_panel.messages import t


def _refuse_nul(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)  # loaded values only: never a load mid-flush
            if isinstance(value, str) and "\x00" in value:
                raise FieldError(
                    attr.key.replace("_", " ").capitalize(),
                    t("contains a NUL character, which cannot be saved"),
                )


def guard_texts(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _refuse_nul)
