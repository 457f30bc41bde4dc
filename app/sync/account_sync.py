"""Sync for real brand accounts: the ones whose token is in this computer's keyring.

Any number of workstations and ``main.py worker`` processes may hold an account's token; exactly
one of them syncs it at a time. On PostgreSQL each process opens one dedicated connection and
takes a session-level advisory lock per account it syncs (``pg_try_advisory_lock``): the server
holds the lock for as long as that connection lives, so when a machine dies, loses its network or
is killed, its locks vanish with its connection and another holder of the token takes over at
its next claim round. An account whose lock is held elsewhere is skipped and tried again every
``claim_interval`` seconds. With SQLite there is one process, and the locks are local.

Accounts run in parallel and each account's calls in order, through
:class:`~accounts.jobs.AccountJobs`. A revoked token turns the account to "needs reconnect"
within one cycle (:func:`app.sync.runner.sync_account_once` records it, audits it and notifies
IT); its connector is then dropped until IT reconnects it. A disconnected account whose token is
still in this keyring has the token revoked and removed here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import Connector, ConnectorError
from accounts.jobs import AccountJobs
from accounts.registry import Registry
from accounts.token_store import TokenStoreError
from app.channels.brand_accounts import ref_of
from app.db.locks import LOCAL_NETWORKS, AccountLocks, make_locks, worker_name
from app.db.models import AccountStatus, BrandAccount
from app.sync.runner import SyncOutcome, SyncRunner, sync_account_once

log = logging.getLogger(__name__)


class AccountSyncRunner(SyncRunner):
    """A SyncRunner whose accounts are those it wins the lock for, re-elected periodically."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        engine: Engine,
        registry: Registry,
        *,
        interval: float = 5.0,
        claim_interval: float = 15.0,
        locks: AccountLocks | None = None,
        jobs: AccountJobs | None = None,
        name: str | None = None,
        on_error: Callable[[str], None] | None = None,
        on_claim: Callable[[int, str], None] | None = None,
        origin: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(factory, {}, interval=interval, on_error=on_error, origin=origin, **kw)
        self.engine = engine
        self.registry = registry
        self.claim_interval = claim_interval
        self.name = name or worker_name()
        self.locks = locks or make_locks(engine, self.name)
        self.jobs = jobs or AccountJobs(idle_timeout=max(60.0, interval * 4))
        self.on_claim = on_claim
        self._keys: dict[int, str] = {}
        self._last_claim = float("-inf")
        self._lock = threading.Lock()

    # -- election ------------------------------------------------------------------------

    def _drop(self, account_id: int, why: str) -> None:
        conn = self.connectors.pop(account_id, None)
        self._keys.pop(account_id, None)
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing sockets must not stop the loop
                pass
            if self.on_claim:
                self.on_claim(account_id, f"released ({why})")
            log.info("account %s released: %s", account_id, why)
        self.locks.unlock(account_id)

    def claim(self) -> None:
        """Take the accounts this computer can serve and nobody else is serving."""
        self._last_claim = time.monotonic()
        if not self.locks.healthy():
            for aid in list(self.connectors):
                self._drop(aid, "the database connection holding its lock was lost")
        with self.factory() as s:
            accounts = list(
                s.scalars(select(BrandAccount).where(BrandAccount.network.not_in(LOCAL_NETWORKS)))
            )
        for account in accounts:
            aid = account.id
            ref = ref_of(account)
            if account.status == AccountStatus.DISCONNECTED:
                if aid in self.connectors:
                    self._drop(aid, "disconnected")
                self._forget_token(ref)
                continue
            if account.status == AccountStatus.NEEDS_RECONNECT:
                if aid in self.connectors:
                    self._drop(aid, "needs reconnect")
                continue
            if aid in self.connectors:
                if self._keys.get(aid) == account.key:
                    continue
                self._drop(aid, "reconnected with a new token")
            if not self.registry.has_token(ref):
                continue
            try:
                if not self.locks.try_lock(aid):
                    continue  # another computer syncs it
            except Exception as exc:  # noqa: BLE001 - no lock, no sync; retried next round
                log.warning("could not take the sync lock of account %s: %s", aid, exc)
                continue
            try:
                connector = self.registry.build(ref)
            except (ConnectorError, ValueError) as exc:
                log.warning("account %s cannot be synced here: %s", aid, exc)
                self.locks.unlock(aid)
                continue
            self.connectors[aid] = connector
            self._keys[aid] = account.key
            log.info("account %s (%s %s) claimed by %s", aid, ref.network, ref.handle, self.name)
            if self.on_claim:
                self.on_claim(aid, "claimed")

    def _forget_token(self, ref: Any) -> None:
        """A disconnected account's token still on this computer is revoked and removed."""
        if not self.registry.has_token(ref):
            return
        try:
            done = self.registry.disconnect(ref)
            log.info("removed the token of disconnected account %s: %s", ref.key, done.message)
        except (ConnectorError, TokenStoreError) as exc:
            log.warning("could not remove the token of %s: %s", ref.key, exc)

    # -- syncing -------------------------------------------------------------------------

    def _sync_account(self, account_id: int, connector: Connector) -> list[SyncOutcome]:
        outcomes = []
        more, rounds = True, 0
        while more and rounds < 20 and not self._stop.is_set():
            rounds += 1
            out = sync_account_once(
                self.factory,
                account_id,
                connector,
                enrich=self.enrich,
                route=self.route,
                origin=self.origin,
                observe=self.observe,
            )
            outcomes.append(out)
            more = out.more and out.error is None
        return outcomes

    def run_once(self) -> list[SyncOutcome]:
        with self._lock:
            if time.monotonic() - self._last_claim >= self.claim_interval:
                self.claim()
            elif not self.locks.healthy():
                self.claim()
            futures: dict[int, Future[list[SyncOutcome]]] = {
                aid: self.jobs.submit(str(aid), self._sync_account, aid, conn)
                for aid, conn in list(self.connectors.items())
            }
            wait_futures(list(futures.values()))
            outcomes: list[SyncOutcome] = []
            for _aid, fut in futures.items():
                exc = fut.exception()
                if exc is not None:
                    raise exc
                outcomes.extend(fut.result())
            for out in outcomes:
                if out.result:
                    self.ingested += len(out.result.new_message_ids)
            self._drop_unusable({o.account_id for o in outcomes if o.error})
            self.listen_round()
            self.sweep_waiting()
            self.catch_up_reports()
            self.retrain_learned()
            self.fetch_metrics()
            from app.db.types import utcnow

            self.last_run = utcnow()
            return outcomes

    def _drop_unusable(self, account_ids: set[int]) -> None:
        if not account_ids:
            return
        with self.factory() as s:
            rows = s.execute(
                select(BrandAccount.id, BrandAccount.status).where(
                    BrandAccount.id.in_(sorted(account_ids))
                )
            ).all()
        for aid, status in rows:
            if status in (AccountStatus.NEEDS_RECONNECT, AccountStatus.DISCONNECTED):
                self._drop(aid, str(status))

    def budgets(self) -> dict[int, Any]:
        """Live read budgets of the X accounts this process syncs (for the IT list)."""
        out = {}
        for aid, conn in list(self.connectors.items()):
            status = getattr(conn, "budget_status", None)
            if callable(status):
                out[aid] = status()
        return out

    def stop(self, timeout: float = 10.0) -> None:
        super().stop(timeout)
        self.jobs.shutdown(wait=True, cancel_pending=True, timeout=timeout)
        with self._lock:
            for aid in list(self.connectors):
                self._drop(aid, "stopping")
            self.locks.close()
