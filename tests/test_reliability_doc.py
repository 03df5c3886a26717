"""docs/reliability.md names a test for each promise; every test it names must exist."""

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "reliability.md"
REFERENCE = re.compile(r"(tests/[\w/]+\.py)::(\w+)")


def _test_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test_")
    }


def missing_tests(text: str, root: Path) -> list[str]:
    """Each `tests/x.py::test_name` in `text` whose file or test function does not exist."""
    missing = []
    for file, name in REFERENCE.findall(text):
        path = root / file
        if not path.is_file():
            missing.append(f"{file}::{name} (no such file)")
        elif name not in _test_functions(path):
            missing.append(f"{file}::{name} (no such test in the file)")
    return missing


def test_every_test_the_reliability_page_names_exists():
    text = DOC.read_text(encoding="utf-8")
    assert REFERENCE.search(text), "docs/reliability.md names no test at all"
    assert missing_tests(text, REPO) == []


def test_a_misnamed_test_or_file_is_caught(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("def test_real():\n    pass\n")
    text = (
        "`tests/test_a.py::test_real`, `tests/test_a.py::test_gone`, `tests/test_b.py::test_real`"
    )
    assert missing_tests(text, tmp_path) == [
        "tests/test_a.py::test_gone (no such test in the file)",
        "tests/test_b.py::test_real (no such file)",
    ]
