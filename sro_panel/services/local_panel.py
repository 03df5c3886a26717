"""A panelist's laptop as an offline panel: its own database made from a round file.

`open_round_file` makes the database the first time a round file is opened and
reopens it (drafts and all) every time after. The panelist scores on the usual
page as the file's one seat; `write_score_file` signs the submitted sheets with
the round file's key for the coordinator to import (services/offline_panel.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from sro_panel.db.models import (
    Applicant,
    ConflictDeclaration,
    InterviewSlot,
    LocalPanel,
    Panelist,
    ProfileSnapshot,
    RubricCriterion,
    ScoreSheet,
    SelectionRound,
)
from sro_panel.domain import offline_files as files
from sro_panel.errors import InputError
from sro_panel.exports.files import check_target
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.context import Actor
from sro_panel.services.offline_panel import candidate_name, write_text
from sro_panel.services.permissions import Role
from sro_panel.services.results import recusals

if TYPE_CHECKING:
    from sro_panel.services.app import Services


@dataclass(frozen=True)
class LocalPanelInfo:
    round_id: int
    panelist_id: int
    panelist_name: str
    round_title: str
    token: str


@dataclass(frozen=True)
class ScoreFileOut:
    path: Path
    sheets: int
    not_submitted: tuple[str, ...]  # candidates still to score, not in the file


class LocalPanelService(ServiceBase):
    def make_local_panel(self, round_file: files.RoundFile, sha256: str) -> LocalPanelInfo:
        """Fill an empty database with the round file's round, seat and candidates."""
        rf = round_file
        with self.transaction() as session:
            if session.scalar(select(func.count()).select_from(SelectionRound)):
                raise InputError(t("this database already holds rounds; a round file opens alone"))
            snapshot = ProfileSnapshot(
                profile_id=rf.round.profile.source_file.rsplit(".", 1)[0][:40],
                name=rf.round.title,
                source_file=rf.round.profile.source_file,
                content=rf.round.profile.content,
                sha256=rf.round.profile.sha256,
                loaded_at=self.now(),
            )
            rnd = SelectionRound(
                profile_snapshot=snapshot,
                title=rf.round.title,
                vacancy_title=rf.round.vacancy_title,
                posting_date=rf.round.posting_date,
                application_deadline=rf.round.application_deadline,
                selection_date=rf.round.selection_date,
                positions=rf.round.positions,
                interview_format=rf.round.interview_format,
                name_student_panelists=True,  # the panelist's own name, on their own laptop
                created_at=self.now(),
            )
            rnd.criteria = [
                RubricCriterion(
                    key=c.key,
                    position=i,
                    ref=c.ref,
                    title=c.title,
                    text=c.text,
                    questions=list(c.questions),
                    probes=list(c.probes),
                    weight=c.weight,
                    required=c.required,
                    scale=[lvl.model_dump() for lvl in c.scale],
                )
                for i, c in enumerate(rf.round.criteria)
            ]
            session.add(rnd)
            session.flush()
            self.round_profile(rnd)  # the profile must parse here as it did there
            seat = Panelist(
                round_id=rnd.id,
                display_name=rf.panelist.name,
                role_type=rf.panelist.role_type,
                title=rf.panelist.title,
                is_chair=rf.panelist.is_chair,
            )
            session.add(seat)
            mapping: dict[str, int] = {}
            for c in rf.candidates:
                a = Applicant(
                    round_id=rnd.id,
                    employee_id=f"#{c.id}",
                    first_name=c.first_name,
                    last_name=c.last_name,
                    in_pool=not c.is_practice,
                    is_practice=c.is_practice,
                    created_at=self.now(),
                )
                session.add(a)
                session.flush()
                mapping[str(a.id)] = c.id
                for s in c.slots:
                    session.add(
                        InterviewSlot(
                            round_id=rnd.id,
                            applicant_id=a.id,
                            kind=s.kind,
                            starts_at=s.starts_at,
                            minutes=s.minutes,
                            room=s.room,
                        )
                    )
                if c.recused:
                    session.add(
                        ConflictDeclaration(
                            panelist_id=seat.id,
                            applicant_id=a.id,
                            reason="declared with the panel's coordinator",
                            declared_at=self.now(),
                        )
                    )
            session.flush()
            local = LocalPanel(
                token=rf.token,
                round_id=rnd.id,
                panelist_id=seat.id,
                private_key=rf.signing_key,
                remote={
                    "round_id": rf.round.id,
                    "round_title": rf.round.title,
                    "panelist_id": rf.panelist.id,
                    "applicants": mapping,
                },
                source_sha256=sha256,
                created_at=self.now(),
            )
            session.add(local)
            self.audit(
                session,
                "round_file.open",
                target_type="round",
                target_id=rnd.id,
                round_id=rnd.id,
                after={"token": rf.token, "sha256": sha256, "candidates": len(rf.candidates)},
            )
            return LocalPanelInfo(rnd.id, seat.id, seat.display_name, rnd.title, rf.token)

    def local_panel(self) -> LocalPanelInfo | None:
        """What this database was made from, if it is a panelist's local panel."""
        with self.transaction() as session:
            local = session.scalar(select(LocalPanel))
            if local is None:
                return None
            seat = session.get(Panelist, local.panelist_id)
            rnd = session.get(SelectionRound, local.round_id)
            assert seat is not None and rnd is not None
            return LocalPanelInfo(rnd.id, seat.id, seat.display_name, rnd.title, local.token)

    def write_score_file(self, target: Path) -> ScoreFileOut:
        """The seat's submitted sheets, signed with the round file's key."""
        check_target(target, files.SCORE_SUFFIX, "a score file")
        with self.transaction() as session:
            local = session.scalar(select(LocalPanel))
            if local is None:
                raise InputError(
                    t(
                        "this database was not made from a round file; score files are saved "
                        "on a panelist's laptop"
                    )
                )
            if local.panelist_id not in self.actor.panelist_ids:
                raise self.denied(
                    f"{self.actor.display_name} does not hold this panel seat",
                    "score_own",
                    round_id=local.round_id,
                )
            seat = session.get(Panelist, local.panelist_id)
            assert seat is not None
            to_remote = {int(k): v for k, v in local.remote["applicants"].items()}
            keys = {
                c.id: c.key
                for c in session.scalars(
                    select(RubricCriterion).where(RubricCriterion.round_id == local.round_id)
                )
            }
            sheets = session.scalars(
                select(ScoreSheet)
                .where(ScoreSheet.panelist_id == local.panelist_id)
                .options(selectinload(ScoreSheet.scores))
            ).all()
            names = {
                a.id: candidate_name(a)
                for a in session.scalars(
                    select(Applicant).where(Applicant.round_id == local.round_id)
                )
            }
            done = [s for s in sheets if s.status == "submitted"]
            if not done:
                raise InputError(
                    t("no sheet is submitted yet: submit your sheets, then save the score file")
                )
            recused = {a for p, a in recusals(session, local.round_id) if p == local.panelist_id}
            submitted = {s.applicant_id for s in done}
            not_submitted = tuple(
                names[a] for a in to_remote if a not in submitted and a not in recused
            )
            payload = {
                "format": files.SCORE_FORMAT,
                "version": files.FORMAT_VERSION,
                "token": local.token,
                "round_id": local.remote["round_id"],
                "round_title": local.remote["round_title"],
                "panelist_id": local.remote["panelist_id"],
                "panelist_name": seat.display_name,
                "exported_at": self.now().isoformat(),
                "sheets": [
                    {
                        "applicant_id": to_remote[s.applicant_id],
                        "applicant_name": names[s.applicant_id],
                        "recommendation": s.recommendation,
                        "note": s.note,
                        "submitted_at": s.submitted_at.isoformat() if s.submitted_at else "",
                        "scores": [
                            {"criterion": keys[x.criterion_id], "value": x.value, "note": x.note}
                            for x in sorted(s.scores, key=lambda x: keys[x.criterion_id])
                        ],
                    }
                    for s in sorted(done, key=lambda s: to_remote[s.applicant_id])
                ],
            }
            text = files.score_file_text(payload, local.private_key)
            write_text(target, text)
            self.audit(
                session,
                "score_file.export",
                target_type="round",
                target_id=local.round_id,
                round_id=local.round_id,
                after={"sheets": len(done), "sha256": files.sha256(text.encode("utf-8"))},
            )
        return ScoreFileOut(Path(target), len(done), not_submitted)


def local_actor(info: LocalPanelInfo) -> Actor:
    """Who works on a local panel: its one seat, as a panelist."""
    return Actor(
        f"panel-{info.token[:8]}", info.panelist_name, Role.PANELIST, frozenset({info.panelist_id})
    )


def panels_folder() -> Path:
    """Where a laptop keeps the local panels made from round files."""
    from sro_panel.db.engine import user_data_dir

    return user_data_dir() / "panels"


def open_local_panel(path: Path) -> Services:
    return open_round_file(path, panels_folder())


def open_round_file(path: Path, folder: Path) -> Services:
    """The laptop's own database for this round file: made on first opening, reopened after
    (with its drafts) every time the same file is opened again."""
    from sro_panel.db.engine import Database
    from sro_panel.db.migrate import upgrade_to_head
    from sro_panel.services.app import Services

    path = Path(path)
    data = files.read_bytes(path)
    round_file = files.parse_round_file(data, str(path))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{round_file.token}.db"
    fresh = not target.exists()
    db = Database.open(f"sqlite:///{target}")
    try:
        upgrade_to_head(db)
        services = Services(db, Actor.local_administrator())
        if fresh:
            info = services.local_panel.make_local_panel(round_file, files.sha256(data))
        else:
            found = services.local_panel.local_panel()
            if found is None or found.token != round_file.token:
                raise files.OfflineFileError(
                    t(
                        "{target}: not the local panel of {name}; move it aside and open the "
                        "round file again",
                        target=target,
                        name=path.name,
                    )
                )
            info = found
    except BaseException:
        db.dispose()
        if fresh:
            target.unlink(missing_ok=True)
        raise
    return services.as_actor(local_actor(info))
