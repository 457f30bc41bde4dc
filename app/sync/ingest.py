"""Ingest: normalised inbound items → customers, conversations and messages, in one transaction.

A batch is deduplicated on (account, remote id) — against the database and within itself —
threaded into conversations by (account, thread key) — or, for a new thread, into the
customer's open conversation on that channel when the workspace keeps one per customer —
attached to the customer's history by (network, customer id), enriched (language, sentiment,
intent) and committed together with one change event. Set-based statements keep it fast: a
few round trips per batch, not per message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Float,
    String,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from accounts.base import InboundItem, ItemKind, RejectedItem
from app.db import changes
from app.db.bulk import execute_many, insert_rows, member_of, pg_update_rows, update_rows
from app.db.models import (
    BrandAccount,
    Conversation,
    ConversationStatus,
    Customer,
    Direction,
    Message,
    SyncRejection,
)
from app.db.types import utcnow
from app.inbox import open_per_customer, sla

log = logging.getLogger(__name__)

SNIPPET_CHARS = 200

_conv = Conversation.__table__
# one executemany for every summary: a statement per conversation costs more than the page
_UPDATE_SUMMARY = (
    update(_conv)
    .where(_conv.c.id == bindparam("cid"))
    .values(
        snippet=bindparam("snippet"),
        message_count=_conv.c.message_count + bindparam("n"),
        last_message_at=bindparam("at"),
        last_inbound_at=bindparam("at"),
        updated_at=bindparam("now"),
        version=_conv.c.version + 1,
        language=func.coalesce(bindparam("language", type_=String), _conv.c.language),
        sentiment=func.coalesce(bindparam("sentiment", type_=Float), _conv.c.sentiment),
        intent=func.coalesce(bindparam("intent", type_=String), _conv.c.intent),
    )
)
# the same on PostgreSQL as one set-based statement: its executemany is a protocol round per row
_PG_SUMMARY = (
    "UPDATE conversation AS c SET snippet = u.snippet, message_count = c.message_count + u.n, "
    "last_message_at = u.at, last_inbound_at = u.at, updated_at = CAST(:now AS TIMESTAMPTZ), "
    "version = c.version + 1, language = coalesce(u.language, c.language), "
    "sentiment = coalesce(u.sentiment, c.sentiment), intent = coalesce(u.intent, c.intent)"
)
_PG_SUMMARY_TYPES = {
    "cid": "INTEGER",
    "snippet": "TEXT",
    "n": "INTEGER",
    "at": "TIMESTAMPTZ",
    "language": "TEXT",
    "sentiment": "FLOAT8",
    "intent": "TEXT",
}


@dataclass(frozen=True, slots=True)
class Enrichment:
    language: str | None = None
    sentiment: float | None = None
    intent: str | None = None
    #: why (app.classify.reasons.evidence: cues, model features, scores), stored with the
    #: message in its ``classification`` column, the one place the inbox reads reasons from
    classification: dict[str, Any] | None = None


#: the classifier hook: item → enrichment (the offline classifiers plug in here)
Enricher = Callable[[InboundItem], Enrichment]
#: the routing hook, called inside the transaction with the conversations that got new messages
Router = Callable[[Session, BrandAccount, Sequence[int], Sequence[int]], None]
#: the crisis detector's hook (app/crisis/observer.py): the new items and their enrichments
Observer = Callable[[Session, BrandAccount, Sequence[InboundItem], Sequence[Enrichment]], object]


def enrich_page(enrich: Enricher | None, items: Sequence[InboundItem]) -> list[Enrichment]:
    """The page's enrichments, in order: through the enricher's ``many`` when it has one.

    Classifying a page at once costs less a message than one call each (app.sync.enrich), and
    lets an enricher hand back what it classified ahead, while the previous page was stored.
    An enricher without ``many`` (tests, a plug-in) is called once per item.
    """
    if enrich is None:
        return [Enrichment(language=it.language) for it in items]
    many = getattr(enrich, "many", None)
    if many is not None:
        return list(many(items))
    return [enrich(it) for it in items]


@dataclass(slots=True)
class _Summary:
    """A thread's newest message in a batch, how many the batch has, and the first of them."""

    item: InboundItem
    enrichment: Enrichment
    count: int
    first: InboundItem


@dataclass
class IngestResult:
    new_message_ids: list[int] = field(default_factory=list)
    conversation_ids: list[int] = field(default_factory=list)
    new_conversation_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    rejected: int = 0


def snippet(text: str) -> str:
    """One line of the message for the inbox list: whitespace folded, control chars removed."""
    # only the head can reach the snippet: a 100 KB message costs no more than a short one
    flat = " ".join(text[: SNIPPET_CHARS * 4].split())
    if not flat.isprintable():  # rare: format characters such as RTL overrides or zero widths
        flat = "".join(ch for ch in flat if ch.isprintable() or ch == " ")
    return flat[:SNIPPET_CHARS]


def _clean(text: str) -> str:
    """What a database can hold of what the customer wrote, with nothing else changed.

    NUL cannot go into a PostgreSQL text column and lone surrogates cannot be encoded as UTF-8;
    both become U+FFFD so the rest of the message is kept exactly.
    """
    try:
        text.encode("utf-8")
        return text.replace("\x00", "\ufffd") if "\x00" in text else text
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text).replace(
            "\x00", "\ufffd"
        )


def record_rejections(session: Session, account_id: int, rejected: Iterable[RejectedItem]) -> int:
    rows = [
        {
            "brand_account_id": account_id,
            "remote_id": r.remote_id,
            "reason": _clean(r.reason)[:2000],
            "excerpt": _clean(r.excerpt)[:2000],
            "at": utcnow(),
        }
        for r in rejected
    ]
    if rows:
        session.execute(insert(SyncRejection), rows)
    return len(rows)


def ingest_items(
    session: Session,
    account: BrandAccount,
    items: Sequence[InboundItem],
    *,
    enrich: Enricher | None = None,
    route: Router | None = None,
    rejected: Sequence[RejectedItem] = (),
    default_team_id: int | None = None,
    origin: str | None = None,
    observe: Observer | None = None,
) -> IngestResult:
    """Store a page of items; the caller commits (together with the new cursor)."""
    result = IngestResult()
    result.rejected = record_rejections(session, account.id, rejected)
    # 1. dedupe within the batch, keeping the first occurrence
    seen: dict[str, InboundItem] = {}
    for it in items:
        if it.remote_id in seen:
            result.duplicates += 1
            continue
        seen[it.remote_id] = it
    if not seen:
        return result
    # 2. dedupe against what is stored
    existing = set(
        session.scalars(
            select(Message.remote_id).where(
                Message.brand_account_id == account.id,
                member_of(session, Message.remote_id, list(seen)),
            )
        )
    )
    fresh = [it for rid, it in seen.items() if rid not in existing]
    result.duplicates += len(seen) - len(fresh)
    if not fresh:
        return result
    fresh.sort(key=lambda it: it.created_at)

    # 3. enrichment, and each thread's newest message (the conversation's summary)
    now = utcnow()
    enrichments = enrich_page(enrich, fresh)
    latest: dict[str, _Summary] = {}
    for it, en in zip(fresh, enrichments, strict=True):
        prev = latest.get(it.thread_key)
        if prev is None:
            latest[it.thread_key] = _Summary(it, en, 1, it)
        elif it.created_at >= prev.item.created_at:
            latest[it.thread_key] = _Summary(it, en, prev.count + 1, prev.first)
        else:
            prev.count += 1

    # 4. customers by (network, remote id)
    customer_ids = _upsert_customers(session, account, fresh)

    # 5. conversations by (account, thread key); new ones are made with their summary
    conv_ids, new_convs = _ensure_conversations(
        session, account, latest, customer_ids, default_team_id, now
    )
    result.new_conversation_ids = sorted(new_convs)

    # 6. messages
    rows = []
    for it, en in zip(fresh, enrichments, strict=True):
        rows.append(
            {
                "conversation_id": conv_ids[it.thread_key],
                "brand_account_id": account.id,
                "remote_id": it.remote_id,
                "direction": Direction.IN.value,
                "kind": it.kind.value,
                "customer_id": customer_ids[it.author.remote_id],
                "text": _clean(it.text),
                "created_at": it.created_at,
                "ingested_at": now,
                "parent_remote_id": it.parent_remote_id,
                "url": it.url,
                "language": en.language or it.language,
                "sentiment": en.sentiment,
                "intent": en.intent,
                "classification": en.classification,
                "refs": dict(it.refs),
            }
        )
    # one set-based or driver-level statement, and the ids read back through the unique index:
    # INSERT … RETURNING over many rows is new SQL text, parsed again, for every batch size
    conn = session.connection()
    insert_rows(conn, Message.__table__, rows)
    result.new_message_ids = list(
        conn.scalars(
            select(Message.id)
            .where(
                Message.brand_account_id == account.id,
                member_of(session, Message.remote_id, [r["remote_id"] for r in rows]),
            )
            .order_by(Message.id)
        )
    )

    # 7. summaries of the conversations that were already there (several threads may have
    # joined one: a statement per conversation, never two for the same row)
    per_conv: dict[int, _Summary] = {}
    for tk, sm in latest.items():
        cid = conv_ids[tk]
        if cid in new_convs:
            continue
        prev = per_conv.get(cid)
        per_conv[cid] = sm if prev is None else _combine(prev, sm)
    summaries = [
        {
            "cid": cid,
            "snippet": snippet(_clean(sm.item.text)),
            "n": sm.count,
            "at": sm.item.created_at,
            "now": now,
            "language": sm.enrichment.language or None,
            "sentiment": sm.enrichment.sentiment,
            "intent": sm.enrichment.intent or None,
        }
        for cid, sm in per_conv.items()
    ]
    if conn.dialect.name == "postgresql":
        pg_update_rows(conn, _PG_SUMMARY, _PG_SUMMARY_TYPES, summaries)
    else:
        execute_many(conn, _UPDATE_SUMMARY, summaries)
    table = Conversation.__table__
    # a new customer message reopens what was resolved or snoozed
    conn.execute(
        update(table)
        .where(
            member_of(session, table.c.id, sorted(s["cid"] for s in summaries)),
            table.c.status.in_(
                [
                    ConversationStatus.RESOLVED.value,
                    ConversationStatus.SNOOZED.value,
                    ConversationStatus.PENDING.value,
                ]
            ),
        )
        .values(status=ConversationStatus.OPEN.value, snoozed_until=None)
    )
    result.conversation_ids = sorted({conv_ids[tk] for tk in latest})
    if route is not None:
        route(session, account, result.conversation_ids, result.new_conversation_ids)
    # start SLA timers after routing, which may have chosen the team (and so the policy)
    sla.apply_on_inbound(session, result.conversation_ids)
    if observe is not None:
        observe(session, account, fresh, enrichments)  # spike alerts commit with the messages
    changes.publish(session, "conversation", result.conversation_ids, origin)
    return result


def _upsert_customers(
    session: Session, account: BrandAccount, items: Sequence[InboundItem]
) -> dict[str, int]:
    authors = {it.author.remote_id: it.author for it in items}
    found: dict[str, int] = {}
    stale: list[tuple[int, dict[str, object]]] = []
    for cid, rid, followers, avatar in session.execute(
        select(Customer.id, Customer.remote_id, Customer.followers, Customer.avatar_url).where(
            Customer.network == account.network,
            member_of(session, Customer.remote_id, list(authors)),
        )
    ):
        found[rid] = cid
        author = authors[rid]
        fresh: dict[str, object] = {}
        if author.followers is not None and author.followers != followers:
            fresh["followers"] = author.followers
        new_avatar = _avatar(author.avatar_url)
        if new_avatar is not None and new_avatar != avatar:
            fresh["avatar_url"] = new_avatar
        if fresh:
            stale.append((cid, fresh))
    missing = [a for rid, a in authors.items() if rid not in found]
    if missing:
        now = utcnow()
        rows = [
            {
                "workspace_id": account.workspace_id,
                "network": account.network,
                "remote_id": a.remote_id,
                # whole: a handle or name cut short is someone else's, or nobody's
                "handle": _clean(a.handle),
                "display_name": _clean(a.display_name),
                "followers": a.followers,
                "vip": False,
                "contact": {},
                "first_seen_at": now,
                "avatar_url": _avatar(a.avatar_url),
            }
            for a in missing
        ]
        for cid, rid in insert_rows(
            session.connection(), Customer.__table__, rows, returning=("id", "remote_id")
        ):
            found[rid] = cid
    # keep follower counts (for routing rules) and pictures fresh, only when the network told us
    # (one statement per set of changed columns: a statement per customer cost a third of ingest)
    update_rows(session.connection(), Customer.__table__, [{"id": c, **v} for c, v in stale])
    return found


def _avatar(url: str | None) -> str | None:
    """An avatar address worth keeping: http(s) only, and short enough to store."""
    if not url or len(url) > 1000 or not url.startswith(("https://", "http://")):
        return None
    return url


def _conversation_kind(it: InboundItem) -> str:
    return it.kind.value if it.kind != ItemKind.REPLY else ItemKind.MENTION.value


def _combine(a: _Summary, b: _Summary) -> _Summary:
    """Two threads' summaries as one conversation's: the newest message, the sum, the first."""
    newest = a if a.item.created_at >= b.item.created_at else b
    first = a.first if a.first.created_at <= b.first.created_at else b.first
    return _Summary(newest.item, newest.enrichment, a.count + b.count, first)


def _ensure_conversations(
    session: Session,
    account: BrandAccount,
    latest: dict[str, _Summary],
    customer_ids: dict[str, int],
    default_team_id: int | None,
    now: datetime,
) -> tuple[dict[str, int], set[int]]:
    """Conversation ids by thread key; the new ones carry their summary from the start.

    A thread key with a conversation goes there. One without joins the customer's open
    conversation on the same channel when the workspace keeps one per customer
    (:mod:`app.inbox.open_per_customer`): found in one statement for the batch, and several new
    threads of one customer in the same batch make one conversation, not several.

    Making a conversation and then updating its summary writes every one of its six inbox
    indexes twice; a new conversation is the common case for mentions.
    """
    keys = list(latest)
    found: dict[str, int] = {
        tk: cid
        for tk, cid in session.execute(
            select(Conversation.thread_key, Conversation.id).where(
                Conversation.brand_account_id == account.id,
                member_of(session, Conversation.thread_key, keys),
            )
        )
    }
    new_ids: set[int] = set()
    missing = [tk for tk in keys if tk not in found]
    if not missing:
        return found, new_ids
    # each missing thread's group: itself, or (customer, channel) under one-open-per-customer
    groups: dict[object, list[str]] = {}
    if open_per_customer.is_enabled(session, account.workspace_id):
        owner = {
            tk: (
                customer_ids[latest[tk].first.author.remote_id],
                open_per_customer.channel_of(latest[tk].first.kind.value),
            )
            for tk in missing
        }
        open_now = open_per_customer.open_conversations(
            session, account.id, [c for c, _ch in owner.values()]
        )
        for tk in sorted(missing, key=lambda k: latest[k].first.created_at):
            joined = open_now.get(owner[tk])
            if joined is not None:
                found[tk] = joined
            else:
                groups.setdefault(owner[tk], []).append(tk)
    else:
        groups = {tk: [tk] for tk in missing}
    if not groups:
        return found, new_ids
    rows = []
    for members in groups.values():
        tk = members[0]  # the earliest thread names the conversation
        sm = latest[tk]
        for other in members[1:]:
            sm = _combine(sm, latest[other])
        it = sm.item
        rows.append(
            {
                "workspace_id": account.workspace_id,
                "brand_account_id": account.id,
                "customer_id": customer_ids[sm.first.author.remote_id],
                "thread_key": tk,
                "kind": _conversation_kind(sm.first),
                "snippet": snippet(_clean(it.text)),
                "status": ConversationStatus.OPEN.value,
                "priority": 0,
                "team_id": default_team_id,
                "message_count": sm.count,
                "last_message_at": it.created_at,
                "last_inbound_at": it.created_at,
                "language": sm.enrichment.language or None,
                "sentiment": sm.enrichment.sentiment,
                "intent": sm.enrichment.intent or None,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    leaders = {members[0]: members for members in groups.values()}
    for cid, tk in insert_rows(
        session.connection(), Conversation.__table__, rows, returning=("id", "thread_key")
    ):
        for member in leaders[tk]:
            found[member] = cid
        new_ids.add(cid)
    return found, new_ids
