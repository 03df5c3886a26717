"""How the app looks whatever the system's palette and font: a focus ring always seen, and
the colours of error, success and warning text derived from the palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from shiboken6 import isValid

RING_WIDTH = 2  # pixels, drawn just inside the edge of the focused control


class FocusRing(QWidget):
    """A frame in the palette's highlight colour drawn over whichever control has the focus.

    Styles draw focus faintly or not at all (Fusion's is a 1-pixel tint; a dark palette can
    make it vanish), so the ring is drawn by the app on top of the control itself: never
    clipped by a neighbour, the same for every kind of control, and mouse clicks pass
    through it.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Focus ring"))
        self._target: QWidget | None = None

    def target(self) -> QWidget | None:
        return self._target

    def follow(self, widget: QWidget | None) -> None:
        if self._target is not None and isValid(self._target):
            self._target.removeEventFilter(self)
        target = _shown_control(widget)
        self._target = target
        if target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(target)
        target.installEventFilter(self)
        self._fit()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
            QEvent.Type.LayoutRequest,
        ):
            self._fit()
        return False

    def _fit(self) -> None:
        if self._target is not None:
            self.setGeometry(self._target.rect())
            self.raise_()  # above a scroll area's viewport or a combo's editor

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(ring_colour(self.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half - 1, -half - 1))


class _Holder(QObject):
    """Keeps the ring as the application's child and passes focus changes on; a ring that
    went with its control (a child is deleted with its parent) is made anew."""

    def __init__(self, app: QApplication, ring: FocusRing) -> None:
        super().__init__(app)
        self.ring = ring
        self.setObjectName("focus_ring_holder")

    @Slot(QWidget, QWidget)
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self.ring):
            self.ring = FocusRing()
        self.ring.follow(new)


def _shown_control(widget: QWidget | None) -> QWidget | None:
    """The control a person sees as focused: a spin box or an editable combo for the line
    edit inside it; nothing for a window itself."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def installed_ring(app: QApplication) -> FocusRing | None:
    holder = app.findChild(_Holder, "focus_ring_holder")
    if not isinstance(holder, _Holder):
        return None
    if not isValid(holder.ring):
        holder.ring = FocusRing()
    return holder.ring


def install_focus_ring(app: QApplication) -> FocusRing:
    """The application's one focus ring, made on the first call."""
    ring = installed_ring(app)
    if ring is None:
        ring = FocusRing()
        holder = _Holder(app, ring)
        app.focusChanged.connect(holder.follow)
    return ring


def remove_focus_ring(app: QApplication) -> None:
    holder = app.findChild(_Holder, "focus_ring_holder")
    if isinstance(holder, _Holder):
        if isValid(holder.ring):
            holder.ring.follow(None)
            holder.ring.deleteLater()
        holder.deleteLater()
        holder.setParent(None)


def ring_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is light on a dark window (a dark or high-contrast dark scheme)."""
    palette = palette or QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorRole.WindowText).lightness()
        > palette.color(QPalette.ColorRole.Window).lightness()
    )


# The colours meant, on a light window; each is made lighter or darker as the palette needs.
TONES = {"error": "#b00020", "success": "#1b7a1b"}
READABLE = 4.5  # WCAG's contrast for ordinary text


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, from 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = READABLE) -> QColor:
    """`colour`, made lighter on a dark background or darker on a light one until its
    contrast with `background` reaches `minimum` (its hue kept as far as possible)."""
    towards_light = luminance(background) < 0.18
    result = QColor(colour)
    for _ in range(40):
        if contrast(result, background) >= minimum:
            return result
        result = result.lighter(112) if towards_light else result.darker(112)
    return QColor("white") if towards_light else QColor("black")


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The error or success colour, readable on the palette's window and in its tables."""
    palette = palette or QGuiApplication.palette()
    colour = readable(QColor(TONES[name]), palette.color(QPalette.ColorRole.Window))
    return readable(colour, palette.color(QPalette.ColorRole.Base))


def tone_style(name: str) -> str:
    """A style sheet rule colouring a label's text in the tone (for `setStyleSheet`)."""
    return f"color: {tone(name).name()};"


def tone_in_html(html: str) -> str:
    """Rich text with the tones' colours written for a light window, readable on this one."""
    for name, light in TONES.items():
        html = html.replace(light, tone(name).name())
    return html


def problem_background(palette: QPalette | None = None) -> QColor:
    """A table cell's background for a row with a problem: the base tinted red, with the
    text still readable on it."""
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    tint = QColor(
        round(base.red() * 0.8 + 255 * 0.2),
        round(base.green() * 0.8 + 40 * 0.2),
        round(base.blue() * 0.8 + 40 * 0.2),
    )
    return tint if contrast(tint, text) >= READABLE else base


def dark_palette() -> QPalette:
    """A dark scheme as a desktop sets one (light text on dark grey, a light blue highlight):
    for `sro-panel screenshots --dark` and the tests, since the app itself takes the system's."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c2f",
        QPalette.ColorRole.AlternateBase: "#323336",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4b4f",
        QPalette.ColorRole.Midlight: "#3c3d41",
        QPalette.ColorRole.Mid: "#2a2b2e",
        QPalette.ColorRole.Dark: "#151618",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette
