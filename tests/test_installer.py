"""The installer's ground: the smoke test, one way to find shipped files, the version."""

import importlib.util
import re
from pathlib import Path

import pytest

from sro_panel import __version__, paths, smoke
from sro_panel.cli import main

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"


def _build_module():
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smoke_test_passes_on_a_whole_app(capsys, monkeypatch, qapp):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--smoke-test"]) == 0
    out = capsys.readouterr().out
    assert f"SRO Panel {__version__} smoke test" in out
    assert "ok  shipped files: 2 agency profiles, 4 fonts" in out
    assert "ok  database: created, migrated, demo round 1 written" in out
    assert re.search(r"ok  exports: packet PDF of \d+ KB, roster of 40 applicants", out)
    assert "ok  main window: shown with 2 rounds, all 9 steps opened" in out
    assert "smoke test passed" in out


def test_smoke_test_names_what_is_missing_and_exits_non_zero(capsys, monkeypatch, tmp_path):
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    assert main(["--smoke-test"]) == smoke.FAILED
    out = capsys.readouterr().out
    assert "FAILED  shipped files: SmokeFailure: shipped files missing: 2 profiles, 0 fonts" in out
    assert "icon missing" in out
    assert "smoke test passed" not in out


def test_smoke_test_reports_a_failing_step_with_its_reason(capsys, monkeypatch, qapp):
    from sro_panel.services import exports

    def broken(*_args, **_kwargs):
        raise OSError("No space left on device")

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(exports.ExportService, "excel", broken)
    assert main(["--smoke-test"]) == smoke.FAILED
    out = capsys.readouterr().out
    assert "ok  database:" in out
    assert "FAILED  exports: OSError: No space left on device" in out
    assert "main window" not in out


def test_only_the_paths_module_knows_how_the_app_is_packaged():
    offenders = [
        str(p.relative_to(REPO))
        for p in (REPO / "sro_panel").rglob("*.py")
        if p.name != "paths.py"
        and re.search(r"_MEIPASS|sys\.frozen|Path\(__file__\)|__file__\)", p.read_text())
    ]
    assert offenders == []


def test_the_paths_module_finds_every_shipped_folder():
    assert (paths.forms_dir() / "milwaukee-mpd.toml").is_file()
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (paths.migrations_dir() / "env.py").is_file()
    assert paths.icon_file().is_file()
    assert (paths.icon_file().with_suffix(".ico")).is_file()


def test_the_window_has_the_app_icon(qapp):
    from sro_panel.ui.app import make_application

    assert not make_application().windowIcon().isNull()


def test_the_bundle_carries_the_translations_compiled():
    spec = (INSTALLER / "sro-panel.spec").read_text()
    assert "datas += compiled_translations()" in spec
    assert '"sro_panel/resources/translations"' in spec
    assert 'glob("*.ts")' in spec


def test_the_build_takes_its_version_from_pyproject():
    assert _build_module().project_version() == __version__
    spec = (INSTALLER / "sro-panel.spec").read_text()
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert __version__ not in spec


def test_the_windows_installer_has_its_version_injected_and_keeps_user_data():
    iss = (INSTALLER / "sro-panel.iss").read_text()
    assert "#ifndef AppVersion\n  #error" in iss  # no build without the injected version
    assert "AppVersion={#AppVersion}" in iss
    assert __version__ not in iss.split("[Setup]", 1)[1]
    assert "PrivilegesRequired=admin" in iss  # per machine
    assert 'Name: "{group}\\SRO Panel"' in iss  # the Start-menu shortcut
    # Data is removed only when asked, never by a silent uninstall without the switch.
    assert "(not Result) and (not UninstallSilent)" in iss
    assert "MB_DEFBUTTON2" in iss  # "No, keep it" is the default answer


@pytest.mark.parametrize("folder", ["forms", "resources", "sro_panel/db/migrations"])
def test_the_bundle_spec_ships_each_folder_where_paths_looks(folder):
    spec = (INSTALLER / "sro-panel.spec").read_text()
    parts = folder.split("/")
    source = " / ".join(f'"{p}"' for p in parts)
    target = folder if folder.startswith("sro_panel/") else f"sro_panel/{folder}"
    assert f'(str(ROOT / {source}), "{target}")' in spec
