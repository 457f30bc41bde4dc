"""Backfill and catch-up around one sync round: the horizon, the progress line, the context.

The connectors do the paging (each by its network's own order and cursor, see their
``fetch_inbound``); this module is what the sync runner does around it:

* :func:`apply_horizon` tells the connector how far back a first sync reads: the account's
  ``settings["backfill_days"]`` (IT sets it per account), 7 days by default;
* :func:`record_progress` keeps the connector's :class:`~accounts.base.CatchUp` in
  ``sync_progress``, in the transaction that stores the items, so the Accounts dock says
  "Catching up: 1,240 of about 3,000" and a restart resumes with the count where it was;
* :func:`gather_context` asks the connector for the earlier posts of replies whose parent is
  not stored (see :mod:`app.sync.context`). A network error there costs the context, never
  the page.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from accounts.base import DEFAULT_BACKFILL, CatchUp, Connector, ConnectorError, InboundItem
from app.db import changes
from app.db.models import BrandAccount, SyncProgress
from app.db.types import utcnow
from app.sync.context import missing_parents

log = logging.getLogger(__name__)

#: the longest horizon IT may set (the networks keep little more: X 30 days of DMs)
MAX_BACKFILL_DAYS = 365


def horizon_of(account: BrandAccount) -> timedelta:
    """The account's backfill horizon; a setting that is not a sensible number is ignored."""
    raw = (account.settings or {}).get("backfill_days")
    try:
        days = float(raw) if raw is not None else None
    except (TypeError, ValueError):
        days = None
    if days is None or not 0 < days <= MAX_BACKFILL_DAYS:
        return DEFAULT_BACKFILL
    return timedelta(days=days)


def apply_horizon(connector: Connector, account: BrandAccount) -> None:
    connector.backfill = horizon_of(account)


def record_progress(
    session: Session, account_id: int, progress: CatchUp | None, more: bool
) -> None:
    """Store how far the catch-up is; finished when the connector says nothing is left."""
    if progress is None:
        return
    now = utcnow()
    row = session.get(SyncProgress, account_id)
    if row is None:
        row = SyncProgress(brand_account_id=account_id, fetched=0, started_at=now, updated_at=now)
        session.add(row)
    elif row.finished_at is not None:
        # a new catch-up after a finished one starts its own count
        row.started_at = now
        row.finished_at = None
    row.fetched = progress.fetched
    row.about = progress.about
    row.updated_at = now
    if not more:
        row.finished_at = now
    changes.publish(session, "account", [account_id])


def gather_context(
    factory: sessionmaker[Session],
    account_id: int,
    connector: Connector,
    items: Sequence[InboundItem],
) -> list[InboundItem]:
    """Earlier posts of the replies whose parent is not stored, for :func:`store_context`."""
    if not items or type(connector).fetch_context is Connector.fetch_context:
        return []
    with factory() as session:
        wanted = missing_parents(session, account_id, items)
    out: list[InboundItem] = []
    for item in wanted:
        try:
            out.extend(connector.fetch_context(item))
        except ConnectorError as exc:
            log.info("context of %s not fetched: %s", item.remote_id[:80], exc)
            break  # the network is unwell: the next replies would fail too
        except Exception as exc:  # noqa: BLE001 - context must never cost the page
            log.warning("context of %s not fetched: %s", item.remote_id[:80], type(exc).__name__)
    in_page = {it.remote_id for it in items}
    return [c for c in out if c.remote_id not in in_page]
