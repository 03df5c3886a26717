"""Reading and checking the audit trail: its head, and `verify` (the chain and the scores).

`verify` walks every entry in sequence order and checks each seal against the
key, then checks every submitted score sheet against what the trail says was
submitted (and changed in consensus): a score edited, deleted or added behind
the app's back no longer matches its sealed record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_panel.db.models import AuditEntry, RubricCriterion, Score, ScoreSheet
from sro_panel.domain.audit_seal import SealedEntry, first_break
from sro_panel.services.audit import fields_of
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission

ENTRY_BATCH = 2000


@dataclass(frozen=True)
class AuditHead:
    seq: int
    seal: str

    def short(self) -> str:
        """How exports print it: enough to compare with `sro-panel audit verify`."""
        return f"audit #{self.seq} {self.seal[:12]}"


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    actor: str
    machine: str
    action: str
    target: str  # "score_sheet 12", or ""
    round_id: int | None
    outcome: str
    before: object
    after: object
    detail: str


@dataclass(frozen=True)
class Verification:
    entries: int
    sheets: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class AuditService(ServiceBase):
    def head(self) -> AuditHead | None:
        """The last sealed entry: printed in every export's footer."""
        with self.transaction() as session:
            row = session.execute(
                select(AuditEntry.seq, AuditEntry.seal).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()
        if row is None or row.seal is None:
            return None
        return AuditHead(row.seq, row.seal)

    def entries(self, *, round_id: int | None = None, limit: int = 2000) -> list[AuditRow]:
        """The newest entries first (of one round, or all); reading the trail is audited."""
        self.require(Permission.VIEW_AUDIT, round_id=round_id)
        with self.transaction() as session:
            self.audit(
                session,
                "audit.read",
                round_id=round_id,
                after={"round_id": round_id, "limit": limit},
            )
            query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
            if round_id is not None:
                query = query.where(AuditEntry.round_id == round_id)
            return [
                AuditRow(
                    e.seq,
                    e.at,
                    e.actor,
                    e.machine,
                    e.action,
                    f"{e.target_type} {e.target_id}".strip(),
                    e.round_id,
                    e.outcome,
                    e.before,
                    e.after,
                    e.detail,
                )
                for e in session.scalars(query)
            ]

    def verify(self) -> Verification:
        """Check the whole chain and every submitted sheet; the check is itself audited."""
        self.require(Permission.VIEW_AUDIT)
        with self.transaction() as session:
            self.audit(session, "audit.verify")  # also seals entries older than seals
        with self.transaction() as session:
            entries = self._entries(session)
            broken = first_break(self._app.audit_key, entries)
            problems = [broken] if broken else []
            count = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))
            sheets, score_problems = self._check_scores(session)
        return Verification(count or 0, sheets, tuple(problems + score_problems))

    @staticmethod
    def _entries(session: Session) -> list[SealedEntry]:
        return [
            SealedEntry(e.id, fields_of(e), e.prev_seal or "", e.seal or "")
            for e in session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=ENTRY_BATCH)
            )
        ]

    @staticmethod
    def _check_scores(session: Session) -> tuple[int, list[str]]:
        """Submitted sheets against the trail's record of their submission and consensus."""
        key_to_id = {(c.round_id, c.key): c.id for c in session.scalars(select(RubricCriterion))}
        expected: dict[int, dict[str, object]] = {}
        for e in session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action.in_(("score.submit", "score.baseline", "score.consensus")),
                AuditEntry.outcome == "ok",
            )
            .order_by(AuditEntry.seq)
        ):
            after = e.after
            if not e.target_id.isdigit() or not isinstance(after, dict):
                continue  # not a record the app wrote: the seal check above names it
            sheet_id = int(e.target_id)
            if e.action in ("score.submit", "score.baseline"):
                expected[sheet_id] = {
                    "values": _by_criterion(after.get("values")),
                    "recommendation": after.get("recommendation"),
                    "consensus": _by_criterion(after.get("consensus")),
                }
            elif sheet_id in expected and e.round_id is not None:
                criterion = key_to_id.get((e.round_id, str(after.get("criterion"))))
                consensus = expected[sheet_id]["consensus"]
                assert isinstance(consensus, dict)
                consensus[criterion] = after.get("consensus_value")
        problems: list[str] = []
        sheets = {
            s.id: s
            for s in session.scalars(select(ScoreSheet).where(ScoreSheet.status == "submitted"))
        }
        scores: dict[int, dict[int, tuple[int | None, int | None]]] = {}
        for sc in session.scalars(select(Score).where(Score.sheet_id.in_(list(sheets)))):
            scores.setdefault(sc.sheet_id, {})[sc.criterion_id] = (sc.value, sc.consensus_value)
        for sheet_id, sheet in sheets.items():
            record = expected.get(sheet_id)
            if record is None:
                problems.append(f"score sheet {sheet_id}: submitted, but no submission is recorded")
                continue
            current = scores.get(sheet_id, {})
            values = {c: v for c, (v, _) in current.items()}
            if values != record["values"] or sheet.recommendation != record["recommendation"]:
                problems.append(
                    f"score sheet {sheet_id}: its scores differ from those recorded at submission"
                )
                continue
            consensus = record["consensus"]
            assert isinstance(consensus, dict)
            changed = {c: cv for c, (_, cv) in current.items() if cv is not None}
            if changed != {c: v for c, v in consensus.items() if v is not None}:
                problems.append(
                    f"score sheet {sheet_id}: its consensus changes differ from those recorded"
                )
        for sheet_id in sorted(set(expected) - set(sheets)):
            problems.append(f"score sheet {sheet_id}: recorded as submitted, but missing")
        return len(sheets), problems


def _by_criterion(recorded: object) -> dict[int, object]:
    """A recorded {criterion id: value} map, whatever the JSON round trip left of it."""
    if not isinstance(recorded, dict):
        return {}
    return {int(k): v for k, v in recorded.items() if str(k).isdigit()}
