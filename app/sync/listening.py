"""Polling the listening watches and filing what marketing sends to a team (issue 16).

It runs inside the sync runner's round (``SyncRunner.listen``), after the inbox sync, with the
connectors of the accounts this process holds: one machine polls an account's watches, as one
machine syncs its inbox. Per round:

1. every due watch of a held account is read once (accounts/listening.py). What it heard is
   classified (the runner's enricher: language, sentiment), stored, and handed to the crisis
   detector (the runner's observer) as traffic of the watch's brand account, so a surge on a
   hashtag raises the same spike alert a surge of mentions does. A failed read (429, a
   malformed reply, a timeout, a refusal) costs that one poll: the cursor stays, the error is
   shown on the watch, and the next poll is scheduled (after the network's reset time for a
   429). A watch is never switched off by an error.
2. every item someone asked to send to a team is ingested as a conversation of the watch's
   brand account, into that team's queue, and the item points at it. On PostgreSQL this needs a
   login that may write conversations (the worker's, ``main.py worker``): an employee's
   workstation that holds the token is refused by row-level security, and then leaves the
   request for the worker instead of marking it failed.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import Connector, ConnectorError, RateLimited
from accounts.listening import SearchPage, listen
from app.db import changes
from app.db.engine import explain
from app.db.models import (
    Assignment,
    BrandAccount,
    Conversation,
    ListeningItem,
    ListeningPoll,
    ListeningWatch,
    Message,
)
from app.db.types import utcnow
from app.listening import budget
from app.listening.spec import WatchQuery
from app.listening.stream import item_from_json, store_heard
from app.listening.watches import TOPIC
from app.sync.ingest import Enricher, Enrichment, Observer, ingest_items

log = logging.getLogger(__name__)

#: the poll log is kept this long (the budget figure needs an hour; the rest is for support)
POLL_LOG_KEEP = timedelta(days=2)
#: most items filed per round
PROMOTIONS_PER_ROUND = 50


@dataclass
class PumpResult:
    polls: int = 0
    calls: int = 0
    heard: int = 0
    failed: int = 0
    filed: int = 0
    errors: list[str] = field(default_factory=list)


class ListeningPump:
    """The runner's listening hook; ``clock`` is injectable for the budget benchmark."""

    def __init__(self, *, origin: str | None = None, clock: Any = time.time) -> None:
        self.origin = origin
        self.clock = clock
        self.total = PumpResult()

    def __call__(self, runner: Any) -> PumpResult:
        return self.run(
            runner.factory, runner.connectors, enrich=runner.enrich, observe=runner.observe
        )

    def run(
        self,
        factory: sessionmaker[Session],
        connectors: Mapping[int, Connector],
        *,
        enrich: Enricher | None = None,
        observe: Observer | None = None,
    ) -> PumpResult:
        out = PumpResult()
        self.poll_due(factory, connectors, out, enrich=enrich, observe=observe)
        self.file_promotions(factory, out, enrich=enrich)
        for name in ("polls", "calls", "heard", "failed", "filed"):
            setattr(self.total, name, getattr(self.total, name) + getattr(out, name))
        return out

    # ----------------------------------------------------------------------------- polling
    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def poll_due(
        self,
        factory: sessionmaker[Session],
        connectors: Mapping[int, Connector],
        out: PumpResult,
        *,
        enrich: Enricher | None = None,
        observe: Observer | None = None,
    ) -> None:
        if not connectors:
            return
        now = self._now()
        with factory() as s:
            rows = s.execute(
                select(
                    ListeningWatch.id, ListeningWatch.brand_account_id, ListeningWatch.next_poll_at
                )
                .where(
                    ListeningWatch.enabled.is_(True),
                    ListeningWatch.brand_account_id.in_(list(connectors)),
                )
                .order_by(ListeningWatch.next_poll_at, ListeningWatch.id)
            ).all()
            networks = dict(
                s.execute(
                    select(BrandAccount.id, BrandAccount.network).where(
                        BrandAccount.id.in_(list(connectors))
                    )
                ).all()
            )
            # the account's last listening call, wherever it was made (this process restarted)
            last = dict(
                s.execute(
                    select(ListeningWatch.brand_account_id, func.max(ListeningWatch.last_polled_at))
                    .where(ListeningWatch.brand_account_id.in_(list(connectors)))
                    .group_by(ListeningWatch.brand_account_id)
                ).all()
            )
        per_account = Counter(acc for _w, acc, _n in rows)
        for wid, acc, next_at in rows:
            if next_at is not None and next_at > now:
                continue
            network = networks.get(acc, "")
            prev = last.get(acc)
            if prev is not None and (now - prev).total_seconds() < budget.gap_s(network) - 1e-6:
                continue  # due, but the account's budget paces it: next round
            interval = budget.interval_s(network, per_account[acc])
            self.poll_one(factory, connectors[acc], wid, interval, out, enrich, observe)
            last[acc] = self._now()

    def poll_one(
        self,
        factory: sessionmaker[Session],
        connector: Connector,
        watch_id: int,
        interval: float,
        out: PumpResult,
        enrich: Enricher | None,
        observe: Observer | None,
    ) -> None:
        with factory() as s:
            w = s.get(ListeningWatch, watch_id)
            if w is None or not w.enabled:
                return
            kind, query, cursor = w.kind, w.query, w.cursor
        page: SearchPage | None = None
        error: str | None = None
        retry_at: datetime | None = None
        try:
            page = listen(connector, kind, query, cursor)
        except RateLimited as exc:
            error, retry_at = str(exc), exc.until
        except ConnectorError as exc:
            error = str(exc)
        except NotImplementedError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug here must cost one poll, not the round
            error = f"the read failed ({type(exc).__name__})"
            log.warning("listening watch %s: %s", watch_id, error)
        now = self._now()
        next_at = now + timedelta(seconds=interval)
        if page is not None and page.more:
            next_at = now  # more is waiting: as soon as the account's pace allows
        if retry_at is not None and retry_at > next_at:
            next_at = retry_at
        items = page.items if page else []
        enrichments = [self._enrich(enrich, it) for it in items]
        try:
            with factory() as s, s.begin():
                w = s.get(ListeningWatch, watch_id)
                if w is None:
                    return  # removed while we read
                fresh = store_heard(s, w, items, [e.sentiment for e in enrichments])
                if page is not None:
                    w.cursor = page.cursor
                    if page.rejected:
                        error = f"{len(page.rejected)} unreadable item(s) skipped"
                w.last_polled_at = now
                w.next_poll_at = next_at
                w.last_error = error
                s.add(
                    ListeningPoll(
                        workspace_id=w.workspace_id,
                        watch_id=w.id,
                        at=now,
                        calls=page.calls if page else 1,
                        items=len(fresh),
                        error=error,
                    )
                )
                s.execute(
                    delete(ListeningPoll).where(
                        ListeningPoll.watch_id == w.id, ListeningPoll.at < now - POLL_LOG_KEEP
                    )
                )
                if fresh and observe is not None:
                    account = s.get(BrandAccount, w.brand_account_id)
                    if account is not None:
                        observe(
                            s,
                            account,
                            [items[i] for i in fresh],
                            [enrichments[i] for i in fresh],
                        )
                changes.publish(s, TOPIC, [w.id], self.origin)
        except Exception as exc:  # noqa: BLE001 - the database said no: retried next round
            out.errors.append(explain(exc, "listening"))
            log.warning("listening watch %s not stored: %s", watch_id, out.errors[-1])
            return
        out.polls += 1
        out.calls += page.calls if page else 1
        out.heard += len(fresh)
        if error and page is None:
            out.failed += 1
            out.errors.append(error)

    @staticmethod
    def _enrich(enrich: Enricher | None, item: Any) -> Enrichment:
        if enrich is None:
            return Enrichment(language=item.language)
        try:
            return enrich(item)
        except Exception:  # noqa: BLE001 - the item matters more than its mood
            return Enrichment(language=item.language)

    # --------------------------------------------------------------------------- promotion
    def file_promotions(
        self, factory: sessionmaker[Session], out: PumpResult, *, enrich: Enricher | None = None
    ) -> None:
        with factory() as s:
            ids = list(
                s.scalars(
                    select(ListeningItem.id)
                    .where(
                        ListeningItem.promote_team_id.is_not(None),
                        ListeningItem.promoted_by_id.is_not(None),
                        ListeningItem.conversation_id.is_(None),
                        ListeningItem.promote_error.is_(None),
                    )
                    .order_by(ListeningItem.promoted_at)
                    .limit(PROMOTIONS_PER_ROUND)
                )
            )
        for item_id in ids:
            try:
                with factory() as s, s.begin():
                    if self._file(s, item_id, enrich):
                        out.filed += 1
            except Exception as exc:  # noqa: BLE001 - said on the item, not lost
                why = explain(exc, "listening")
                out.errors.append(why)
                if _refused(exc):
                    # this login may not write conversations (an employee's workstation on
                    # PostgreSQL): the request stays for a runner that may, the worker's
                    log.info("listening item %s left for a worker: %s", item_id, why)
                    continue
                with factory() as s, s.begin():
                    # another runner may have filed it meanwhile (its commit made ours fail)
                    s.execute(
                        update(ListeningItem)
                        .where(ListeningItem.id == item_id, ListeningItem.conversation_id.is_(None))
                        .values(promote_error=why[:500])
                    )
                    watch_id = s.scalar(
                        select(ListeningItem.watch_id).where(ListeningItem.id == item_id)
                    )
                    changes.publish(s, TOPIC, [watch_id or 0], self.origin)

    def _file(self, s: Session, item_id: int, enrich: Enricher | None) -> bool:
        q = select(ListeningItem).where(ListeningItem.id == item_id)
        if s.get_bind().dialect.name == "postgresql":
            q = q.with_for_update(skip_locked=True)
        it = s.scalar(q)
        if it is None or it.conversation_id is not None or it.promote_team_id is None:
            return False  # another workstation is filing it, or has
        w = s.get(ListeningWatch, it.watch_id)
        account = s.get(BrandAccount, w.brand_account_id) if w else None
        if w is None or account is None:
            it.promote_error = "the watch's brand account is gone"
            return False
        item = item_from_json(it.item)
        ingest_items(
            s,
            account,
            [item],
            enrich=enrich,
            default_team_id=it.promote_team_id,
            origin=self.origin,
        )
        conv_id = s.scalar(
            select(Message.conversation_id).where(
                Message.brand_account_id == account.id, Message.remote_id == item.remote_id
            )
        )
        if conv_id is None:
            it.promote_error = "the post could not be stored as a conversation"
            return False
        conv = s.get(Conversation, conv_id)
        assert conv is not None
        if conv.team_id != it.promote_team_id:
            conv.team_id = it.promote_team_id
            conv.assignee_id = None
            conv.version = (conv.version or 0) + 1
        s.add(
            Assignment(
                conversation_id=conv.id,
                to_team_id=it.promote_team_id,
                by_employee_id=it.promoted_by_id,
                action="handoff",
                note=f"From listening: {WatchQuery(w.kind, w.query).label}",
                at=utcnow(),
            )
        )
        it.conversation_id = conv.id
        s.flush()
        changes.publish(s, "conversation", [conv.id], self.origin)
        changes.publish(s, TOPIC, [w.id], self.origin)
        return True


def _refused(exc: BaseException) -> bool:
    """PostgreSQL's "insufficient privilege" (42501), a row-level security refusal among them."""
    cause: BaseException | None = exc
    while cause is not None:
        if getattr(cause, "sqlstate", None) == "42501" or getattr(cause, "pgcode", None) == "42501":
            return True
        cause = getattr(cause, "orig", None) or cause.__cause__
    return False
