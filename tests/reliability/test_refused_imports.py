"""Hostile files against the imports that write: refused whole, the database unchanged."""

import copy
import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_panel.cli import main
from sro_panel.domain import offline_files as files
from sro_panel.errors import SroPanelError
from sro_panel.services.local_panel import open_round_file
from sro_panel.services.rounds import RoundInput
from tests.reliability import fuzz


@pytest.fixture
def services(sqlite_services):
    """The shared `panel` fixture on a SQLite file (the fuzzing needs no second server)."""
    return sqlite_services


def test_the_unchanged_payload_imports(seat_file, tmp_path):
    hr, body, payload = seat_file
    result = hr.offline.import_scores(
        fuzz.sign_to(payload, body["signing_key"], tmp_path / "ok.sroscores")
    )
    assert len(result.added) == len(payload["sheets"]) == 3


def test_a_damaged_score_file_is_refused_whole(seat_file, services, tmp_path):
    hr, body, payload = seat_file
    sample = fuzz.sign_to(payload, body["signing_key"], tmp_path / "ok.sroscores").read_bytes()
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


@pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")  # about the damage made on purpose
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


SCHOOL_CELLS = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.sampled_from(["Elementary", "Middle", "High", "K-8", "x" * 400, "Lakeside Elementary"]),
    st.integers(),
    st.dates(),
)


def _schools_workbook(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Address", "Level"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_hostile_school_list_adds_no_school(sqlite_services, tmp_path):
    services = sqlite_services
    sample = _schools_workbook([["Lakeside Elementary", "1 Sample Way", "Elementary"]])
    names = iter(range(10**9))

    @fuzz.examples(40)
    @given(
        data=fuzz.member_mutations(sample)
        | fuzz.byte_mutations(sample)
        | st.lists(st.lists(SCHOOL_CELLS, max_size=4), max_size=5).map(_schools_workbook)
    )
    def check(data: bytes) -> None:
        path = tmp_path / f"schools{next(names)}.xlsx"
        path.write_bytes(data)
        before = fuzz.database_rows(services.db)
        try:
            services.schools.import_schools(path)
        except SroPanelError as exc:
            assert path.name in str(exc)
            assert fuzz.database_rows(services.db) == before

    check()


def test_a_round_file_with_changed_values_opens_or_is_refused_by_name(seat_file, tmp_path):
    _hr, body, _payload = seat_file
    folder = tmp_path / "laptop"
    names = iter(range(10**9))

    @fuzz.examples(25)
    @given(changed=fuzz.tree_mutations(body))
    def check(changed: object) -> None:
        path = tmp_path / f"t{next(names)}.sroround"
        path.write_text(json.dumps(changed, ensure_ascii=False), "utf-8", "surrogatepass")
        had = set(folder.glob("*.db")) if folder.exists() else set()
        try:
            local = open_round_file(path, folder)
        except SroPanelError as exc:
            assert path.name in str(exc)
            assert (set(folder.glob("*.db")) if folder.exists() else set()) == had
        else:
            local.db.dispose()
            for made in set(folder.glob("*.db")) - had:
                made.unlink()  # the next example may reuse the token

    check()


def _changed(path: tuple, value: object) -> dict:
    body = copy.deepcopy(fuzz.round_body())
    *parents, last = path
    node = body
    for part in parents:
        node = node[part]
    node[last] = value(node[last]) if callable(value) else value
    return body


ROUND_FILE_FAULTS = {
    "interview format": (("round", "interview_format"), "seminar", "round.interview_format"),
    "slot kind": (
        ("candidates", 0, "slots"),
        [{"kind": "lunch", "starts_at": "2026-10-05T09:00:00+00:00", "minutes": 30}],
        "slots.0.kind",
    ),
    "slot time without zone": (
        ("candidates", 0, "slots"),
        [{"kind": "interview", "starts_at": "2026-10-05T09:00:00", "minutes": 30}],
        "slots.0.starts_at",
    ),
    "candidate twice": (("candidates",), lambda c: c + c[:1], "appears twice"),
    "criterion twice": (("round", "criteria"), lambda c: c + c[:1], "appears twice"),
    "level twice": (
        ("round", "criteria", 0, "scale"),
        lambda s: s + s[:1],
        "appears twice",
    ),
    "unknown role type": (("panelist", "role_type"), "janitor", "panelist.role_type"),
    "profile changed": (("round", "profile", "content"), lambda t: t + "\n# x\n", "SHA-256"),
}


@pytest.mark.parametrize("fault", ROUND_FILE_FAULTS, ids=str)
def test_a_round_file_the_database_would_refuse_is_refused_by_name_first(fault, tmp_path):
    where, value, expected = ROUND_FILE_FAULTS[fault]
    path = tmp_path / "fault.sroround"
    path.write_text(files.round_file_text(_changed(where, value)), encoding="utf-8")
    folder = tmp_path / "laptop"
    with pytest.raises(files.OfflineFileError) as caught:
        open_round_file(path, folder)
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert not list(folder.glob("*.db"))
