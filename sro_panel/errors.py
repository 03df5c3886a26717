"""The project's own errors: each carries a message fit to show a person as it is.

Messages are made with `sro_panel.messages.t`, so `str(exc)` is the English text
and the window can show the same message translated.
"""

from __future__ import annotations

from pathlib import Path

from sro_panel.messages import t


class SroPanelError(Exception):
    """Base of every error the app reports to a person (GUI dialog or one stderr line)."""

    exit_code = 1


class InputError(SroPanelError):
    """Bad input from a person or a file; the message names the file, row or field."""

    exit_code = 2


class NotFound(InputError):
    """A round, applicant or other record that does not exist."""


class PermissionDenied(SroPanelError):
    """The signed-in role may not do this."""

    exit_code = 3
    permission = ""
    round_id: int | None = None


class StaleRecord(SroPanelError):
    """Someone else changed the record first; reload and try again."""

    exit_code = 4


class DatabaseError(SroPanelError):
    """The database cannot be opened or used: missing, corrupt, too new, server down."""

    exit_code = 5


class FieldError(InputError):
    """Bad value in one named field of a form; the GUI shows it beside that field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(t("{field}: {message}", field=field, message=message))


class ConnectionLost(DatabaseError):
    """The database server stopped answering mid-work (network down, server restarting).

    Nothing of the unit of work was saved; trying again once the server answers is safe.
    """


class DatabaseFileError(DatabaseError):
    """A database file that cannot be opened as it is: not SQLite, truncated, damaged,
    another program's, written by a newer version, or locked by another program.

    `kind` says which; `backup` is the latest good backup of the file, when one exists.
    Nothing was written to the file.
    """

    def __init__(self, path: Path, kind: str, message: str, what: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind
        self.what = what or message  # what is wrong, without the advice
        self.backup: Path | None = None


class NotSaved(DatabaseError):
    """The database could not take a change: its disk is full, or it is read-only.

    The unit of work was rolled back whole; what the person entered is still theirs.
    """
