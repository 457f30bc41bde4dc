"""The sync loop: one worker per brand account pulls, ingests and stores the cursor.

A batch and its cursor commit in one transaction, so a crash or restart resumes exactly where
the last commit left off: no gap, no duplicate. When an account has a backlog (after an outage,
or in a storm) the pages fetched back to back go into one transaction of up to
``INGEST_BATCH`` items: every commit writes a new full-text segment and the index pages it
touched, so five pages in one commit store about half again as many messages per second as five
commits (figures in tests/bench/ingest.py). A trickle still commits each page as it comes. A connector error changes the account's state
(rate limited until, needs reconnect) and the loop goes on with the other accounts; nothing
already stored is touched.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy.orm import Session, sessionmaker

from accounts.base import (
    AuthExpired,
    CatchUp,
    Connector,
    ConnectorError,
    InboundItem,
    RateLimited,
    RejectedItem,
)
from app.db import changes
from app.db.engine import explain
from app.db.models import AccountStatus, BrandAccount
from app.db.types import utcnow
from app.identity import audit
from app.notify.notifications import notify_admins
from app.reports import rollups
from app.routing import autoassign
from app.sync import catchup
from app.sync.context import promote, store_context
from app.sync.ingest import Enricher, IngestResult, Observer, Router, ingest_items

log = logging.getLogger(__name__)

#: most items stored in one transaction when pages keep coming
INGEST_BATCH = 1000
#: how long a backlog may be fetched before what has come is stored (seconds)
FETCH_BUDGET_S = 2.0
#: how often waiting conversations of auto-assigning teams are offered to agents (seconds)
ASSIGN_SWEEP_S = 5.0
#: seconds between folding the change feed into the report rollups
REPORTS_CATCH_UP_S = 10.0


@dataclass
class SyncOutcome:
    account_id: int
    result: IngestResult | None = None
    error: str | None = None
    more: bool = False


def sync_account_once(
    factory: sessionmaker[Session],
    account_id: int,
    connector: Connector,
    *,
    enrich: Enricher | None = None,
    route: Router | None = None,
    limit: int = 200,
    batch: int = INGEST_BATCH,
    origin: str | None = None,
    observe: Observer | None = None,
) -> SyncOutcome:
    """Fetch pages for one account and store them together with the last cursor.

    Pages are fetched while the network says there are more, up to ``batch`` items or
    ``FETCH_BUDGET_S``. A connector error after some pages still stores those pages (with the
    cursor that follows them) before the account's state records the error.
    """
    with factory() as session:
        account = session.get(BrandAccount, account_id)
        if account is None or account.status == AccountStatus.DISCONNECTED:
            return SyncOutcome(account_id, error="account not connected")
        if account.rate_limited_until and account.rate_limited_until > utcnow():
            return SyncOutcome(account_id, error="rate limited")
        cursor = account.cursor
        catchup.apply_horizon(connector, account)
    items: list[InboundItem] = []
    rejected: list[RejectedItem] = []
    fetched = False
    more = False
    progress: CatchUp | None = None
    failure: Callable[[], None] | None = None
    error: str | None = None
    started = time.monotonic()
    # an enricher that classifies elsewhere (app.sync.classify_process) starts on each page as
    # it comes, while the next is fetched
    prefetch = getattr(enrich, "prefetch", None)
    while True:
        try:
            page = connector.fetch_inbound(cursor, limit)
        except AuthExpired as exc:
            failure = partial(
                _set_state,
                factory,
                account_id,
                AccountStatus.NEEDS_RECONNECT,
                str(exc),
                notify_it=True,
            )
            error = str(exc)
        except RateLimited as exc:
            failure = partial(
                _set_state,
                factory,
                account_id,
                AccountStatus.RATE_LIMITED,
                str(exc),
                until=exc.until,
            )
            error = str(exc)
        except ConnectorError as exc:  # TransientError included: the account stays connected
            failure = partial(_set_state, factory, account_id, AccountStatus.CONNECTED, str(exc))
            error = str(exc)
        if error is not None:
            break
        fetched = True
        items.extend(page.items)
        if prefetch is not None:
            prefetch(page.items)
        rejected.extend(page.rejected)
        # a connector that could not say where it is keeps the old position (never None)
        cursor, more = page.cursor or cursor, page.more
        progress = page.catching_up or progress
        if not more or len(items) >= batch or time.monotonic() - started >= FETCH_BUDGET_S:
            break
    if not fetched:
        assert failure is not None and error is not None
        failure()
        return SyncOutcome(account_id, error=error)
    context = catchup.gather_context(factory, account_id, connector, items)
    with factory() as session, session.begin():
        account = session.get(BrandAccount, account_id)
        assert account is not None
        default_team = account.settings.get("default_team_id") if account.settings else None
        result = ingest_items(
            session,
            account,
            items,
            enrich=enrich,
            route=route,
            rejected=rejected,
            default_team_id=default_team,
            origin=origin,
            observe=observe,
        )
        promote(session, account_id, items)
        store_context(session, account, context)
        catchup.record_progress(session, account_id, progress, more)
        account.cursor = cursor
        account.last_sync_at = utcnow()
        changed_state = account.status != AccountStatus.CONNECTED or account.status_reason
        if changed_state and failure is None:
            account.status = AccountStatus.CONNECTED
            account.status_reason = None
            account.rate_limited_until = None
            changes.publish(session, "account", [account_id], origin)
    if failure is not None:
        failure()
        return SyncOutcome(account_id, result=result, error=error, more=False)
    return SyncOutcome(account_id, result=result, more=more)


def _set_state(
    factory: sessionmaker[Session],
    account_id: int,
    status: AccountStatus,
    reason: str,
    *,
    until: datetime | None = None,
    notify_it: bool = False,
) -> None:
    with factory() as session, session.begin():
        account = session.get(BrandAccount, account_id)
        if account is None:
            return
        if account.status == status and account.status_reason == reason:
            return
        account.status = status
        account.status_reason = reason
        account.rate_limited_until = until
        if notify_it:
            audit.record(
                session,
                "account_needs_reconnect",
                workspace_id=account.workspace_id,
                target_type="brand_account",
                target_id=account.id,
                reason=reason,
            )
            notify_admins(
                session,
                account,
                f"{account.network} account {account.handle} needs reconnecting: {reason}",
            )
        changes.publish(session, "account", [account_id])


class SyncRunner:
    """A background thread that syncs every account it holds a connector for, in turn."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        connectors: Mapping[int, Connector],
        *,
        interval: float = 1.0,
        enrich: Enricher | None = None,
        route: Router | None = None,
        on_error: Callable[[str], None] | None = None,
        origin: str | None = None,
    ) -> None:
        self.factory = factory
        self.connectors = dict(connectors)
        self.interval = interval
        self.enrich = enrich
        self.route = route
        #: the crisis detector (app/crisis/observer.py), set like enrich and route
        self.observe: Observer | None = None
        #: listening (app/sync/listening.py ListeningPump): polls watches of held accounts
        self.listen: Callable[[SyncRunner], object] | None = None
        self.on_error = on_error
        self.origin = origin
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.last_run: datetime | None = None
        self.ingested = 0
        self.swept = 0
        self._last_sweep = 0.0
        self._last_reports = 0.0
        self._last_metrics = float("-inf")

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sync-runner", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_once(self) -> list[SyncOutcome]:
        outcomes = []
        for account_id, conn in self.connectors.items():
            more = True
            rounds = 0
            while more and rounds < 20 and not self._stop.is_set():
                rounds += 1
                out = sync_account_once(
                    self.factory,
                    account_id,
                    conn,
                    enrich=self.enrich,
                    route=self.route,
                    origin=self.origin,
                    observe=self.observe,
                )
                outcomes.append(out)
                if out.result:
                    self.ingested += len(out.result.new_message_ids)
                more = out.more and out.error is None
        self.listen_round()
        self.sweep_waiting()
        self.catch_up_reports()
        self.retrain_learned()
        self.fetch_metrics()
        self.last_run = utcnow()
        return outcomes

    def listen_round(self) -> None:
        """The listening watches of the accounts held here (after their inbox, same round)."""
        if self.listen is None:
            return
        try:
            self.listen(self)
        except Exception as exc:  # noqa: BLE001 - listening lags; the inbox goes on
            log.warning("listening round failed: %s", explain(exc, "listening"))

    def catch_up_reports(self, *, force: bool = False) -> int:
        """Keep the report rollups current (app/reports/rollups.py), at most every few seconds.

        The runner does it for the same reason it sweeps: it runs with nobody signed in, on the
        owner's connection, which may write the rollups employees only read.
        """
        if not force and time.monotonic() - self._last_reports < REPORTS_CATCH_UP_S:
            return 0
        self._last_reports = time.monotonic()
        try:
            with self.factory() as session, session.begin():
                return rollups.catch_up(session).conversations
        except Exception as exc:  # noqa: BLE001 - reports lag; sync goes on
            log.warning("report rollups not caught up: %s", explain(exc, "reports"))
            return 0

    def retrain_learned(self) -> list[int]:
        """Retrain the workspaces' models on new corrections (app.learning), here in the
        background thread that already runs without anyone waiting on it."""
        from app.learning.model import retrain_due

        try:
            with self.factory() as session, session.begin():
                return retrain_due(session)
        except Exception as exc:  # noqa: BLE001 - routing goes on with the last model
            log.warning("retraining the learned models failed: %s", type(exc).__name__)
            return []

    def fetch_metrics(self, *, force: bool = False) -> int:
        """Read sent posts' metrics (app.performance.metrics), every few minutes and within
        each network's read budget; a failure is logged and the sync goes on."""
        from app.performance import metrics

        if not force and time.monotonic() - self._last_metrics < metrics.ROUND_S:
            return 0
        self._last_metrics = time.monotonic()
        try:
            report = metrics.fetch_due(self.factory, self.connectors, origin=self.origin)
        except Exception as exc:  # noqa: BLE001 - metrics lag; sync goes on
            log.warning("post metrics not read: %s", explain(exc, "metrics"))
            return 0
        for problem in report.problems:
            log.info("post metrics: %s", problem)
        return report.readings

    def sweep_waiting(self, *, force: bool = False) -> int:
        """Offer waiting conversations to agents who are there (see autoassign.assign_waiting).

        The runner does it because it is the part that runs without anyone signed in, on a
        connection that sees every team's workload; at most every ``ASSIGN_SWEEP_S``.
        """
        if not force and time.monotonic() - self._last_sweep < ASSIGN_SWEEP_S:
            return 0
        self._last_sweep = time.monotonic()
        with self.factory() as session, session.begin():
            n = autoassign.assign_waiting(session)
            if n:
                log.info("auto-assigned %d waiting conversations", n)
        self.swept += n
        return n

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
                self.last_error = None
            except Exception as exc:  # noqa: BLE001 - a lost database must not end the loop
                self.last_error = explain(exc, "sync")
                log.warning("sync round failed: %s", self.last_error)
                if self.on_error:
                    self.on_error(self.last_error)
                self._stop.wait(min(self.interval * 5, 10))
            self._stop.wait(self.interval)
