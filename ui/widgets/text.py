"""Showing text that came from outside (customers, networks) without Qt reading it as markup.

A QToolTip, like a QLabel in AutoText, renders anything that *might be* rich text as HTML: a
customer who writes ``<b>x</b><img src=...>`` would get bold text and an image request inside
the agent's console. Tooltips take a string only, so the text is escaped into a paragraph that
keeps its line breaks: Qt then shows exactly the characters that were sent.
"""

from __future__ import annotations

import html
import textwrap

#: tooltip lines are wrapped here (Qt would otherwise squeeze rich text into a narrow column)
WIDTH = 90


def plain_tooltip(text: str, limit: int = 2000) -> str:
    """A tooltip that shows ``text`` literally (cut at ``limit`` characters, wrapped by us)."""
    if not text:
        return ""
    cut = text if len(text) <= limit else text[:limit] + "…"
    lines = []
    for line in cut.splitlines() or [""]:
        lines.extend(textwrap.wrap(line, WIDTH, replace_whitespace=False) or [""])
    return "<p style='white-space:pre'>" + html.escape("\n".join(lines), quote=False) + "</p>"
