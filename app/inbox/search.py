"""Full-text search over message text: conversations holding a matching message.

SQLite answers from the FTS5 table ``message_fts`` (external content over message.text, kept in
sync by triggers); PostgreSQL from the generated ``message.search`` tsvector ('simple'
configuration: no stemming and no stop words, so Japanese, Arabic or Finnish are split the same
way as English). What the person typed is never passed through as query syntax: it is cut into
words, and each word becomes a quoted prefix term, so ``"`` or ``NEAR(`` or ``!`` are just text.

Two query shapes, chosen by how many messages match (counted up to :data:`FEW`, which costs
little): for a rare word, the matching messages' conversations are collected and sorted (cost
grows with the matches, which are few); for a common word, conversations are walked in the
view's order and each is checked against the matches, stopping once the page is full — so
neither a word in 10 % of a million messages nor one in 3 of them takes long.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, bindparam, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
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


FEW = 5000


class MessageMatches(_ColumnElement[bool]):
    """``message`` rows whose text holds every term (as a prefix); compiled per backend."""

    inherit_cache = False
    type = Boolean()
    #: a predicate, not a boolean column: no "= 1" appended on SQLite (which hides the index)
    _is_implicitly_boolean = True

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


class ConversationHasMatch(_ColumnElement[bool]):
    """``conversation`` rows with a matching message, checked row by row (for common words)."""

    inherit_cache = False
    type = Boolean()
    #: a predicate, not a boolean column: no "= 1" appended on SQLite (which hides the index)
    _is_implicitly_boolean = True

    def __init__(self, words: list[str]) -> None:
        self.words = words


@compiles(ConversationHasMatch, "sqlite")
def _sqlite_exists(element: ConversationHasMatch, compiler: Any, **kw: Any) -> str:
    inner = _sqlite(MessageMatches(element.words), compiler, **kw).replace(
        "message.id", "sc_m.id", 1
    )
    return (
        "EXISTS (SELECT 1 FROM message AS sc_m WHERE sc_m.conversation_id = conversation.id "
        f"AND {inner})"
    )


@compiles(ConversationHasMatch, "postgresql")
def _postgres_exists(element: ConversationHasMatch, compiler: Any, **kw: Any) -> str:
    inner = _postgres(MessageMatches(element.words), compiler, **kw).replace(
        "message.search", "sc_m.search", 1
    )
    return (
        "EXISTS (SELECT 1 FROM message AS sc_m WHERE sc_m.conversation_id = conversation.id "
        f"AND {inner})"
    )


class ConversationInMatches(_ColumnElement[bool]):
    """``conversation.id IN`` the conversations of the matching messages (for rare words)."""

    inherit_cache = False
    type = Boolean()
    #: a predicate, not a boolean column: no "= 1" appended on SQLite (which hides the index)
    _is_implicitly_boolean = True

    def __init__(self, words: list[str]) -> None:
        self.words = words


@compiles(ConversationInMatches, "sqlite")
def _sqlite_in(element: ConversationInMatches, compiler: Any, **kw: Any) -> str:
    # driven from the full-text index: one message lookup per match, never a message scan
    query = " ".join('"' + w.replace('"', '""') + '"*' for w in element.words)
    param = compiler.process(bindparam("fts_query", query, unique=True), **kw)
    return (
        "conversation.id IN (SELECT sc_m.conversation_id FROM message_fts "
        "JOIN message AS sc_m ON sc_m.id = message_fts.rowid "
        f"WHERE message_fts MATCH {param})"
    )


@compiles(ConversationInMatches, "postgresql")
def _postgres_in(element: ConversationInMatches, compiler: Any, **kw: Any) -> str:
    inner = _postgres(MessageMatches(element.words), compiler, **kw).replace(
        "message.search", "sc_m.search", 1
    )
    return f"conversation.id IN (SELECT sc_m.conversation_id FROM message AS sc_m WHERE {inner})"


def count_matches(session: Session, text: str, cap: int = FEW) -> int:
    """How many messages match, counted up to ``cap``."""
    clause = matching_messages(text)
    if clause is None:
        return 0
    inner = select(Message.id).where(clause).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def is_rare(session: Session, text: str) -> bool:
    """Few enough matches that collecting them beats walking the view (see the module doc)."""
    return count_matches(session, text) < FEW


def customer_filter(text: str) -> ColumnElement[bool] | None:
    """Conversations whose customer's handle or name holds what was typed ("@" optional).

    Agents search for a person as often as for words: "@jo_smith", "Jo Smith" or "smith".
    Matched as a plain substring (LIKE with escaping), so "%" and "_" are just text.
    """
    from app.db.models import Conversation, Customer

    needle = " ".join(text.replace("\x00", " ").split()).lower().lstrip("@")
    if len(needle) < 2:
        return None
    return Conversation.customer_id.in_(
        select(Customer.id).where(
            or_(
                func.lower(Customer.handle).contains(needle, autoescape=True),
                func.lower(Customer.display_name).contains(needle, autoescape=True),
            )
        )
    )


def conversation_filter(text: str, rare: bool = False) -> ColumnElement[bool] | None:
    """The WHERE clause for conversations matching ``text``, in the shape that suits it."""
    words = terms(text)
    if not words:
        return None
    return ConversationInMatches(words) if rare else ConversationHasMatch(words)


def matching_messages(text: str) -> ColumnElement[bool] | None:
    words = terms(text)
    return MessageMatches(words) if words else None


def matching_conversations(text: str) -> Select[tuple[int]] | None:
    """The ids of conversations holding a matching message; None when there is nothing to match."""
    clause = matching_messages(text)
    if clause is None:
        return None
    return select(Message.conversation_id).where(clause)
