"""Texts no database should be given: a NUL character, refused before any flush.

PostgreSQL cannot store NUL in text (it raises a DataError, which would reach a
person as an internal error) and SQLite would store it silently, so the same
input behaved differently on the two. Every row about to be written is checked,
whichever form or file the text came from, and the field is named.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from sro_panel.errors import FieldError
from sro_panel.messages import t


def refuse_nul(values: Mapping[str, Any]) -> None:
    """Refuse a row's values (column name to value) holding a NUL, naming the column.

    Rows inserted in bulk, without the unit of work's flush, are checked with this.
    """
    for key, value in values.items():
        if isinstance(value, str) and "\x00" in value:
            raise FieldError(
                key.replace("_", " ").capitalize(),
                t("contains a NUL character, which cannot be saved"),
            )


def _refuse_nul(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        # Loaded values only: never a load mid-flush.
        refuse_nul({a.key: state.dict.get(a.key) for a in state.mapper.column_attrs})


def guard_texts(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _refuse_nul)
