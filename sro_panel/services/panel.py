"""The interview panel (SOI IV.C.3): members and role types, the composition rule, conflicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_panel.db.models import (
    Applicant,
    ConflictDeclaration,
    Panelist,
    RecommendationSummary,
    ScoreSheet,
    User,
)
from sro_panel.domain.composition import CompositionCheck, check_composition
from sro_panel.domain.profile import Profile
from sro_panel.errors import FieldError, InputError, NotFound
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission, Role


@dataclass(frozen=True)
class PanelistRow:
    id: int
    label: str  # the name, or "Student panelist 2" for a minor where names are not shown
    role_type: str
    role_label: str
    group: str
    title: str
    is_chair: bool
    is_minor: bool
    conflicts: tuple[int, ...]  # applicant ids
    account: str = ""  # the user name this member signs in with, if any


@dataclass(frozen=True)
class ConflictRow:
    panelist_id: int
    applicant_id: int
    reason: str
    declared_at: dt.datetime


def panelist_labels(
    profile: Profile, rows: list[Panelist], *, show_student_names: bool
) -> dict[int, str]:
    """Each panelist's name, or "Student panelist" (numbered when several) for a minor."""
    minors = [r for r in rows if profile.role_type(r.role_type).minor]
    labels: dict[int, str] = {}
    for row in rows:
        if row in minors and not show_student_names:
            labels[row.id] = (
                "Student panelist"
                if len(minors) == 1
                else f"Student panelist {minors.index(row) + 1}"
            )
        else:
            labels[row.id] = row.display_name
    return labels


class PanelService(ServiceBase):
    def add_panelist(
        self,
        round_id: int,
        *,
        name: str,
        role_type: str,
        title: str = "",
        is_chair: bool = False,
        account: str = "",
    ) -> PanelistRow:
        self.require(Permission.MANAGE_PANEL, round_id=round_id)
        name = " ".join(name.split())
        if not name:
            raise FieldError(t("Name"), t("is required"))
        if len(name) > 200:
            raise FieldError(t("Name"), t("is longer than 200 characters"))
        with self.transaction() as session:
            rnd = self.open_round_row(session, round_id)
            if session.scalar(
                select(RecommendationSummary.id).where(RecommendationSummary.round_id == round_id)
            ):
                raise InputError(
                    t("the panel's recommendation is finalized; the panel is complete")
                )
            profile = self.round_profile(rnd)
            try:
                role = profile.role_type(role_type)
            except KeyError:
                known = ", ".join(r.id for r in profile.panel.role_types)
                raise FieldError(
                    t("Role type"),
                    t("{role_type!r} is not one of {known}", role_type=role_type, known=known),
                ) from None
            if is_chair and role.minor:
                raise FieldError(t("Chair"), t("a student panelist cannot chair the panel"))
            if is_chair:
                for other in session.scalars(select(Panelist).where(Panelist.round_id == round_id)):
                    other.is_chair = False
            count = len(
                session.scalars(select(Panelist.id).where(Panelist.round_id == round_id)).all()
            )
            row = Panelist(
                round_id=round_id,
                display_name=name,
                role_type=role_type,
                title=" ".join(title.split()),
                is_chair=is_chair,
                position=count,
            )
            session.add(row)
            session.flush()
            if account:
                row.user_id = self._seat_account(session, round_id, row.id, account)
            self.audit(
                session,
                "panel.add",
                target_type="panelist",
                target_id=row.id,
                round_id=round_id,
                after={"role_type": role_type, "is_chair": is_chair, "account": account},
            )
            return self._rows(session, round_id, profile, only=row.id)[0]

    def account_choices(self) -> list[tuple[str, str]]:
        """(user name, name) of the active accounts that can hold a panel seat."""
        self.require(Permission.MANAGE_PANEL)
        roles = (Role.PANELIST.value, Role.PANEL_CHAIR.value)
        with self.transaction() as session:
            users = session.scalars(
                select(User)
                .where(User.role.in_(roles), User.active.is_(True))
                .order_by(User.display_name)
            )
            return [(u.username, u.display_name) for u in users]

    def link_account(self, panelist_id: int, account: str) -> PanelistRow:
        """The account a member signs in with to score their seat ("" for none)."""
        with self.transaction() as session:
            row = session.get(Panelist, panelist_id)
            if row is None:
                raise NotFound(t("panelist {panelist_id} does not exist", panelist_id=panelist_id))
            self.require(Permission.MANAGE_PANEL, round_id=row.round_id)
            rnd = self.open_round_row(session, row.round_id)
            before = session.scalar(select(User.username).where(User.id == row.user_id)) or ""
            if before and session.scalar(
                select(ScoreSheet.id).where(ScoreSheet.panelist_id == panelist_id).limit(1)
            ):
                raise InputError(
                    t(
                        "this seat already has score sheets, scored by its present account; "
                        "its account cannot change now"
                    )
                )
            row.user_id = (
                self._seat_account(session, row.round_id, row.id, account) if account else None
            )
            self.audit(
                session,
                "panel.account",
                target_type="panelist",
                target_id=panelist_id,
                round_id=row.round_id,
                before={"account": before},
                after={"account": account},
            )
            return self._rows(session, row.round_id, self.round_profile(rnd), only=row.id)[0]

    @staticmethod
    def _seat_account(session: Session, round_id: int, panelist_id: int, username: str) -> int:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise FieldError(
                t("Account"), t("there is no active account {username!r}", username=username)
            )
        if user.role not in (Role.PANELIST.value, Role.PANEL_CHAIR.value):
            raise FieldError(
                t("Account"),
                t("{username!r} is not a panelist's or chair's account", username=username),
            )
        other = session.scalar(
            select(Panelist.id).where(
                Panelist.round_id == round_id,
                Panelist.user_id == user.id,
                Panelist.id != panelist_id,
            )
        )
        if other is not None:
            raise FieldError(
                t("Account"),
                t("{username!r} already holds a seat on this panel", username=username),
            )
        return user.id

    def list_panelists(self, round_id: int) -> list[PanelistRow]:
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        with self.transaction() as session:
            profile = self.round_profile(self.get_round_row(session, round_id))
            return self._rows(session, round_id, profile)

    def composition(self, round_id: int) -> CompositionCheck:
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        with self.transaction() as session:
            profile = self.round_profile(self.get_round_row(session, round_id))
            roles = session.scalars(select(Panelist.role_type).where(Panelist.round_id == round_id))
            return check_composition(profile, list(roles))

    def declare_conflict(self, panelist_id: int, applicant_id: int, reason: str) -> ConflictRow:
        """A panelist declares a conflict with a candidate; they will not score that candidate."""
        reason = reason.strip()
        if not reason:
            raise FieldError(t("Reason"), t("a conflict of interest needs a short reason"))
        with self.transaction() as session:
            panelist = session.get(Panelist, panelist_id)
            applicant = session.get(Applicant, applicant_id)
            if panelist is None:
                raise NotFound(t("panelist {panelist_id} does not exist", panelist_id=panelist_id))
            if applicant is None or applicant.round_id != panelist.round_id:
                raise NotFound(
                    t(
                        "applicant {applicant_id} is not in this panelist's round",
                        applicant_id=applicant_id,
                    )
                )
            if panelist_id not in self.actor.panelist_ids:
                self.require(Permission.MANAGE_PANEL, round_id=panelist.round_id)
            self.open_round_row(session, panelist.round_id)
            existing = session.scalar(
                select(ConflictDeclaration).where(
                    ConflictDeclaration.panelist_id == panelist_id,
                    ConflictDeclaration.applicant_id == applicant_id,
                )
            )
            if existing is not None:
                raise InputError(t("this conflict has already been declared"))
            sheet = session.scalar(
                select(ScoreSheet).where(
                    ScoreSheet.panelist_id == panelist_id, ScoreSheet.applicant_id == applicant_id
                )
            )
            if sheet is not None and sheet.status == "submitted":
                raise InputError(
                    t(
                        "this panelist has already submitted a sheet for this candidate; a "
                        "conflict must be declared before scoring (tell the chair, who notes "
                        "it in the summary)"
                    )
                )
            if sheet is not None:
                session.delete(sheet)  # a draft never counts; the panelist will not score
            row = ConflictDeclaration(
                panelist_id=panelist_id,
                applicant_id=applicant_id,
                reason=reason,
                declared_at=self.now(),
            )
            session.add(row)
            session.flush()
            self.audit(
                session,
                "panel.conflict",
                target_type="panelist",
                target_id=panelist_id,
                round_id=panelist.round_id,
                after={"applicant_id": applicant_id, "reason": reason},
            )
            return ConflictRow(panelist_id, applicant_id, reason, row.declared_at)

    def _rows(
        self, session: Session, round_id: int, profile: Profile, only: int | None = None
    ) -> list[PanelistRow]:
        rows = list(
            session.scalars(
                select(Panelist).where(Panelist.round_id == round_id).order_by(Panelist.position)
            )
        )
        rnd = self.get_round_row(session, round_id)
        show = rnd.name_student_panelists or self.can(Permission.VIEW_STUDENT_NAMES)
        labels = panelist_labels(profile, rows, show_student_names=show)
        accounts = dict(
            session.execute(
                select(User.id, User.username)
                .join(Panelist, Panelist.user_id == User.id)
                .where(Panelist.round_id == round_id)
            ).all()
        )
        by_panelist: dict[int, list[int]] = {}
        for c in session.scalars(
            select(ConflictDeclaration).join(Panelist).where(Panelist.round_id == round_id)
        ):
            by_panelist.setdefault(c.panelist_id, []).append(c.applicant_id)
        result = []
        for row in rows:
            if only is not None and row.id != only:
                continue
            role = profile.role_type(row.role_type)
            result.append(
                PanelistRow(
                    id=row.id,
                    label=labels[row.id],
                    role_type=row.role_type,
                    role_label=role.label,
                    group=role.group,
                    title=row.title if not role.minor or show else "",
                    is_chair=row.is_chair,
                    is_minor=role.minor,
                    conflicts=tuple(sorted(by_panelist.get(row.id, []))),
                    account=accounts.get(row.user_id or 0, "") if not role.minor or show else "",
                )
            )
        return result
