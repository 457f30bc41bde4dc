"""Counted words in every language: ``Count.tr("%Ln message(s)", "", n)``.

Qt's ``%n`` plural forms follow each language's own rule (French says "0 message", English
"0 messages"); ``%Ln`` writes the number in the locale's way ("1,240", "1.240"). ``lupdate``
reads ``Count.tr`` as a counted text in the context "Count", so every window shares one list
of counted words, and the English catalogue gives the English forms. Should no catalogue be
loaded (a test, a broken install), the English rule below still says "1 message", never
"1 message(s)". ``app.words.plural`` stays the rule for the core and the command line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject

#: "word(s)" in a source text; "reply(s)" → "replies", "day(s)" → "days", "watch(es)" → "watches"
_COUNTED = re.compile(r"(\w+)\((e?s)\)")


def english(text: str, n: int) -> str:
    """The English form of a source text whose counted word is written "word(s)"."""

    def one(m: re.Match[str]) -> str:
        stem, ending = m.group(1), m.group(2)
        if n == 1:
            return stem
        if ending == "s" and len(stem) > 1 and stem[-1] == "y" and stem[-2] not in "aeiou":
            return stem[:-1] + "ies"  # a consonant before the y: reply → replies, not day
        return stem + ending

    return _COUNTED.sub(one, text)


class Count(QObject):
    """A translation context with a ``tr`` that never shows "(s)"."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        out = QCoreApplication.translate("Count", text, disambiguation or None, n)
        if "(s)" in out or "(es)" in out:  # no catalogue has this text: English it is
            out = QCoreApplication.translate("Count", english(text, n), None, n)
        return out
