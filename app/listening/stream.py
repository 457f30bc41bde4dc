"""What the watches heard: the stream to scan, storing it, and sending an item to a team.

Sending an item to a team ("Send to Sales") is a request stored on the item, signed by whoever
asked; the sync files it as a conversation of the watch's brand account in that team's queue
(app/sync/listening.py), through the same ingest as any mention, so it gets a customer, a
thread and its history. The request survives a closed app or a lost connection: the next sync
round files it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.http import parse_time
from app.db import changes
from app.db.models import (
    BrandAccount,
    Conversation,
    ListeningItem,
    ListeningWatch,
    Team,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import Actor
from app.listening.spec import WatchQuery, WatchRefused
from app.listening.watches import TOPIC, _require

#: characters of a heard post kept (the networks' own limits are far below)
MAX_TEXT = 10_000


def item_to_json(item: InboundItem) -> dict[str, Any]:
    data = asdict(item)
    data["created_at"] = item.created_at.isoformat()
    data["kind"] = str(item.kind)
    return data


def item_from_json(data: dict[str, Any]) -> InboundItem:
    author = RemoteAuthor(**data["author"])
    return InboundItem(
        remote_id=data["remote_id"],
        kind=ItemKind(data.get("kind", "mention")),
        author=author,
        text=data["text"],
        created_at=parse_time(data["created_at"]),
        thread_key=data["thread_key"],
        parent_remote_id=data.get("parent_remote_id"),
        url=data.get("url"),
        language=data.get("language"),
        refs=dict(data.get("refs") or {}),
    )


def store_heard(
    session: Session,
    watch: ListeningWatch,
    items: Sequence[InboundItem],
    sentiments: Sequence[float | None],
) -> list[int]:
    """Keep the items not heard before (by remote id); the positions of the new ones."""
    if not items:
        return []
    known = set(
        session.scalars(
            select(ListeningItem.remote_id).where(
                ListeningItem.watch_id == watch.id,
                ListeningItem.remote_id.in_([it.remote_id for it in items]),
            )
        )
    )
    fresh: list[int] = []
    for i, (it, s) in enumerate(zip(items, sentiments, strict=True)):
        if it.remote_id in known:
            continue
        known.add(it.remote_id)
        author = it.author.handle
        if it.author.display_name and it.author.display_name.lower() != author.lower():
            author = f"{it.author.display_name} (@{author})"
        session.add(
            ListeningItem(
                workspace_id=watch.workspace_id,
                watch_id=watch.id,
                remote_id=it.remote_id[:300],
                author=author[:500],
                text=it.text[:MAX_TEXT],
                url=it.url,
                posted_at=it.created_at,
                heard_at=utcnow(),
                sentiment=s,
                item=item_to_json(it),
            )
        )
        fresh.append(i)
    session.flush()
    return fresh


@dataclass(frozen=True)
class StreamRow:
    id: int
    watch_id: int
    watch: str
    network: str
    author: str
    text: str
    url: str | None
    posted_at: datetime
    sentiment: float | None
    team: str | None
    conversation_id: int | None
    promote_error: str | None

    @property
    def status(self) -> str:
        if self.conversation_id is not None:
            return f"In the {self.team or 'team'} queue"
        if self.promote_error:
            return f"Not sent: {self.promote_error}"
        if self.team:
            return f"Sending to {self.team}…"
        return ""


def _filtered(workspace_id: int, watch_id: int | None) -> Any:
    q = select(ListeningItem.id).where(ListeningItem.workspace_id == workspace_id)
    if watch_id is not None:
        q = q.where(ListeningItem.watch_id == watch_id)
    return q


def stream_count(session: Session, workspace_id: int, watch_id: int | None = None) -> int:
    q = _filtered(workspace_id, watch_id)
    return int(session.scalar(select(func.count()).select_from(q.subquery())) or 0)


def stream_page(
    session: Session,
    workspace_id: int,
    watch_id: int | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[StreamRow]:
    """Newest first: what was posted last is what a marketer scans first."""
    q = (
        select(
            ListeningItem,
            ListeningWatch.kind,
            ListeningWatch.query,
            BrandAccount.network,
            Team.name,
        )
        .join(ListeningWatch, ListeningWatch.id == ListeningItem.watch_id)
        .join(BrandAccount, BrandAccount.id == ListeningWatch.brand_account_id)
        .outerjoin(Team, Team.id == ListeningItem.promote_team_id)
        .where(ListeningItem.workspace_id == workspace_id)
    )
    if watch_id is not None:
        q = q.where(ListeningItem.watch_id == watch_id)
    q = q.order_by(ListeningItem.posted_at.desc(), ListeningItem.id.desc())
    rows = session.execute(q.offset(offset).limit(limit)).all()
    return [
        StreamRow(
            id=it.id,
            watch_id=it.watch_id,
            watch=WatchQuery(kind, query).label,
            network=network,
            author=it.author,
            text=it.text,
            url=it.url,
            posted_at=it.posted_at,
            sentiment=it.sentiment,
            team=team,
            conversation_id=it.conversation_id,
            promote_error=it.promote_error,
        )
        for it, kind, query, network, team in rows
    ]


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str


def teams(session: Session, workspace_id: int) -> list[TeamChoice]:
    rows = session.execute(
        select(Team.id, Team.name).where(Team.workspace_id == workspace_id).order_by(Team.name)
    ).all()
    return [TeamChoice(i, n) for i, n in rows]


def request_promotion(
    session: Session,
    actor: Actor,
    item_id: int,
    team_id: int,
    *,
    origin: str | None = None,
) -> str:
    """Ask for the item to become a conversation in ``team_id``'s queue; what to tell the user."""
    _require(actor)
    it = session.get(ListeningItem, item_id, with_for_update=True)
    if it is None or it.workspace_id != actor.workspace_id:
        raise WatchRefused("This item is gone (its watch was removed).")
    team = session.get(Team, team_id)
    if team is None or team.workspace_id != actor.workspace_id:
        raise WatchRefused("Choose the team that should take it.")
    if it.conversation_id is not None:
        conv = session.get(Conversation, it.conversation_id)
        where = session.get(Team, conv.team_id).name if conv and conv.team_id else "a team"
        raise WatchRefused(f"This item is already a conversation in {where}'s queue.")
    it.promote_team_id = team.id
    it.promoted_by_id = actor.employee_id
    it.promoted_at = utcnow()
    it.promote_error = None
    session.flush()
    audit.record(
        session,
        "listening_item_sent",
        actor=actor,
        target_type="listening_item",
        target_id=it.id,
        team=team.name,
    )
    changes.publish(session, TOPIC, [it.watch_id], origin)
    return f"Sent to {team.name}: it will be in their queue within seconds."
