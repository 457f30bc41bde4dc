"""Putting a language into force before the windows are built.

Qt's own tools, not gettext: PySide6 ships ``pyside6-lupdate`` and ``pyside6-lrelease``, Qt
Linguist reads the ``.ts`` catalogues translators know, ``%n`` plural forms follow each
language's rules (German, French and Spanish differ on zero), and Qt's own dialog buttons
("Cancel", "Abbrechen") come translated from the ``qtbase_*.qm`` files that ship with PySide6.
Babel would have added a dependency and left Qt's strings in English.

The catalogues live in ``resources/translations/`` (``.ts`` sources and the ``.qm`` built from
them; ``python -m ui.i18n.build`` rebuilds them, and a test fails when a ``.qm`` is older than
what its ``.ts`` says). English is a catalogue too: it carries the plural forms ("1 message").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

#: the languages the console speaks (the ones the classifiers read), in their own words
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
CATALOGUES = Path(resources.__file__).resolve().parent / "translations"


def catalogue(lang: str) -> Path:
    return CATALOGUES / f"social_console_{lang}.qm"


def system_language() -> str:
    """The first of the desktop's languages the console speaks (English if none)."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str) -> str:
    return choice if choice in LANGUAGES else system_language()


def install_language(choice: str) -> str:
    """Put ``choice`` ("system" or a code from LANGUAGES) in force; returns the code used.

    Replaces the translators installed before (a new sign-in may bring another person's
    choice), and makes the language's locale the default so dates and numbers follow it. A
    missing catalogue leaves the English source text: never an empty label.
    """
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before a language is installed"
    lang = resolve(choice)
    for old in app.findChildren(QTranslator, "consoleTranslator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (catalogue(lang).stem, str(CATALOGUES))):
        t = QTranslator(app)
        t.setObjectName("consoleTranslator")
        if t.load(name, folder):
            QCoreApplication.installTranslator(t)
        else:
            t.deleteLater()
    locale = QLocale(lang) if choice in LANGUAGES else QLocale.system()
    if locale.language() != QLocale(lang).language():
        locale = QLocale(lang)
    QLocale.setDefault(locale)
    return lang
