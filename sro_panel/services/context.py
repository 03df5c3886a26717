"""Who is acting, from where, and what time it is: passed into every service."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from sro_panel.services.permissions import Role

Clock = Callable[[], dt.datetime]
LOCAL_ADMIN = "local-admin"


def utc_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _machine() -> str:
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


@dataclass(frozen=True)
class Actor:
    """The signed-in person. `panelist_ids` are the panel seats this person holds."""

    username: str
    display_name: str
    role: Role
    panelist_ids: frozenset[int] = frozenset()
    machine: str = field(default_factory=_machine)

    @classmethod
    def local_administrator(cls) -> Actor:
        """The operator of a single-user database, before accounts are set up."""
        return cls(LOCAL_ADMIN, "Local administrator", Role.ADMINISTRATOR)

    @property
    def is_local_administrator(self) -> bool:
        return self.username == LOCAL_ADMIN
