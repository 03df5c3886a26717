"""The window's language: which one (command line, saved setting, system), and the Qt
translators that make it so.

Translations are `resources/translations/<catalogue>_<lang>.ts` files. The bundle
carries each one compiled beside it (`<catalogue>_<lang>.qm`); anywhere else they are
compiled with Qt's lrelease into the user cache folder on first use, named by the
source's hash, so an edited `.ts` is compiled again and an unchanged one never is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from sro_panel.paths import is_bundle, resources_dir

log = logging.getLogger("sro_panel")

LANGUAGES = ("en", "es")
SETTING_KEY = "language"
SETTING_CHOICES = ("system", "en", "es")
ENV_CACHE = "SRO_PANEL_CACHE_DIR"  # tests and scripts keep compiled catalogues apart


def translations_dir() -> Path:
    return resources_dir() / "translations"


def cache_dir() -> Path:
    configured = os.environ.get(ENV_CACHE)
    base = Path(configured) if configured else platformdirs.user_cache_path("SRO Panel", False)
    return base / "translations"


def system_language() -> str:
    """Spanish when the system's first UI language is Spanish, else English."""
    languages = QLocale.system().uiLanguages()
    first = languages[0] if languages else QLocale.system().name()
    return "es" if first.lower().replace("_", "-").split("-")[0] == "es" else "en"


def saved_choice(settings: QSettings) -> str:
    """The Settings ▸ Language choice: system, en or es (anything else reads as system)."""
    value = str(settings.value(SETTING_KEY, "system") or "system")
    return value if value in SETTING_CHOICES else "system"


def resolve_language(command_line: str | None, settings: QSettings) -> str:
    """`--lang` beats the saved setting, which beats the system's language."""
    if command_line in LANGUAGES:
        return command_line
    choice = saved_choice(settings)
    return choice if choice in LANGUAGES else system_language()


def lrelease_command() -> list[str]:
    """Qt's lrelease as shipped with PySide6 (the package folder, else the script)."""
    folder = Path(str(files("PySide6")))
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("Qt's lrelease is missing from this PySide6 installation")


def compile_catalogue(source: Path, target: Path) -> Path:
    """`source` (.ts) compiled into `target` (.qm) with lrelease."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    subprocess.run(
        [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
        check=True,
        capture_output=True,
    )
    partial.replace(target)  # never a half-written catalogue for the next start
    return target


def compiled(source: Path) -> Path:
    """The .qm for one .ts: the one built beside it (the bundle), else one in the cache."""
    beside = source.with_suffix(".qm")
    # The bundle's copies carry no meaningful times; anywhere else a .qm older than its
    # source is stale.
    if beside.is_file() and (is_bundle() or beside.stat().st_mtime >= source.stat().st_mtime):
        return beside
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"{source.stem}-{digest}.qm"
    return target if target.is_file() else compile_catalogue(source, target)


def catalogues(language: str) -> list[Path]:
    """Every catalogue of the app in `language` (ours and the services' messages)."""
    folder = translations_dir()
    sources = sorted(folder.glob(f"*_{language}.ts"))
    built = {p.with_suffix(".ts") for p in sources}
    # A bundle built without the sources still has its compiled catalogues.
    extra = [
        p for p in sorted(folder.glob(f"*_{language}.qm")) if p.with_suffix(".ts") not in built
    ]
    return [compiled(p) for p in sources] + extra


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the app's: Qt's own strings, every catalogue, and the default
    locale (so any code reads it with `QLocale().language()`). English installs nothing."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        installed.append(qt_own)
    else:
        log.warning("Qt's own %s translation (qtbase_%s.qm) was not found", language, language)
    for path in catalogues(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", path)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def apply_language(app: QCoreApplication, command_line: str | None) -> str:
    """At start: the language chosen (`--lang`, the saved setting, the system), installed."""
    language = resolve_language(command_line, QSettings())
    try:
        install_translations(app, language)
    except (OSError, subprocess.CalledProcessError) as exc:
        # A catalogue that cannot be compiled leaves the window in English, not unusable.
        log.warning("the %s translation could not be installed: %s", language, exc)
    return language


def remove_translations(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Undo `install_translations` (English again)."""
    for translator in installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en"))
