"""Hostile files against the imports that write: refused whole, the database unchanged."""

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_panel.cli import main
from sro_panel.domain import offline_files as files
from sro_panel.errors import SroPanelError
from sro_panel.services.context import Actor
from sro_panel.services.local_panel import open_round_file
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput
from tests.reliability import fuzz


@pytest.fixture
def services(sqlite_services):
    """The shared `panel` fixture on a SQLite file (the fuzzing needs no second server)."""
    return sqlite_services


@pytest.fixture
def seat_file(panel, services, tmp_path):
    """A round file issued for the community seat, and a valid payload signed with its key."""
    rnd, _cands, seats, _actors = panel
    hr = services.as_actor(Actor("hr", "Coordinator Sample", Role.HR_COORDINATOR))
    out = hr.offline.write_round_file(rnd.id, seats["community"], tmp_path / "seat.sroround")
    body = json.loads(out.path.read_text())
    payload = {
        "format": files.SCORE_FORMAT,
        "version": files.FORMAT_VERSION,
        "token": body["token"],
        "round_id": rnd.id,
        "round_title": body["round"]["title"],
        "panelist_id": seats["community"],
        "panelist_name": body["panelist"]["name"],
        "exported_at": "2026-10-02T09:00:00+00:00",
        "sheets": [
            {
                "applicant_id": c["id"],
                "applicant_name": f"{c['first_name']} {c['last_name']}",
                "recommendation": "recommend",
                "note": "",
                "submitted_at": "2026-10-02T08:30:00+00:00",
                "scores": [
                    {"criterion": k["key"], "value": k["scale"][-1]["value"], "note": ""}
                    for k in body["round"]["criteria"]
                ],
            }
            for c in body["candidates"]
        ],
    }
    return hr, body, payload


def _sign(payload: dict, key: str, path: Path) -> Path:
    path.write_text(files.score_file_text(payload, key), encoding="utf-8")
    return path


@st.composite
def score_changes(draw: st.DrawFn, payload: dict) -> dict:
    """A payload wrong in one way a signed file can be: each kind of fault, on any sheet."""
    p = copy.deepcopy(payload)
    sheet = draw(st.sampled_from(p["sheets"]))
    score = draw(st.sampled_from(sheet["scores"]))
    fault = draw(
        st.sampled_from(
            [
                "scale", "criterion", "applicant", "missing", "recommendation", "duplicate",
                "note", "seat", "round", "token", "tree",
            ]
        )
    )  # fmt: skip
    if fault == "scale":
        score["value"] = draw(st.integers(-1000, 1000))
    elif fault == "criterion":
        score["criterion"] = draw(st.text(max_size=40))
    elif fault == "applicant":
        sheet["applicant_id"] = draw(st.integers(1, 2**62 - 1))
    elif fault == "missing":
        sheet["scores"].remove(score)
    elif fault == "recommendation":
        sheet["recommendation"] = draw(st.none() | st.text(max_size=40))
    elif fault == "duplicate":
        twin = copy.deepcopy(sheet)
        twin["scores"][0]["value"] = draw(st.integers(0, 6))
        p["sheets"].append(twin)
    elif fault == "note":
        score["note"] = "n" * draw(st.integers(3990, 20_000))
    elif fault == "seat":
        p["panelist_id"] = draw(st.integers(1, 50))
    elif fault == "round":
        p["round_id"] = draw(st.integers(1, 50))
    elif fault == "token":
        p["token"] = draw(st.from_regex(r"[0-9a-f]{32}", fullmatch=True))
    else:
        p = draw(fuzz.tree_mutations(p))
    return p


def test_the_unchanged_payload_imports(seat_file, tmp_path):
    hr, body, payload = seat_file
    result = hr.offline.import_scores(
        _sign(payload, body["signing_key"], tmp_path / "ok.sroscores")
    )
    assert len(result.added) == len(payload["sheets"]) == 3


def test_a_signed_score_file_wrong_anywhere_is_refused_whole(seat_file, services, tmp_path):
    hr, body, payload = seat_file
    names = iter(range(10**9))

    @fuzz.examples(80)
    @given(changed=score_changes(payload), signed=st.booleans())
    def check(changed: dict, signed: bool) -> None:
        path = tmp_path / f"f{next(names)}.sroscores"
        key = body["signing_key"] if signed else files.new_key_pair()[0]
        try:
            _sign(changed, key, path)
        except (TypeError, ValueError):
            return  # a value json cannot write is not a file anyone can send
        before = fuzz.database_rows(services.db)
        try:
            hr.offline.import_scores(path)
        except SroPanelError as exc:
            assert str(path) in str(exc)
            assert fuzz.database_rows(services.db) == before

    check()


def test_a_damaged_score_file_is_refused_whole(seat_file, services, tmp_path):
    hr, body, payload = seat_file
    sample = _sign(payload, body["signing_key"], tmp_path / "ok.sroscores").read_bytes()
    names = iter(range(10**9))

    @fuzz.examples(40)
    @given(data=fuzz.byte_mutations(sample))
    def check(data: bytes) -> None:
        path = tmp_path / f"d{next(names)}.sroscores"
        path.write_bytes(data)
        before = fuzz.database_rows(services.db)
        try:
            hr.offline.import_scores(path)
        except SroPanelError:
            assert fuzz.database_rows(services.db) == before

    check()


def test_a_damaged_round_file_leaves_no_local_panel_behind(seat_file, tmp_path):
    _hr, _body, _payload = seat_file
    sample = (tmp_path / "seat.sroround").read_bytes()
    folder = tmp_path / "laptop"
    names = iter(range(10**9))

    @fuzz.examples(15)
    @given(data=fuzz.byte_mutations(sample))
    def check(data: bytes) -> None:
        path = tmp_path / f"r{next(names)}.sroround"
        path.write_bytes(data)
        had = set(folder.glob("*.db")) if folder.exists() else set()
        try:
            local = open_round_file(path, folder)
        except SroPanelError as exc:
            assert path.name in str(exc)
            assert (set(folder.glob("*.db")) if folder.exists() else set()) == had
        else:
            local.db.dispose()

    check()


@pytest.fixture
def roster_db(sqlite_services):
    dates = dt.date(2026, 9, 1), dt.date(2026, 9, 30), dt.date(2026, 11, 2)
    rnd = sqlite_services.rounds.create_round(RoundInput(fuzz.PROFILE, "Round", "SRO", *dates, 2))
    return sqlite_services, rnd.id


def test_a_hostile_roster_through_the_command_line_imports_nothing(roster_db, tmp_path, capsys):
    services, round_id = roster_db
    url = str(services.db.engine.url)
    sample = fuzz.roster_sample()
    names = iter(range(10**9))

    @fuzz.examples(30)
    @given(data=fuzz.member_mutations(sample) | fuzz.byte_mutations(sample))
    def check(data: bytes) -> None:
        path = tmp_path / f"roster{next(names)}.xlsx"
        path.write_bytes(data)
        before = fuzz.database_rows(services.db)
        code = main(["--db", url, "import", "applicants", str(path), "--round", str(round_id)])
        err = capsys.readouterr().err
        assert code in (0, 2), err
        if code:
            assert path.name in err
            assert fuzz.database_rows(services.db) == before

    check()
