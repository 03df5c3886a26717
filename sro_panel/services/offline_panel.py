"""Offline panels: a round file out to one panelist's laptop, a signed score file back.

The coordinator makes a round file for a seat (`round_file`); the database keeps
the public key. On the laptop the file becomes a local database of its own
(`open_round_file`), where the panelist scores on the usual page and then saves
a score file (`score_file`). The coordinator imports it (`import_scores`): the
signature must hold against the key kept for that file, the file must be for
that round and seat, and a sheet already submitted from elsewhere is never
overwritten. The whole file goes in, or nothing does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sro_panel.db.models import (
    Applicant,
    InterviewSlot,
    OfflineIssue,
    Panelist,
    Score,
    ScoreFileImport,
    ScoreSheet,
    SelectionRound,
)
from sro_panel.domain import offline_files as files
from sro_panel.errors import InputError, NotFound
from sro_panel.exports.files import check_target, write_atomically
from sro_panel.messages import join, t
from sro_panel.services.base import ServiceBase
from sro_panel.services.panel import panelist_labels
from sro_panel.services.permissions import Permission
from sro_panel.services.results import pool_candidates, recusals
from sro_panel.services.scoring import MAX_NOTE, is_level, submission_record

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class RoundFileOut:
    path: Path
    panelist: str
    candidates: int


@dataclass(frozen=True)
class ScoreImport:
    round_title: str
    panelist: str
    added: tuple[str, ...]
    replaced_drafts: tuple[str, ...]  # drafts started elsewhere, now the file's sheet
    unchanged: tuple[str, ...]  # already in, the same scores
    already_imported: bool = False

    def summary(self) -> str:
        if self.already_imported:
            return t(
                "This score file from {panelist} was imported before; nothing changed.",
                panelist=self.panelist,
            )
        parts = [
            t(
                "{count} sheet(s) from {panelist} imported",
                count=len(self.added),
                panelist=self.panelist,
            )
        ]
        if self.unchanged:
            parts.append(t("{count} already in with the same scores", count=len(self.unchanged)))
        if self.replaced_drafts:
            parts.append(t("drafts replaced for {names}", names=", ".join(self.replaced_drafts)))
        return t("{parts}.", parts=join(parts, "; "))


def write_text(target: Path, text: str) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_text(text, encoding="utf-8")

    write_atomically(target, write)


def candidate_name(a: Applicant) -> str:
    return f"{a.first_name} {a.last_name}"


class OfflinePanelService(ServiceBase):
    # --- the coordinator: round files out ------------------------------------------

    def write_round_file(self, round_id: int, panelist_id: int, target: Path) -> RoundFileOut:
        """Write one seat's round file; the key that will check its score files is kept here."""
        self.require(Permission.MANAGE_PANEL, round_id=round_id)
        check_target(target, files.ROUND_SUFFIX, "a round file")
        private, public = files.new_key_pair()
        token = uuid4().hex
        try:
            return self._issue(round_id, panelist_id, Path(target), token, private, public)
        except BaseException:
            # The key was not kept: a file already written could never be imported.
            if Path(target).exists() and token in Path(target).read_text(errors="replace"):
                Path(target).unlink()
            raise

    def _issue(
        self, round_id: int, panelist_id: int, target: Path, token: str, private: str, public: str
    ) -> RoundFileOut:
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            if rnd.closed_at is not None:
                raise InputError(t("the round is closed; its panel no longer scores"))
            seat = session.get(Panelist, panelist_id)
            if seat is None or seat.round_id != round_id:
                raise NotFound(
                    t(
                        "panelist {panelist_id} is not on this round's panel",
                        panelist_id=panelist_id,
                    )
                )
            body = self._round_file_body(session, rnd, seat)
            session.add(
                OfflineIssue(
                    round_id=round_id,
                    panelist_id=panelist_id,
                    token=token,
                    public_key=public,
                    issued_at=self.now(),
                    issued_by=self.actor.display_name,
                )
            )
            label = body["panelist"]["name"]
            text = files.round_file_text(
                {
                    "format": files.ROUND_FORMAT,
                    "version": files.FORMAT_VERSION,
                    "token": token,
                    "issued_at": self.now().isoformat(),
                    "issued_by": self.actor.display_name,
                    **body,
                    "signing_key": private,
                }
            )
            # Written inside the unit of work: a file that could not be written leaves
            # no key behind, and a key that could not be kept leaves no file.
            write_text(target, text)
            self.audit(
                session,
                "round_file.export",
                target_type="panelist",
                target_id=panelist_id,
                round_id=round_id,
                after={"token": token, "candidates": len(body["candidates"])},
            )
        return RoundFileOut(Path(target), label, len(body["candidates"]))

    def _round_file_body(
        self, session: Session, rnd: SelectionRound, seat: Panelist
    ) -> dict[str, Any]:
        """The round as this seat's laptop needs it: the rubric, candidates by name only."""
        profile = self.round_profile(rnd)
        seats = list(session.scalars(select(Panelist).where(Panelist.round_id == rnd.id)))
        label = panelist_labels(profile, seats, show_student_names=rnd.name_student_panelists)
        recused = {a for p, a in recusals(session, rnd.id) if p == seat.id}
        practice = session.scalars(
            select(Applicant).where(Applicant.round_id == rnd.id, Applicant.is_practice.is_(True))
        ).all()
        slots: dict[int, list[dict[str, Any]]] = {}
        for s in session.scalars(
            select(InterviewSlot)
            .where(InterviewSlot.round_id == rnd.id)
            .order_by(InterviewSlot.starts_at)
        ):
            slots.setdefault(s.applicant_id, []).append(
                {
                    "kind": s.kind,
                    "starts_at": s.starts_at.isoformat(),
                    "minutes": s.minutes,
                    "room": s.room,
                }
            )
        snapshot = rnd.profile_snapshot
        return {
            "round": {
                "id": rnd.id,
                "title": rnd.title,
                "vacancy_title": rnd.vacancy_title,
                "posting_date": rnd.posting_date.isoformat(),
                "application_deadline": rnd.application_deadline.isoformat(),
                "selection_date": rnd.selection_date.isoformat(),
                "positions": rnd.positions,
                "interview_format": rnd.interview_format,
                "profile": {
                    "source_file": snapshot.source_file,
                    "content": snapshot.content,
                    "sha256": snapshot.sha256,
                },
                "criteria": [
                    {
                        "key": c.key,
                        "ref": c.ref,
                        "title": c.title,
                        "text": c.text,
                        "questions": list(c.questions),
                        "probes": list(c.probes),
                        "weight": c.weight,
                        "required": c.required,
                        "scale": list(c.scale),
                    }
                    for c in rnd.criteria
                ],
            },
            "panelist": {
                "id": seat.id,
                "name": label[seat.id],
                "role_type": seat.role_type,
                "title": seat.title,
                "is_chair": seat.is_chair,
            },
            "candidates": [
                {
                    "id": a.id,
                    "first_name": a.first_name,
                    "last_name": a.last_name,
                    "is_practice": a.is_practice,
                    "recused": a.id in recused,
                    "slots": slots.get(a.id, []),
                }
                for a in [*practice, *pool_candidates(session, rnd.id)]
            ],
        }

    # --- the coordinator: score files back -------------------------------------------

    def import_scores(
        self, path: Path, *, round_id: int | None = None, panelist_id: int | None = None
    ) -> ScoreImport:
        """Take in a score file whole, or refuse it whole with the reason."""
        self.require(Permission.ENTER_SCORES, round_id=round_id)
        data = files.read_bytes(Path(path))
        source = str(path)
        score_file, signed = files.parse_score_file(data, source)
        p = score_file.payload
        digest = files.sha256(data)
        with self.transaction() as session:
            issue = session.scalar(select(OfflineIssue).where(OfflineIssue.token == p.token))
            if issue is None:
                raise files.OfflineFileError(
                    t(
                        "{source}: this score file does not come from a round file made from "
                        "this database; nothing was imported",
                        source=source,
                    )
                )
            if not files.signature_holds(signed, score_file.signature, issue.public_key):
                raise files.OfflineFileError(
                    t(
                        "{source}: the signature does not match: the file was changed after "
                        "the panelist saved it, or it was not made from this round file; "
                        "nothing was imported",
                        source=source,
                    )
                )
            rnd = self.get_round_row(session, issue.round_id)
            seat = session.get(Panelist, issue.panelist_id)
            assert seat is not None
            if p.round_id != issue.round_id or p.panelist_id != issue.panelist_id:
                raise files.OfflineFileError(
                    t(
                        "{source}: the file names another round or panel seat than its round "
                        "file was made for; nothing was imported",
                        source=source,
                    )
                )
            if round_id is not None and round_id != issue.round_id:
                raise files.OfflineFileError(
                    t(
                        "{source}: this score file is for round {round_id} ({title}), not "
                        "round {other_round}; nothing was imported",
                        source=source,
                        round_id=issue.round_id,
                        title=rnd.title,
                        other_round=round_id,
                    )
                )
            labels = panelist_labels(
                self.round_profile(rnd),
                list(session.scalars(select(Panelist).where(Panelist.round_id == rnd.id))),
                show_student_names=self.can(Permission.VIEW_STUDENT_NAMES),
            )
            label = labels[seat.id]
            if panelist_id is not None and panelist_id != seat.id:
                other = labels.get(panelist_id, f"panelist {panelist_id}")
                raise files.OfflineFileError(
                    t(
                        "{source}: this score file is from {label}, not {other}; nothing was "
                        "imported",
                        source=source,
                        label=label,
                        other=other,
                    )
                )
            seen = session.scalar(
                select(ScoreFileImport).where(
                    ScoreFileImport.issue_id == issue.id, ScoreFileImport.sha256 == digest
                )
            )
            if seen is not None:
                return ScoreImport(rnd.title, label, (), (), (), already_imported=True)
            if rnd.closed_at is not None:
                raise InputError(
                    t("{source}: the round is closed; nothing was imported", source=source)
                )
            result = self._take_sheets(session, rnd, seat, p, source)
            session.add(
                ScoreFileImport(
                    issue_id=issue.id,
                    sha256=digest,
                    sheets=len(result[0]) + len(result[1]),
                    imported_at=self.now(),
                    imported_by=self.actor.display_name,
                )
            )
            self.audit(
                session,
                "score_file.import",
                target_type="panelist",
                target_id=seat.id,
                round_id=rnd.id,
                after={
                    "sha256": digest,
                    "token": p.token,
                    "added": len(result[0]) + len(result[1]),
                    "unchanged": len(result[2]),
                },
            )
            return ScoreImport(rnd.title, label, *result)

    def _take_sheets(
        self,
        session: Session,
        rnd: SelectionRound,
        seat: Panelist,
        p: files.ScorePayload,
        source: str,
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        criteria = {c.key: c for c in rnd.criteria}
        choices = {c.id for c in self.round_profile(rnd).recommendations}
        recused = {a for s, a in recusals(session, rnd.id) if s == seat.id}
        added: list[str] = []
        replaced: list[str] = []
        unchanged: list[str] = []
        for n, entry in enumerate(p.sheets, start=1):
            where = f"{source}: sheet {n}"
            applicant = session.get(Applicant, entry.applicant_id)
            if applicant is None or applicant.round_id != rnd.id:
                raise files.OfflineFileError(
                    t("{where}: no such candidate in this round", where=where)
                )
            name = candidate_name(applicant)
            where = f"{source}: {name}"
            if not (applicant.in_pool or applicant.is_practice):
                raise InputError(
                    t("{where}: no longer in the interview pool; nothing was imported", where=where)
                )
            if applicant.id in recused:
                raise InputError(
                    t(
                        "{where}: the panelist has a declared conflict with this candidate; "
                        "nothing was imported",
                        where=where,
                    )
                )
            values: dict[int, tuple[int | None, str]] = {}
            for s in entry.scores:
                crit = criteria.get(s.criterion)
                if crit is None:
                    raise files.OfflineFileError(
                        t("{where}: no criterion {criterion!r}", where=where, criterion=s.criterion)
                    )
                if s.value is not None and not is_level(crit, s.value):
                    raise files.OfflineFileError(
                        t(
                            "{where}: {title}: {value} is not a level of the scale",
                            where=where,
                            title=crit.title,
                            value=s.value,
                        )
                    )
                if len(s.note) > MAX_NOTE:
                    raise files.OfflineFileError(
                        t("{where}: {title}: the note is too long", where=where, title=crit.title)
                    )
                values[crit.id] = (s.value, s.note)
            missing = [
                c.title for c in rnd.criteria if c.required and values.get(c.id, (None,))[0] is None
            ]
            if missing:
                raise files.OfflineFileError(
                    t("{where}: no score for {value}", where=where, value=", ".join(missing))
                )
            if entry.recommendation not in choices:
                raise files.OfflineFileError(
                    t("{where}: no valid overall recommendation", where=where)
                )
            sheet = session.scalar(
                select(ScoreSheet)
                .where(ScoreSheet.panelist_id == seat.id, ScoreSheet.applicant_id == applicant.id)
                .options(selectinload(ScoreSheet.scores))
            )
            if sheet is not None and sheet.status == "submitted":
                held = {x.criterion_id: x.value for x in sheet.scores}
                if held == {k: v for k, (v, _) in values.items()} and (
                    sheet.recommendation == entry.recommendation
                ):
                    unchanged.append(name)
                    continue
                origin = {"paper": "keyed in from paper", "file": "imported from a score file"}
                raise InputError(
                    t(
                        "{where}: a different sheet was already submitted for this panelist "
                        "({origin}{value}); the file would overwrite it, so nothing was "
                        "imported",
                        where=where,
                        origin=origin.get(sheet.source, "on a laptop"),
                        value=", by " + sheet.keyed_by if sheet.keyed_by else "",
                    )
                )
            if sheet is not None:
                replaced.append(name)
                sheet.scores.clear()
                session.flush()
            else:
                sheet = ScoreSheet(panelist_id=seat.id, applicant_id=applicant.id)
                session.add(sheet)
                added.append(name)
            sheet.status = "submitted"
            sheet.recommendation = entry.recommendation
            sheet.note = entry.note[:MAX_NOTE]
            sheet.source = "file"
            sheet.keyed_by = self.actor.display_name
            sheet.submitted_at = entry.submitted_at.astimezone(dt.UTC)
            sheet.updated_at = self.now()
            for crit_id, (value, note) in values.items():
                sheet.scores.append(Score(criterion_id=crit_id, value=value, note=note))
            session.flush()
            self.audit(
                session,
                "score.submit",
                target_type="score_sheet",
                target_id=sheet.id,
                round_id=rnd.id,
                after=submission_record(sheet),
            )
        return tuple(added), tuple(replaced), tuple(unchanged)
