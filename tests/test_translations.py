"""The Spanish catalogue is complete and in step with the source, and no window string
goes around Qt's translation."""

import ast
import importlib.util
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "sro_panel" / "ui"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", REPO / "tools/translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_the_spanish_catalogue_is_complete_and_in_step_with_the_source():
    # lupdate over sro_panel/ui/ into a copy of the committed catalogue: a new string shows
    # as unfinished, a string gone from the source as obsolete.
    assert tool.check() == []


def _catalogue(tmp_path, messages):
    body = "".join(
        f"<message><source>{s}</source><translation{kind}>{t}</translation></message>"
        for s, t, kind in messages
    )
    path = tmp_path / "x_es.ts"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">'
        f"<context><name>C</name>{body}</context></TS>",
        encoding="utf-8",
    )
    return path


def test_the_check_names_unfinished_obsolete_and_broken_entries(tmp_path):
    path = _catalogue(
        tmp_path,
        [
            ("Fine {n}", "Bien {n}", ""),
            ("New string", "", ' type="unfinished"'),
            ("Gone", "Ido", ' type="vanished"'),
            ("Saved {name}", "Guardado", ""),
            ("&amp;Open", "Abrir", ""),
        ],
    )
    found = tool.problems(path)
    assert len(found) == 4
    assert found[0].startswith("unfinished") and "New string" in found[0]
    assert found[1].startswith("obsolete") and "Gone" in found[1]
    assert "{name}" in found[2]
    assert "accelerator" in found[3] and "&Open" in found[3]


def test_a_string_added_to_the_source_is_reported_missing(tmp_path, monkeypatch):
    source = tmp_path / "sro_panel" / "ui"
    source.mkdir(parents=True)
    (source / "page.py").write_text(
        "class Page:\n    def f(self):\n        return self.tr('A brand new label')\n",
        encoding="utf-8",
    )
    catalogue = tmp_path / "sro_panel_es.ts"
    catalogue.write_bytes(tool.CATALOGUE.read_bytes())
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "SOURCE", source)
    found = tool.check(catalogue)
    assert "unfinished: Page: 'A brand new label'" in found
    # Everything the real window says is gone from this source: obsolete, all of it.
    assert sum(line.startswith("obsolete") for line in found) == len(tool.entries(catalogue))


# Calls whose text argument a person reads. A literal with words passed straight to one
# of them skips translation.
SHOWN = {
    "setText", "setWindowTitle", "QLabel", "QPushButton", "QToolButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "QMenu", "addAction", "addMenu", "setToolTip",
    "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle", "showMessage",
    "addButton", "setInformativeText", "setLabelText", "setCancelButtonText",
    "QProgressDialog", "QMessageBox", "addTab", "setTabText", "setSpecialValueText",
    "setSuffix", "setPrefix", "setHorizontalHeaderLabels", "setHeaderLabels", "addRow",
    "setAccessibleName", "setAccessibleDescription", "ask", "setHtml", "setMarkdown",
    "setPlainText", "insertHtml",
}  # fmt: skip
# Markup and entities are not words a person reads.
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[^\W\d_]{2,}", MARKUP.sub("", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def _calls_tr(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "tr"
        for n in ast.walk(node)
    )


def _form_field_without_label(node: ast.Call) -> bool:
    """A form dialog's `self.add("Field name", widget)` shows the field's (English) name."""
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "add"
        and isinstance(func.value, ast.Name)
        and func.value.id == "self"
        and len(node.args) == 2
        and _has_words(node.args[0])
    )


def bypassing_literals(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and _calls_tr(node):
                # lupdate reads no f-string: the text would never reach the catalogue.
                found.append(f"{path.relative_to(folder.parent)}:{node.lineno} tr() in f-string")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if _form_field_without_label(node):
                found.append(f"{path.relative_to(folder.parent)}:{node.lineno} add(): no label")
            if name not in SHOWN:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if _has_words(arg):
                    where = f"{path.relative_to(folder.parent)}:{node.lineno}"
                    found.append(f"{where} {name}({ast.unparse(arg)[:60]})")
    return found


def test_no_literal_text_is_shown_without_translation():
    assert bypassing_literals(UI) == []


def test_the_literal_check_catches_a_bypass(tmp_path):
    folder = tmp_path / "ui"
    folder.mkdir()
    (folder / "x.py").write_text(
        "def f(w, n):\n"
        "    w.setText(w.tr('fine'))\n"
        "    w.setWindowTitle('Not translated')\n"
        "    w.setToolTip(f'{n} sheets')\n"
        "    QLabel('<b>&nbsp;</b>', w)\n"
        "class D:\n"
        "    def f(self, w):\n"
        "        self.add('Field', w, self.tr('Field'))\n"
        "        self.add('Other field', w)\n"
        "        w.setHtml(f'<b>{self.tr(\"Unseen by lupdate\")}</b>')\n",
        encoding="utf-8",
    )
    found = bypassing_literals(folder)
    assert sorted(line.split(" ")[1].split("(")[0] for line in found) == [
        "add",
        "setToolTip",
        "setWindowTitle",
        "tr",
    ]


def test_every_label_the_services_hand_over_is_in_the_catalogue():
    from sro_panel.domain.training import STATUS_TEXT
    from sro_panel.exports.roster_import import FIELDS
    from sro_panel.services.decisions import TIER_LABELS
    from sro_panel.services.schools import SCHOOL_LEVELS
    from sro_panel.ui.service_labels import LABELS

    handed = {
        *TIER_LABELS.values(),
        *STATUS_TEXT.values(),
        *(v[0] for v in FIELDS.values()),
        *SCHOOL_LEVELS,
    }
    assert handed - set(LABELS) == set()
    sources = {(e.context, e.source) for e in tool.entries(tool.CATALOGUE)}
    assert {("ServiceLabels", label) for label in LABELS} <= sources
