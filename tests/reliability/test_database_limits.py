"""What PostgreSQL would refuse (a NUL character, a text longer than its column) is refused
by name before it reaches the database, on both databases."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_panel.domain import offline_files as files
from sro_panel.domain.profile import ProfileError, parse_profile
from sro_panel.errors import FieldError, SroPanelError
from sro_panel.services.rounds import RoundInput
from tests.conftest import make_services
from tests.reliability import fuzz


@pytest.fixture
def services(db):
    return make_services(db)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (lambda p: p["sheets"][0].update(note="a\x00b"), "sheets.0.note"),
        (lambda p: p["sheets"][0]["scores"][0].update(note="\x00"), "scores.0.note"),
        (lambda p: p.update(panelist_name="N\x00"), "panelist_name"),
    ],
    ids=["sheet note", "score note", "name"],
)
def test_a_score_file_holding_a_nul_is_refused_and_imports_nothing(
    seat_file, services, tmp_path, where, expected
):
    hr, body, payload = seat_file
    where(payload)
    path = fuzz.sign_to(payload, body["signing_key"], tmp_path / "nul.sroscores")
    before = fuzz.database_rows(services.db)
    with pytest.raises(files.OfflineFileError, match="NUL") as caught:
        hr.offline.import_scores(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert fuzz.database_rows(services.db) == before


def test_a_profile_holding_a_nul_is_refused_naming_the_key():
    text = fuzz.PROFILE.read_text(encoding="utf-8").replace('title = "', 'title = "\\u0000', 1)
    with pytest.raises(ProfileError, match=r"rubric\.criteria\[0\]\.title: contains a NUL"):
        parse_profile(text, "nul.toml")


DATES = dt.date(2026, 9, 1), dt.date(2026, 9, 30), dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('title = "', 'title = "' + "t" * 301, r"rubric\.criteria\[0\]\.title"),
        ('\nname = "', '\nname = "' + "n" * 301, "name"),
        ('ref = "IV.B.4"', 'ref = "' + "r" * 41 + '"', r"rubric\.criteria\[0\]\.ref"),
    ],
    ids=["criterion title", "profile name", "criterion ref"],
)
def test_a_profile_text_longer_than_its_column_makes_no_round(services, tmp_path, old, new, key):
    text = fuzz.PROFILE.read_text(encoding="utf-8").replace(old, new, 1)
    path = tmp_path / "long.toml"
    path.write_text(text, encoding="utf-8")
    before = fuzz.database_rows(services.db)
    with pytest.raises(ProfileError, match=key):
        services.rounds.create_round(RoundInput(path, "Round", "SRO", *DATES, 2))
    assert fuzz.database_rows(services.db) == before


def test_a_hostile_profile_makes_no_round(services, tmp_path):
    tree = fuzz.profile_tree()
    sample = fuzz.profile_sample()
    names = iter(range(10**9))

    @fuzz.examples(40)
    @given(
        text=fuzz.tree_mutations(tree).map(lambda t: fuzz.toml_text(t).encode("utf-8", "replace"))
        | fuzz.byte_mutations(sample)
    )
    def check(text: bytes) -> None:
        path = tmp_path / f"profile{next(names)}.toml"
        path.write_bytes(text)
        before = fuzz.database_rows(services.db)
        try:
            services.rounds.create_round(RoundInput(path, "Round", "SRO", *DATES, 2))
        except SroPanelError as exc:
            assert path.name in str(exc)
            assert fuzz.database_rows(services.db) == before

    check()


def test_a_signed_score_file_wrong_anywhere_is_refused_whole(seat_file, services, tmp_path):
    hr, body, payload = seat_file
    names = iter(range(10**9))

    @fuzz.examples(60)
    @given(changed=fuzz.score_changes(payload), signed=st.booleans())
    def check(changed: dict, signed: bool) -> None:
        path = tmp_path / f"f{next(names)}.sroscores"
        key = body["signing_key"] if signed else files.new_key_pair()[0]
        try:
            fuzz.sign_to(changed, key, path)
        except (TypeError, ValueError):
            return  # a value json cannot write is not a file anyone can send
        before = fuzz.database_rows(services.db)
        try:
            hr.offline.import_scores(path)
        except SroPanelError as exc:
            assert str(path) in str(exc)
            assert fuzz.database_rows(services.db) == before

    check()


def test_a_nul_typed_into_a_note_is_refused_by_field_and_saves_nothing(panel, services):
    _rnd, cands, seats, actors = panel
    kid = actors["mps_student"]
    kid.scoring.save_score(seats["mps_student"], cands[0], "interpersonal", value=3, note="ok")
    before = fuzz.database_rows(services.db)
    with pytest.raises(FieldError, match="Note: contains a NUL character"):
        kid.scoring.save_score(
            seats["mps_student"], cands[0], "interpersonal", value=4, note="pasted\x00text"
        )
    assert fuzz.database_rows(services.db) == before
    sheet = kid.scoring.sheet(seats["mps_student"], cands[0])
    assert sheet.score("interpersonal").value == 3
