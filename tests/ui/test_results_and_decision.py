"""Results and the decision step in the window, as the Chief and the chair would use them."""

from sro_panel.services.permissions import Role
from sro_panel.ui.main_window import STEPS
from sro_panel.ui.pages.results_page import RaterTableModel, ResultsTableModel
from tests.ui.conftest import act_as


def chief_on_results(qtbot, window):
    """The Chief on the Results step of the demo's scored round, its 25 candidates shown."""
    window.round_combo.setCurrentIndex(1)
    act_as(window, "Chief of Police")
    window.steps_list.setCurrentRow(STEPS.index("Results"))
    page = window.results_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 25)
    return page


def test_results_show_every_candidate_and_keep_the_student_anonymous(qtbot, window, qtmodeltester):
    page = chief_on_results(qtbot, window)
    first = page.proxy.index(0, ResultsTableModel.COL_RANK).data()
    assert first == "1"
    ranks = [page.proxy.index(r, ResultsTableModel.COL_RANK).data() for r in range(25)]
    assert "10=" in ranks
    names = {page.rater_model.index(r, RaterTableModel.COL_NAME).data() for r in range(8)}
    assert "Student panelist" in names and "Jaylen Okonkwo" not in names
    assert "ICC(2,k)" in page.agreement_label.text()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.rater_model)


def test_a_panelist_gets_no_combined_results(qtbot, window):
    act_as(window, "Jaylen Okonkwo")
    window.steps_list.setCurrentRow(STEPS.index("Results"))
    assert window.results_page.model.rowCount() == 0
    assert "Panelists see their own sheets only" in window.results_page.summary_label.text()


def test_the_chief_reopens_changes_a_decision_and_closes_again(qtbot, window, confirm, errors):
    window.round_combo.setCurrentIndex(1)
    act_as(window, "Chief of Police")
    window.steps_list.setCurrentRow(STEPS.index("Recommendation & decision"))
    page = window.decision_page
    assert "closed" in page.state_label.text()
    assert not page.decide_button.isEnabled()
    page.reopen_button.click()
    assert errors.asked and "needs a reason" in errors.asked[-1][1]
    qtbot.keyClicks(page.reopen_reason_edit, "Candidate ranked 2 withdrew")
    page.reopen_button.click()
    assert page.decide_button.isEnabled()
    page.table.selectRow(1)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("not_selected"))
    page.decide_button.click()
    assert "departs from the panel's order" in errors.asked[-1][1]
    qtbot.keyClicks(page.reason_edit, "Withdrew for family reasons")
    page.decide_button.click()
    state = window.services.decisions.state(window.round_combo.currentData())
    second = state.summary[1].applicant_id
    assert state.decisions[second].outcome == "not_selected"
    assert state.decisions[second].departure_reason == "Withdrew for family reasons"
    page.close_button.click()
    assert window.services.decisions.state(window.round_combo.currentData()).closed


def test_the_chair_finalizes_only_a_complete_panel(qtbot, window, confirm, errors):
    actor = act_as(window, "Renée Halvorsen")
    assert actor.role is Role.PANEL_CHAIR
    window.steps_list.setCurrentRow(STEPS.index("Recommendation & decision"))
    page = window.decision_page
    assert page.finalize_box.isEnabled()
    page.finalize_button.click()
    assert "must be submitted first" in errors.asked[-1][1]
    assert not window.services.decisions.state(1).finalized


def _complete_round_one(window):
    """Submit the demo's remaining drafts and unstarted sheets, as each seat."""
    base = window.services
    keys = [c.key for c in base.rounds.get_round(1).criteria]
    for i in range(window.acting_combo.count()):
        actor = window.acting_combo.itemData(i)
        if not actor.panelist_ids:
            continue
        seat = next(iter(actor.panelist_ids))
        svc = base.as_actor(actor)
        for cand, name, status in svc.scoring.my_candidates(seat):
            if status in ("new", "draft") and name != "Practice Candidate":
                for key in keys:
                    svc.scoring.save_score(seat, cand, key, value=3)
                svc.scoring.save_overall(seat, cand, recommendation="reservations")
                svc.scoring.submit(seat, cand)


def test_consensus_from_the_window_keeps_the_initial_score(
    qtbot, window, confirm, errors, monkeypatch
):
    from sro_panel.ui import dialogs

    _complete_round_one(window)
    act_as(window, "Renée Halvorsen")
    window.steps_list.setCurrentRow(STEPS.index("Recommendation & decision"))
    window.decision_page.consensus_button.click()
    assert errors.asked == []
    actor = act_as(window, "Marcus Feldmann")
    seat = next(iter(actor.panelist_ids))
    window.steps_list.setCurrentRow(STEPS.index("Scoring"))
    page = window.scoring_page
    cand = next(a for a, _, s in window.services.scoring.my_candidates(seat) if s == "submitted")
    page.select_candidate(cand)
    assert "Consensus discussion" in page.status_label.text()
    card = page.cards["interpersonal"]
    initial = window.services.scoring.sheet(seat, cand).score("interpersonal").value
    new = 1 if initial != 1 else 5
    monkeypatch.setattr(dialogs.AskReason, "ask", staticmethod(lambda *a: "Heard the answer again"))
    card.buttons[new].click()
    score = window.services.scoring.sheet(seat, cand).score("interpersonal")
    assert (score.value, score.consensus_value) == (initial, new)
    assert score.consensus_reason == "Heard the answer again"
    assert card.consensus_label.isVisible()
    assert f"Initial score {initial}, changed to {new}" in card.consensus_label.text()


def test_others_work_refreshes_the_results_quietly_and_one_at_a_time(qtbot, window, monkeypatch):
    import threading

    page = chief_on_results(qtbot, window)
    summary = page.summary_label.text()

    results = page._services.results
    original, gate, calls = results.combined, threading.Event(), []

    def slow_combined(round_id):  # a large round being worked out
        calls.append(round_id)
        assert gate.wait(10)
        return original(round_id)

    monkeypatch.setattr(results, "combined", slow_combined)
    for _ in range(3):  # three sheets saved on other laptops meanwhile
        window._on_activity()
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert all(op.dialog is None for op in page._ops)  # no progress dialog in the Chief's way
    assert page.summary_label.text() == summary  # the results stay on screen meanwhile
    assert page.model.rowCount() == 25

    gate.set()
    qtbot.waitUntil(lambda: not page._computing and not page._ops)
    assert len(calls) == 2  # the three became one more, after the first
    assert page.model.rowCount() == 25
