"""Every text the window shows goes through Qt's translation; in Spanish it speaks Spanish.

The walk installs a translator that marks every text it is asked for (⟦text⟧), opens
every page as each kind of person and every dialog, and reads what a person would read:
texts, titles, tooltips, placeholders, headers, list and menu entries. A text with words
outside the marks that are not the demo round's own data went around tr().
"""

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from sro_panel.ui import i18n
from sro_panel.ui.main_window import STEPS, MainWindow
from tests.ui.conftest import act_as
from tests.ui.test_accessibility import VIEWS, every_dialog, select_first_candidate, show
from tests.ui.test_keyboard import duplicated, visible_buttons

__all__ = ["every_dialog"]

REPO = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
WORD = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")


class Marking(QTranslator):
    """Every text asked for comes back marked, so what was not asked for shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if source else None


@pytest.fixture
def marking(qapp):
    translator = Marking(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def words_of(text: str) -> set[str]:
    plain = re.sub(r"&(?=\w)", "", MARKUP.sub(" ", text))  # "E&xport" is the word Export
    return {w.lower() for w in WORD.findall(plain)}


def _literal_words(folder: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= words_of(node.value)
    return found


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.fixture(scope="module")
def words(demo_template) -> tuple[set[str], list[str]]:
    """The words of the window's own strings, and the demo round's data: every text in
    its database but the audit trail's actions, the agency profiles' texts, month and
    day names (dates are data, written by the locale)."""
    import tomllib

    data: set[str] = set()
    with sqlite3.connect(demo_template) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith("audit"):
                continue  # shown in its own table, whose cells the walk does not read
            for row in db.execute(f'SELECT * FROM "{table}"'):
                data.update(v for v in row if isinstance(v, str))
    for path in (REPO / "forms").glob("*.toml"):
        data.update(_strings(tomllib.loads(path.read_text(encoding="utf-8"))))
    english = QLocale(QLocale.Language.English)
    for i in range(1, 13):
        data.add(english.monthName(i, QLocale.FormatType.ShortFormat))
    for i in range(1, 8):
        data.add(english.dayName(i, QLocale.FormatType.ShortFormat))
    values = sorted((v for v in data if len(v) >= 2), key=len, reverse=True)
    return _literal_words(REPO / "sro_panel" / "ui"), values


def _pattern(node) -> str | None:
    """A services' message as a pattern: its fixed words, anything for its values."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = re.split(r"\{[^{}]*\}", node.value)
    elif isinstance(node, ast.JoinedStr):
        parts, text = [], ""
        for value in node.values:
            if isinstance(value, ast.Constant):
                text += str(value.value)
            else:
                parts.append(text)
                text = ""
        parts.append(text)
    else:
        return None
    # A message with values is known by its fixed words; one without must be long enough
    # not to be taken for a stray word of the window's.
    if len(WORD.findall("".join(parts))) < (1 if len(parts) > 1 else 3):
        return None
    return ".+?".join(re.escape(p) for p in parts)


@pytest.fixture(scope="module")
def service_messages() -> list[re.Pattern]:
    """Every message the services, rules and file readers can write (their own catalogue
    translates them once they carry their template to the window)."""
    import ast

    patterns = set()
    for layer in ("services", "domain", "exports"):
        for path in (REPO / "sro_panel" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                pattern = _pattern(node)
                if pattern:
                    patterns.add(pattern)
    # The most specific first: a short pattern would take part of a longer message.
    return [re.compile(p, re.S) for p in sorted(patterns, key=len, reverse=True)]


def _unmarked(text: str) -> list[str]:
    """The parts of `text` that did not go through tr()."""
    previous = None
    while previous != text:  # marks nest when a translated text is formatted into another
        previous, text = text, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", "\0", text)
    return [part.strip() for part in text.split("\0") if part.strip()]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a person reads in `root` as it stands."""
    found: list[tuple[str, str]] = []

    def add(where, text):
        if text:
            found.append((where, text))

    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        kind = f"{type(w).__name__} {w.objectName()}".strip()
        add(f"{kind} tooltip", w.toolTip())
        if w.isWindow():
            add(f"{kind} title", w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(kind, w.text())
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(f"{kind} placeholder", w.placeholderText())
        if isinstance(w, QTextEdit) and w.isReadOnly():  # a page's text, not a person's
            add(kind, w.toPlainText())
        if isinstance(w, QGroupBox):
            add(f"{kind} title", w.title())
        if isinstance(w, QAbstractSpinBox):
            add(f"{kind} special value", getattr(w, "specialValueText", lambda: "")())
            add(f"{kind} suffix", getattr(w, "suffix", lambda: "")())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{kind} item", w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{kind} tab", w.tabText(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"{kind} item", w.item(i).text())
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget) and w.model():
            model = w.model()
            for col in range(model.columnCount(QModelIndex())):
                add(
                    f"{kind} header",
                    model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole),
                )
    for action in root.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            add("action", action.text())
            add("action tooltip", action.toolTip())
    for menu in root.findChildren(QMenu):
        add("menu", menu.title())
    return [(where, str(text)) for where, text in found]


def untranslated(root: QWidget, words, services: list[re.Pattern] = ()) -> list[str]:
    """Shown texts with a part that did not go through tr() holding a word of the
    window's own strings that is not the round's data. A part that is a whole message of
    the services is theirs to translate (the Messages catalogue)."""
    ui_words, data = words
    corpus = "\n".join(data)
    bad = []
    for where, text in shown_texts(root):
        for part in _unmarked(text):
            if not words_of(part) & ui_words:
                continue
            # A word is the window's own if it stays once the data is taken out, and
            # once the services' messages are.
            without_data = part
            for value in data:  # the longest first: a name before its words
                if value in without_data:
                    without_data = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", without_data)
            # What is left may be data cut short ("identifying schoo…").
            pieces = re.split(r"…|<br>|\n|[✔✘]", without_data)
            without_data = " ".join(p for p in pieces if p.strip() and p.strip() not in corpus)
            unmarked = words_of(without_data) & ui_words
            without_messages = part
            for message in services if unmarked else ():
                without_messages = message.sub(" ", without_messages)
            unmarked = sorted(unmarked & words_of(without_messages))
            if unmarked:
                bad.append(f"{where}: {text[:200]!r} (unmarked: {', '.join(unmarked)})")
    return bad


# (round index, who acts, the steps seen) as a person of each kind works.
WALK = (
    (0, "Local administrator", STEPS),
    (0, "MPS student", ("Scoring",)),
    (0, "chair", ("Scoring", "Results")),
    (1, "Local administrator", STEPS),
    (1, "Chief of Police", ("Results", "Recommendation & decision")),
    (1, "Auditor", ("Audit trail",)),
)


def _choose(window, marked_who):
    """The "Acting as" entry: the local administrator, a seat or the Chief, by name."""
    combo = window.acting_combo
    for i in range(combo.count()):
        if marked_who in _plain(combo.itemText(i)):
            combo.setCurrentIndex(i)
            return
    raise AssertionError(f"no 'Acting as' entry with {marked_who!r}")


def _plain(text):
    return text.replace(OPEN, "").replace(CLOSE, "")


def test_every_page_shows_only_translated_text_or_data(
    qtbot, marking, demo, settings, words, service_messages
):
    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    window.show()
    seen, bad = 0, []
    for round_index, who, steps in WALK:
        window.round_combo.setCurrentIndex(round_index)
        _choose(window, who)
        for step in steps:
            window.steps_list.setCurrentRow(STEPS.index(step))
            QCoreApplication.processEvents()
            seen += 1
            found = untranslated(window, words, service_messages)
            bad += [f"{who} / {step}: {line}" for line in found]
    assert seen >= 20
    assert not bad, "\n".join(sorted(set(bad)))
    # The walk saw the window's own words, marked: the check is not vacuous.
    texts = [t for _, t in shown_texts(window)]
    assert f"{OPEN}&File{CLOSE}" in texts and any(t.startswith(OPEN) for t in texts[5:])


def _dialogs(demo, settings, window):
    from sro_panel.ui.accounts_dialog import AccountsDialog, AddAccountDialog, ResetPasswordDialog
    from sro_panel.ui.applicant_dialog import ApplicantDialog
    from sro_panel.ui.connection_dialog import ConnectionDialog
    from sro_panel.ui.review_dialog import ReviewDialog
    from sro_panel.ui.round_dialog import RoundDialog
    from sro_panel.ui.sign_in_dialog import FirstAdministratorDialog, SignInDialog
    from sro_panel.ui.training_dialogs import CourtTargetDialog, SchoolDialog

    rounds = demo.rounds.list_rounds()
    screened = demo.screening.screen_round(rounds[0].id)
    applicant = next(s for s in screened if s.eligibility == "needs_review")
    requirement = applicant.result.results[0]
    row = demo.applicants.list_applicants(rounds[0].id)[0]
    closed = rounds[1].id
    yield RoundDialog(window, demo, None)
    yield RoundDialog(window, demo, demo.rounds.get_round(rounds[0].id))
    yield ApplicantDialog(window, demo, rounds[0].id, None)
    yield ApplicantDialog(window, demo, rounds[0].id, row)
    yield ReviewDialog(window, demo, applicant, requirement, override=True)
    yield ReviewDialog(window, demo, applicant, requirement, override=False)
    yield SignInDialog(demo, window)
    yield FirstAdministratorDialog(demo, window)
    yield AccountsDialog(demo, window)
    yield AddAccountDialog(demo, window)
    yield ResetPasswordDialog(demo, "chair", window)
    yield ConnectionDialog(window, settings)
    yield SchoolDialog(demo, window)
    yield CourtTargetDialog(demo, closed, demo.training.compliance(closed), window)


def test_every_dialog_shows_only_translated_text_or_data(
    qtbot, marking, demo, settings, words, service_messages
):
    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    bad, seen = [], 0
    for dialog in _dialogs(demo, settings, window):
        dialog.show()
        QCoreApplication.processEvents()
        found = untranslated(dialog, words, service_messages)
        bad += [f"{type(dialog).__name__}: {line}" for line in found]
        seen += 1
        dialog.close()
    assert seen == 14
    assert not bad, "\n".join(sorted(set(bad)))


def test_the_walk_catches_a_text_that_skips_translation(qtbot, marking, words):
    page = QWidget()
    qtbot.addWidget(page)
    QLabel(page.tr("Fine"), page)
    QLabel("Plain English", page).setObjectName("plain")
    QLabel("Aaliyah O'Connor", page)  # a demo applicant: data, never translated
    page.show()
    assert [line.split(":")[0] for line in untranslated(page, words)] == ["QLabel plain"]


@pytest.fixture
def spanish(qapp):
    installed = i18n.install_translations(qapp, "es")
    yield
    i18n.remove_translations(qapp, installed)


def test_the_window_in_spanish(qtbot, spanish, demo, settings):
    assert QLocale().language() == QLocale.Language.Spanish
    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    window.show()
    steps = [window.steps_list.item(i).text().split("\n")[0] for i in range(len(STEPS))]
    assert steps == [
        "Ronda",
        "Aspirantes y requisitos",
        "Candidatos y horario",
        "Panel",
        "Puntuación",
        "Resultados",
        "Recomendación y decisión",
        "Capacitación y asignaciones",
        "Registro de auditoría",
    ]
    assert (
        window.steps_list.item(1).text().split("\n")[1].strip() == "27 de 40 cumplen, 5 por revisar"
    )
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Ronda", "&Ir", "&Configuración", "A&yuda"]
    assert window.export_button.text() == "E&xportar"
    act_as(window, "Administrador local")
    window.steps_list.setCurrentRow(STEPS.index("Applicants & screening"))
    page = window.screening_page
    assert page.summary_label.text() == "40 aspirantes: 27 cumplen, 8 no cumplen"[:0] + (
        "40 aspirantes: 27 cumplen, 5 por revisar, 8 no cumplen"
    )
    header = page.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Nombre"
    # Qt's own words come from Qt's Spanish catalogue: a dialog's standard buttons.
    from sro_panel.ui.round_dialog import RoundDialog

    dialog = RoundDialog(window, demo, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nueva ronda de selección"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"


def test_the_language_setting_is_saved_for_the_next_start(qtbot, window, settings, monkeypatch):
    from sro_panel.ui import language_menu

    told = []
    monkeypatch.setattr(language_menu.ShowInfo, "ask", lambda *args: told.append(args[2]))
    menu = window.settings_menu
    assert menu.language_actions["system"].isChecked()
    menu.language_actions["es"].trigger()
    assert settings.value("language") == "es"
    assert told == ["The new language takes effect the next time SRO Panel starts."]
    assert i18n.resolve_language(None, settings) == "es"
    assert i18n.resolve_language("en", settings) == "en"
    menu.language_actions["es"].trigger()  # the same choice again: nothing to tell
    assert len(told) == 1
    again = language_menu.SettingsMenu(settings)
    assert again.language_actions["es"].isChecked()


def test_accelerators_are_unique_in_each_spanish_menu(qtbot, spanish, demo, settings):
    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        keys = [
            m.group(1).lower()
            for a in menu.actions()
            if a.isVisible() and (m := re.search(r"&(\w)", a.text().replace("&&", "")))
        ]
        assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"


# The pages as each person meets them, with "Acting as" named in Spanish.
SPANISH_WHO = {
    "Local administrator": "Administrador local",
    "Chief of Police": "Jefe de Policía",
    "Panel chair": "presidencia",
    "Auditor": "Auditor",
    "MPS student": "MPS student",
}


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_every_spanish_page_gives_each_button_its_own_letter(
    qtbot, spanish, window, confirm, errors, step, round_index, who
):
    page = show(qtbot, window, step, round_index, SPANISH_WHO[who])
    if step == "Scoring":
        select_first_candidate(page)
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert menu_titles[0] == "&Archivo"
    # The page's letters share Alt with the menu bar's and the toolbar's.
    assert duplicated([b.text() for b in visible_buttons(page)] + menu_titles + ["E&xportar"]) == []


def test_every_spanish_dialog_gives_each_button_its_own_letter(qtbot, spanish, every_dialog):
    problems = {}
    for name, dialog in every_dialog:
        dialog.show()
        texts = [b.text() for b in visible_buttons(dialog)]
        if duplicated(texts):
            problems[name] = duplicated(texts)
        dialog.hide()
    assert problems == {}
