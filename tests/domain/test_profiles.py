"""Agency profiles: the shipped ones are valid; each kind of bad profile names its file and key."""

from pathlib import Path

import pytest

from sro_panel.domain.profile import ProfileError, load_profile, parse_profile

FORMS = Path(__file__).resolve().parents[2] / "forms"
MILWAUKEE = (FORMS / "milwaukee-mpd.toml").read_text(encoding="utf-8")


def test_milwaukee_profile_follows_the_soi():
    p = load_profile(FORMS / "milwaukee-mpd.toml").profile
    assert [r.ref for r in p.requirements] == ["IV.B.1", "IV.B.1", "IV.B.2", "IV.B.3", "IV.B.3"]
    assert [c.ref for c in p.rubric.criteria] == [f"IV.B.{n}" for n in range(4, 13)]
    assert {r.group for r in p.panel.role_types} == {
        "school_staff",
        "community",
        "student",
        "police",
    }
    assert p.role_type("mps_student").minor
    assert p.training.min_hours == 40
    assert len(p.training.topics) == 7
    assert p.court is not None and p.court.trained_officers == 25
    service = p.requirements[0]
    assert service.kind == "min_service_years" and service.years == 3
    for c in p.rubric.criteria:
        assert set(c.anchors) == {"1", "2", "3", "4", "5"}


def test_milford_profile_has_its_own_panel_and_two_years():
    p = load_profile(FORMS / "milford-pd.toml").profile
    assert p.requirements[0].kind == "min_service_years" and p.requirements[0].years == 2
    assert {r.id for r in p.requirements} >= {"supervisor_recommendation", "physical_condition"}
    assert [(r.roles, r.min, r.max) for r in p.panel.rules] == [
        (["commander"], 1, 1),
        (["school_rep"], 2, 2),
    ]


def _bad(old: str, new: str) -> str:
    assert old in MILWAUKEE, old
    return MILWAUKEE.replace(old, new, 1)


@pytest.mark.parametrize(
    "text, key, message",
    [
        (_bad('agency = "Milwaukee Police Department"\n', ""), "agency", "required key is missing"),
        (
            _bad('kind = "attested"', 'kind = "vibes"'),
            "requirements[1]",
            "unknown requirement kind 'vibes'",
        ),
        (_bad("weight = 15", "weight = 0"), "rubric.criteria[0].weight", "greater than 0"),
        (_bad("weight = 15", "weight = -3"), "rubric.criteria[0].weight", "greater than 0"),
        (
            _bad('5 = "Long-term, self-started', 'x5 = "Long-term, self-started'),
            "rubric.criteria[0].anchors",
            "scale level 5 has no written anchor",
        ),
        (
            _bad('roles = ["mpd"]', 'roles = ["mpd", "sheriff"]'),
            "panel.rules[4].roles[1]",
            "unknown role type 'sheriff'",
        ),
        (_bad("schema_version = 1", "schema_version = 1\ncolour = 3"), "colour", "unknown key"),
        ("this is [not toml", "", "not valid TOML"),
    ],
)
def test_a_bad_profile_names_the_file_and_the_key(text, key, message):
    with pytest.raises(ProfileError) as info:
        parse_profile(text, "forms/bad.toml")
    err = info.value
    assert err.source == "forms/bad.toml"
    assert err.key == key
    assert message in err.message
    assert str(err).startswith("forms/bad.toml")


def test_duplicate_ids_are_refused():
    text = _bad('id = "problem_solving"', 'id = "interpersonal"')
    with pytest.raises(ProfileError, match=r"rubric\.criteria: id 'interpersonal' appears twice"):
        parse_profile(text, "x.toml")


def test_a_new_agency_is_a_new_file(tmp_path):
    text = MILWAUKEE.replace('id = "milwaukee_mpd"', 'id = "springfield_pd"').replace(
        'agency = "Milwaukee Police Department"', 'agency = "Springfield Police Department"'
    )
    path = tmp_path / "springfield.toml"
    path.write_text(text, encoding="utf-8")
    assert load_profile(path).profile.agency == "Springfield Police Department"


def test_an_unreadable_or_binary_file_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile(tmp_path / "missing.toml")
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProfileError, match="not UTF-8"):
        load_profile(binary)
