"""Where the app's own files are: agency profiles and resources (fonts, icons, translations).

The one place that knows. An installed wheel or a frozen bundle carries them
inside the package (sro_panel/forms, sro_panel/resources); a source checkout or
an editable install has them at the top of the repository.
"""

from __future__ import annotations

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
