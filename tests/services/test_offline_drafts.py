"""The network drops mid-sheet: the draft stays on the laptop and reaches the server later."""

import json

import pytest

from sro_panel.errors import ConnectionLost
from sro_panel.services.offline_drafts import OVERALL, DraftEdit, OfflineDrafts

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url):
    """These tests are about a server going away: PostgreSQL only."""
    return pg_url


def test_a_save_during_an_outage_is_refused_whole_with_connection_lost(panel, outage):
    _rnd, cands, seats, actors = panel
    staff, seat = actors["mps_staff"], seats["mps_staff"]
    staff.scoring.save_score(seat, cands[0], "youth_engagement", value=3)
    outage.begin()
    with pytest.raises(ConnectionLost, match="connection to the database server was lost"):
        staff.scoring.save_score(seat, cands[0], "interpersonal", value=4)
    outage.end()
    view = staff.scoring.sheet(seat, cands[0])  # the pool reconnects by itself
    assert view.score("youth_engagement").value == 3
    assert view.score("interpersonal").value is None


def test_edits_made_offline_are_kept_on_disk_and_saved_when_the_server_returns(
    panel, outage, tmp_path
):
    _rnd, cands, seats, actors = panel
    staff, seat = actors["mps_staff"], seats["mps_staff"]
    path = tmp_path / "offline-drafts.json"
    drafts = OfflineDrafts(path, "the-db")
    first = drafts.save(staff, DraftEdit(seat, cands[0], "youth_engagement", value=3), None)
    assert first is not None and first.score("youth_engagement").value == 3

    outage.begin()
    v = first.version
    assert drafts.save(staff, DraftEdit(seat, cands[0], "interpersonal", value=4), v) is None
    assert (
        drafts.save(staff, DraftEdit(seat, cands[0], "interpersonal", value=5, note="x"), v) is None
    )
    overall = DraftEdit(seat, cands[0], OVERALL, recommendation="recommend", note="Calm")
    assert drafts.save(staff, overall, v) is None
    kept = json.loads(path.read_text())
    assert kept["database"] == "the-db"
    assert [(e["key"], e["value"]) for e in kept["edits"]] == [("interpersonal", 5), ("", None)]

    # The laptop restarts while still offline: the file is all there is.
    reopened = OfflineDrafts(path, "the-db")
    assert len(reopened) == 2
    assert reopened.flush(staff, {seat}).saved == 0  # still offline: nothing lost, nothing done
    assert len(reopened) == 2

    outage.end()
    result = reopened.flush(staff, {seat})
    assert (result.saved, result.refused) == (2, [])
    view = staff.scoring.sheet(seat, cands[0])
    assert view.score("youth_engagement").value == 3
    assert (view.score("interpersonal").value, view.score("interpersonal").note) == (5, "x")
    assert (view.recommendation, view.note) == ("recommend", "Calm")
    assert json.loads(path.read_text())["edits"] == []


def test_a_sheet_changed_elsewhere_while_offline_is_not_overwritten(panel, outage, tmp_path):
    _rnd, cands, seats, actors = panel
    staff, seat = actors["mps_staff"], seats["mps_staff"]
    drafts = OfflineDrafts(tmp_path / "offline-drafts.json", "the-db")
    first = drafts.save(staff, DraftEdit(seat, cands[1], "youth_engagement", value=2), None)
    outage.begin()
    assert (
        drafts.save(staff, DraftEdit(seat, cands[1], "youth_engagement", value=5), first.version)
        is None
    )
    outage.end()
    # Meanwhile the same panelist, on the room's spare laptop, scored it differently.
    staff.scoring.save_score(
        seat, cands[1], "youth_engagement", value=1, expected_version=first.version
    )
    result = drafts.flush(staff, {seat})
    assert result.saved == 0
    assert len(result.refused) == 1
    assert "Bo Lee: not saved" in result.refused[0]
    assert "youth_engagement = 5" in result.refused[0]
    assert staff.scoring.sheet(seat, cands[1]).score("youth_engagement").value == 1
    assert len(drafts) == 0


def test_drafts_of_another_database_are_left_alone(tmp_path):
    path = tmp_path / "offline-drafts.json"
    edit = {"panelist_id": 1, "applicant_id": 2, "key": "k", "value": 3}
    path.write_text(json.dumps({"database": "other", "edits": [edit]}))
    assert len(OfflineDrafts(path, "this-one")) == 0
    assert json.loads(path.read_text())["database"] == "other"  # untouched


def test_an_unreadable_drafts_file_is_set_aside_not_deleted(tmp_path):
    path = tmp_path / "offline-drafts.json"
    path.write_text("{ half written")
    assert len(OfflineDrafts(path, "db")) == 0
    assert (tmp_path / "offline-drafts.unreadable.json").read_text() == "{ half written"


def test_a_level_chosen_offline_after_a_note_keeps_the_note(tmp_path):
    drafts = OfflineDrafts(tmp_path / "d.json", "db")
    drafts._keep(DraftEdit(1, 2, "k", value=3, note="typed offline"))
    drafts._keep(DraftEdit(1, 2, "k", value=4))
    drafts._keep(DraftEdit(1, 2, OVERALL, recommendation="recommend", note="comments"))
    drafts._keep(DraftEdit(1, 2, OVERALL, recommendation="do_not_recommend"))
    assert drafts.waiting({1}) == [
        DraftEdit(1, 2, "k", value=4, note="typed offline"),
        DraftEdit(1, 2, OVERALL, recommendation="do_not_recommend", note="comments"),
    ]


def test_each_sheet_edited_offline_is_replayed_against_its_own_version(panel, outage, tmp_path):
    _rnd, cands, seats, actors = panel
    staff, seat = actors["mps_staff"], seats["mps_staff"]
    drafts = OfflineDrafts(tmp_path / "d.json", "db")
    a = drafts.save(staff, DraftEdit(seat, cands[0], "youth_engagement", value=2), None)
    b = drafts.save(staff, DraftEdit(seat, cands[1], "youth_engagement", value=2), None)
    outage.begin()
    assert (
        drafts.save(staff, DraftEdit(seat, cands[0], "interpersonal", value=4), a.version) is None
    )
    # Known to be offline now: kept at once, no second wait on the server.
    assert (
        drafts.save(staff, DraftEdit(seat, cands[1], "interpersonal", value=5), b.version) is None
    )
    outage.end()
    # The second sheet was changed on another laptop meanwhile; the first was not.
    staff.scoring.save_score(seat, cands[1], "independence", value=1, expected_version=b.version)
    result = drafts.flush(staff, {seat})
    assert result.saved == 1 and len(result.refused) == 1 and "Bo Lee" in result.refused[0]
    assert staff.scoring.sheet(seat, cands[0]).score("interpersonal").value == 4
    assert staff.scoring.sheet(seat, cands[1]).score("interpersonal").value is None
