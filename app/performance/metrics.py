"""Reading sent posts' metrics from the networks on a schedule, within each read budget.

The sync worker calls :func:`fetch_due` as a small hook every few minutes. A post is read
often while it is young and rarely after (every 15 minutes on its first day, hourly in its
first week, every 6 hours until it is 30 days old, then never; on X, whose budget counts posts
read, hourly on the first day and every 6 hours in the first week only), and each account spends at
most ``max_calls`` calls a round (a round only calls when something is due). With a round a
minute that is at most 240 calls an hour per account, and far fewer in practice (one call reads
up to 40 Mastodon or 25 Bluesky posts): Mastodon allows 300 calls per 5 minutes (3,600 an
hour), Bluesky's AppView 3,000 per 5 minutes (36,000 an hour), so metrics use at most 6.7 % and
0.7 % of them.

Every reading is a new row (``post_metric``): the Posts view draws a post's performance over
time from them. The network calls happen outside any transaction; the rows are stored in one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import Amplifier, Connector, ConnectorError, PostMetrics, RateLimited
from app.db import changes
from app.db.models import OutboxItem, OutboxStatus, PostMetric
from app.db.types import utcnow

log = logging.getLogger(__name__)

#: outbox kinds whose sent item is a post of the brand's with its own counts
MEASURED_KINDS = ("post", "quote")
MAX_AGE = timedelta(days=30)
#: calls per account per round
MAX_CALLS = 4
#: seconds between rounds in the sync worker
ROUND_S = 60.0


#: X counts every post read against a small read budget shared with the mentions: its posts are
#: read less often and for a week only (tests/bench/post_metrics.py measures the share)
SPARING = {"x": (timedelta(hours=1), timedelta(hours=6), timedelta(days=7))}


def interval_for(age: timedelta, network: str = "") -> timedelta | None:
    """How long a reading of a post of this age stays fresh; None: no longer measured."""
    if network in SPARING:
        young, week, max_age = SPARING[network]
        if age >= max_age:
            return None
        return young if age < timedelta(days=1) else week
    if age < timedelta(days=1):
        return timedelta(minutes=15)
    if age < timedelta(days=7):
        return timedelta(hours=1)
    return timedelta(hours=6)


@dataclass
class FetchReport:
    calls: int = 0
    readings: int = 0
    problems: list[str] = field(default_factory=list)


def due(
    session: Session, account_id: int, now: datetime, limit: int, network: str = ""
) -> list[tuple[int, str]]:
    """(item id, remote id) of the account's sent posts whose last reading is stale."""
    last = (
        select(PostMetric.outbox_item_id, func.max(PostMetric.fetched_at).label("at"))
        .group_by(PostMetric.outbox_item_id)
        .subquery()
    )
    rows = session.execute(
        select(OutboxItem.id, OutboxItem.remote_id, OutboxItem.sent_at, last.c.at)
        .outerjoin(last, last.c.outbox_item_id == OutboxItem.id)
        .where(
            OutboxItem.brand_account_id == account_id,
            OutboxItem.status == OutboxStatus.SENT,
            OutboxItem.kind.in_(MEASURED_KINDS),
            OutboxItem.remote_id.is_not(None),
            OutboxItem.sent_at >= now - MAX_AGE,
            OutboxItem.sent_at <= now,
        )
        .order_by(last.c.at.is_not(None), last.c.at, OutboxItem.sent_at.desc())
    ).all()
    out: list[tuple[int, str]] = []
    for item_id, remote_id, sent_at, at in rows:
        fresh_for = interval_for(now - (sent_at or now), network)
        if fresh_for is None:
            continue
        if at is None or now - at >= fresh_for:
            out.append((item_id, remote_id))
            if len(out) >= limit:
                break
    return out


def fetch_due(
    factory: sessionmaker[Session],
    connectors: Mapping[int, Connector],
    *,
    max_calls: int = MAX_CALLS,
    now: datetime | None = None,
    origin: str | None = None,
) -> FetchReport:
    """One round: read the due posts of every account we hold a connector for."""
    report = FetchReport()
    now = now or utcnow()
    for account_id, conn in list(connectors.items()):
        if not isinstance(conn, Amplifier):
            continue
        batch = max(1, conn.metrics_batch)
        with factory() as s:
            todo = due(s, account_id, now, batch * max_calls, conn.network)
        if not todo:
            continue
        by_remote = {remote: item for item, remote in todo}
        got: list[PostMetrics] = []
        for i in range(0, len(todo), batch):
            chunk = [remote for _item, remote in todo[i : i + batch]]
            try:
                report.calls += 1
                got.extend(conn.post_metrics(chunk))
            except RateLimited as exc:
                report.problems.append(f"{conn.network}: asked to wait ({exc})")
                break
            except ConnectorError as exc:
                report.problems.append(f"{conn.network}: {exc}")
                break
        if not got:
            continue
        with factory() as s, s.begin():
            ws = s.scalar(select(OutboxItem.workspace_id).where(OutboxItem.id == todo[0][0]))
            ids = []
            for m in got:
                item_id = by_remote.get(m.remote_id)
                if item_id is None:
                    continue
                s.add(
                    PostMetric(
                        workspace_id=ws,
                        outbox_item_id=item_id,
                        fetched_at=now,
                        likes=m.likes,
                        reposts=m.reposts,
                        replies=m.replies,
                        quotes=m.quotes,
                        impressions=m.impressions,
                    )
                )
                ids.append(item_id)
            report.readings += len(ids)
            if ids:
                changes.publish(s, "post_metric", ids, origin)
    return report
