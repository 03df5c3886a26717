"""The audit trail: every change and every refusal, written in the transaction of the change."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from sro_panel.db.models import AuditEntry
from sro_panel.services.context import Actor


def _plain(value: Any) -> Any:
    """JSON-safe copy of a before/after value (dates as ISO text)."""
    return json.loads(json.dumps(value, default=_default, sort_keys=True))


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    raise TypeError(type(value).__name__)


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    at: dt.datetime,
    target_type: str = "",
    target_id: object = "",
    round_id: int | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    outcome: str = "ok",
    detail: str = "",
) -> None:
    session.add(
        AuditEntry(
            at=at,
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
        )
    )
