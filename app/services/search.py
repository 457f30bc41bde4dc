"""Full-text search over message text, one query shape for both backends.

SQLite answers from the FTS5 table ``message_fts`` (external content over message.text, kept in
sync by triggers); PostgreSQL from the generated ``message.search`` tsvector ('simple'
configuration: no stemming and no stop words, so Japanese, Arabic or Finnish are split the same
way as English). What the person typed is never passed through as query syntax: it is cut into
words, and each word becomes a quoted prefix term, so ``"`` or ``NEAR(`` or ``!`` are just text.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, bindparam, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement as _ColumnElement

from app.db.models import Message

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def terms(text: str) -> list[str]:
    """The words of a search, lower-cased, at most MAX_TERMS (more only slow the query)."""
    words = [w.lower() for w in _WORD.findall(text.replace("\x00", " "))]
    out: list[str] = []
    for w in words:
        if w not in out:
            out.append(w)
    return out[:MAX_TERMS]


class MessageMatches(_ColumnElement[bool]):
    """``message`` rows whose text holds every term (as a prefix); compiled per backend."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, words: list[str]) -> None:
        self.words = words


@compiles(MessageMatches, "sqlite")
def _sqlite(element: MessageMatches, compiler: Any, **kw: Any) -> str:
    query = " ".join('"' + w.replace('"', '""') + '"*' for w in element.words)
    param = compiler.process(bindparam("fts_query", query, unique=True), **kw)
    return f"message.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH {param})"


@compiles(MessageMatches, "postgresql")
def _postgres(element: MessageMatches, compiler: Any, **kw: Any) -> str:
    # words are \w+ only, so the tsquery text holds no operators but ours
    query = " & ".join(w + ":*" for w in element.words)
    param = compiler.process(bindparam("ts_query", query, unique=True), **kw)
    return f"message.search @@ to_tsquery('simple'::regconfig, {param})"


@compiles(MessageMatches)
def _other(element: MessageMatches, compiler: Any, **kw: Any) -> str:
    raise NotImplementedError("full-text search needs SQLite or PostgreSQL")


def matching_messages(text: str) -> ColumnElement[bool] | None:
    words = terms(text)
    return MessageMatches(words) if words else None


def matching_conversations(text: str) -> Select[tuple[int]] | None:
    """The ids of conversations holding a matching message; None when there is nothing to match."""
    clause = matching_messages(text)
    if clause is None:
        return None
    return select(Message.conversation_id).where(clause)
