"""Every message a person reads that services, domain rules and file readers make goes
through `t()`, so the window can show it translated."""

import ast
import importlib
from pathlib import Path

from sro_panel.errors import SroPanelError

PACKAGE = Path(__file__).resolve().parents[1] / "sro_panel"
CHECKED = [
    *sorted((PACKAGE / "services").glob("*.py")),
    *sorted((PACKAGE / "domain").glob("*.py")),
    *sorted((PACKAGE / "db").glob("*.py")),
    *sorted((PACKAGE / "exports").glob("*.py")),
]

# Arguments of an error that are not prose: a TOML key is the same in every language.
# A database file problem's kind is a code the window chooses its offer by.
NOT_PROSE = {
    ("ProfileError", 1),
    ("ProfileError", "key"),
    ("DatabaseFileError", 1),
    ("DatabaseFileError", "kind"),
}


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _error_class(module, func: ast.expr) -> type | None:
    obj = None
    if isinstance(func, ast.Name):
        obj = getattr(module, func.id, None)
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        obj = getattr(getattr(module, func.value.id, None), func.attr, None)
    # The project's own errors, and the domain's ValueErrors the services pass on as they are.
    if (
        isinstance(obj, type)
        and issubclass(obj, BaseException)
        and (issubclass(obj, SroPanelError) or obj.__module__.startswith("sro_panel."))
    ):
        return obj
    return None


def _is_raw_text(node: ast.expr) -> bool:
    """A literal, an f-string, a `.format` or a `+`/`%` of text: English that bypasses t()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_raw_text(node.left) or _is_raw_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_raw_text(node.body) or _is_raw_text(node.orelse)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and _is_raw_text(node.func.value)
    )


def raw_messages(path: Path) -> list[str]:
    module = importlib.import_module(_module_name(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        cls = _error_class(module, node.func)
        if cls is None:
            continue
        args: list[tuple[int | str, ast.expr]] = list(enumerate(node.args))
        args += [(k.arg or "", k.value) for k in node.keywords]
        for key, arg in args:
            if (cls.__name__, key) in NOT_PROSE:
                continue
            if _is_raw_text(arg):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {cls.__name__}")
    return found


def test_errors_made_outside_the_window_are_translatable():
    found = [line for path in CHECKED for line in raw_messages(path)]
    assert not found, "messages not passed through t():\n" + "\n".join(found)


def test_the_check_sees_a_raw_message(tmp_path):
    # The check itself would fail on the old style of message.
    assert _is_raw_text(ast.parse('f"{x} is missing"', mode="eval").body)
    assert _is_raw_text(ast.parse('"is missing" + x', mode="eval").body)
    assert not _is_raw_text(ast.parse('t("{x} is missing", x=x)', mode="eval").body)
    assert len(CHECKED) > 30
