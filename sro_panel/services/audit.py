"""The audit trail: every change and every refusal, written in the transaction of the change.

Each entry is sealed as it is written (domain/audit_seal.py): it takes the next
sequence number and an HMAC over its fields and the previous entry's seal.
Writers take the trail's head in turn: SQLite's write transactions already
run one at a time; on PostgreSQL a transaction-scoped advisory lock orders them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sro_panel.db.models import AuditEntry
from sro_panel.domain.audit_seal import GENESIS, SEALED_FIELDS, seal
from sro_panel.services.context import Actor

TRAIL_LOCK = 0x5350_4155  # the advisory lock that orders writers on PostgreSQL


def _plain(value: Any) -> Any:
    """JSON-safe copy of a before/after value (dates as ISO text)."""
    return json.loads(json.dumps(value, default=_default, sort_keys=True))


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    raise TypeError(type(value).__name__)


def fields_of(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in SEALED_FIELDS}


def _head(session: Session, key: bytes) -> tuple[int, str]:
    """The last sequence number and seal, sealing first any entries written before seals."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": TRAIL_LOCK})
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.seal).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    if last is None:
        return 0, GENESIS
    if last.seal is not None:
        return last.seq, last.seal
    previous = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.seal is None:
            entry.prev_seal = previous
            entry.seal = seal(key, previous, fields_of(entry))
        previous = entry.seal
    return last.seq, previous


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    key: bytes,
    at: dt.datetime,
    target_type: str = "",
    target_id: object = "",
    round_id: int | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    outcome: str = "ok",
    detail: str = "",
) -> None:
    seq, previous = _head(session, key)
    entry = AuditEntry(
        seq=seq + 1,
        at=at.astimezone(dt.UTC),
        actor=actor.username,
        machine=actor.machine,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        round_id=round_id,
        outcome=outcome,
        before=None if before is None else _plain(before),
        after=None if after is None else _plain(after),
        detail=detail,
        prev_seal=previous,
    )
    entry.seal = seal(key, previous, fields_of(entry))
    session.add(entry)
    session.flush()  # the next entry in this transaction reads this one as the head
