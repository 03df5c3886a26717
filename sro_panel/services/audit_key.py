"""The key that seals the audit trail, kept outside the database.

A file readable only by its owner: `SRO_PANEL_AUDIT_KEY_FILE`, or `audit.key`
in the user-data folder, created with 32 random bytes on first use. Whoever
can read the database but not this file cannot forge a sealed entry. Laptops
that write to one shared database need the same key file.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from pathlib import Path

from sro_panel.db.engine import user_data_dir
from sro_panel.errors import InputError
from sro_panel.messages import t

KEY_ENV = "SRO_PANEL_AUDIT_KEY_FILE"


def key_path() -> Path:
    configured = os.environ.get(KEY_ENV)
    return Path(configured) if configured else user_data_dir() / "audit.key"


def load_or_create_key(path: Path | None = None) -> bytes:
    """The key, created (owner-only) if there is none; a key others can read is refused."""
    path = path or key_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return load_or_create_key(path)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32) + "\n")
    if sys.platform != "win32" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InputError(
            t(
                "{path}: the audit key must be readable by its owner only (chmod 600 {path})",
                path=path,
            )
        )
    text = path.read_text(encoding="ascii", errors="replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise InputError(
            t("{path}: not an audit key (64 hexadecimal digits expected)", path=path)
        ) from None
    if len(key) < 32:
        raise InputError(t("{path}: not an audit key (64 hexadecimal digits expected)", path=path))
    return key
