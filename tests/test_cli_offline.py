"""The offline-panel commands: a round file out, a score file from the laptop, its import."""

import json

import pytest

from sro_panel.cli import main
from sro_panel.cli_offline import open_local_panel
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from tests.services.conftest import fill


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop_data(monkeypatch, tmp_path):
    """The laptop's user-data folder, away from the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "laptop-data"))
    return tmp_path / "laptop-data"


def test_round_file_out_score_file_back_by_command(capsys, tmp_path, demo, laptop_data):
    url = str(demo.db.engine.url)
    seat = demo.panel.add_panelist(1, name="Rowan Vale", role_type="community").id
    round_file = tmp_path / "rowan.sroround"
    code, out, err = run(
        capsys, "--db", url, "export", "round-file", "--round", 1,
        "--panelist", "rowan vale", "-o", round_file,
    )  # fmt: skip
    assert code == 0, err
    assert f"{round_file}: round file for Rowan Vale, 28 candidates" in out

    # On the laptop: the panel member scores two candidates, then saves the score file.
    local = open_local_panel(round_file)
    assert (laptop_data / "SRO Panel" / "panels").is_dir()
    [local_seat] = local.actor.panelist_ids
    pool = [a for a, _n, _s in local.scoring.my_candidates(local_seat)][1:3]
    for a in pool:
        fill(local, local_seat, a, value=4)
    local.db.dispose()
    score_file = tmp_path / "rowan.sroscores"
    code, out, err = run(
        capsys, "--round-file", round_file, "export", "score-file", "-o", score_file
    )
    assert code == 0, err
    assert f"{score_file}: 2 submitted sheet(s)" in out and "not submitted yet" in out

    code, out, err = run(capsys, "--db", url, "import", "scores", score_file, "--round", 1)
    assert code == 0, err
    assert "2 sheet(s) from Rowan Vale imported" in out
    rowan = demo.as_actor(Actor("rowan", "Rowan Vale", Role.PANELIST, frozenset({seat})))
    statuses = [status for _a, _n, status in rowan.scoring.my_candidates(seat)]
    assert statuses.count("submitted") == 2
    code, out, _ = run(capsys, "--db", url, "import", "scores", score_file)
    assert code == 0 and "was imported before; nothing changed" in out


def test_an_altered_score_file_is_refused_with_exit_2(capsys, tmp_path, demo, laptop_data):
    url = str(demo.db.engine.url)
    demo.panel.add_panelist(1, name="Rowan Vale", role_type="community")
    round_file = tmp_path / "rowan.sroround"
    assert run(capsys, "--db", url, "export", "round-file", "--round", 1,
               "--panelist", "Rowan Vale", "-o", round_file)[0] == 0  # fmt: skip
    local = open_local_panel(round_file)
    [seat] = local.actor.panelist_ids
    fill(local, seat, local.scoring.my_candidates(seat)[1][0])
    score_file = tmp_path / "rowan.sroscores"
    local.local_panel.write_score_file(score_file)
    data = json.loads(score_file.read_text())
    data["payload"]["sheets"][0]["recommendation"] = "not_recommended"
    score_file.write_text(json.dumps(data))
    code, out, err = run(capsys, "--db", url, "import", "scores", score_file)
    assert code == 2 and out == ""
    assert err.startswith(f"sro-panel: error: {score_file}: the signature does not match")
    assert "Traceback" not in err


def test_offline_commands_name_what_is_wrong(capsys, tmp_path, demo, laptop_data):
    url = str(demo.db.engine.url)
    code, _, err = run(capsys, "--db", url, "export", "round-file", "--round", 1,
                       "-o", tmp_path / "x.sroround")  # fmt: skip
    assert code == 2 and "round-file needs --panelist" in err
    code, _, err = run(capsys, "--db", url, "export", "round-file", "--round", 1,
                       "--panelist", "Nobody", "-o", tmp_path / "x.sroround")  # fmt: skip
    assert code == 2 and "--panelist Nobody: not on round 1's panel; the panel: " in err
    code, _, err = run(capsys, "--db", url, "export", "round-file", "--round", 1,
                       "--panelist", "1", "-o", tmp_path / "x.txt")  # fmt: skip
    assert code == 2 and "x.txt: a round file must end in .sroround" in err
    code, _, err = run(capsys, "--db", url, "export", "score-file", "-o", tmp_path / "s.sroscores")
    assert code == 2 and "not made from a round file" in err
    missing = tmp_path / "missing.sroround"
    code, _, err = run(capsys, "--round-file", missing, "rounds")
    assert code == 2 and f"{missing}: no such file" in err
    assert not (laptop_data / "SRO Panel" / "panels").exists()
