"""Combining scores: totals, ranks and ties, groups, spread, recusals, rater view, ICC."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sro_panel.domain.results import (
    Candidate,
    CriterionSpec,
    Rater,
    Scale,
    Sheet,
    combine,
    icc,
    weighted_total,
)

CRITERIA = (CriterionSpec("a", "A", 2.0), CriterionSpec("b", "B", 1.0))
SCALE = Scale(1, 5)
RATERS = (
    Rater(1, "Staff", "school_staff"),
    Rater(2, "Community", "community"),
    Rater(3, "Student panelist", "student"),
    Rater(4, "Officer", "police"),
)
CANDS = (
    Candidate(10, "Ana Ruiz", "ruiz ana"),
    Candidate(11, "Bo Lee", "lee bo"),
    Candidate(12, "Cy Dunn", "dunn cy"),
)


def sheet(r, c, a, b, rec="recommend"):
    return Sheet(r, c, {"a": a, "b": b}, rec)


def run(sheets, recused=frozenset(), candidates=CANDS, raters=RATERS):
    return combine(
        candidates, raters, CRITERIA, SCALE, sheets, set(recused), first_choice="recommend"
    )


def by_id(results):
    return {c.candidate_id: c for c in results.candidates}


def test_shrout_fleiss_table_2_worked_example():
    # Shrout & Fleiss (1979), Psychological Bulletin 86(2), Table 2: 6 targets x 4 judges.
    data = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    a = icc(data)
    published = {
        "icc1_1": 0.17, "icc2_1": 0.29, "icc3_1": 0.71,
        "icc1_k": 0.44, "icc2_k": 0.62, "icc3_k": 0.91,
    }  # fmt: skip
    for name, value in published.items():
        assert round(getattr(a, name), 2) == value, name


def test_weighted_total_uses_the_weights_and_skips_blank_criteria():
    assert weighted_total({"a": 5, "b": 2}, CRITERIA) == pytest.approx(4.0)
    assert weighted_total({"b": 2}, CRITERIA) == 2
    assert weighted_total({}, CRITERIA) is None


def test_per_candidate_means_totals_groups_and_ranks():
    sheets = [sheet(r.id, 10, 5, 5) for r in RATERS] + [
        sheet(r.id, 11, 3, 3, "reservations") for r in RATERS
    ]
    sheets += [sheet(1, 12, 1, 2, "do_not_recommend"), sheet(4, 12, 4, 4)]
    res = by_id(run(sheets))
    assert res[10].total == 5 and res[10].rank == 1 and not res[10].tied
    assert res[11].rank == 2 and res[11].recommendations == {"reservations": 4}
    c = res[12]
    assert c.criteria[0].mean == pytest.approx(2.5) and c.criteria[0].n == 2
    assert c.missing == 2 and c.recused == 0 and c.sheets == 2
    groups = {g.group: g for g in c.groups}
    assert groups["student"].n == 0 and groups["student"].mean is None
    assert groups["police"].mean == pytest.approx(4.0)
    assert c.criteria[0].spread == 3 and c.criteria[0].flagged and c.disagreement
    assert not res[10].disagreement


def test_equal_totals_are_shown_as_a_tie_sharing_the_rank():
    sheets = [sheet(1, 10, 4, 4), sheet(1, 11, 4, 4), sheet(1, 12, 2, 2)]
    res = run(sheets, raters=RATERS[:1])
    assert [(c.name, c.rank, c.tied) for c in res.candidates] == [
        ("Bo Lee", 1, True),  # the tie is listed by name after equal recommendation counts
        ("Ana Ruiz", 1, True),
        ("Cy Dunn", 3, False),
    ]


def test_recused_is_not_missing_and_does_not_count():
    sheets = [sheet(r.id, 10, 4, 4) for r in RATERS[:3]]
    res = by_id(run(sheets, recused={(4, 10)}))
    assert res[10].recused == 1 and res[10].missing == 0
    # A sheet from a recused panelist is ignored even if one exists.
    res2 = by_id(run([*sheets, sheet(4, 10, 1, 1)], recused={(4, 10)}))
    assert res2[10].total == res[10].total


def test_a_candidate_without_scores_is_unranked_and_nothing_is_nan():
    res = run([sheet(1, 10, 3, 3)])
    unscored = [c for c in res.candidates if c.total is None]
    assert {c.name for c in unscored} == {"Bo Lee", "Cy Dunn"} and all(
        c.rank is None for c in unscored
    )
    for c in res.candidates:
        for value in (c.total_sd, c.total_spread, *(x.sd for x in c.criteria)):
            assert not math.isnan(value)
    assert res.agreement.icc1_1 is None and res.agreement.caveat


def test_all_equal_scores_give_no_agreement_figure_and_no_division_by_zero():
    sheets = [sheet(r.id, c.id, 3, 3) for r in RATERS for c in CANDS]
    res = run(sheets)
    assert all(c.total == 3 and c.rank == 1 and c.tied for c in res.candidates)
    assert res.agreement.icc1_1 is None
    assert "do not vary" in res.agreement.caveat
    assert all(r.sd == 0 and r.bias == 0 for r in res.raters)


def test_the_rater_view_shows_a_harsh_rater_and_corrects_without_reordering_silently():
    sheets = []
    for c, base in ((10, 4), (11, 3), (12, 2)):
        for r in RATERS[:3]:
            sheets.append(sheet(r.id, c, base + 1, base + 1))
        sheets.append(sheet(4, c, base - 1, base - 1))  # the officer scores 2 points lower
    res = run(sheets)
    raters = {r.rater_id: r for r in res.raters}
    assert raters[4].bias == pytest.approx(-1.5) and raters[1].bias == pytest.approx(0.5)
    cands = by_id(res)
    assert cands[10].total == pytest.approx(4.5)  # raw figures stay raw
    assert cands[10].corrected_total > cands[11].corrected_total > cands[12].corrected_total
    assert "rough indication" in res.agreement.caveat


values = st.integers(1, 5)
sheet_strategy = st.lists(
    st.tuples(
        st.integers(1, 4),
        st.integers(10, 12),
        values,
        values,
        st.sampled_from(["recommend", "reservations"]),
    ),
    max_size=12,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=200, deadline=None)
@given(sheet_strategy)
def test_totals_stay_on_the_scale(rows):
    res = run([sheet(*row) for row in rows])
    for c in res.candidates:
        if c.total is not None:
            assert SCALE.low - 1e-9 <= c.total <= SCALE.high + 1e-9
        for g in c.groups:
            assert g.mean is None or SCALE.low - 1e-9 <= g.mean <= SCALE.high + 1e-9


@settings(max_examples=200, deadline=None)
@given(sheet_strategy, st.randoms(use_true_random=False))
def test_the_order_scores_arrive_in_never_changes_the_results(rows, rnd):
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    a = run([sheet(*row) for row in rows])
    b = run([sheet(*row) for row in shuffled])
    assert [(c.candidate_id, c.rank, c.tied) for c in a.candidates] == [
        (c.candidate_id, c.rank, c.tied) for c in b.candidates
    ]
    for x, y in zip(a.candidates, b.candidates, strict=True):
        assert x.total == pytest.approx(y.total) if x.total is not None else y.total is None


@settings(max_examples=200, deadline=None)
@given(sheet_strategy)
def test_adding_a_recused_panelist_changes_nothing(rows):
    base = run([sheet(*row) for row in rows])
    extra = Rater(99, "Recused", "police")
    recused = {(99, c.id) for c in CANDS}
    more = [sheet(*row) for row in rows] + [sheet(99, c.id, 1, 1) for c in CANDS]
    with_recused = run(more, recused=recused, raters=(*RATERS, extra))
    for x, y in zip(base.candidates, with_recused.candidates, strict=True):
        assert (x.candidate_id, x.total, x.rank, x.missing) == (
            y.candidate_id,
            y.total,
            y.rank,
            y.missing,
        )
        assert y.recused == x.recused + 1


def test_one_candidate_and_one_panelist_give_figures_without_nan():
    res = run([sheet(1, 10, 4, 2)], candidates=CANDS[:1], raters=RATERS[:1])
    [c] = res.candidates
    assert c.total == pytest.approx((2 * 4 + 2) / 3) and c.rank == 1 and not c.tied
    assert c.total_sd == 0 and c.total_spread == 0
    assert res.raters[0].bias == 0 and res.raters[0].sd == 0
    assert res.agreement.icc2_1 is None and "Not enough candidates" in res.agreement.caveat
    assert c.corrected_total == pytest.approx(c.total)
