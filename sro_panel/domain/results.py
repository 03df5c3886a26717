"""Combining the panel's scores: per-candidate results, the rater view, inter-rater agreement.

Pure functions; the formulas and their handling of missing and recused scores
are documented in docs/results.md. Nothing here rescales a score silently: the
bias-corrected figures are returned beside the raw ones, as advice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

TIE_DIGITS = 6  # totals equal to this many decimals are a tie
DISAGREEMENT_SHARE = 0.6  # a criterion spread of at least 60% of the scale range is flagged
SMALL_PANEL_RATERS = 3
SMALL_PANEL_CANDIDATES = 10


@dataclass(frozen=True)
class CriterionSpec:
    key: str
    title: str
    weight: float


@dataclass(frozen=True)
class Scale:
    low: int
    high: int

    @property
    def disagreement_span(self) -> int:
        return max(1, math.ceil(DISAGREEMENT_SHARE * (self.high - self.low)))


@dataclass(frozen=True)
class Rater:
    id: int
    label: str
    group: str  # school_staff / community / student / police


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    sort_key: str


@dataclass(frozen=True)
class Sheet:
    """One submitted sheet: a rater's values for one candidate (criteria may be left blank)."""

    rater_id: int
    candidate_id: int
    values: dict[str, int]
    recommendation: str | None = None


@dataclass(frozen=True)
class CriterionResult:
    key: str
    mean: float | None
    n: int
    sd: float
    spread: int  # max - min
    flagged: bool


@dataclass(frozen=True)
class GroupResult:
    group: str
    mean: float | None
    n: int


@dataclass(frozen=True)
class CandidateResult:
    candidate_id: int
    name: str
    criteria: tuple[CriterionResult, ...]
    total: float | None
    rank: int | None
    tied: bool
    sheets: int
    missing: int
    recused: int
    total_sd: float
    total_spread: float
    disagreement: bool
    recommendations: dict[str, int]
    groups: tuple[GroupResult, ...]
    corrected_total: float | None = None


@dataclass(frozen=True)
class RaterResult:
    rater_id: int
    label: str
    group: str
    sheets: int
    mean: float | None
    sd: float
    bias: float | None  # this rater's mean minus the panel's mean over the same candidates


@dataclass(frozen=True)
class Agreement:
    """Shrout & Fleiss (1979) intraclass correlations on sheet totals."""

    candidates: int
    raters: int
    icc1_1: float | None = None
    icc2_1: float | None = None
    icc3_1: float | None = None
    icc1_k: float | None = None
    icc2_k: float | None = None
    icc3_k: float | None = None
    caveat: str = ""


@dataclass(frozen=True)
class RoundResults:
    candidates: tuple[CandidateResult, ...]  # in rank order
    raters: tuple[RaterResult, ...]
    agreement: Agreement
    notes: tuple[str, ...] = field(default=())


def weighted_total(values: Mapping[str, float], criteria: Sequence[CriterionSpec]) -> float | None:
    """Weighted mean of the criteria that have a value; None when none has."""
    num = den = 0.0
    for c in criteria:
        if c.key in values:
            num += c.weight * values[c.key]
            den += c.weight
    return num / den if den else None


def _sd(values: Sequence[float]) -> float:
    """Sample standard deviation (n-1) in floats; 0 for fewer than two values.

    statistics.stdev is exact (fractions) and many times slower; on a 1-5 scale
    with a handful of panelists floats lose nothing that is ever shown.
    """
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


def _candidate_result(
    cand: Candidate,
    sheets: list[Sheet],
    totals_of: dict[tuple[int, int], float],
    criteria: Sequence[CriterionSpec],
    scale: Scale,
    raters: dict[int, Rater],
    missing: int,
    recused: int,
    groups: Sequence[str],
) -> CandidateResult:
    crits = []
    means: dict[str, float] = {}
    for c in criteria:
        vals = [s.values[c.key] for s in sheets if c.key in s.values]
        mean = _mean(vals)
        if mean is not None:
            means[c.key] = mean
        spread = max(vals) - min(vals) if vals else 0
        crits.append(
            CriterionResult(
                c.key, mean, len(vals), _sd(vals), spread, spread >= scale.disagreement_span
            )
        )
    keyed = [
        (raters[s.rater_id].group, totals_of[(s.rater_id, s.candidate_id)])
        for s in sheets
        if (s.rater_id, s.candidate_id) in totals_of
    ]
    totals = [t for _, t in keyed]
    by_group = []
    for g in groups:
        group_totals = [t for group, t in keyed if group == g]
        by_group.append(GroupResult(g, _mean(group_totals), len(group_totals)))
    recs = Counter(s.recommendation for s in sheets if s.recommendation)
    return CandidateResult(
        candidate_id=cand.id,
        name=cand.name,
        criteria=tuple(crits),
        total=weighted_total(means, criteria),
        rank=None,
        tied=False,
        sheets=len(sheets),
        missing=missing,
        recused=recused,
        total_sd=_sd(totals),
        total_spread=(max(totals) - min(totals)) if totals else 0.0,
        disagreement=any(c.flagged for c in crits),
        recommendations=dict(sorted(recs.items())),
        groups=tuple(by_group),
    )


def rank(
    results: list[CandidateResult], sort_keys: dict[int, str], first_choice: str
) -> list[CandidateResult]:
    """Order by total (highest first); equal totals share a rank and are marked tied.

    Within a tie the listing order is: more first-choice recommendations, more
    sheets, then name; the rank number stays shared. Candidates without a total
    come last, unranked.
    """
    scored = [r for r in results if r.total is not None]
    unscored = [r for r in results if r.total is None]
    scored.sort(
        key=lambda r: (
            -round(r.total or 0.0, TIE_DIGITS),
            -r.recommendations.get(first_choice, 0),
            -r.sheets,
            sort_keys[r.candidate_id],
            r.candidate_id,
        )
    )
    totals = Counter(round(r.total or 0.0, TIE_DIGITS) for r in scored)
    ranked: list[CandidateResult] = []
    current_rank = 0
    previous: float | None = None
    for position, r in enumerate(scored, start=1):
        key = round(r.total or 0.0, TIE_DIGITS)
        if key != previous:
            current_rank, previous = position, key
        ranked.append(replace(r, rank=current_rank, tied=totals[key] > 1))
    unscored.sort(key=lambda r: (sort_keys[r.candidate_id], r.candidate_id))
    return ranked + unscored


def sheet_totals(
    sheets: Sequence[Sheet], criteria: Sequence[CriterionSpec]
) -> dict[tuple[int, int], float]:
    """Each sheet's weighted total, keyed by (rater, candidate); blank sheets left out."""
    totals: dict[tuple[int, int], float] = {}
    for s in sheets:
        t = weighted_total(s.values, criteria)
        if t is not None:
            totals[(s.rater_id, s.candidate_id)] = t
    return totals


def rater_view(
    totals: dict[tuple[int, int], float], raters: Sequence[Rater]
) -> tuple[list[RaterResult], dict[int, float]]:
    """Each rater's mean and spread against the panel, and per-rater standardized totals.

    Returns the rater rows and, per candidate, the mean of its z-scores mapped
    back onto the scale (grand mean + pooled SD x mean z). A rater whose totals
    do not vary contributes z = 0 (no information about order).
    """
    by_candidate: dict[int, list[float]] = {}
    for (_, cid), t in totals.items():
        by_candidate.setdefault(cid, []).append(t)
    candidate_mean = {cid: sum(v) / len(v) for cid, v in by_candidate.items()}
    rows = []
    z_by_candidate: dict[int, list[float]] = {}
    for rater in raters:
        mine = {cid: t for (rid, cid), t in totals.items() if rid == rater.id}
        mean = _mean(mine.values())
        sd = _sd(list(mine.values()))
        bias = _mean(t - candidate_mean[cid] for cid, t in mine.items())
        rows.append(RaterResult(rater.id, rater.label, rater.group, len(mine), mean, sd, bias))
        for cid, t in mine.items():
            z = (t - mean) / sd if sd > 0 and mean is not None else 0.0
            z_by_candidate.setdefault(cid, []).append(z)
    all_totals = list(totals.values())
    grand = _mean(all_totals)
    pooled = _sd(all_totals)
    corrected = {}
    if grand is not None:
        for cid, zs in z_by_candidate.items():
            corrected[cid] = grand + pooled * sum(zs) / len(zs)
    return rows, corrected


def icc(matrix: Sequence[Sequence[float]]) -> Agreement:
    """The six ICC forms of Shrout & Fleiss (1979) for an n targets x k judges matrix."""
    n = len(matrix)
    k = len(matrix[0]) if n else 0
    if n < 2 or k < 2:
        return Agreement(n, k, caveat="Agreement needs at least 2 candidates and 2 panelists.")
    grand = sum(sum(row) for row in matrix) / (n * k)
    row_means = [sum(row) / k for row in matrix]
    col_means = [sum(matrix[i][j] for i in range(n)) / n for j in range(k)]
    ss_total = sum((x - grand) ** 2 for row in matrix for x in row)
    ss_rows = k * sum((m - grand) ** 2 for m in row_means)
    ss_cols = n * sum((m - grand) ** 2 for m in col_means)
    ss_within = sum((matrix[i][j] - row_means[i]) ** 2 for i in range(n) for j in range(k))
    bms = ss_rows / (n - 1)
    jms = ss_cols / (k - 1)
    wms = ss_within / (n * (k - 1))
    ems = (ss_total - ss_rows - ss_cols) / ((n - 1) * (k - 1))

    def ratio(num: float, den: float) -> float | None:
        return num / den if abs(den) > 1e-12 else None

    return Agreement(
        candidates=n,
        raters=k,
        icc1_1=ratio(bms - wms, bms + (k - 1) * wms),
        icc2_1=ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        icc3_1=ratio(bms - ems, bms + (k - 1) * ems),
        icc1_k=ratio(bms - wms, bms),
        icc2_k=ratio(bms - ems, bms + (jms - ems) / n),
        icc3_k=ratio(bms - ems, bms),
    )


def agreement(totals: dict[tuple[int, int], float], raters: Sequence[Rater]) -> Agreement:
    """ICC on sheet totals over the complete block: candidates every included panelist scored.

    Panelists are dropped, most-missing first, until at least two candidates
    are complete; those left out are counted in the caveat.
    """
    candidates = sorted({cid for _, cid in totals})
    included = [r.id for r in raters if any(rid == r.id for rid, _ in totals)]
    while len(included) >= 2:
        complete = [c for c in candidates if all((r, c) in totals for r in included)]
        if len(complete) >= 2:
            break
        missing = Counter({r: sum((r, c) not in totals for c in candidates) for r in included})
        included.remove(max(included, key=lambda r: (missing[r], r)))
    else:
        complete = []
    if len(included) < 2 or len(complete) < 2:
        return Agreement(
            len(complete),
            len(included),
            caveat="Not enough candidates scored by the same panelists to measure agreement.",
        )
    result = icc([[totals[(r, c)] for r in included] for c in complete])
    notes = []
    if len(included) < len(raters) or len(complete) < len(candidates):
        notes.append(
            f"Measured on the {len(complete)} candidates that all {len(included)} included "
            f"panelists scored ({len(candidates)} candidates and {len(raters)} panelists in all)."
        )
    if len(included) < SMALL_PANEL_RATERS or len(complete) < SMALL_PANEL_CANDIDATES:
        notes.append(
            "With this few candidates or panelists the figure is imprecise: "
            "read it as a rough indication, not a verdict."
        )
    if result.icc1_1 is None:
        notes.append("The candidates' totals do not vary, so agreement cannot be measured.")
    return replace(result, caveat=" ".join(notes))


def combine(
    candidates: Sequence[Candidate],
    raters: Sequence[Rater],
    criteria: Sequence[CriterionSpec],
    scale: Scale,
    sheets: Sequence[Sheet],
    recused: set[tuple[int, int]],
    *,
    first_choice: str,
    groups: Sequence[str] = ("school_staff", "community", "student", "police"),
) -> RoundResults:
    """Everything the Results page shows, from submitted sheets and recusals (rater, candidate)."""
    rater_by_id = {r.id: r for r in raters}
    candidate_ids = {c.id for c in candidates}
    counted = [
        s
        for s in sheets
        if s.candidate_id in candidate_ids
        and s.rater_id in rater_by_id
        and (s.rater_id, s.candidate_id) not in recused
    ]
    by_candidate: dict[int, list[Sheet]] = {c.id: [] for c in candidates}
    for s in counted:
        by_candidate[s.candidate_id].append(s)
    totals = sheet_totals(counted, criteria)
    results = []
    for cand in candidates:
        mine = by_candidate[cand.id]
        n_recused = sum((r.id, cand.id) in recused for r in raters)
        n_missing = len(raters) - n_recused - len(mine)
        results.append(
            _candidate_result(
                cand, mine, totals, criteria, scale, rater_by_id, n_missing, n_recused, groups
            )
        )
    rater_rows, corrected = rater_view(totals, raters)
    results = [replace(r, corrected_total=corrected.get(r.candidate_id)) for r in results]
    ranked = rank(results, {c.id: c.sort_key for c in candidates}, first_choice)
    return RoundResults(tuple(ranked), tuple(rater_rows), agreement(totals, raters))
