"""Focus that is always seen, in the light palette and a dark one."""

from __future__ import annotations

import contextlib
import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sro_panel.ui.look import (
    contrast,
    dark_palette,
    install_focus_ring,
    is_dark,
    remove_focus_ring,
)
from sro_panel.ui.pages.scoring_widgets import CriterionCard
from tests.ui.a11y import clipped_texts, describe
from tests.ui.test_accessibility import VIEWS, select_first_candidate, show


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    """The application in the light palette, then in a dark one; put back afterwards."""
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


@pytest.fixture
def dark(qapp):
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


@pytest.fixture
def focus_ring(qapp):
    ring = install_focus_ring(qapp)
    yield ring
    remove_focus_ring(qapp)


def changed_pixels(before: QImage, after: QImage) -> int:
    """Pixels that changed by a visible amount (a channel by 60 of 255 or more)."""
    count = 0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                >= 60
            ):
                count += 1
    return count


def test_focus_is_seen_on_every_kind_of_control(qtbot, demo, scheme, focus_ring):
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    start = QLineEdit(box)
    button = QPushButton("Submit", box)
    edit = QLineEdit(box)
    combo = QComboBox(box)
    combo.addItem("Recommend")
    card = CriterionCard(demo.rounds.get_round(1).criteria[0], box)
    level = card.buttons[3]
    for w in (start, button, edit, combo, card):
        layout.addWidget(w)
    box.resize(700, 600)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    faint = {}
    for control in (button, edit, combo, level, card):
        start.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
        before = box.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda c=control: QApplication.focusWidget() is c)
        after = box.grab().toImage()
        area = control.geometry() if control.parentWidget() is box else card.geometry()
        if control is level:
            area = level.geometry().translated(card.pos())
        perimeter = 2 * (area.width() + area.height())
        # A ring of about two pixels all round; a style's own 1-pixel tint is not enough.
        changed = changed_pixels(before.copy(area), after.copy(area))
        if changed < 1.5 * perimeter:
            faint[type(control).__name__] = (changed, perimeter)
    assert faint == {}
    assert focus_ring.target() is card


def test_the_ring_follows_the_focus_and_lets_clicks_through(qtbot, focus_ring):
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    first, second = QLineEdit(box), QPushButton("Next", box)
    layout.addWidget(first)
    layout.addWidget(second)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    first.setFocus()
    qtbot.waitUntil(lambda: focus_ring.target() is first)
    assert focus_ring.parentWidget() is first and focus_ring.isVisible()
    clicked = []
    second.clicked.connect(lambda: clicked.append(True))
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert focus_ring.target() is second
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert clicked == [True]
    assert focus_ring.focusPolicy() == Qt.FocusPolicy.NoFocus


def settle():
    """Let layouts finish: a wrapped label's height is known once its width is, a round
    of layout requests later."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


@pytest.fixture
def large_text(qapp):
    """The system's text made 1.6 times larger (10 pt to 16 pt), before the window is built."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(16)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_large_text_is_not_clipped_on_a_laptop_screen(
    qtbot, demo, settings, large_text, confirm, errors, step, round_index, who
):
    from sro_panel.ui.main_window import MainWindow

    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = show(qtbot, window, step, round_index, who)
    if step == "Scoring":
        select_first_candidate(page)
    settle()
    assert window.font().pointSizeF() == 16
    clipped = clipped_texts(window)
    assert clipped == [], "\n".join(clipped)


def test_the_clipping_check_sees_a_cut_label_a_cut_button_and_a_squeezed_wrapped_label(qtbot):
    from PySide6.QtWidgets import QLabel

    box = QWidget()
    qtbot.addWidget(box)
    cut = QLabel("A label far wider than its room", box)
    cut.setGeometry(0, 0, 40, 30)
    button = QPushButton("Record the conference", box)
    button.setGeometry(0, 40, 50, 30)
    wrapped = QLabel("Several words that need three or more lines at this width", box)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 80, 90, 20)
    fits = QLabel("Fits", box)
    fits.setGeometry(0, 110, 200, 30)
    box.resize(300, 200)
    box.show()
    found = clipped_texts(box)
    assert len(found) == 3 and not any("Fits" in f for f in found)


def _colour_in(style: str, prop: str) -> QColor | None:
    found = re.search(rf"(?<![-\w]){prop}:\s*'?(#[0-9a-fA-F]{{6}})", style)
    return QColor(found.group(1)) if found else None


def poor_contrast(root: QWidget) -> list[str]:
    """Text drawn with less than WCAG's 4.5:1 against what it is drawn on (enabled labels,
    check and radio boxes, rich text spans, table cells' own colours)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QCheckBox,
        QHeaderView,
        QLabel,
        QListView,
        QRadioButton,
        QTextEdit,
    )

    found = []

    def check(where: QWidget, text: QColor, back: QColor, what: str) -> None:
        ratio = contrast(text, back)
        if ratio < 4.5:
            found.append(f"{describe(where)} {what}: {text.name()} on {back.name()} = {ratio:.1f}")

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or not w.isEnabled():
            continue
        palette = w.palette()
        if isinstance(w, QLabel | QCheckBox | QRadioButton) and w.text().strip():
            style = w.styleSheet()
            back = _colour_in(style, "background") or palette.color(QPalette.ColorRole.Window)
            if "palette(placeholder-text)" in style:
                text = palette.color(QPalette.ColorRole.PlaceholderText)
            else:
                text = _colour_in(style, "color") or palette.color(w.foregroundRole())
            check(w, text, back, "text")
            for span in re.findall(r"color:\s*'?(#[0-9a-fA-F]{6})", w.text()):
                check(w, QColor(span), back, "a coloured span")
        elif isinstance(w, QTextEdit):
            back = palette.color(QPalette.ColorRole.Base)
            for span in re.findall(r"(?<![-\w])color:\s*'?(#[0-9a-fA-F]{6})", w.toHtml()):
                check(w, QColor(span), back, "a coloured span")
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, back = w.model(), palette.color(QPalette.ColorRole.Base)
            if isinstance(w, QHeaderView):
                continue
            columns = 1 if isinstance(w, QListView) else model.columnCount(QModelIndex())
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                for col in range(columns):
                    value = model.index(row, col).data(Qt.ItemDataRole.ForegroundRole)
                    if value is not None:
                        check(w, QBrush(value).color(), back, f"cell {row},{col}")
    return found


@pytest.mark.parametrize(("step", "round_index", "who"), VIEWS)
def test_text_is_readable_in_a_dark_palette(
    qtbot, demo, settings, dark, confirm, errors, step, round_index, who
):
    from sro_panel.ui.main_window import MainWindow

    window = MainWindow(demo, settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = show(qtbot, window, step, round_index, who)
    if step == "Scoring":
        select_first_candidate(page)
    if step == "Audit trail":
        page.verify_button.click()  # its result line, in green or red
    settle()
    assert is_dark(window.palette())
    poor = poor_contrast(window)
    assert poor == [], "\n".join(poor)


def test_errors_and_locked_accounts_are_readable_in_a_dark_palette(qtbot, demo, dark):
    from sro_panel.services.accounts import SignInRefused
    from sro_panel.ui.accounts_dialog import AccountsDialog
    from sro_panel.ui.sign_in_dialog import SignInDialog

    for _ in range(5):  # lock the chair's account
        with contextlib.suppress(SignInRefused):
            demo.accounts.sign_in("chair", "not the chair's password")
    sign_in = SignInDialog(demo)
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.keyClicks(sign_in.username_edit, "admin")
    qtbot.keyClicks(sign_in.password_edit, "wrong")
    sign_in.accept()
    assert sign_in.error_label.text()
    admin = demo.as_actor(demo.accounts.sign_in("admin", "copper lantern 41 demo"))
    accounts = AccountsDialog(admin)
    qtbot.addWidget(accounts)
    accounts.show()
    poor = poor_contrast(sign_in) + poor_contrast(accounts)
    assert poor == [], "\n".join(poor)


def test_screenshots_can_show_a_dark_scheme_and_larger_text(qapp):
    from sro_panel.ui.screenshots import _as_the_system_sets_it

    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    try:
        _as_the_system_sets_it(qapp, dark=True, text_scale=1.6)
        assert is_dark(qapp.palette())
        assert qapp.font().pointSizeF() == pytest.approx(font.pointSizeF() * 1.6)
    finally:
        qapp.setPalette(palette)
        qapp.setFont(font)
    assert not is_dark(qapp.palette())


def test_the_ring_outlives_a_focused_control_that_is_deleted(qtbot, focus_ring, qapp):
    from sro_panel.ui.look import installed_ring

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    doomed, other = QLineEdit(box), QLineEdit(box)
    layout.addWidget(doomed)
    layout.addWidget(other)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    doomed.setFocus()
    qtbot.waitUntil(lambda: installed_ring(qapp).target() is doomed)
    doomed.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not doomed)
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    assert installed_ring(qapp).target() is other
