"""What goes into each PDF (packet, score sheets, screening report), gathered for one reader.

Each method checks who may have the document, then collects it from the same
services the screens use, so a PDF never shows more than its reader could see
in the window. Files travel further than screens: a student panelist is named
by role in every PDF, whoever prints it, unless the round is set to name them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select

from sro_panel.db.models import InterviewSlot, Panelist, ScoreSheet
from sro_panel.errors import InputError, NotFound
from sro_panel.exports.packet import (
    CandidatePage,
    Comment,
    ConsensusChange,
    CriterionLine,
    DecisionLine,
    Packet,
)
from sro_panel.exports.score_sheets import LANGUAGES as SHEET_LANGUAGES
from sro_panel.exports.score_sheets import Marks, RubricItem, ScoreSheets, SheetPage, weekday
from sro_panel.exports.screening_report import ApplicantLines, RequirementLine, ScreeningReport
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.decisions import TIER_LABELS, tier_of
from sro_panel.services.panel import panelist_labels
from sro_panel.services.permissions import Permission
from sro_panel.services.results import GROUP_LABELS, pool_candidates, recusals

OUTCOME_TEXT = {"selected": "Selected", "alternate": "Alternate", "not_selected": "Not selected"}
RESULT_TEXT = {"pass": "Met", "fail": "Not met", "needs_review": "Needs review"}
ELIGIBILITY_TEXT = {
    "eligible": "Eligible",
    "not_eligible": "Not eligible",
    "needs_review": "Needs review",
}
FORMAT_TEXT = {
    "panel_interview": "Panel interview",
    "presentation": "Presentation",
    "both": "Panel interview and presentation",
}


class ReportService(ServiceBase):
    def packet(self, round_id: int) -> Packet:
        """The recommendation packet; marked as a draft until the chair finalizes."""
        self.require(Permission.EXPORT, round_id=round_id)
        self.require(Permission.VIEW_RESULTS, round_id=round_id)
        info = self._app.rounds.get_round(round_id)
        profile = info.profile
        view, lines = self._app.results.combined_with_lines(round_id, for_export=True)
        state = self._app.decisions.state(round_id)
        composition = self._app.panel.composition(round_id)
        rec_labels = {r.id: r.label for r in profile.recommendations}
        weights = {c.key: (c.ref, c.title, c.weight) for c in info.criteria}
        refs = [c.ref for c in info.criteria]

        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            panel = list(
                session.scalars(
                    select(Panelist)
                    .where(Panelist.round_id == round_id)
                    .order_by(Panelist.position)
                )
            )
            labels = panelist_labels(profile, panel, show_student_names=rnd.name_student_panelists)
            employee = {a.id: a.employee_id for a in pool_candidates(session, round_id)}
            recused = recusals(session, round_id)
            overall_notes = session.execute(
                select(ScoreSheet.applicant_id, ScoreSheet.panelist_id, ScoreSheet.note)
                .join(Panelist, Panelist.id == ScoreSheet.panelist_id)
                .where(
                    Panelist.round_id == round_id,
                    ScoreSheet.status == "submitted",
                    ScoreSheet.note != "",
                )
                .order_by(Panelist.position)
            ).all()

        comments: dict[str, list[Comment]] = defaultdict(list)
        changes: dict[str, list[ConsensusChange]] = defaultdict(list)
        for x in lines:
            if x.note:
                comments[x.employee_id].append(Comment(x.panelist, x.ref, x.note))
            if x.consensus is not None:
                changes[x.employee_id].append(
                    ConsensusChange(
                        x.panelist,
                        f"{x.ref} {x.criterion}",
                        x.initial,
                        x.consensus,
                        x.consensus_reason,
                    )
                )
        for aid, pid, note in overall_notes:
            if (pid, aid) not in recused and aid in employee:
                comments[employee[aid]].append(Comment(labels[pid], "Overall", note))

        decisions = state.decisions
        pages = []
        for c in view.results.candidates:
            eid = employee.get(c.candidate_id, "")
            d = decisions.get(c.candidate_id)
            pages.append(
                CandidatePage(
                    rank=c.rank,
                    tied=c.tied,
                    name=c.name,
                    employee_id=eid,
                    total=c.total,
                    tier=TIER_LABELS[tier_of(c.recommendations, profile)],
                    criteria=tuple(
                        CriterionLine(
                            weights[x.key][0],
                            weights[x.key][1],
                            weights[x.key][2],
                            x.mean,
                            x.n,
                            x.spread,
                            x.flagged,
                        )
                        for x in c.criteria
                    ),
                    groups=tuple((GROUP_LABELS[g.group], g.mean, g.n) for g in c.groups),
                    recommendations=tuple(
                        (rec_labels[r.id], c.recommendations.get(r.id, 0))
                        for r in profile.recommendations
                    ),
                    comments=tuple(sorted(comments.get(eid, []), key=_comment_order(refs))),
                    changes=tuple(changes.get(eid, [])),
                    sheets=c.sheets,
                    missing=c.missing,
                    recused=c.recused,
                    disagreement=c.disagreement,
                    decision=OUTCOME_TEXT[d.outcome] if d else "",
                )
            )

        role_seats: dict[tuple[str, str], int] = defaultdict(int)
        for p in panel:
            role = profile.role_type(p.role_type)
            role_seats[(role.label, GROUP_LABELS[role.group])] += 1
        a = view.results.agreement
        agreement = (
            f"Agreement between panelists (ICC(2,k), Shrout & Fleiss): {a.icc2_k:.2f} over "
            f"{a.candidates} candidates and {a.raters} panelists. {a.caveat}".strip()
            if a.icc2_k is not None
            else a.caveat
        )
        return Packet(
            round_title=info.title,
            vacancy_title=info.vacancy_title,
            agency=profile.agency,
            school_partner=profile.school_partner,
            source=profile.source,
            posting_date=info.posting_date,
            application_deadline=info.application_deadline,
            selection_date=info.selection_date,
            positions=info.positions,
            interview_format=FORMAT_TEXT.get(info.interview_format, info.interview_format),
            composition=tuple((r, g, n) for (r, g), n in role_seats.items()),
            rules=tuple((c.text, c.met) for c in composition.checks),
            scale=tuple((s.value, s.label) for s in profile.rubric.scale),
            criteria=tuple((c.ref, c.title, c.weight) for c in info.criteria),
            method=(
                "Each panelist scored each candidate on their own, before any discussion, "
                "on every criterion of the rubric, and gave an overall recommendation.",
                "A candidate's weighted total is the mean, over the panelists who scored them, "
                "of each sheet's weighted score (the criteria's weights as shown below). "
                "Panelists who declared a conflict of interest did not score that candidate.",
                "Scores changed in the consensus discussion are shown on the candidate's page "
                "with the reason given; the totals use the changed scores.",
                "Nothing is rescaled: the totals are the panel's own scores.",
            ),
            agreement=agreement,
            candidates=tuple(pages),
            finalized_by=state.finalized_by,
            finalized_at=state.finalized_at,
            chair_comments=state.comments,
            conference=state.conference,
            decisions=tuple(
                DecisionLine(
                    c.name,
                    OUTCOME_TEXT[d.outcome],
                    d.departure_reason,
                    d.decided_by,
                    d.decided_at,
                )
                for c in view.results.candidates  # in the panel's order
                if (d := decisions.get(c.candidate_id)) is not None
            ),
            generated_at=self.now(),
        )

    def score_sheets(
        self,
        round_id: int,
        *,
        panelist_id: int | None = None,
        filled: bool = False,
        language: str = "en",
    ) -> ScoreSheets:
        """Sheets for a paper panel: blank, one per pool candidate per panelist
        (every panelist, or only `panelist_id`).

        With `filled`: that panelist's own submitted sheets, filled in, to sign.
        The panelist themself may print those, and so may whoever may see results.
        In Spanish ("es"), the rubric is the round's Spanish text where the profile
        has it (else English) and the sheet's own words are Spanish.
        """
        if language not in SHEET_LANGUAGES:
            raise InputError(
                t(
                    "no score sheets in {language!r}; choose one of {known}",
                    language=language,
                    known=", ".join(SHEET_LANGUAGES),
                )
            )
        if not filled:
            self.require(Permission.EXPORT, round_id=round_id)
        elif panelist_id not in self.actor.panelist_ids:
            self.require(Permission.EXPORT, round_id=round_id)
            self.require(Permission.VIEW_RESULTS, round_id=round_id)
        info = self._app.rounds.get_round(round_id)
        profile = info.profile
        spanish = language == "es" and all(c.es is not None for c in info.criteria)
        rec_labels = {
            r.id: r.es.label if spanish and r.es else r.label for r in profile.recommendations
        }
        rubric = tuple(
            RubricItem(c.ref, c.es.title, c.es.text, c.es.questions, c.weight, c.es.levels)
            if spanish and c.es
            else RubricItem(c.ref, c.title, c.text, c.questions, c.weight, c.levels)
            for c in info.criteria
        )
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            everyone = list(
                session.scalars(
                    select(Panelist)
                    .where(Panelist.round_id == round_id)
                    .order_by(Panelist.position)
                )
            )
            # Labels number student panelists across the whole panel, so label everyone.
            labels = panelist_labels(
                profile, everyone, show_student_names=rnd.name_student_panelists
            )
            panel = [p for p in everyone if panelist_id is None or p.id == panelist_id]
            if panelist_id is not None and not panel:
                raise NotFound(
                    t(
                        "panelist {panelist_id} does not sit on this round's panel",
                        panelist_id=panelist_id,
                    )
                )
            candidates = pool_candidates(session, round_id)
            recused = recusals(session, round_id)
            slots: dict[int, str] = {}
            for s in session.scalars(
                select(InterviewSlot)
                .where(InterviewSlot.round_id == round_id, InterviewSlot.kind == "interview")
                .order_by(InterviewSlot.starts_at)
            ):
                local = s.starts_at.astimezone()
                slots.setdefault(
                    s.applicant_id,
                    f"{weekday(local, language)} {local:%Y-%m-%d %H:%M %Z}"
                    + (f", {s.room}" if s.room else ""),
                )
            criteria = {c.id: c.ref for c in rnd.criteria}
            sheets: dict[tuple[int, int], ScoreSheet] = {}
            if filled:
                for sheet in session.scalars(
                    select(ScoreSheet).where(
                        ScoreSheet.panelist_id == panelist_id, ScoreSheet.status == "submitted"
                    )
                ):
                    sheets[(sheet.panelist_id, sheet.applicant_id)] = sheet
            pages = []
            for p in panel:
                role = profile.role_type(p.role_type).label
                for a in candidates:
                    if (p.id, a.id) in recused:
                        continue
                    marks = None
                    if filled:
                        mine = sheets.get((p.id, a.id))
                        if mine is None:
                            continue
                        marks = Marks(
                            values={criteria[s.criterion_id]: s.value for s in mine.scores},
                            notes={criteria[s.criterion_id]: s.note for s in mine.scores},
                            recommendation=rec_labels.get(mine.recommendation or "", ""),
                            note=mine.note,
                            submitted_at=mine.submitted_at,
                        )
                    pages.append(
                        SheetPage(
                            candidate=f"{a.first_name} {a.last_name}",
                            employee_id=a.employee_id,
                            panelist=labels[p.id],
                            role=role,
                            interview=slots.get(a.id, ""),
                            marks=marks,
                        )
                    )
        if filled and not pages:
            raise InputError(t("this panelist has no submitted score sheets to print yet"))
        return ScoreSheets(
            round_title=info.title,
            agency=profile.agency,
            rubric=rubric,
            recommendations=tuple(rec_labels[r.id] for r in profile.recommendations),
            pages=tuple(pages),
            generated_at=self.now(),
            language=language,
        )

    def screening(self, round_id: int) -> ScreeningReport:
        self.require(Permission.EXPORT, round_id=round_id)
        info = self._app.rounds.get_round(round_id)
        screened = self._app.screening.screen_round(round_id)
        applicants = []
        for s in screened:
            lines = []
            for r in s.result.results:
                override = (
                    f"Computed without the override: {RESULT_TEXT[r.computed_outcome]}. "
                    f"{r.computed_reason}"
                    if r.overridden
                    else ""
                )
                lines.append(
                    RequirementLine(
                        r.ref, r.text, RESULT_TEXT[r.outcome], r.reason, r.evidence, override
                    )
                )
            applicants.append(
                ApplicantLines(s.name, s.employee_id, ELIGIBILITY_TEXT[s.eligibility], tuple(lines))
            )
        return ScreeningReport(
            round_title=info.title,
            agency=info.profile.agency,
            selection_date=info.selection_date,
            source=info.profile.source,
            applicants=tuple(applicants),
            generated_at=self.now(),
        )


def _comment_order(refs: list[str]) -> Callable[[Comment], tuple[int, str]]:
    """Comments in rubric order, the overall comments last."""

    def key(c: Comment) -> tuple[int, str]:
        return (refs.index(c.about) if c.about in refs else len(refs), c.panelist)

    return key
