"""Which language the window speaks (`--lang`, the saved setting, the system), and the
catalogues that make it so."""

import argparse

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from sro_panel import cli
from sro_panel.cli_parser import build_parser
from sro_panel.ui import i18n


@pytest.fixture
def spanish_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "es")


@pytest.fixture
def english_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")


def test_the_command_line_beats_the_setting_which_beats_the_system(settings, spanish_system):
    assert i18n.resolve_language(None, settings) == "es"  # nothing saved: the system's
    settings.setValue("language", "en")
    assert i18n.resolve_language(None, settings) == "en"  # the setting beats the system
    assert i18n.resolve_language("es", settings) == "es"  # --lang beats the setting
    settings.setValue("language", "system")
    assert i18n.resolve_language(None, settings) == "es"


def test_an_english_system_gives_english_and_a_bad_setting_reads_as_the_system(
    settings, english_system
):
    assert i18n.resolve_language(None, settings) == "en"
    settings.setValue("language", "klingon")
    assert i18n.saved_choice(settings) == "system"
    assert i18n.resolve_language(None, settings) == "en"
    assert i18n.resolve_language("es", settings) == "es"


def test_the_system_language_follows_the_first_ui_language(monkeypatch):
    class System:
        def __init__(self, languages):
            self._languages = languages

        def uiLanguages(self):
            return self._languages

        def name(self):
            return "C"

    for languages, expected in ((["es-MX", "en-US"], "es"), (["en-US", "es-ES"], "en"), ([], "en")):
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda ls=languages: System(ls)))
        assert i18n.system_language() == expected


def test_lang_is_read_from_the_command_line_and_given_to_the_window(monkeypatch):
    parsed = build_parser().parse_args(["--lang", "es"])
    assert parsed.lang == "es"
    assert build_parser().parse_args([]).lang is None
    shots = build_parser().parse_args(["screenshots", "out", "--lang", "es"])
    assert shots.lang == "es" and shots.command == "screenshots"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
    chosen = []
    monkeypatch.setattr(i18n, "apply_language", lambda app, lang: chosen.append(lang) or "es")
    cli._start_language(argparse.Namespace(lang="es"))
    assert chosen == ["es"]


def test_spanish_installs_qt_own_and_every_catalogue_and_sets_the_locale(
    qapp, tmp_path, monkeypatch
):
    monkeypatch.setenv(i18n.ENV_CACHE, str(tmp_path))
    installed = i18n.install_translations(qapp, "es")
    try:
        assert QLocale().language() == QLocale.Language.Spanish
        # Qt's own strings, and each resources/translations/*_es.ts compiled into the cache.
        sources = sorted(i18n.translations_dir().glob("*_es.ts"))
        assert len(installed) == 1 + len(sources)
        assert len(list((tmp_path / "translations").glob("*.qm"))) == len(sources)
        assert QCoreApplication.translate("Steps", "Scoring") == "Puntuación"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        i18n.remove_translations(qapp, installed)
    assert QCoreApplication.translate("Steps", "Scoring") == "Scoring"
    assert QLocale().language() == QLocale.Language.English


def test_english_installs_nothing(qapp):
    assert i18n.install_translations(qapp, "en") == []
    assert QLocale().language() == QLocale.Language.English


def test_a_catalogue_is_compiled_once_and_again_when_it_changes(tmp_path, monkeypatch):
    monkeypatch.setenv(i18n.ENV_CACHE, str(tmp_path / "cache"))
    source = tmp_path / "x_es.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context>'
        "<name>C</name><message><source>Yes</source><translation>Sí</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    first = i18n.compiled(source)
    assert first.is_file() and first.parent == tmp_path / "cache" / "translations"
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled(source) == first and first.stat().st_mtime_ns == stamp
    source.write_text(source.read_text(encoding="utf-8").replace("Sí", "Claro"), encoding="utf-8")
    second = i18n.compiled(source)
    assert second != first and second.is_file()


def test_a_catalogue_built_beside_its_source_is_used_as_it_is(tmp_path, monkeypatch):
    """The bundle carries each catalogue compiled; it needs no lrelease."""
    monkeypatch.setenv(i18n.ENV_CACHE, str(tmp_path / "cache"))
    source = tmp_path / "x_es.ts"
    source.write_text("<TS/>", encoding="utf-8")
    beside = tmp_path / "x_es.qm"
    beside.write_bytes(b"compiled")

    def no_lrelease():
        raise AssertionError("lrelease run although the catalogue was built")

    monkeypatch.setattr(i18n, "lrelease_command", no_lrelease)
    assert i18n.compiled(source) == beside
    # Copied into the bundle, the source may look newer than its catalogue.
    import os

    os.utime(beside, (1, 1))
    monkeypatch.setattr(i18n, "is_bundle", lambda: True)
    assert i18n.compiled(source) == beside


def _installed(qapp):
    from PySide6.QtCore import QTranslator

    return set(qapp.findChildren(QTranslator))


@pytest.fixture
def undo_language(qapp):
    """Whatever translators a start installs are removed after the test."""
    before = _installed(qapp)
    yield before
    i18n.remove_translations(qapp, list(_installed(qapp) - before))


def _start_window(monkeypatch, tmp_path, argv):
    """`sro-panel ARGV` up to the window, which reports what it would show (the database
    is not this test's business)."""
    from PySide6.QtCore import QSettings

    from sro_panel.ui import app

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen = []

    def shown(services, **_kwargs):
        seen.append((QLocale().language(), QCoreApplication.translate("Steps", "Scoring")))
        return 0

    monkeypatch.setattr(app, "run_app", shown)
    monkeypatch.setattr(cli, "_saved_database", lambda: None)
    monkeypatch.setattr(cli, "open_for_gui", lambda url: object())
    assert cli.main(argv) == 0
    return seen


def test_the_app_starts_in_the_language_asked_for(
    qapp, undo_language, monkeypatch, tmp_path, english_system
):
    seen = _start_window(monkeypatch, tmp_path, ["--lang", "es"])
    assert seen == [(QLocale.Language.Spanish, "Puntuación")]


def test_the_app_starts_in_the_saved_language(
    qapp, undo_language, monkeypatch, tmp_path, english_system
):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings("SRO Panel", "SRO Panel").setValue("language", "es")
    assert _start_window(monkeypatch, tmp_path, []) == [(QLocale.Language.Spanish, "Puntuación")]
    i18n.remove_translations(qapp, list(_installed(qapp) - undo_language))  # the next start
    seen = _start_window(monkeypatch, tmp_path, ["--lang", "en"])
    assert seen[-1] == (QLocale.Language.English, "Scoring")
