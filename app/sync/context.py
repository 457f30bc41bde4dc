"""Thread context: the earlier posts of a thread, stored so a conversation starts from its root.

A customer's reply to a post the console never stored (written before the account was
connected, or the brand's own post made elsewhere) would otherwise show as an answer to
nothing. After a page is ingested, :func:`missing_parents` names the replies whose parent is
not stored; the connector fetches their context (Mastodon's status context, Bluesky's
getPostThread, X's conversation root and parent, Meta's comment parent) and
:func:`store_context` writes those posts into the conversations the page created.

Context is not new work: its messages carry ``refs["context"] = "1"``, do not change the
conversation's snippet, last-message time, state or SLA timers, and do not reopen anything. A
post by the brand itself (``refs["by_brand"]``) is stored as outbound, with no customer.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from accounts.base import InboundItem
from app.db.bulk import execute_many, insert_rows, member_of
from app.db.models import BrandAccount, Conversation, Direction, Message
from app.db.types import utcnow
from app.sync.ingest import _clean, _upsert_customers

log = logging.getLogger(__name__)

#: replies per page whose context is fetched (each costs the network a request or two)
MAX_CONTEXT_FETCHES = 50

_conv = Conversation.__table__
_BUMP_COUNT = (
    update(_conv)
    .where(_conv.c.id == bindparam("cid"))
    .values(message_count=_conv.c.message_count + bindparam("n"), updated_at=bindparam("now"))
)


def missing_parents(
    session: Session, account_id: int, items: Sequence[InboundItem]
) -> list[InboundItem]:
    """Replies of ``items`` whose parent is neither stored nor in ``items`` (first of each
    thread only: one thread's context covers all its replies)."""
    in_page = {it.remote_id for it in items}
    wanted: dict[str, InboundItem] = {}
    for it in items:
        parent = it.parent_remote_id
        if parent and parent not in in_page and it.thread_key not in wanted:
            wanted[it.thread_key] = it
    if not wanted:
        return []
    parents = sorted({it.parent_remote_id for it in wanted.values() if it.parent_remote_id})
    stored = set(
        session.scalars(
            select(Message.remote_id).where(
                Message.brand_account_id == account_id,
                member_of(session, Message.remote_id, parents),
            )
        )
    )
    return [it for it in wanted.values() if it.parent_remote_id not in stored][:MAX_CONTEXT_FETCHES]


def promote(session: Session, account_id: int, items: Sequence[InboundItem]) -> int:
    """Items of a page that were stored earlier as context become ordinary messages.

    A backfill pages newest first, so a reply can come before its parent; the parent is
    then fetched as context, and when its own notification comes it is a duplicate. It is
    a message the brand received after all: it loses the context mark (no conversation is
    reopened for it: the reply that brought it did that already).
    """
    if not items:
        return 0
    by_id = {it.remote_id: it for it in items}
    rows = session.execute(
        select(Message.id, Message.remote_id, Message.refs).where(
            Message.brand_account_id == account_id,
            member_of(session, Message.remote_id, list(by_id)),
        )
    ).all()
    fixes = [
        {"mid": mid, "refs": dict(by_id[rid].refs)}
        for mid, rid, refs in rows
        if (refs or {}).get("context") and rid in by_id
    ]
    for fix in fixes:
        session.execute(update(Message).where(Message.id == fix["mid"]).values(refs=fix["refs"]))
    return len(fixes)


def store_context(session: Session, account: BrandAccount, context: Sequence[InboundItem]) -> int:
    """Store context posts in their threads' conversations; returns how many were new."""
    if not context:
        return 0
    seen: dict[str, InboundItem] = {}
    for it in context:
        seen.setdefault(it.remote_id, it)
    stored = set(
        session.scalars(
            select(Message.remote_id).where(
                Message.brand_account_id == account.id,
                member_of(session, Message.remote_id, list(seen)),
            )
        )
    )
    fresh = [it for rid, it in seen.items() if rid not in stored]
    if not fresh:
        return 0
    keys = sorted({it.thread_key for it in fresh})
    convs = dict(
        session.execute(
            select(Conversation.thread_key, Conversation.id).where(
                Conversation.brand_account_id == account.id,
                member_of(session, Conversation.thread_key, keys),
            )
        ).all()
    )
    fresh = [it for it in fresh if it.thread_key in convs]
    if not fresh:
        return 0
    customers = _upsert_customers(
        session, account, [it for it in fresh if not it.refs.get("by_brand")]
    )
    now = utcnow()
    rows = []
    for it in fresh:
        by_brand = bool(it.refs.get("by_brand"))
        rows.append(
            {
                "conversation_id": convs[it.thread_key],
                "brand_account_id": account.id,
                "remote_id": it.remote_id,
                "direction": (Direction.OUT if by_brand else Direction.IN).value,
                "kind": it.kind.value,
                "customer_id": None if by_brand else customers[it.author.remote_id],
                "text": _clean(it.text),
                "created_at": it.created_at,
                "ingested_at": now,
                "parent_remote_id": it.parent_remote_id,
                "url": it.url,
                "language": it.language,
                "sentiment": None,
                "intent": None,
                "refs": {**it.refs, "context": "1"},
            }
        )
    conn = session.connection()
    insert_rows(conn, Message.__table__, rows)
    counts = Counter(r["conversation_id"] for r in rows)
    execute_many(conn, _BUMP_COUNT, [{"cid": cid, "n": n, "now": now} for cid, n in counts.items()])
    return len(rows)
