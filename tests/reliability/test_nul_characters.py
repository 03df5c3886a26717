"""A NUL character, which PostgreSQL cannot store, is refused by name on both databases."""

import pytest

from sro_panel.domain import offline_files as files
from sro_panel.domain.profile import ProfileError, parse_profile
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
