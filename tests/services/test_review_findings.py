"""Regressions for faults found in review: each would leak, lock wrongly or mislead."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm.exc import StaleDataError

from sro_panel.domain.profile import ProfileError
from sro_panel.domain.service_years import ServiceBreak, count_service, qualifying_date
from sro_panel.errors import InputError, StaleRecord
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from tests.services.conftest import fill

FORMS = Path(__file__).resolve().parents[2] / "forms"


def test_hr_and_panelists_see_decisions_but_not_the_ranked_summary(demo, tmp_path):
    for role in (Role.HR_COORDINATOR, Role.PANELIST):
        state = demo.as_actor(Actor("x", "X", role)).decisions.state(2)
        assert state.summary == () and state.comments == ""
        assert state.finalized and len(state.decisions) == 25
    chief = demo.as_actor(Actor("c", "C", Role.DECISION_MAKER)).decisions.state(2)
    assert len(chief.summary) == 25
    hr = demo.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    from openpyxl import load_workbook

    for _ in hr.exports.excel("selection", 2, tmp_path / "sel.xlsx"):
        pass
    header = [c.value for c in load_workbook(tmp_path / "sel.xlsx").active[1]]
    assert header == ["Candidate", "Decision", "Decided at (UTC)"]


def test_no_panel_member_joins_after_the_summary_is_finalized(demo):
    demo.decisions.reopen_round(2, "testing")
    with pytest.raises(InputError, match="finalized"):
        demo.panel.add_panelist(2, name="Late Joiner", role_type="mpd")


def test_a_conflict_cannot_withdraw_a_submitted_sheet(panel, services):
    rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0])
    with pytest.raises(InputError, match="already submitted"):
        services.panel.declare_conflict(seats["mps_staff"], cands[0], "Remembered late")
    actors["community"].scoring.save_score(seats["community"], cands[1], "interpersonal", value=3)
    services.panel.declare_conflict(seats["community"], cands[1], "Neighbour")
    assert actors["community"].scoring.sheet(seats["community"], cands[1]).status == "recused"
    for role, seat in seats.items():
        for c in cands:
            if (role, c) not in (("community", cands[1]), ("mps_staff", cands[0])):
                fill(actors[role], seat, c)
    chief = services.as_actor(Actor("c", "C", Role.DECISION_MAKER))
    lines = chief.results.score_lines(rnd.id)
    assert not [x for x in lines if x.panelist == "Neighbour" and x.candidate == "Bo Lee"]


def test_the_hire_date_is_personnel_data(demo):
    panelist = demo.as_actor(Actor("p", "P", Role.PANELIST))
    assert all(a.service_start is None for a in panelist.applicants.list_applicants(1))
    assert any(a.service_start for a in demo.applicants.list_applicants(1))


@pytest.mark.parametrize(
    "start, leave_day, years, on",
    [
        (dt.date(2020, 2, 29), dt.date(2021, 6, 1), 3, dt.date(2023, 3, 1)),
        (dt.date(2023, 2, 28), dt.date(2023, 6, 1), 1, dt.date(2024, 2, 29)),
        (dt.date(2020, 2, 29), dt.date(2021, 6, 1), 3, dt.date(2023, 3, 2)),
    ],
)
def test_the_years_in_the_reason_agree_with_the_result(start, leave_day, years, on):
    leave = [ServiceBreak("unpaid_leave", leave_day, leave_day)]
    met = qualifying_date(start, leave, years, as_of=on)
    count = count_service(start, leave, on)
    assert (count.years >= years) == (met <= on)


def test_a_broken_profile_is_left_out_of_the_list_not_fatal(sqlite_services, tmp_path):
    folder = tmp_path / "forms"
    shutil.copytree(FORMS, folder)
    (folder / "zz-new-agency.toml").write_text('id = "bad"\n')
    listed = sqlite_services.rounds.available_profiles(folder)
    assert [p.id for p in listed] == ["milford_pd", "milwaukee_mpd"]
    assert issubclass(ProfileError, InputError)


def test_a_concurrent_write_becomes_a_reload_message(sqlite_services):
    with pytest.raises(StaleRecord, match="reload"), sqlite_services.rounds.transaction():
        raise StaleDataError(
            "UPDATE statement on table expected to update 1 row(s); 0 were matched."
        )
    assert sqlite_services.tx_depth == 0
