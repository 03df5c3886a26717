"""Spanish rubric text in a profile: Milwaukee's is complete; a partial one is refused by key."""

import re
from pathlib import Path

import pytest

from sro_panel.domain.profile import ProfileError, load_profile, parse_profile

FORMS = Path(__file__).resolve().parents[2] / "forms"
MILWAUKEE = (FORMS / "milwaukee-mpd.toml").read_text(encoding="utf-8")


def test_milwaukee_has_spanish_for_every_criterion_level_and_choice():
    p = load_profile(FORMS / "milwaukee-mpd.toml").profile
    assert p.has_spanish
    assert [level.es.label for level in p.rubric.scale if level.es] == [
        "No cumple",
        "Cumple en parte",
        "Cumple",
        "Sólido",
        "Sobresaliente",
    ]
    assert [r.es.label for r in p.recommendations if r.es] == [
        "Recomendar",
        "Recomendar con reservas",
        "No recomendar",
    ]
    for c in p.rubric.criteria:
        es = c.es
        assert es is not None, c.id
        assert set(es.anchors) == set(c.anchors) == {"1", "2", "3", "4", "5"}
        assert len(es.questions) == len(c.questions) and len(es.probes) == len(c.probes)
        # Written, not copied: no criterion's Spanish text repeats its English.
        assert es.title != c.title and es.questions[0] != c.questions[0]
        assert all(es.anchors[k] != c.anchors[k] for k in c.anchors)
        # Spanish questions open with an inverted mark where they ask.
        for text in es.questions + es.probes:
            assert text.count("?") == text.count("¿"), text
    interpersonal = next(c for c in p.rubric.criteria if c.id == "interpersonal")
    assert interpersonal.es is not None
    assert interpersonal.es.title == "Comunicación interpersonal y colaboración"


def test_a_profile_without_spanish_is_fine():
    p = load_profile(FORMS / "milford-pd.toml").profile
    assert not p.has_spanish


def _without(pattern: str, count: int = 1) -> str:
    text, n = re.subn(pattern, "", MILWAUKEE, count=count, flags=re.MULTILINE)
    assert n == count, pattern
    return text


def _refused(text: str) -> ProfileError:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "mke-es.toml")
    return caught.value


def test_a_missing_spanish_anchor_is_refused_naming_the_criterion_and_level():
    # The third line of the first Spanish anchors table: the anchor for level 3.
    first = MILWAUKEE.index("[rubric.criteria.es.anchors]")
    line = MILWAUKEE[first:].splitlines()[3]
    assert line.startswith("3 = ")
    error = _refused(MILWAUKEE.replace(line + "\n", "", 1))
    assert error.key == "rubric.criteria[0].es.anchors.3"
    assert "Spanish anchor" in str(error) and str(error).startswith("mke-es.toml: ")


def test_a_criterion_without_spanish_beside_others_with_it_is_refused():
    start = MILWAUKEE.index("[rubric.criteria.es]", MILWAUKEE.index('id = "problem_solving"'))
    end = MILWAUKEE.index("[[rubric.criteria]]", start)
    error = _refused(MILWAUKEE[:start] + MILWAUKEE[end:])
    assert error.key == "rubric.criteria[3].es"


def test_a_scale_level_or_choice_without_its_spanish_label_is_refused():
    error = _refused(_without(r'^es = \{ label = "Sólido" \}\n'))
    assert error.key == "rubric.scale[3].es.label"
    error = _refused(_without(r'^es = \{ label = "No recomendar" \}\n'))
    assert error.key == "recommendations[2].es.label"


def test_spanish_questions_and_follow_ups_must_match_the_english_in_number():
    first = MILWAUKEE.index("[rubric.criteria.es]")
    probes = next(line for line in MILWAUKEE[first:].splitlines() if line.startswith("probes = ["))
    error = _refused(MILWAUKEE.replace(probes, 'probes = ["¿Con qué frecuencia?"]', 1))
    assert error.key == "rubric.criteria[0].es.probes"
    assert "1 in Spanish but 2 in English" in str(error)


def test_a_spanish_anchor_for_a_level_the_scale_lacks_is_refused():
    first = MILWAUKEE.index("[rubric.criteria.es.anchors]")
    text = MILWAUKEE[:first] + MILWAUKEE[first:].replace('\n5 = "', '\n6 = "De más."\n5 = "', 1)
    error = _refused(text)
    assert error.key == "rubric.criteria[0].es.anchors.6"
