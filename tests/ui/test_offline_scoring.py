"""The network drops while a panelist scores: what they typed stays, and reaches the server."""

import json

import pytest

from sro_panel.ui.pages.scoring_page import ScoringPage

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url):
    return pg_url


def test_scores_typed_offline_stay_on_screen_and_are_saved_when_the_server_returns(
    qtbot, panel, outage, errors, offline_drafts_file
):
    rnd, cands, seats, actors = panel
    staff, seat = actors["mps_staff"], seats["mps_staff"]
    page = ScoringPage(staff)
    qtbot.addWidget(page)
    page.show()
    page.load(rnd)
    page.select_candidate(cands[0])
    qtbot.keyClick(page.cards["youth_engagement"], "3")
    assert staff.scoring.sheet(seat, cands[0]).score("youth_engagement").value == 3
    assert not page.offline_banner.isVisible()

    outage.begin()
    qtbot.keyClick(page.cards["interpersonal"], "4")
    qtbot.keyClick(page.cards["independence"], "2")
    assert page.offline_banner.isVisible()
    assert "Not connected to the shared database" in page.offline_banner.text()
    assert "last 2 change(s) are kept on this laptop" in page.offline_banner.text()
    assert page.status_label.text() == "Kept on this laptop: not connected"
    assert (page.cards["interpersonal"].value(), page.cards["independence"].value()) == (4, 2)
    kept = json.loads(offline_drafts_file.read_text())["edits"]
    assert [(e["key"], e["value"]) for e in kept] == [("interpersonal", 4), ("independence", 2)]
    assert errors.asked == []  # scoring goes on; no dialog in the panelist's way

    page.submit_button.click()  # submitting waits for the connection, and says so
    [(title, text)] = errors.asked
    assert title == "Not connected" and "submit once the connection returns" in text

    outage.end()
    qtbot.waitUntil(lambda: "Connected again" in page.offline_banner.text(), timeout=10_000)
    assert "the 2 change(s) kept on this laptop are saved" in page.offline_banner.text()
    sheet = staff.scoring.sheet(seat, cands[0])
    assert [
        sheet.score(k).value for k in ("youth_engagement", "interpersonal", "independence")
    ] == [
        3,
        4,
        2,
    ]
    assert json.loads(offline_drafts_file.read_text())["edits"] == []
    assert page.status_label.text() != "Kept on this laptop: not connected"  # sheet reloaded


def test_while_the_server_hangs_the_retry_asks_it_off_the_windows_thread(
    qtbot, panel, outage, errors, offline_drafts_file, monkeypatch
):
    import threading

    rnd, cands, seats, actors = panel
    staff = actors["mps_staff"]
    page = ScoringPage(staff)
    qtbot.addWidget(page)
    page.show()
    page.load(rnd)
    page.select_candidate(cands[0])
    outage.begin()
    qtbot.keyClick(page.cards["interpersonal"], "4")
    assert page.offline_banner.isVisible()
    page.offline_banner._timer.stop()  # retried by hand below
    outage.end()

    # The server takes the connection but does not answer, as behind a dead link.
    gate, asked_on_main_thread = threading.Event(), []

    def hangs() -> bool:
        asked_on_main_thread.append(threading.current_thread() is threading.main_thread())
        assert gate.wait(10)
        return True

    monkeypatch.setattr(staff.db, "answers", hangs)
    page.offline_banner.retry()  # returns at once: it would block here on the window's thread
    qtbot.waitUntil(lambda: asked_on_main_thread == [False])
    page.offline_banner.retry()
    assert asked_on_main_thread == [False]  # one question at a time
    assert "Not connected" in page.offline_banner.text()
    qtbot.keyClick(page.cards["independence"], "2")  # the window still takes keys meanwhile

    gate.set()  # it answers: the kept edits are replayed, on the window's thread
    qtbot.waitUntil(lambda: "Connected again" in page.offline_banner.text(), timeout=10_000)
    sheet = staff.scoring.sheet(seats["mps_staff"], cands[0])
    assert (sheet.score("interpersonal").value, sheet.score("independence").value) == (4, 2)
    assert errors.asked == []
