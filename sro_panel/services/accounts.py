"""Accounts and signing in: Argon2id hashes, a lock after repeated failures, every attempt audited.

Five failed attempts for one account within 15 minutes lock it until an
administrator unlocks it. Failures are not counted in a column: they are the
audit trail's own sign-in entries since the last success or unlock, so the
record a court reads and the rule the app applies cannot disagree. A hash made
with older Argon2 parameters is replaced at the next successful sign-in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sro_panel.db.models import AuditEntry, Panelist, User
from sro_panel.domain.passwords import check_password
from sro_panel.errors import FieldError, InputError, NotFound, PermissionDenied
from sro_panel.messages import t
from sro_panel.services import audit
from sro_panel.services.base import ServiceBase
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Permission, Role

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
HASHER = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106's low-memory profile


class SignInRefused(PermissionDenied):
    """A sign-in that did not succeed (the reason says whether the account is locked)."""


@dataclass(frozen=True)
class AccountRow:
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool


def _row(user: User) -> AccountRow:
    return AccountRow(
        user.username, user.display_name, Role(user.role), user.active, user.locked_at is not None
    )


class AccountService(ServiceBase):
    def any_accounts(self) -> bool:
        with self.transaction() as session:
            return session.scalar(select(func.count()).select_from(User)) != 0

    def create_first_administrator(
        self, username: str, display_name: str, password: str
    ) -> AccountRow:
        """The first run's account; refused once any account exists."""
        with self.transaction() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise PermissionDenied(t("accounts exist already: an administrator adds new ones"))
            user = self._new_user(session, username, display_name, Role.ADMINISTRATOR, password)
            return _row(user)

    def add_account(
        self, username: str, display_name: str, role: Role, password: str
    ) -> AccountRow:
        self.require(Permission.MANAGE_USERS)
        with self.transaction() as session:
            first = not session.scalar(select(func.count()).select_from(User))
            if first and role is not Role.ADMINISTRATOR:
                # Otherwise nobody could sign in who may add the others.
                raise FieldError(t("Role"), t("the first account must be an administrator's"))
            return _row(self._new_user(session, username, display_name, role, password))

    def reset_password(self, username: str, password: str) -> AccountRow:
        """A new password set by an administrator (the person forgot theirs); also unlocks."""
        self.require(Permission.MANAGE_USERS)
        check_password(password, username=username)
        with self.transaction() as session:
            user = self._user(session, username)
            user.password_hash = HASHER.hash(password)
            user.locked_at = None
            self.audit(session, "account.reset_password", target_type="user", target_id=username)
            return _row(user)

    def grant_app_role(self, role: str) -> None:
        """PostgreSQL: the role the laptops connect as (db/roles.py). The grant is recorded
        first, which also seals any entries older than the seal while the owner holds the
        key, so the app's role never needs to change an entry."""
        from sro_panel.db.roles import check_app_role, grant_app_role

        self.require(Permission.MANAGE_USERS)
        check_app_role(self.db, role)
        with self.transaction() as session:
            self.audit(session, "db.app_role", target_type="role", target_id=role)
        grant_app_role(self.db, role)

    def set_active(self, username: str, active: bool) -> AccountRow:
        """Switch an account off (someone left) or on again; accounts are never deleted,
        so the audit trail's names keep meaning someone."""
        self.require(Permission.MANAGE_USERS)
        with self.transaction() as session:
            user = self._user(session, username)
            if not active and user.username == self.actor.username:
                raise InputError(t("you cannot switch off your own account"))
            if not active and user.role == Role.ADMINISTRATOR.value:
                others = session.scalar(
                    select(func.count()).where(
                        User.role == Role.ADMINISTRATOR.value,
                        User.active.is_(True),
                        User.id != user.id,
                    )
                )
                if not others:
                    raise InputError(t("the last active administrator's account stays on"))
            before = {"active": user.active}
            user.active = active
            self.audit(
                session,
                "account.activate" if active else "account.deactivate",
                target_type="user",
                target_id=username,
                before=before,
                after={"active": active},
            )
            return _row(user)

    def unlock(self, username: str) -> AccountRow:
        self.require(Permission.MANAGE_USERS)
        with self.transaction() as session:
            user = self._user(session, username)
            user.locked_at = None
            user.failed_attempts = 0
            self.audit(session, "account.unlock", target_type="user", target_id=username)
            return _row(user)

    def list_accounts(self) -> list[AccountRow]:
        self.require(Permission.MANAGE_USERS)
        with self.transaction() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.username))]

    def sign_in(self, username: str, password: str) -> Actor:
        """The person behind `username`, with their panel seats; refused with a reason."""
        now = self.now()
        with self.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            # Who tried, as the trail records it (the role is unused: nobody is signed in).
            tried = username[:80]
            who = Actor(tried, tried, Role.AUDITOR, machine=self.actor.machine)
            if user is not None and user.locked_at is not None:
                self._record(session, who, "account.signin", "refused", "the account is locked")
                refusal = SignInRefused(
                    t(
                        "the account {username!r} is locked after {limit} failed "
                        "sign-ins; an administrator can unlock it",
                        username=username,
                        limit=MAX_FAILURES,
                    )
                )
            elif user is None or not user.active or not self._matches(user, password):
                self._record(session, who, "account.signin", "failed", "wrong password")
                refusal = SignInRefused(t("wrong user name or password"))
                if user is not None and self._failures(session, username, now) >= MAX_FAILURES:
                    user.locked_at = now
                    self._record(session, who, "account.locked")
            else:
                if HASHER.check_needs_rehash(user.password_hash or ""):
                    user.password_hash = HASHER.hash(password)
                seats = session.scalars(select(Panelist.id).where(Panelist.user_id == user.id))
                actor = Actor(
                    user.username,
                    user.display_name,
                    Role(user.role),
                    frozenset(seats),
                    machine=self.actor.machine,
                )
                self._record(session, actor, "account.signin")
                return actor
        raise refusal  # after the transaction: the failed attempt is kept

    # --- helpers ---------------------------------------------------------------

    def _new_user(
        self, session: Session, username: str, display_name: str, role: Role, password: str
    ) -> User:
        username = username.strip()
        if not USERNAME.match(username):
            raise FieldError(t("User name"), t("use letters, digits, '.', '-' or '_' (up to 80)"))
        if not display_name.strip():
            raise FieldError(t("Name"), t("is required"))
        check_password(password, username=username)
        if session.scalar(select(User).where(User.username == username)) is not None:
            raise FieldError(t("User name"), t("{username!r} is taken", username=username))
        user = User(
            username=username,
            display_name=display_name.strip(),
            role=role.value,
            password_hash=HASHER.hash(password),
            created_at=self.now(),
        )
        session.add(user)
        session.flush()
        self.audit(
            session,
            "account.add",
            target_type="user",
            target_id=username,
            after={"display_name": user.display_name, "role": role.value},
        )
        return user

    @staticmethod
    def _user(session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(t("no account {username!r}", username=username))
        return user

    @staticmethod
    def _matches(user: User, password: str) -> bool:
        try:
            return HASHER.verify(user.password_hash or "", password)
        except (VerificationError, InvalidHashError):
            return False

    def _record(
        self, session: Session, who: Actor, action: str, outcome: str = "ok", detail: str = ""
    ) -> None:
        """An entry about an account, written as the person trying it (who may not be known)."""
        audit.record(
            session,
            who,
            action,
            key=self._app.audit_key,
            at=self.now(),
            target_type="user",
            target_id=who.username,
            outcome=outcome,
            detail=detail,
        )

    @staticmethod
    def _failures(session: Session, username: str, now: dt.datetime) -> int:
        """Failed sign-ins in the window since the last success or unlock (from the trail)."""
        mine = and_(AuditEntry.target_type == "user", AuditEntry.target_id == username)
        reset = session.scalar(
            select(func.max(AuditEntry.seq)).where(
                mine,
                or_(
                    and_(AuditEntry.action == "account.signin", AuditEntry.outcome == "ok"),
                    AuditEntry.action.in_(("account.unlock", "account.reset_password")),
                ),
            )
        )
        query = select(func.count()).where(
            mine,
            AuditEntry.action == "account.signin",
            AuditEntry.outcome == "failed",
            AuditEntry.at >= now - FAILURE_WINDOW,
        )
        if reset is not None:
            query = query.where(AuditEntry.seq > reset)
        return session.scalar(query) or 0
