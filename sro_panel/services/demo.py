"""The demo round: a realistic, synthetic Milwaukee selection, the same on every database.

Every name is invented. Randomness is seeded and the clock is fixed, so the
demo written to SQLite and to PostgreSQL is the same round.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sro_panel.db.models import Panelist, Score, ScoreSheet, User
from sro_panel.paths import forms_dir
from sro_panel.services.applicants import ApplicantInput, BreakInput
from sro_panel.services.base import ServiceBase
from sro_panel.services.context import Actor, Clock
from sro_panel.services.panel import PanelistRow
from sro_panel.services.permissions import Permission, Role
from sro_panel.services.rounds import RoundInput
from sro_panel.services.scoring import submission_record
from sro_panel.services.screening import ApplicantScreening

if TYPE_CHECKING:
    from sro_panel.services.app import Services

SEED = 2026
LOCAL = ZoneInfo("America/Chicago")
SELECTION_DATE = dt.date(2026, 11, 2)

FIRST = (
    "José", "Aaliyah", "Siobhán", "Darnell", "Mariana", "Tomás", "Keisha", "Björn", "Nadia",
    "DeShawn", "Zoë", "Luis", "Hoa", "Fatima", "Brendan", "Yesenia", "Kwame", "Ingrid",
    "Andre", "Renée", "Malik", "Chloé", "Tyrone", "Xochitl", "Patrick", "Imani", "Ramón",
    "Leticia", "Jamal", "Noémie", "Terrence", "Soo-jin", "Marisol", "Dmitri", "Ayanna",
    "Declan", "Paola", "Cedric", "Anneliese", "Jorge",
)  # fmt: skip
LAST = (
    "Ramírez-Ortiz", "O'Connor", "Nguyễn", "Washington", "Kowalczyk", "Peña", "Lindqvist",
    "Haddad", "Johnson-Bey", "Castañeda", "Okafor", "Mueller", "D'Angelo", "Thao", "Szymański",
    "Reyes", "Abernathy", "García", "Vang", "Ó Súilleabháin", "Brooks-Hale", "Jiménez",
    "Fitzgerald", "Oyelaran", "Schröder", "Delgado", "Mbeki-Lawson", "Lor", "Novak", "Quiñones",
    "St. Clair", "Yilmaz", "Harrington", "Esposito", "Kaczmarek", "Moreno", "Adebayo",
    "Lemieux", "Her", "Villanueva",
)  # fmt: skip
ASSIGNMENTS = (
    "District 1", "District 2", "District 3", "District 4", "District 5", "District 6",
    "District 7", "Community Resource Division", "Neighborhood Task Force", "Patrol Bureau",
)  # fmt: skip
YOUTH = (
    "", "Boys & Girls Clubs volunteer (4 years)", "Youth basketball coach",
    "Police Athletic League mentor", "Explorer post advisor", "Summer reading program volunteer",
    "Church youth group leader", "",
)  # fmt: skip

PANEL = (
    ("Anaïs Delacroix-Moore", "mps_staff", "Principal (synthetic)", False),
    ("Marcus Feldmann", "mps_staff", "School counselor (synthetic)", False),
    ("Tomasz Wiśniewski", "community", "Neighborhood association (synthetic)", False),
    ("Guadalupe Ortega-Ruiz", "community", "Parent representative (synthetic)", False),
    ("Jaylen Okonkwo", "mps_student", "Grade 11 (synthetic)", False),
    ("Renée Halvorsen", "mpd", "Captain, Community Resource Division (synthetic)", True),
    ("Darnell Whitfield", "mpd", "Lieutenant (synthetic)", False),
    ("Mei-Ling Carver", "mpd", "Sergeant (synthetic)", False),
)
NOTES = (
    "Clear, specific examples.",
    "Thoughtful about students' point of view.",
    "Answer stayed general; probes did not add much.",
    "Strong on procedure, less on relationships.",
    "Would be a good fit for middle schools.",
    "",
    "",
    "",
)


@dataclass(frozen=True)
class DemoResult:
    round_id: int
    applicants: int
    eligible: int
    panelists: int
    submitted_sheets: int
    draft_sheets: int


def fixed_clock(start: dt.datetime) -> Clock:
    """A clock that starts at `start` and moves one second per reading (deterministic)."""
    ticks = itertools.count()
    return lambda: start + dt.timedelta(seconds=next(ticks))


def _applicant(i: int, rng: random.Random, shift: int = 0, id_base: int = 104200) -> ApplicantInput:
    """Applicant `i`; the index decides which requirement (if any) the demo makes them fail."""
    years_ago = rng.choice((4, 5, 6, 8, 9, 11, 13, 15))
    start = dt.date(2026 - years_ago, rng.randint(1, 12), rng.randint(1, 28))
    breaks: tuple[BreakInput, ...] = ()
    juvenile: int | None = 0
    total = rng.choice((0, 0, 0, 1, 2))
    if i == 0:
        start = dt.date(2024, 6, 3)  # 2 years: too short
    elif i == 1:
        start = dt.date(2025, 1, 13)
    elif i == 2:  # rehired: the count restarts after the separation
        start = dt.date(2015, 3, 2)
        breaks = (BreakInput("separation", dt.date(2022, 5, 1), dt.date(2024, 2, 29), "Rehired"),)
    elif i == 3:  # 3 years less a long unpaid leave, not credited
        start = dt.date(2023, 8, 1)
        breaks = (BreakInput("unpaid_leave", dt.date(2024, 9, 1), dt.date(2024, 12, 31), "Leave"),)
    elif i == 4:  # started on 29 February: three years met on 1 March 2023
        start = dt.date(2020, 2, 29)
    elif i in (5, 6):
        juvenile, total = i - 4, total + i - 4
    elif i == 7:
        juvenile = None  # not on record: needs review
    elif i == 14:  # a separation entered by mistake; HR overrides with approval
        start = dt.date(2012, 4, 16)
        breaks = (
            BreakInput("separation", dt.date(2025, 1, 1), dt.date(2025, 1, 2), "Entry error"),
        )
    return ApplicantInput(
        employee_id=f"E{id_base + i * 37:06d}",
        first_name=FIRST[i],
        last_name=LAST[(i + shift) % len(LAST)],
        rank=rng.choice(("Police Officer", "Police Officer", "Police Officer", "Detective")),
        assignment=rng.choice(ASSIGNMENTS),
        email=f"{FIRST[i][0].lower()}{i:02d}.demo@example.org",
        phone=f"414-555-{1000 + i * 17:04d}",
        applied_on=dt.date(2026, 9, 2) + dt.timedelta(days=rng.randint(0, 27)),
        service_start=None if i == 8 else start,
        sustained_juvenile_complaints=juvenile,
        sustained_complaints=total if juvenile is not None else None,
        attendance_note="" if i != 9 else "14 unscheduled absences in the last 12 months",
        discipline_note=(
            f"{total} sustained complaint(s), {juvenile} involving a juvenile; IA summary on file"
            if juvenile is not None and total
            else ""
        ),
        youth_programs=rng.choice(YOUTH),
        record_source="HR roster export (synthetic)",
        record_pulled_on=dt.date(2026, 10, 1),
        breaks=breaks,
    )


# (user name, name, role, password): synthetic people, passwords for the demo only.
DEMO_ACCOUNTS = (
    ("admin", "Administrator (demo)", Role.ADMINISTRATOR, "copper lantern 41 demo"),
    ("hr", "HR coordinator (demo)", Role.HR_COORDINATOR, "maple ledger 73 demo"),
    ("chair", "Renée Halvorsen", Role.PANEL_CHAIR, "granite harbor 16 demo"),
    ("student", "Jaylen Okonkwo", Role.PANELIST, "violet comet 29 demo"),
    ("chief", "Chief of Police (synthetic)", Role.DECISION_MAKER, "silver meadow 84 demo"),
    ("director", "MPS Director of Safety (synthetic)", Role.DECISION_MAKER, "amber river 62 demo"),
    ("training", "Training coordinator (demo)", Role.TRAINING_COORDINATOR, "cedar compass 37 demo"),
    ("auditor", "Auditor (demo)", Role.AUDITOR, "indigo atlas 95 demo"),
)


class DemoService(ServiceBase):
    def write_demo(self) -> DemoResult:
        """Write the demo rounds into the database and return what the current one holds.

        Round one is mid-scoring (drafts, a sheet not started) for trying the panel's
        work; round two, an earlier selection, is decided and closed.
        """
        self.require(Permission.MANAGE_ROUND)
        app = self._app.as_actor(self.actor)
        app.clock = fixed_clock(dt.datetime(2026, 10, 1, 14, 0, tzinfo=dt.UTC))
        current = DemoService(app)._write_round(
            title="MPS School Resource Officers 2026-27 (demo)",
            dates=(dt.date(2026, 9, 1), dt.date(2026, 9, 30), SELECTION_DATE),
            interviews=dt.date(2026, 10, 19),
            indexes=range(40),
            shift=0,
            id_base=104200,
            positions=25,
            complete=False,
        )
        earlier = DemoService(app)._write_round(
            title="MPS School Resource Officers, court-ordered selection (demo)",
            dates=(dt.date(2026, 7, 27), dt.date(2026, 8, 14), dt.date(2026, 9, 8)),
            interviews=dt.date(2026, 8, 24),
            indexes=range(15, 40),
            shift=11,
            id_base=207300,
            positions=12,
            complete=True,
        )
        DemoService(app)._decide(earlier.round_id, positions=12)
        from sro_panel.services.demo_training import write_training

        write_training(app, earlier.round_id)
        DemoService(app)._accounts(current.round_id)
        return current

    def _accounts(self, round_id: int) -> None:
        """One account per role (printed by `sro-panel demo`); the chair and the student
        hold their seats on the current round. Skipped when accounts exist already."""
        if self._app.accounts.any_accounts():
            return
        username, name, _, password = DEMO_ACCOUNTS[0]
        self._app.accounts.create_first_administrator(username, name, password)
        admin = self._app.as_actor(self._app.accounts.sign_in(username, password))
        for username, name, role, password in DEMO_ACCOUNTS[1:]:
            admin.accounts.add_account(username, name, role, password)
        seats = {"chair": "Renée Halvorsen", "student": "Jaylen Okonkwo"}
        with self.transaction() as session:
            users = {
                u.username: u.id
                for u in session.scalars(select(User).where(User.username.in_(list(seats))))
            }
            for username, seat_name in seats.items():
                seat = session.scalar(
                    select(Panelist).where(
                        Panelist.round_id == round_id, Panelist.display_name == seat_name
                    )
                )
                if seat is not None:
                    seat.user_id = users[username]
                    self.audit(
                        session,
                        "panel.seat_account",
                        target_type="panelist",
                        target_id=seat.id,
                        round_id=round_id,
                        after={"user": username},
                    )

    def _write_round(
        self,
        *,
        title: str,
        dates: tuple[dt.date, dt.date, dt.date],
        interviews: dt.date,
        indexes: range,
        shift: int,
        id_base: int,
        positions: int,
        complete: bool,
    ) -> DemoResult:
        app = self._app
        rng = random.Random(f"{SEED}-{title}")
        rnd = app.rounds.create_round(
            RoundInput(
                profile_file=forms_dir() / "milwaukee-mpd.toml",
                title=title,
                vacancy_title="School Resource Officer",
                posting_date=dates[0],
                application_deadline=dates[1],
                selection_date=dates[2],
                positions=positions,
                interview_format="both",
            )
        )
        applicants = {
            i: app.applicants.add_applicant(rnd.id, _applicant(i, rng, shift, id_base))
            for i in indexes
        }
        requirements = [r.id for r in rnd.profile.requirements if r.kind == "attested"]
        for i, a in applicants.items():
            for req in requirements:
                if i in (10, 11, 12) and req == "attendance":
                    continue  # attestation still pending: needs review
                verdict = "pass"
                note = ""
                if (i == 9 and req == "attendance") or (i == 13 and req == "good_standing"):
                    verdict = "fail"
                    note = "See HR file." if i == 9 else "Open internal investigation."
                app.screening.attest(
                    a.id,
                    req,
                    verdict,
                    evidence_source="HR attendance record"
                    if req == "attendance"
                    else "Internal Affairs check",
                    evidence_date=dates[1] + dt.timedelta(days=5),
                    note=note,
                )
        if 14 in applicants:
            # An approved override: the separation on record was a data-entry error.
            app.screening.override(
                applicants[14].id,
                "uninterrupted_service",
                "pass",
                reason="Break on record is a data-entry error; HR confirmed continuous service",
                approved_by="Deputy Inspector (synthetic)",
            )
        screened = app.screening.screen_round(rnd.id)
        eligible = [s for s in screened if s.eligibility == "eligible"]
        for s, start in zip(eligible, _slot_times(len(eligible), interviews), strict=True):
            app.pool.set_in_pool(s.applicant_id, True)
            app.pool.add_slot(
                s.applicant_id, kind="interview", starts_at=start, minutes=30, room="Room 214"
            )
            app.pool.add_slot(
                s.applicant_id,
                kind="presentation",
                starts_at=start + dt.timedelta(minutes=30),
                minutes=15,
                room="Room 216",
            )
        panel = [
            app.panel.add_panelist(rnd.id, name=n, role_type=r, title=t, is_chair=c)
            for n, r, t, c in PANEL
        ]
        conflicted = eligible[3].applicant_id
        app.panel.declare_conflict(
            panel[7].id, conflicted, "Was this candidate's direct supervisor in District 5."
        )
        if not complete:
            app.applicants.add_practice_candidate(rnd.id)
        submitted, drafts = self._scores(
            app, rnd.id, panel, eligible, conflicted, rng, complete=complete, day=interviews
        )
        return DemoResult(rnd.id, len(applicants), len(eligible), len(panel), submitted, drafts)

    def _decide(self, round_id: int, *, positions: int) -> None:
        """Consensus, the chair's summary, the conference and the Chief's decisions, then close."""
        app = self._app
        panel = app.panel.list_panelists(round_id)
        chair = next(p for p in panel if p.is_chair)

        def seat(p: PanelistRow) -> Services:
            role = Role.PANEL_CHAIR if p.is_chair else Role.PANELIST
            return app.as_actor(Actor(f"seat-{p.id}", p.label, role, frozenset({p.id})))

        seat(chair).scoring.open_consensus(round_id)
        ranked = seat(chair).results.combined(round_id).results.candidates
        changer = next(p for p in panel if p.role_type == "community")
        seat(changer).scoring.change_in_consensus(
            changer.id,
            ranked[4].candidate_id,
            "interpersonal",
            value=4,
            reason="Reheard the answer about the teacher; it was stronger than I first noted",
        )
        seat(chair).decisions.finalize(
            round_id,
            "A strong field. The panel was unanimous on the first five; the student and "
            "community members valued candidates' youth work more than the officers did.",
        )
        chief = app.as_actor(
            Actor("demo-chief", "Chief of Police (synthetic)", Role.DECISION_MAKER)
        )
        summary = chief.decisions.state(round_id).summary
        chief.decisions.record_conference(
            round_id,
            held_on=app.clock().date(),
            attendees="Chief of Police; MPS Director of Safety (synthetic)",
            notes="Agreed to follow the panel's order, with one exchange for school coverage.",
        )
        for n, c in enumerate(summary):
            outcome = (
                "selected"
                if n < positions
                else "alternate"
                if n < positions + 3
                else "not_selected"
            )
            reason = ""
            if n == positions - 1:
                outcome = "alternate"
            elif n == positions:
                outcome = "selected"
                reason = (
                    "Spanish-speaking; the district asked for coverage of two bilingual schools"
                )
            chief.decisions.decide(c.applicant_id, outcome, reason=reason)
        chief.decisions.close_round(round_id)

    def _scores(
        self,
        app: Services,
        round_id: int,
        panel: list[PanelistRow],
        eligible: list[ApplicantScreening],
        conflicted: int,
        rng: random.Random,
        *,
        complete: bool,
        day: dt.date,
    ) -> tuple[int, int]:
        """Submitted sheets for most candidates, a few drafts and one not started (or all in)."""
        rnd = app.rounds.get_round(round_id)
        quality = {s.applicant_id: rng.gauss(3.3, 0.7) for s in eligible}
        bias = {p.id: rng.gauss(0, 0.35) for p in panel}
        submitted = drafts = 0
        base = dt.datetime(day.year, day.month, day.day, 15, 0, tzinfo=dt.UTC)
        with self.transaction() as session:
            for n, s in enumerate(eligible):
                for p in panel:
                    if p.id == panel[7].id and s.applicant_id == conflicted:
                        continue  # recused
                    late = not complete and n >= len(eligible) - 3
                    if (
                        late
                        and p.role_type in ("mps_student", "community")
                        and n == len(eligible) - 1
                    ):
                        continue  # not started yet
                    status = (
                        "draft"
                        if late and p.role_type in ("mps_student", "community")
                        else "submitted"
                    )
                    sheet = ScoreSheet(
                        panelist_id=p.id,
                        applicant_id=s.applicant_id,
                        status=status,
                        updated_at=base + dt.timedelta(hours=n, minutes=p.id),
                        submitted_at=base + dt.timedelta(hours=n, minutes=p.id)
                        if status == "submitted"
                        else None,
                    )
                    values = []
                    for k, c in enumerate(rnd.criteria):
                        if status == "draft" and k >= 5:
                            break
                        raw = quality[s.applicant_id] + bias[p.id] + rng.gauss(0, 0.55)
                        value = min(5, max(1, round(raw)))
                        values.append(value)
                        note = rng.choice(NOTES) if k in (0, 2) else ""
                        sheet.scores.append(Score(criterion_id=c.id, value=value, note=note))
                    mean = sum(values) / len(values)
                    if status == "submitted":
                        sheet.recommendation = (
                            "recommend"
                            if mean >= 3.5
                            else "reservations"
                            if mean >= 2.7
                            else "do_not_recommend"
                        )
                        submitted += 1
                    else:
                        drafts += 1
                    session.add(sheet)
                    if status == "submitted":  # as ScoringService.submit records it
                        session.flush()
                        self.audit(
                            session,
                            "score.submit",
                            target_type="score_sheet",
                            target_id=sheet.id,
                            round_id=round_id,
                            after=submission_record(sheet),
                        )
            self.audit(
                session,
                "demo.scores",
                round_id=round_id,
                after={"submitted": submitted, "drafts": drafts},
            )
        return submitted, drafts


def _slot_times(count: int, day: dt.date) -> list[dt.datetime]:
    """Interview starts, 08:30 to 15:00 local time on weekdays from `day`."""
    times: list[dt.datetime] = []
    while len(times) < count:
        if day.weekday() < 5:
            for h, m in ((8, 30), (9, 30), (10, 30), (11, 30), (13, 0), (14, 0), (15, 0)):
                if len(times) < count:
                    local = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=LOCAL)
                    times.append(local.astimezone(dt.UTC))
        day += dt.timedelta(days=1)
    return times
