"""`sro-panel screenshots DIR`: every page of the demo round rendered to PNG, offscreen."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.demo import DemoService

SIZE = (1366, 768)  # a common panel laptop

# (file name, step, round index, who is acting: the actor's id, else the first entry)
SHOTS = (
    ("01-round", "Round", 0, "local"),
    ("02-applicants-screening", "Applicants & screening", 0, "local"),
    ("03-pool-schedule", "Pool & schedule", 0, "local"),
    ("04-panel", "Panel", 0, "local"),
    ("05-scoring-student", "Scoring", 0, "student"),
    ("06-results-chief", "Results", 1, "chief"),
    ("07-decision-chief", "Recommendation & decision", 1, "chief"),
    ("08-training", "Training & assignments", 1, "local"),
    ("09-audit-trail", "Audit trail", 1, "auditor"),
)
DIALOG_SHOTS = ("10-accounts",)


def _acting_index(combo: object, who: str) -> int:
    """The "Acting as" entry for `who`, whatever the language: the Chief or the auditor by
    their id, the student's seat by its role (the profile's words, English or Spanish)."""
    for i in range(combo.count()):  # type: ignore[attr-defined]
        text = combo.itemText(i).lower()  # type: ignore[attr-defined]
        if combo.itemData(i).username == who or (  # type: ignore[attr-defined]
            who == "student" and ("student" in text or "estudiante" in text)
        ):
            return i
    return 0


def render(
    folder: Path, language: str = "en", *, dark: bool = False, text_scale: float = 1.0
) -> Iterator[Path]:
    """Write one PNG per page into `folder` in `language`, yielding each path as written;
    `dark` and `text_scale` show the app as a dark system scheme and larger text leave it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from sro_panel.ui.app import make_application
    from sro_panel.ui.i18n import install_translations, remove_translations
    from sro_panel.ui.main_window import STEPS, MainWindow

    app = make_application()
    installed = install_translations(app, language)
    _as_the_system_sets_it(app, dark=dark, text_scale=text_scale)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'demo.db'}")
        upgrade_to_head(db)
        services = Services(db, Actor.local_administrator())
        DemoService(services).write_demo()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings=settings)
        window.resize(*SIZE)
        window.show()
        for name, step, round_index, who in SHOTS:
            window.round_combo.setCurrentIndex(round_index)
            window.acting_combo.setCurrentIndex(_acting_index(window.acting_combo, who))
            window.steps_list.setCurrentRow(STEPS.index(step))
            _settle(app, window)
            path = folder / f"{name}.png"
            _save(window.grab(), path)
            yield path
        yield from _dialogs(window, services, folder)
        window.close()
        db.dispose()
    remove_translations(app, installed)


def _settle(app: object, window: object, seconds: float = 30.0) -> None:
    """Let the page's background work (the Results page combining scores) finish first,
    so the picture shows the page as a person sees it a moment later."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QWidget

    app.processEvents()  # type: ignore[attr-defined]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(
        getattr(w, "_ops", None)
        for w in window.findChildren(QWidget)  # type: ignore[attr-defined]
    ):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


def _dialogs(window: object, services: Services, folder: Path) -> Iterator[Path]:
    """The administrator's accounts dialog, with a locked account to show."""
    from sro_panel.services.accounts import SignInRefused
    from sro_panel.services.demo import DEMO_ACCOUNTS
    from sro_panel.ui.accounts_dialog import AccountsDialog

    for _ in range(5):
        with contextlib.suppress(SignInRefused):
            services.accounts.sign_in("chair", "not the chair's password")
    admin = services.as_actor(services.accounts.sign_in("admin", DEMO_ACCOUNTS[0][3]))
    dialog = AccountsDialog(admin, window)  # type: ignore[arg-type]
    dialog.show()
    dialog.table.selectRow(1)
    path = folder / f"{DIALOG_SHOTS[0]}.png"
    _save(dialog.grab(), path)
    dialog.close()
    yield path


def _save(pixmap: object, path: Path) -> None:
    if not pixmap.save(str(path)):  # type: ignore[attr-defined]
        from sro_panel.errors import InputError

        raise InputError(f"{path}: could not be written")


def _as_the_system_sets_it(app: object, *, dark: bool, text_scale: float) -> None:
    from PySide6.QtWidgets import QApplication

    from sro_panel.ui.look import dark_palette

    assert isinstance(app, QApplication)
    if dark:
        app.setPalette(dark_palette())
    if text_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * text_scale)
        app.setFont(font)
