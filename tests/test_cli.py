"""The command line: exit codes, one-line errors, the same results on both databases."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sro_panel import __version__
from sro_panel.cli import main

FORMS = Path(__file__).resolve().parents[1] / "forms"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_profile_check_accepts_the_shipped_profiles(capsys):
    code, out, _ = run(capsys, "profile", "check", *sorted(str(p) for p in FORMS.glob("*.toml")))
    assert code == 0
    assert "milwaukee-mpd.toml: ok (milwaukee_mpd: 5 requirements, 9 rubric criteria" in out
    assert "milford-pd.toml: ok" in out


def test_profile_check_names_the_file_and_key_and_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text((FORMS / "milford-pd.toml").read_text().replace("weight = 30", "weight = 0"))
    code, _, err = run(capsys, "profile", "check", str(FORMS / "milford-pd.toml"), str(bad))
    assert code == 2
    assert f"{bad}: rubric.criteria[0].weight: " in err
    assert "Traceback" not in err


def test_demo_then_rounds_on_sqlite(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    code, out, _ = run(capsys, "--db", url, "demo")
    assert code == 0 and "40 applicants" in out
    code, out, _ = run(capsys, "--db", url, "rounds")
    assert code == 0
    assert "MPS School Resource Officers 2026-27 (demo)" in out
    assert "Milwaukee Police Department" in out and "scoring" in out
    code, _, err = run(capsys, "--db", url, "screening")
    assert code == 2 and "several rounds" in err
    code, out, _ = run(capsys, "--db", url, "screening", "--round", "1")
    assert code == 0 and "not_eligible" in out and "IV.B.3" in out


def test_results_for_scripts_in_json_and_csv(capsys, tmp_path):
    import csv
    import io
    import json

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    run(capsys, "--db", url, "demo")
    code, out, _ = run(capsys, "--db", url, "results", "--round", "2")
    assert code == 0
    data = json.loads(out)
    first = data["candidates"][0]
    assert first["rank"] == 1 and set(first["groups"]) == {
        "school_staff",
        "community",
        "student",
        "police",
    }
    assert len(first["criteria"]) == 9 and data["agreement"]["icc2_k"] is not None
    assert any(c["tied"] for c in data["candidates"])
    code, out, _ = run(capsys, "--db", url, "results", "--round", "2", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 25 and rows[0]["name"] == first["name"]
    assert float(rows[0]["weighted_total"]) == first["weighted_total"]


@pytest.mark.postgres
def test_demo_then_rounds_on_postgresql(capsys, pg_url):
    assert run(capsys, "--db", pg_url, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", pg_url, "rounds")
    assert code == 0 and "MPS School Resource Officers 2026-27 (demo)" in out


def test_bad_input_exits_2_with_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "--db", "mysql://x@y/z", "rounds")
    assert code == 2 and err.count("\n") == 1 and "not supported" in err
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    code, _, err = run(capsys, "--db", url, "screening")
    assert code == 2 and "no round yet" in err
    code, _, err = run(capsys, "--db", url, "screening", "--round", "42")
    assert code == 2 and "round 42 does not exist" in err


def test_an_unopenable_database_is_a_clear_error(capsys, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "--db", str(junk), "rounds")
    assert code == 5 and "cannot be opened" in err and "Traceback" not in err


def test_a_postgresql_server_that_is_down_is_a_clear_error(capsys):
    code, _, err = run(capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "rounds")
    assert code == 5 and "cannot be opened" in err


def test_the_installed_command_runs(tmp_path):
    exe = shutil.which("sro-panel") or str(Path(sys.executable).with_name("sro-panel"))
    result = subprocess.run(
        [exe, "--db", str(tmp_path / "x.db"), "rounds"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "No rounds yet" in result.stdout


def test_screenshots_renders_every_page(capsys, tmp_path):
    from PySide6.QtGui import QImage

    from sro_panel.ui.screenshots import DIALOG_SHOTS, SHOTS

    code, out, _ = run(capsys, "screenshots", str(tmp_path / "shots"))
    assert code == 0
    paths = out.split()
    assert [Path(p).stem for p in paths] == [s[0] for s in SHOTS] + list(DIALOG_SHOTS)
    for path in paths[: len(SHOTS)]:
        image = QImage(path)
        assert (image.width(), image.height()) == (1366, 768)
    assert not QImage(paths[-1]).isNull()


def test_the_version_is_the_one_in_pyproject():
    import tomllib

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == __version__


def test_export_pdfs_and_spreadsheets_by_suffix(capsys, tmp_path, demo_template):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    for kind in ("packet", "scoresheets", "screening"):
        target = tmp_path / f"{kind}.pdf"
        code, _, err = run(capsys, "--db", url, "export", kind, "--round", "2", "-o", str(target))
        assert code == 0, err
        assert target.read_bytes().startswith(b"%PDF-")
    code, _, err = run(capsys, "--db", url, "export", "screening", "--round", "2", "-o",
                       str(tmp_path / "screening.xlsx"))  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "--db", url, "export", "roster", "--round", "2", "-o",
                       str(tmp_path / "roster.pdf"))  # fmt: skip
    assert code == 2 and "roster is an Excel export" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", url, "export", "packet", "--round", "2", "-o",
                       str(tmp_path / "packet.xlsx"))  # fmt: skip
    assert code == 2 and "packet is a PDF" in err
    assert not (tmp_path / "roster.pdf").exists() and not (tmp_path / "packet.xlsx").exists()


def test_commands_sign_in_once_the_database_has_accounts(
    capsys, tmp_path, demo_template, monkeypatch
):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    code, out, _ = run(capsys, "--db", url, "rounds")  # signed in from the environment
    assert code == 0 and "court-ordered" in out
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "not the password at all")
    code, _, err = run(capsys, "--db", url, "rounds")
    assert code == 3 and "wrong user name or password" in err
    monkeypatch.setenv("SRO_PANEL_USER", "student")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "violet comet 29 demo")
    code, _, err = run(capsys, "--db", url, "export", "roster", "--round", "1", "-o",
                       str(tmp_path / "r.xlsx"))  # fmt: skip
    assert code == 3 and "panelist" in err  # a student panelist exports nothing
    monkeypatch.delenv("SRO_PANEL_USER")
    monkeypatch.delenv("SRO_PANEL_PASSWORD")
    with open(os.devnull) as no_terminal:  # a script run without a terminal
        monkeypatch.setattr("sys.stdin", no_terminal)
        code, _, err = run(capsys, "--db", url, "rounds")
    assert code == 2 and "SRO_PANEL_USER and SRO_PANEL_PASSWORD" in err


def test_the_demo_prints_its_accounts(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", f"sqlite:///{tmp_path / 'd.db'}", "demo")
    assert code == 0
    assert "admin     copper lantern 41 demo" in out and "auditor" in out


def test_the_administrator_adds_lists_and_unlocks_accounts(capsys, tmp_path, demo_template,
                                                           monkeypatch):  # fmt: skip
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    monkeypatch.setenv("SRO_PANEL_NEW_PASSWORD", "password1234")
    code, _, err = run(capsys, "--db", url, "accounts", "add", "mrivera", "--name",
                       "Morgan Rivera", "--role", "panelist")  # fmt: skip
    assert code == 2 and "Password: is a common password" in err
    monkeypatch.setenv("SRO_PANEL_NEW_PASSWORD", "north shore ferry 19")
    code, out, _ = run(capsys, "--db", url, "accounts", "add", "mrivera", "--name",
                       "Morgan Rivera", "--role", "panelist")  # fmt: skip
    assert code == 0 and "mrivera: added (panelist)" in out
    monkeypatch.setenv("SRO_PANEL_USER", "mrivera")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "wrong wrong wrong")
    for _ in range(5):
        assert run(capsys, "--db", url, "rounds")[0] == 3
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "north shore ferry 19")
    code, _, err = run(capsys, "--db", url, "rounds")
    assert code == 3 and "locked" in err
    monkeypatch.setenv("SRO_PANEL_USER", "admin")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "copper lantern 41 demo")
    code, out, _ = run(capsys, "--db", url, "accounts", "list")
    assert code == 0 and "mrivera" in out and "locked" in out
    assert run(capsys, "--db", url, "accounts", "unlock", "mrivera")[0] == 0
    monkeypatch.setenv("SRO_PANEL_USER", "mrivera")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "north shore ferry 19")
    assert run(capsys, "--db", url, "rounds")[0] == 0


def test_the_administrator_sets_a_new_password_and_switches_an_account_off(
    capsys, tmp_path, demo_template, monkeypatch
):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    monkeypatch.setenv("SRO_PANEL_NEW_PASSWORD", "lakefront bicycle 27")
    assert run(capsys, "--db", url, "accounts", "password", "training")[0] == 0
    assert run(capsys, "--db", url, "accounts", "off", "auditor")[0] == 0
    code, out, _ = run(capsys, "--db", url, "accounts", "list")
    assert [line.split()[2] for line in out.splitlines() if line.startswith("auditor")] == [
        "inactive"
    ]
    monkeypatch.setenv("SRO_PANEL_USER", "auditor")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "indigo atlas 95 demo")
    assert run(capsys, "--db", url, "rounds")[0] == 3
    monkeypatch.setenv("SRO_PANEL_USER", "training")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "lakefront bicycle 27")
    assert run(capsys, "--db", url, "rounds")[0] == 0
    code, _, err = run(capsys, "--db", url, "accounts", "on", "auditor")
    assert code != 0 and "may not manage users" in err


def test_retention_lists_closed_rounds_and_refuses_an_early_purge(capsys, tmp_path, demo_template):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    code, out, _ = run(capsys, "--db", url, "retention")
    assert code == 0 and "kept until 2029-10-01" in out and "may be purged now" not in out
    code, _, err = run(capsys, "--db", url, "retention", "purge", "--round", "2")
    assert code != 0 and "kept until 2029-10-01" in err and "36 months" in err
    code, _, err = run(capsys, "--db", url, "retention", "purge", "--round", "1")
    assert code != 0 and "only a closed round" in err


def test_an_app_role_is_refused_on_sqlite_by_name(capsys, tmp_path, demo_template):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    code, _, err = run(capsys, "--db", f"sqlite:///{db}", "db", "app-role", "sro_app")
    assert code == 2 and "an app role is for PostgreSQL" in err


def test_the_training_exports_from_the_command_line(capsys, tmp_path, demo_template, monkeypatch):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    url = f"sqlite:///{db}"
    monkeypatch.setenv("SRO_PANEL_USER", "training")
    monkeypatch.setenv("SRO_PANEL_PASSWORD", "cedar compass 37 demo")
    for kind, name in (("compliance", "c.pdf"), ("certificates", "c.zip"), ("trained", "t.xlsx")):
        code, out, err = run(capsys, "--db", url, "export", kind, "--round", "2", "-o",
                             str(tmp_path / name))  # fmt: skip
        assert code == 0, err
        assert out.strip() == str(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 0
    code, _, err = run(capsys, "--db", url, "export", "roster", "--round", "2", "-o",
                       str(tmp_path / "r.zip"))  # fmt: skip
    assert code == 2 and "only certificates are written as a .zip" in err
