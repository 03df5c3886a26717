"""What every service shares: the database, the actor, the clock, and the permission gate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sro_panel.db.engine import Database
from sro_panel.db.files import storage_problem
from sro_panel.db.models import SelectionRound
from sro_panel.domain.profile import Profile, parse_profile
from sro_panel.errors import ConnectionLost, InputError, NotFound, PermissionDenied, StaleRecord
from sro_panel.messages import t
from sro_panel.services import audit
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Permission, allowed

if TYPE_CHECKING:
    from sro_panel.services.app import Services


@lru_cache(maxsize=32)
def profile_from_snapshot(content: str, source: str) -> Profile:
    return parse_profile(content, source).profile


class ServiceBase:
    def __init__(self, app: Services) -> None:
        self._app = app

    @property
    def db(self) -> Database:
        return self._app.db

    @property
    def actor(self) -> Actor:
        return self._app.actor

    def now(self) -> dt.datetime:
        return self._app.clock()

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor.role, permission)

    def require(self, permission: Permission, *, round_id: int | None = None) -> None:
        """Refuse unless the actor's role has `permission`; the refusal is audited.

        Inside a transaction the refusal is written once that transaction has
        rolled back (a second writer on SQLite would wait on the first's lock).
        """
        if self.can(permission):
            return
        exc = PermissionDenied(
            t(
                "{name} ({role}) may not {action}",
                name=self.actor.display_name,
                role=self.actor.role.value.replace("_", " "),
                action=permission.value.replace("_", " "),
            )
        )
        exc.permission = permission.value
        exc.round_id = round_id
        if self._app.tx_depth == 0:
            self._record_refusal(exc)
        raise exc

    def denied(self, message: str, action: str, *, round_id: int | None = None) -> PermissionDenied:
        """A refusal that is not a plain matrix check (e.g. another person's panel seat)."""
        exc = PermissionDenied(message)
        exc.permission = action
        exc.round_id = round_id
        return exc

    def require_chair(self, session: Session, round_id: int, message: str, action: str) -> None:
        """Refuse unless the actor holds the seat of the round's panel chair."""
        from sro_panel.db.models import Panelist

        chair = session.scalar(
            select(Panelist.id).where(Panelist.round_id == round_id, Panelist.is_chair.is_(True))
        )
        if chair is None or chair not in self.actor.panelist_ids:
            raise self.denied(message, action, round_id=round_id)

    def _record_refusal(self, exc: PermissionDenied) -> None:
        with self.db.transaction() as session:
            audit.record(
                session,
                self.actor,
                f"refused:{exc.permission}",
                key=self._app.audit_key,
                at=self.now(),
                round_id=exc.round_id,
                outcome="refused",
            )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work, never nested (on SQLite the inner would wait on the outer's lock)."""
        app = self._app
        if app.tx_depth:
            raise RuntimeError("nested service transaction")
        app.tx_depth += 1
        try:
            with self.db.transaction() as session:
                yield session
        except PermissionDenied as exc:
            app.tx_depth -= 1
            self._record_refusal(exc)
            raise
        except (StaleDataError, IntegrityError) as exc:
            # Another laptop changed or created the same record first.
            app.tx_depth -= 1
            if isinstance(exc, IntegrityError) and "unique" not in str(exc).lower():
                raise
            raise StaleRecord(
                t("someone else saved this at the same moment; reload to see their change")
            ) from None
        except DBAPIError as exc:
            app.tx_depth -= 1
            full_or_read_only = storage_problem(exc.orig or exc, self._where())
            if full_or_read_only is not None:  # rolled back whole; the caller keeps the input
                raise full_or_read_only from exc
            lost = exc.connection_invalidated or isinstance(exc, OperationalError | InterfaceError)
            if self.db.is_sqlite or not lost:
                raise
            # The server is out of reach; the unit of work was rolled back, whole.
            raise ConnectionLost(
                t(
                    "the connection to the database server was lost; nothing of this change "
                    "was saved there"
                )
            ) from exc
        except BaseException:
            app.tx_depth -= 1
            raise
        else:
            app.tx_depth -= 1

    def _where(self) -> str:
        url = self.db.url
        return str(url.database) if self.db.is_sqlite else f"the database server {url.host}"

    def audit(
        self,
        session: Session,
        action: str,
        *,
        target_type: str = "",
        target_id: object = "",
        round_id: int | None = None,
        before: Mapping[str, object] | None = None,
        after: Mapping[str, object] | None = None,
        detail: str = "",
    ) -> None:
        audit.record(
            session,
            self.actor,
            action,
            key=self._app.audit_key,
            at=self.now(),
            target_type=target_type,
            target_id=target_id,
            round_id=round_id,
            before=before,
            after=after,
            detail=detail,
        )

    @staticmethod
    def get_round_row(session: Session, round_id: int) -> SelectionRound:
        row = session.get(SelectionRound, round_id)
        if row is None:
            raise NotFound(t("round {round_id} does not exist", round_id=round_id))
        return row

    def open_round_row(self, session: Session, round_id: int) -> SelectionRound:
        """The round, refusing any change once it is closed (closed rounds are read-only)."""
        row = self.get_round_row(session, round_id)
        if row.closed_at is not None:
            raise InputError(
                t("round {round_id} is closed; nothing in it can be changed", round_id=round_id)
            )
        return row

    @staticmethod
    def round_profile(row: SelectionRound) -> Profile:
        snap = row.profile_snapshot
        return profile_from_snapshot(snap.content, snap.source_file)
