"""Settings ▸ Language: the window's language from the next start (system, English, Spanish)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from sro_panel.ui.dialogs import ShowInfo
from sro_panel.ui.i18n import SETTING_KEY, saved_choice


class SettingsMenu(QMenu):
    """The window's settings; the language is read once, at start, so a change says when
    it takes effect."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Settings"), parent)
        self._settings = settings
        self.language_menu = self.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in its own words, so anyone finds theirs.
        for choice, text in (
            ("system", self.tr("The &system's language")),
            ("en", self.tr("&English")),
            ("es", self.tr("Es&pañol")),
        ):
            action = self.language_menu.addAction(text)
            action.setCheckable(True)
            action.setData(choice)
            self.language_group.addAction(action)
            self.language_actions[choice] = action
        self.language_actions[saved_choice(settings)].setChecked(True)
        self.language_group.triggered.connect(self._on_language)

    @Slot(QAction)
    def _on_language(self, action: QAction) -> None:
        choice = str(action.data())
        if choice == saved_choice(self._settings):
            return
        self._settings.setValue(SETTING_KEY, choice)
        ShowInfo.ask(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("The new language takes effect the next time SRO Panel starts."),
        )
