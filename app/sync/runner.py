"""The sync loop: one worker per brand account pulls, ingests and stores the cursor.

A page and its cursor commit in one transaction, so a crash or restart resumes exactly where
the last commit left off: no gap, no duplicate. A connector error changes the account's state
(rate limited until, needs reconnect) and the loop goes on with the other accounts; nothing
already stored is touched.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from accounts.base import AuthExpired, Connector, ConnectorError, RateLimited, TransientError
from app.db.engine import explain
from app.db.models import AccountStatus, BrandAccount
from app.db.types import utcnow
from app.services import audit
from app.sync import changes
from app.sync.ingest import Enricher, IngestResult, Router, ingest_items

log = logging.getLogger(__name__)


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
    origin: str | None = None,
) -> SyncOutcome:
    """Fetch one page for one account and store it together with its cursor."""
    with factory() as session:
        account = session.get(BrandAccount, account_id)
        if account is None or account.status == AccountStatus.DISCONNECTED:
            return SyncOutcome(account_id, error="account not connected")
        if account.rate_limited_until and account.rate_limited_until > utcnow():
            return SyncOutcome(account_id, error="rate limited")
        cursor = account.cursor
    try:
        page = connector.fetch_inbound(cursor, limit)
    except AuthExpired as exc:
        _set_state(factory, account_id, AccountStatus.NEEDS_RECONNECT, str(exc), notify_it=True)
        return SyncOutcome(account_id, error=str(exc))
    except RateLimited as exc:
        _set_state(factory, account_id, AccountStatus.RATE_LIMITED, str(exc), until=exc.until)
        return SyncOutcome(account_id, error=str(exc))
    except TransientError as exc:
        _set_state(factory, account_id, AccountStatus.CONNECTED, str(exc))
        return SyncOutcome(account_id, error=str(exc))
    except ConnectorError as exc:
        _set_state(factory, account_id, AccountStatus.CONNECTED, str(exc))
        return SyncOutcome(account_id, error=str(exc))
    with factory() as session, session.begin():
        account = session.get(BrandAccount, account_id)
        assert account is not None
        default_team = account.settings.get("default_team_id") if account.settings else None
        result = ingest_items(
            session,
            account,
            page.items,
            enrich=enrich,
            route=route,
            rejected=page.rejected,
            default_team_id=default_team,
            origin=origin,
        )
        account.cursor = page.cursor
        account.last_sync_at = utcnow()
        changed_state = account.status != AccountStatus.CONNECTED or account.status_reason
        if changed_state:
            account.status = AccountStatus.CONNECTED
            account.status_reason = None
            account.rate_limited_until = None
            changes.publish(session, "account", [account_id], origin)
    return SyncOutcome(account_id, result=result, more=page.more)


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
        self.on_error = on_error
        self.origin = origin
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.last_run: datetime | None = None
        self.ingested = 0

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
                )
                outcomes.append(out)
                if out.result:
                    self.ingested += len(out.result.new_message_ids)
                more = out.more and out.error is None
        self.last_run = utcnow()
        return outcomes

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
