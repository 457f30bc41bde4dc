"""Helpers for inbox tests: put conversations into a demo console and sign people in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Conversation, Employee
from app.identity.access import Actor, load_actor
from app.session.console import Console
from app.sync.ingest import ingest_items

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

HOSTILE = (
    "<b>bold?</b><script>alert('x')</script>",
    "\u202eevil override\u202c and \u200bzero\u200dwidth",
    "family 👨\u200d👩\u200d👧\u200d👦 emoji",
    "NUL here:\x00end",
    "lone \ud800 surrogate",
    "x" * 100_000,
)


def actor(console: Console, username: str) -> Actor:
    with console.session() as s:
        emp = s.scalar(select(Employee).where(Employee.username == username))
        assert emp is not None
        return load_actor(s, emp.id)


def keep_threads_apart(console: Console, apart: bool = True) -> None:
    """One conversation per thread, as before one-open-per-customer (app.inbox.open_per_customer):
    for tests about something else whose fixtures have one customer write several threads."""
    from app.db.models import Workspace
    from app.inbox import open_per_customer

    with console.factory() as s, s.begin():
        for ws in s.scalars(select(Workspace)):
            ws.settings = {**(ws.settings or {}), open_per_customer.SETTING: not apart}


def seed(
    console: Console,
    texts: Sequence[str],
    *,
    account_index: int = 0,
    author: str = "cust",
    start: datetime | None = None,
    kind: ItemKind = ItemKind.MENTION,
    prefix: str = "m",
    same_customer: bool = False,
    round_: int = 0,
) -> list[int]:
    """One conversation per text (newest last); returns the conversation ids in that order.

    The workspace keeps threads apart (one conversation per thread): with ``same_customer``, or
    a second call with the same authors, the texts would otherwise join the customer's one open
    conversation."""
    keep_threads_apart(console)
    t0 = start or datetime.now(UTC) - timedelta(minutes=len(texts) + 1)
    with console.factory() as s, s.begin():
        acc = s.scalars(select(BrandAccount).order_by(BrandAccount.id)).all()[account_index]
        items = []
        for i, text in enumerate(texts):
            who = author if same_customer else f"{author}{i}"
            items.append(
                InboundItem(
                    remote_id=f"{prefix}{i}-{acc.id}-r{round_}",
                    kind=kind,
                    author=RemoteAuthor(f"u-{who}", who, who.title()),
                    text=text,
                    created_at=t0 + timedelta(minutes=i),
                    thread_key=f"{prefix}-thread-{i}",
                )
            )
        result = ingest_items(s, acc, items, default_team_id=acc.settings.get("default_team_id"))
        ids = {
            tk: cid
            for cid, tk in s.execute(
                select(Conversation.id, Conversation.thread_key).where(
                    Conversation.id.in_(result.conversation_ids)
                )
            )
        }
    return [ids[f"{prefix}-thread-{i}"] for i in range(len(texts))]
