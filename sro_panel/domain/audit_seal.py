"""The audit trail's seal: each entry's HMAC covers its fields and the previous entry's seal.

Editing an entry changes its seal; deleting or reordering entries breaks the
link from the next one; and nobody without the key (kept outside the
database) can write seals that check. The canonical form is JSON with sorted
keys, so the same entry gives the same seal on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64  # the "previous seal" of the first entry
SEALED_FIELDS = (
    "seq",
    "at",
    "actor",
    "machine",
    "action",
    "target_type",
    "target_id",
    "round_id",
    "outcome",
    "before",
    "after",
    "detail",
)


def canonical(fields: Mapping[str, Any]) -> bytes:
    """The bytes an entry's seal is computed over (datetimes as ISO text in UTC)."""
    plain = {name: fields.get(name) for name in SEALED_FIELDS}
    at = plain["at"]
    if at is not None and not isinstance(at, str):
        plain["at"] = at.isoformat(timespec="microseconds")
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def seal(key: bytes, previous: str, fields: Mapping[str, Any]) -> str:
    return hmac.new(key, previous.encode() + canonical(fields), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SealedEntry:
    id: int
    fields: Mapping[str, Any]  # SEALED_FIELDS, as stored
    previous: str
    seal: str


def first_break(key: bytes, entries: Iterable[SealedEntry]) -> str | None:
    """Walk the trail in sequence order; describe the first entry that does not check."""
    expected_previous = GENESIS
    expected_seq = 1
    for entry in entries:
        seq = entry.fields.get("seq")
        if seq != expected_seq:
            what = (
                "missing or reordered"
                if isinstance(seq, int) and seq > expected_seq
                else "out of order"
            )
            return (
                f"audit entry {entry.id} (sequence {seq}): expected sequence {expected_seq}; "
                f"entries are {what}"
            )
        if entry.previous != expected_previous:
            return (
                f"audit entry {entry.id} (sequence {seq}): does not follow the entry before it "
                "(an entry was deleted, inserted or reordered)"
            )
        if not hmac.compare_digest(seal(key, entry.previous, entry.fields), entry.seal):
            return (
                f"audit entry {entry.id} (sequence {seq}): its seal does not match its content "
                "(edited outside the app, or sealed with another key)"
            )
        expected_previous = entry.seal
        expected_seq += 1
    return None
