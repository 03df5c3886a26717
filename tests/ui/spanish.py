"""The window in Spanish for a test, installed as the app installs it at start.

Import the `spanish` fixture into a conftest to use it (tests/ui/conftest.py does).
"""

import pytest

from sro_panel.ui import i18n


@pytest.fixture
def spanish(qapp):
    installed = i18n.install_translations(qapp, "es")
    yield installed
    i18n.remove_translations(qapp, installed)
