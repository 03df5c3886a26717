"""Offline panels: round files out, signed score files back, on both databases."""

import datetime as dt
import json
import re

import pytest
from sqlalchemy import func, select

from sro_panel.db.models import ScoreSheet
from sro_panel.domain import offline_files as files
from sro_panel.domain.applicant import ApplicantInput
from sro_panel.errors import InputError, PermissionDenied
from sro_panel.services.context import Actor
from sro_panel.services.local_panel import open_round_file
from sro_panel.services.permissions import Role
from tests.services.conftest import fill


@pytest.fixture
def hr(services):
    return services.as_actor(Actor("hr", "Dana HR", Role.HR_COORDINATOR))


def _sheets(services, **where):
    with services.db.transaction() as s:
        q = select(func.count()).select_from(ScoreSheet)
        for column, value in where.items():
            q = q.where(getattr(ScoreSheet, column) == value)
        return s.scalar(q)


def _laptop(hr, seat, rnd, tmp_path, name="kid"):
    """A round file for `seat`, opened as a local panel on a laptop of its own."""
    out = hr.offline.write_round_file(rnd.id, seat, tmp_path / f"{name}.sroround")
    return out, open_round_file(out.path, tmp_path / f"laptop-{name}")


def _score_everything(local, value=4):
    seat = next(iter(local.actor.panelist_ids))
    ids = [a for a, _name, _status in local.scoring.my_candidates(seat)]
    for a in ids:
        fill(local, seat, a, value=value)
    return seat, ids


def test_a_panel_scored_offline_comes_back_whole_and_only_once(panel, hr, services, tmp_path):
    rnd, cands, seats, _actors = panel
    out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    assert out.candidates == 3 and out.path.exists()
    assert local.actor.role is Role.PANELIST
    _seat, ids = _score_everything(local, value=5)
    assert len(ids) == 3
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    assert written.sheets == 3 and written.not_submitted == ()

    result = hr.offline.import_scores(written.path)
    assert sorted(result.added) == ["Ana Ruiz", "Bo Lee", "Cy Dunn"]
    assert result.unchanged == () and not result.already_imported
    kid_sheets = _sheets(hr, panelist_id=seats["mps_student"], status="submitted", source="file")
    assert kid_sheets == 3
    # The scores arrived as the panelist gave them, and the sealed record agrees.
    kid = hr.as_actor(Actor("kid", "Kid", Role.PANELIST, frozenset({seats["mps_student"]})))
    view = kid.scoring.sheet(seats["mps_student"], cands[0])
    assert view.status == "submitted" and view.score("interpersonal").value == 5
    assert view.recommendation == "recommend" and view.source == "file"
    assert view.keyed_by == "Dana HR"
    assert services.audit.verify().ok

    again = hr.offline.import_scores(written.path)
    assert again.already_imported and "nothing changed" in again.summary()
    assert _sheets(hr, panelist_id=seats["mps_student"]) == 3


def test_the_round_file_holds_nothing_the_panelist_may_not_see(panel, hr, services, tmp_path):
    rnd, _cands, seats, _actors = panel
    a = services.applicants.add_applicant(
        rnd.id,
        ApplicantInput(
            "ZX4417", "Dee", "Marsh", rank="Police Officer", email="dee.marsh@example.org",
            phone="414-555-0199", service_start=dt.date(2012, 3, 5),
            sustained_juvenile_complaints=0, sustained_complaints=1,
            attendance_note="Tardy twice in the review period",
            discipline_note="Written reprimand for a late report",
            record_source="HR roster export",
        ),
    )  # fmt: skip
    for req in ("good_standing", "attendance", "satisfactory_discipline"):
        services.screening.attest(a.id, req, "pass", evidence_source="HR")
    services.pool.set_in_pool(a.id, True)
    out = hr.offline.write_round_file(rnd.id, seats["community"], tmp_path / "n.sroround")
    text = out.path.read_text()
    body = json.loads(text)
    assert "Dee" in {c["first_name"] for c in body["candidates"]}
    candidate_keys = {k for c in body["candidates"] for k in c}
    assert candidate_keys == {"id", "first_name", "last_name", "is_practice", "recused", "slots"}
    for secret in ("ZX4417", "Tardy", "reprimand", "414-555", "example.org", "2012-03-05"):
        assert secret not in text
    assert len(body["signing_key"]) == 64


def test_reopening_the_round_file_keeps_the_laptops_drafts(panel, hr, tmp_path):
    rnd, _cands, seats, _actors = panel
    out, local = _laptop(hr, seats["mps_staff"], rnd, tmp_path, "staff")
    seat = next(iter(local.actor.panelist_ids))
    first = local.scoring.my_candidates(seat)[0][0]
    local.scoring.save_score(seat, first, "interpersonal", value=3)
    local.db.dispose()
    again = open_round_file(out.path, tmp_path / "laptop-staff")
    assert again.scoring.sheet(seat, first).score("interpersonal").value == 3


def test_an_altered_or_forged_score_file_is_refused_and_nothing_is_imported(panel, hr, tmp_path):
    rnd, _cands, seats, _actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    _score_everything(local, value=2)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    data = json.loads(written.path.read_text())

    altered = tmp_path / "altered.sroscores"
    data["payload"]["sheets"][0]["scores"][0]["value"] = 5
    altered.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"altered\.sroscores: the signature does not match"):
        hr.offline.import_scores(altered)

    forged = tmp_path / "forged.sroscores"
    other_key = files.new_key_pair()[0]
    forged.write_text(files.score_file_text(data["payload"], other_key))
    with pytest.raises(InputError, match="signature does not match"):
        hr.offline.import_scores(forged)
    assert _sheets(hr, panelist_id=seats["mps_student"]) == 0


def test_a_score_file_for_another_round_or_seat_or_database_is_refused(
    panel, hr, services, tmp_path
):
    rnd, _cands, seats, _actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    _score_everything(local)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    with pytest.raises(InputError, match=rf"is for round {rnd.id} \(Round\), not round 999"):
        hr.offline.import_scores(written.path, round_id=999)
    with pytest.raises(InputError, match="is from Kid, not Staff; nothing"):
        hr.offline.import_scores(written.path, panelist_id=seats["mps_staff"])
    # A score file made from a round file of another database.
    payload = json.loads(written.path.read_text())["payload"]
    payload["token"] = "0" * 32
    stranger = tmp_path / "stranger.sroscores"
    stranger.write_text(files.score_file_text(payload, files.new_key_pair()[0]))
    with pytest.raises(InputError, match="does not come from a round file made from this"):
        hr.offline.import_scores(stranger)
    assert _sheets(hr, panelist_id=seats["mps_student"]) == 0


def test_a_sheet_submitted_from_elsewhere_is_never_overwritten(panel, hr, tmp_path):
    rnd, cands, seats, actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    _score_everything(local, value=2)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    # Meanwhile the same seat submitted a different sheet for one candidate on the network.
    fill(actors["mps_student"], seats["mps_student"], cands[1], value=5)
    with pytest.raises(InputError, match="Bo Lee: a different sheet was already submitted"):
        hr.offline.import_scores(written.path)
    assert _sheets(hr, panelist_id=seats["mps_student"]) == 1  # nothing of the file went in


def test_the_same_sheet_already_in_is_unchanged_and_a_draft_is_replaced(
    panel, hr, services, tmp_path
):
    rnd, cands, seats, actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    _score_everything(local, value=4)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    kid = actors["mps_student"]
    fill(kid, seats["mps_student"], cands[0], value=4)  # the same scores, given twice
    fill(kid, seats["mps_student"], cands[2], value=1, submit=False)  # a draft left behind
    result = hr.offline.import_scores(written.path)
    assert result.unchanged == ("Ana Ruiz",)
    assert result.replaced_drafts == ("Cy Dunn",) and result.added == ("Bo Lee",)
    view = kid.scoring.sheet(seats["mps_student"], cands[2])
    assert view.status == "submitted" and view.score("interpersonal").value == 4
    assert services.audit.verify().ok


def test_only_submitted_sheets_go_in_the_score_file(panel, hr, tmp_path):
    rnd, _cands, seats, _actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    seat = next(iter(local.actor.panelist_ids))
    with pytest.raises(InputError, match="no sheet is submitted yet"):
        local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    ids = [a for a, _n, _s in local.scoring.my_candidates(seat)]
    fill(local, seat, ids[0])
    fill(local, seat, ids[1], submit=False)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    assert written.sheets == 1 and len(written.not_submitted) == 2


def test_a_conflict_declared_after_the_round_file_refuses_that_file(panel, hr, services, tmp_path):
    rnd, cands, seats, _actors = panel
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    _score_everything(local)
    written = local.local_panel.write_score_file(tmp_path / "kid.sroscores")
    services.panel.declare_conflict(seats["mps_student"], cands[0], "Neighbour of the family")
    with pytest.raises(InputError, match="Ana Ruiz: the panelist has a declared conflict"):
        hr.offline.import_scores(written.path)


def test_a_conflict_declared_before_shows_on_the_laptop(panel, hr, services, tmp_path):
    rnd, cands, seats, _actors = panel
    services.panel.declare_conflict(seats["mps_student"], cands[0], "Cousin")
    _out, local = _laptop(hr, seats["mps_student"], rnd, tmp_path)
    seat = next(iter(local.actor.panelist_ids))
    statuses = {name: status for _a, name, status in local.scoring.my_candidates(seat)}
    assert statuses == {"Ana Ruiz": "recused", "Bo Lee": "new", "Cy Dunn": "new"}


def test_round_files_and_imports_need_the_coordinators_permissions(panel, tmp_path):
    rnd, _cands, seats, actors = panel
    with pytest.raises(PermissionDenied):
        actors["mps_student"].offline.write_round_file(
            rnd.id, seats["mps_student"], tmp_path / "x.sroround"
        )
    assert not (tmp_path / "x.sroround").exists()
    with pytest.raises(PermissionDenied):
        actors["mps_student"].offline.import_scores(tmp_path / "x.sroscores")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\xff\xfe binary", "not a score file (not UTF-8 text)"),
        (b"{not json", "broken JSON at line 1"),
        (b"[1, 2]", "not an SRO Panel score file"),
        (b'{"payload": {"format": "sro-panel score file", "version": 9}}', "version 9"),
        (
            b'{"payload": {"format": "sro-panel score file", "version": 1}, "signature": ""}',
            "payload.token: required key is missing",
        ),
    ],
)
def test_a_malformed_score_file_gives_a_clear_error_naming_it(hr, tmp_path, content, message):
    path = tmp_path / "bad.sroscores"
    path.write_bytes(content)
    with pytest.raises(InputError, match=f"bad.sroscores: .*{re.escape(message)}"):
        hr.offline.import_scores(path)


def test_a_malformed_round_file_is_refused_and_leaves_no_database(tmp_path):
    path = tmp_path / "bad.sroround"
    path.write_text('{"format": "sro-panel round file", "version": 1, "token": "xyz"}')
    with pytest.raises(InputError, match=r"bad\.sroround: token: String should match"):
        open_round_file(path, tmp_path / "laptop")
    assert not (tmp_path / "laptop").exists()
