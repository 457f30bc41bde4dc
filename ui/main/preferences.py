"""Appearance and language: the theme (light, dark, follow the system) and the language, each
person's own, remembered on this workstation (ui/widgets/settings.py) unless IT locked them.

The theme changes at once, every open window with it. The language is put in force when windows
are built, so a new one shows from the next sign-in; the dialog says so rather than leaving half
a window in each language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.i18n.language import LANGUAGES, resolve, system_language
from ui.theme.apply import apply_theme
from ui.widgets.accessible import describe, describe_buttons
from ui.widgets.settings import appearance, set_appearance


class PreferencesDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Appearance and language"))
        theme, self.theme_locked = appearance("theme", username)
        language, self.language_locked = appearance("language", username)
        self.started_language = resolve(language)

        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.theme.setEnabled(not self.theme_locked)
        describe(
            self.theme,
            self.tr("Light, dark, or the colours your desktop uses; applied at once"),
            self.tr("Theme"),
        )

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(
            self.tr("Follow the system ({language})").format(language=LANGUAGES[system_language()]),
            "system",
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setEnabled(not self.language_locked)
        describe(
            self.language,
            self.tr("The language of the console's windows; used from the next start"),
            self.tr("Language"),
        )

        self.note = QLabel("")
        self.note.setObjectName("preferencesNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        locked = []
        if self.theme_locked:
            locked.append(self.tr("The theme is set by IT for this computer."))
        if self.language_locked:
            locked.append(self.tr("The language is set by IT for this computer."))
        self.note.setText(" ".join(locked))

        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        form.addRow(buttons)
        self.theme.currentIndexChanged.connect(self._preview)
        self.language.currentIndexChanged.connect(self._say_when)
        self._theme_before = theme
        self._previewed = False

    def _preview(self) -> None:
        """The theme shows at once, so the person sees what they choose."""
        apply_theme(self.theme.currentData())
        self._previewed = True

    def _say_when(self) -> None:
        if resolve(self.language.currentData()) != self.started_language:
            self.note.setText(self.tr("The new language is used from your next sign-in."))
        else:
            self.note.setText("")

    def accept(self) -> None:
        if not self.theme_locked:
            set_appearance("theme", self.username, self.theme.currentData())
        if not self.language_locked:
            set_appearance("language", self.username, self.language.currentData())
        super().accept()

    def reject(self) -> None:
        if self._previewed:  # back to what was in force
            apply_theme(self._theme_before)
        super().reject()
