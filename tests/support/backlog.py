"""Backlogs on the real peers: many customers' threads waiting for a newly connected account.

Used by the backfill integration tests and ``tests/bench/backfill.py``. Each backlog is
``threads`` conversations of ``per_thread`` posts: a customer's root post mentioning the
brand and replies in that thread that mention it too, written through the peer's own API
(mastodon-mock's REST API; the AT Protocol PDS's ``applyWrites``) as a customer's app would.
Then :func:`sync_until_done` runs the console's own sync round (``sync_account_once``) until
the account has caught up, as the worker would.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import Connector
from app.db.models import BrandAccount, Conversation, Message, Workspace
from app.sync.runner import SyncOutcome, sync_account_once

# ----------------------------------------------------------------------------- the console


def add_account(
    factory: sessionmaker[Session],
    network: str,
    handle: str,
    remote_id: str,
    *,
    base_url: str | None = None,
    settings: dict[str, Any] | None = None,
) -> int:
    """A newly connected brand account row (no cursor yet), in the first workspace."""
    with factory() as s, s.begin():
        ws = s.scalars(select(Workspace).order_by(Workspace.id)).first()
        assert ws is not None
        acc = BrandAccount(
            workspace_id=ws.id,
            key=f"{network}:{secrets.token_hex(8)}",
            network=network,
            handle=handle,
            display_name="",
            remote_id=remote_id,
            base_url=base_url,
            settings=settings or {},
        )
        s.add(acc)
        s.flush()
        return acc.id


def sync_until_done(
    factory: sessionmaker[Session],
    account_id: int,
    connector: Connector,
    *,
    limit: int = 200,
    batch: int | None = None,
    max_rounds: int = 10_000,
    on_round: Callable[[SyncOutcome], None] | None = None,
) -> list[SyncOutcome]:
    """Sync rounds until the connector says nothing is left (as the worker loops ``more``)."""
    outcomes = []
    for _ in range(max_rounds):
        kw = {"batch": batch} if batch is not None else {}
        out = sync_account_once(factory, account_id, connector, limit=limit, **kw)
        outcomes.append(out)
        if on_round is not None:
            on_round(out)
        if out.error is not None:
            raise AssertionError(f"sync failed: {out.error}")
        if not out.more:
            return outcomes
    raise AssertionError("the sync never caught up")


@dataclass
class Stored:
    messages: int
    distinct: int
    conversations: int
    per_conversation: dict[int, int] = field(default_factory=dict)
    context: int = 0


def stored(factory: sessionmaker[Session], account_id: int) -> Stored:
    with factory() as s:
        rows = s.execute(
            select(Message.remote_id, Message.conversation_id, Message.refs).where(
                Message.brand_account_id == account_id
            )
        ).all()
        convs = s.scalar(
            select(func.count())
            .select_from(Conversation)
            .where(Conversation.brand_account_id == account_id)
        )
    per: dict[int, int] = {}
    context = 0
    for _rid, cid, refs in rows:
        if (refs or {}).get("context"):
            context += 1
            continue
        per[cid] = per.get(cid, 0) + 1
    return Stored(
        messages=len(rows) - context,
        distinct=len({r[0] for r in rows}),
        conversations=int(convs or 0),
        per_conversation=per,
        context=context,
    )


# ----------------------------------------------------------------------------- mastodon-mock


@dataclass
class MastodonUser:
    id: str
    username: str
    token: str = field(repr=False)


def mastodon_user(
    base_url: str, username: str | None = None, display_name: str = ""
) -> MastodonUser:
    body: dict[str, Any] = {}
    if username:
        body["username"] = username
    if display_name:
        body["display_name"] = display_name
    resp = requests.post(f"{base_url}/api/v1/_mock/dev_user", json=body, timeout=30)
    resp.raise_for_status()
    data = resp.json()
    return MastodonUser(str(data["id"]), str(data["username"]), str(data["access_token"]))


def mastodon_post(base_url: str, user: MastodonUser, text: str, **fields: Any) -> dict[str, Any]:
    resp = requests.post(
        f"{base_url}/api/v1/statuses",
        json={"status": text, **fields},
        headers={"Authorization": f"Bearer {user.token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return dict(resp.json())


def mastodon_backlog(
    base_url: str, brand: MastodonUser, threads: int, per_thread: int, *, workers: int = 8
) -> int:
    """``threads × per_thread`` mentions of the brand, each thread by its own customer."""
    customers = [mastodon_user(base_url) for _ in range(min(threads, 50))]

    def thread(n: int) -> int:
        who = customers[n % len(customers)]
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {who.token}"
        root = s.post(
            f"{base_url}/api/v1/statuses",
            json={"status": f"@{brand.username} order #{n} has not arrived"},
            timeout=30,
        )
        root.raise_for_status()
        parent = root.json()["id"]
        for k in range(per_thread - 1):
            r = s.post(
                f"{base_url}/api/v1/statuses",
                json={
                    "status": f"@{brand.username} still waiting ({k + 1})",
                    "in_reply_to_id": parent,
                },
                timeout=30,
            )
            r.raise_for_status()
            parent = r.json()["id"]
        s.close()
        return per_thread

    with ThreadPoolExecutor(workers) as pool:
        return sum(pool.map(thread, range(threads)))


# ----------------------------------------------------------------------------- AT Protocol


_TICK = itertools.count()


def _now_iso(offset: timedelta = timedelta(0)) -> str:
    """Now by the author's clock, a millisecond apart from every other post written here.

    Real clients write one post at a time; a batch written in one ``applyWrites`` shares its
    ``indexedAt``, and the AppView pages notifications by time alone, so posts with equal
    times across a page boundary would not be listed (see accounts/bluesky.py).
    """
    tick = timedelta(milliseconds=next(_TICK) % 1_000_000)
    at = datetime.now(UTC) + offset - timedelta(seconds=1000) + tick
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def mention_record(text_before: str, handle: str, did: str, **extra: Any) -> dict[str, Any]:
    """A post record that mentions ``@handle`` with the facet that makes it a notification."""
    text = f"{text_before} @{handle}"
    start = len(text_before.encode()) + 1
    end = start + len(handle.encode()) + 1
    record: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": _now_iso(),
        "facets": [
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}],
            }
        ],
    }
    record.update(extra)
    return record


def apply_writes(
    pds: str, token: str, did: str, records: list[dict[str, Any]]
) -> list[dict[str, str]]:
    """Create ``records`` in the repo (at most 200 per call); their uri and cid, in order."""
    out: list[dict[str, str]] = []
    for i in range(0, len(records), 200):
        chunk = records[i : i + 200]
        resp = requests.post(
            f"{pds}/xrpc/com.atproto.repo.applyWrites",
            json={
                "repo": did,
                "writes": [
                    {
                        "$type": "com.atproto.repo.applyWrites#create",
                        "collection": "app.bsky.feed.post",
                        "value": r,
                    }
                    for r in chunk
                ],
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )
        resp.raise_for_status()
        results = resp.json().get("results") or []
        out.extend({"uri": r["uri"], "cid": r["cid"]} for r in results)
    return out


__all__ = [
    "MastodonUser",
    "Stored",
    "add_account",
    "apply_writes",
    "mastodon_backlog",
    "mastodon_post",
    "mastodon_user",
    "mention_record",
    "stored",
    "sync_until_done",
]
