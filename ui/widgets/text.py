"""Showing text that came from outside (customers, networks) without Qt reading it as markup.

A QToolTip, like a QLabel in AutoText, renders anything that *might be* rich text as HTML: a
customer who writes ``<b>x</b><img src=...>`` would get bold text and an image request inside
the agent's console. Tooltips take a string only, so the text is escaped into a paragraph that
keeps its line breaks: Qt then shows exactly the characters that were sent.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str, limit: int = 2000) -> str:
    """A tooltip that shows ``text`` literally (cut at ``limit`` characters)."""
    if not text:
        return ""
    cut = text if len(text) <= limit else text[:limit] + "…"
    return "<p style='white-space:pre-wrap'>" + html.escape(cut, quote=False) + "</p>"
