"""Service-test helpers: the rubric's keys and filling in a sheet."""

KEYS = (
    "youth_engagement", "community_mentoring", "interpersonal", "problem_solving", "independence",
    "report_writing", "community_resources", "public_presentation", "sop_statutes",
)  # fmt: skip


def fill(svc, seat, cand, value=4, rec="recommend", submit=True):
    for key in KEYS:
        svc.scoring.save_score(seat, cand, key, value=value)
    svc.scoring.save_overall(seat, cand, recommendation=rec)
    if submit:
        return svc.scoring.submit(seat, cand)
    return svc.scoring.sheet(seat, cand)
