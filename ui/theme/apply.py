"""Putting a theme into force: the application palette, Qt's colour scheme, and the widgets
whose style sheets name a colour role.

"Follow the system" reads ``QStyleHints.colorScheme()`` (Qt 6.5+) and listens to its change
signal, so a desktop that turns dark at sunset takes the console with it. Light and dark are
asked of Qt too (``setColorScheme``, Qt 6.8+), so native parts such as the Windows 11 style and
macOS title bars agree with our palette.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ui.theme.colours import DARK, LIGHT, SCHEMES, Scheme, current

#: what a person can choose; "system" follows the desktop
CHOICES = ("system", "light", "dark")


class ThemeNotifier(QObject):
    """Says when the scheme changed; one per application (a child of it)."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = "system"

    def follow_system(self, _scheme: object = None) -> None:
        if self.choice == "system":
            _set_palette(system_scheme())


def notifier() -> ThemeNotifier:
    """The application's notifier, made on first use (it dies with the application)."""
    app = QApplication.instance()
    assert app is not None, "a QApplication must exist before themes are used"
    found = app.findChild(ThemeNotifier, "themeNotifier")
    if found is None:
        found = ThemeNotifier(app)
        found.setObjectName("themeNotifier")
        QGuiApplication.styleHints().colorSchemeChanged.connect(found.follow_system)
    return found


def system_scheme() -> Scheme:
    """The desktop's choice; a desktop that says nothing (Unknown) gets light."""
    return DARK if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else LIGHT


def effective(choice: str) -> Scheme:
    return SCHEMES.get(choice) or system_scheme()


def palette_for(scheme: Scheme) -> QPalette:
    R = QPalette.ColorRole
    c = scheme.qcolor
    p = QPalette(c("button"), c("window"))
    for role, name in (
        (R.Window, "window"),
        (R.WindowText, "window.text"),
        (R.Base, "base"),
        (R.AlternateBase, "base.alt"),
        (R.Text, "text"),
        (R.Button, "button"),
        (R.ButtonText, "window.text"),
        (R.Highlight, "highlight"),
        (R.HighlightedText, "highlight.text"),
        (R.Link, "link"),
        (R.PlaceholderText, "placeholder"),
        (R.ToolTipBase, "base"),
        (R.ToolTipText, "text"),
    ):
        p.setColor(role, c(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(disabled, role, c("disabled.text"))
    p.setColor(R.BrightText, QColor(c("error")))
    return p


def _set_palette(scheme: Scheme) -> None:
    QApplication.setPalette(palette_for(scheme))
    notifier().changed.emit(scheme.name)


def apply_theme(choice: str) -> Scheme:
    """Put ``choice`` ("system", "light" or "dark"; anything else counts as "system") in force."""
    choice = choice if choice in CHOICES else "system"
    note = notifier()
    note.choice = choice
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native parts follow as well
        wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
        hints.setColorScheme(wanted.get(choice, Qt.ColorScheme.Unknown))
    scheme = effective(choice)
    _set_palette(scheme)
    return scheme


class _Restyler(QObject):
    """Re-applies one widget's style sheet when the scheme changes; dies with the widget."""

    def __init__(self, widget: QWidget, template: str) -> None:
        super().__init__(widget)
        self.setObjectName("themeRestyler")
        self.widget = widget
        self.template = template
        notifier().changed.connect(self.restyle)
        self.restyle()

    def restyle(self, _name: str = "") -> None:
        css = fill(self.template, current())
        if self.widget.styleSheet() != css:
            self.widget.setStyleSheet(css)


#: a role in a style sheet template: ``$(error)``, ``$(chip.urgent.bg)`` (braces are CSS's)
ROLE = re.compile(r"\$\(([\w.-]+)\)")


def fill(template: str, scheme: Scheme) -> str:
    """The template with every ``$(role)`` replaced by that role's colour in ``scheme``."""
    return ROLE.sub(lambda m: scheme.hex(m.group(1)), template)


def themed(widget: QWidget, template: str) -> None:
    """Give ``widget`` a style sheet whose colours are roles, e.g. ``"color: $(error);"``.

    Calling it again replaces the template (a label that turns from muted to an error).
    An empty template clears the style sheet.
    """
    old = widget.findChild(_Restyler, "themeRestyler")
    if old is not None:
        old.template = template
        old.restyle()
        return
    _Restyler(widget, template)
