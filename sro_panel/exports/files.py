"""Writing an export file: the target checked first, the file appearing only when complete.

Every export is written to a temporary file in the target's folder, flushed to
disk, then renamed into place, so a failure (full disk, a crash, Cancel) never
leaves half a file under the name the person chose.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sro_panel.errors import InputError
from sro_panel.messages import t


def check_target(path: Path, suffix: str, what: str) -> None:
    """Refuse a target with the wrong suffix or in a folder that does not exist."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise InputError(
            t(
                "{path}: {what} must end in {suffix}",
                path=path,
                what=what,
                suffix=suffix,
            )
        )
    folder = path.resolve().parent
    if not folder.is_dir():
        raise InputError(t("{path}: the folder {folder} does not exist", path=path, folder=folder))


def write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """Call `write` with a temporary file name beside `path`, then rename it into place."""
    path = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=".sro-panel-", suffix=path.suffix, dir=path.resolve().parent
        )
        os.close(fd)
        write(tmp)
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise InputError(
            t(
                "{path}: could not be written ({strerror}){advice}",
                path=path,
                strerror=exc.strerror or str(exc),
                advice=_advice(exc),
            )
        ) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def _advice(exc: OSError) -> str:
    """What a person can do about it, for the two failures they can mend."""
    if exc.errno == errno.ENOSPC:
        return t(
            ": the disk is full. Nothing was written; free some space or choose another place."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return t(
            ": the folder is read-only, or you may not write there. Nothing was written; "
            "choose another folder."
        )
    return ""
