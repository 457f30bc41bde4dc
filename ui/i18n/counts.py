"""Counted words in every language: ``Count.tr("%Ln message(s)", "", n)``.

Qt's ``%n`` plural forms follow each language's own rule (French says "0 message", English
"0 messages"); ``%Ln`` writes the number in the locale's way ("1,240", "1.240"). ``lupdate``
reads ``Count.tr`` as a counted text in the context "Count", so every window shares one list
of counted words. English has a catalogue of its own for these: without it Qt would print
"1 message(s)". ``app.words.plural`` stays the rule for the core and the command line, which
speak English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Count(QObject):
    """Only a translation context: never instantiated."""
