"""Where the app's own files are: agency profiles, resources (fonts, icons,
translations) and the database migrations.

The one place that knows, for every way the app runs. An installed wheel and the
frozen bundle (installer/) both carry them inside the package (sro_panel/forms,
sro_panel/resources, sro_panel/db/migrations), found from this module's own
location; a source checkout or an editable install has forms/ and resources/ at
the top of the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's {name}/ folder is missing from {_PACKAGE}")


def forms_dir() -> Path:
    """The folder of agency profiles shipped with the app."""
    return _locate("forms")


def resources_dir() -> Path:
    """Fonts, icons and translations shipped with the app."""
    return _locate("resources")


def migrations_dir() -> Path:
    """The Alembic scripts (env.py, versions/), read from files by Alembic itself."""
    folder = _PACKAGE / "db" / "migrations"
    if not (folder / "env.py").is_file():
        raise FileNotFoundError(f"the app's database migrations are missing from {folder}")
    return folder


def is_bundle() -> bool:
    """True in the frozen bundle, whose data files carry no meaningful times."""
    return bool(getattr(sys, "frozen", False))


def icon_file() -> Path:
    """The app's icon (PNG; the Windows installer uses the .ico beside it)."""
    return resources_dir() / "icons" / "sro-panel.png"
