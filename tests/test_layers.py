"""The layers point one way: ui/ never touches SQL, nothing else touches QtWidgets."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sro_panel"


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: Path):
    return sorted(folder.rglob("*.py"))


def test_ui_never_imports_sqlalchemy():
    for path in modules(PACKAGE / "ui"):
        bad = {n for n in imports(path) if n.split(".")[0] == "sqlalchemy"}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_only_ui_imports_qt_widgets():
    for path in modules(PACKAGE):
        if (PACKAGE / "ui") in path.parents:
            continue
        bad = {n for n in imports(path) if n.startswith("PySide6")}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_domain_is_pure():
    for path in modules(PACKAGE / "domain"):
        bad = {n for n in imports(path) if n.split(".")[0] in {"sqlalchemy", "PySide6", "alembic"}}
        bad |= {n for n in imports(path) if n.startswith(("sro_panel.db", "sro_panel.services"))}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_the_walk_sees_the_files():
    assert len(modules(PACKAGE / "ui")) >= 3 and len(modules(PACKAGE / "domain")) >= 4
