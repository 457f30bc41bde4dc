"""The one object ingest calls: stored messages → the detector → alerts.

``CrisisObserver`` is the :data:`~app.sync.ingest.Observer`: ingest calls it inside its
transaction with the messages it just stored and their classifications, so an alert commits
with the messages that caused it. One detector per workspace lives as long as the sync runner;
its watches are reloaded when the change feed says a watch changed, and each watch's baseline is
learned once from the stored history (hourly counts of the last 28 days) before it counts.
Several sync threads may call it at once (accounts sync in parallel): a lock keeps the detector
single-threaded; its work per message is a few additions, so the lock is held briefly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.orm import Session

from app.crisis import alerts, watches
from app.crisis.baseline import HISTORY_DAYS
from app.crisis.detector import (
    NEGATIVE_AT,
    POSITIVE_AT,
    Detector,
    Evidence,
    Observation,
    WatchError,
    words,
)
from app.db.models import BrandAccount, ChangeEvent, CrisisWatch, Direction, Message, Workspace

log = logging.getLogger(__name__)

#: messages older than this when stored (a backlog after an outage) teach, but do not alert
STALE_S = 900


def utc_offset(session: Session, workspace_id: int) -> float:
    """The workspace's local time (business hours' time zone) for "a Tuesday morning"."""
    ws = session.get(Workspace, workspace_id)
    tz_name = ((ws.settings or {}).get("business_hours") or {}).get("timezone") if ws else None
    try:
        tz = ZoneInfo(tz_name) if tz_name else UTC
    except Exception:  # noqa: BLE001 - a bad zone name: UTC, the alert still says the day
        tz = UTC
    off = datetime.now(tz).utcoffset()
    return off.total_seconds() if off else 0.0


class CrisisObserver:
    def __init__(self, *, warm_up: bool = True, origin: str | None = None) -> None:
        self.detectors: dict[int, Detector] = {}
        self._marker: dict[int, int] = {}
        self._lock = threading.Lock()
        self.warm_up = warm_up
        self.origin = origin
        self.raised: list[Evidence] = []
        self.observed = 0
        self.failures = 0

    # -------------------------------------------------------------------- the ingest hook
    def __call__(
        self,
        session: Session,
        account: BrandAccount,
        items: Sequence[Any],
        enrichments: Sequence[Any],
    ) -> list[Evidence]:
        now = time.time()
        batch = []
        for it, en in zip(items, enrichments, strict=True):
            at = it.created_at.timestamp()
            if at < now - STALE_S:
                continue
            batch.append(
                Observation(min(at, now), it.text, en.sentiment, en.intent or None, account.id)
            )
        if not batch:
            return []
        # the messages matter more than the alert: whatever goes wrong here (a database that
        # refuses this login a write, a bug) is rolled back to a savepoint and logged, and
        # ingest commits as if the detector were not there
        try:
            with session.begin_nested():
                with self._lock:
                    det = self._detector(session, account.workspace_id)
                    found = det.observe(batch)
                    self.observed += len(batch)
                raised = []
                for ev in found:
                    if alerts.raise_alert(session, ev, origin=self.origin) is not None:
                        raised.append(ev)
        except Exception as exc:  # noqa: BLE001 - see above
            log.warning("crisis detector skipped a batch: %s", type(exc).__name__)
            self.failures += 1
            return []
        self.raised.extend(raised)
        return raised

    # ------------------------------------------------------------------------ the watches
    def _detector(self, session: Session, workspace_id: int) -> Detector:
        marker = int(
            session.scalar(
                select(func.coalesce(func.max(ChangeEvent.id), 0)).where(
                    ChangeEvent.topic == "crisis_watch"
                )
            )
            or 0
        )
        det = self.detectors.get(workspace_id)
        if det is not None and self._marker.get(workspace_id) == marker:
            return det
        if det is None:
            det = Detector(utc_offset_s=utc_offset(session, workspace_id))
            self.detectors[workspace_id] = det
        self._marker[workspace_id] = marker
        rows = watches.list_watches(session, workspace_id, enabled_only=True)
        if not rows:
            try:
                with session.begin_nested():
                    watches.ensure_default_watch(session, workspace_id)
            except Exception:  # noqa: BLE001 - this login may not create watches (RLS)
                log.info("no crisis watch yet and this login cannot create the default one")
            rows = watches.list_watches(session, workspace_id, enabled_only=True)
        wanted = {w.id for w in rows}
        for wid in list(det.watches):
            if wid not in wanted:
                det.remove(wid)
        for w in rows:
            try:
                fresh = det.add(watches.spec_of(w))
            except WatchError as exc:  # stored before validation existed: skipped, said once
                log.warning("crisis watch %s skipped: %s", w.id, exc)
                continue
            if fresh and self.warm_up:
                self._learn(session, det, w)
        return det

    def _learn(self, session: Session, det: Detector, w: CrisisWatch) -> None:
        """The watch's baseline from stored history: hourly counts and shares, and words."""
        since = datetime.now(UTC) - timedelta(days=HISTORY_DAYS)
        pg = session.get_bind().dialect.name == "postgresql"
        hour = (
            func.to_char(func.timezone("UTC", Message.created_at), "YYYY-MM-DD HH24")
            if pg
            else func.substr(Message.created_at, 1, 13)
        )
        sent = Message.sentiment
        q = select(
            hour,
            func.count(),
            func.sum(case((sent <= NEGATIVE_AT, 1), else_=0)),
            func.sum(case((sent >= POSITIVE_AT, 1), else_=0)),
        ).where(Message.direction == Direction.IN.value, Message.created_at >= since)
        q = q.join(BrandAccount, BrandAccount.id == Message.brand_account_id).where(
            BrandAccount.workspace_id == w.workspace_id
        )
        if w.brand_account_id is not None:
            q = q.where(Message.brand_account_id == w.brand_account_id)
        if w.intent:
            q = q.where(Message.intent == w.intent)
        if w.sentiment == "negative":
            q = q.where(cast(sent, Float) <= NEGATIVE_AT)
        elif w.sentiment == "positive":
            q = q.where(cast(sent, Float) >= POSITIVE_AT)
        if w.keyword:
            kw = w.keyword.strip()
            if kw.startswith("/") and kw.endswith("/"):
                return  # a pattern cannot be counted in SQL: it learns as messages come
            q = q.where(Message.text.ilike(f"%{kw}%"))
        hours: dict[int, float] = {}
        n = neg = pos = 0
        for key, count, negs, poss in session.execute(q.group_by(hour)):
            try:
                ts = datetime.strptime(str(key)[:13], "%Y-%m-%d %H").replace(tzinfo=UTC)
            except ValueError:
                continue
            hours[int(ts.timestamp() // 3600)] = float(count)
            n, neg, pos = n + count, neg + (negs or 0), pos + (poss or 0)
        if not hours:
            return
        # the hours in between with no message are history too
        first, last = min(hours), max(hours)
        current = int(time.time() // 3600)
        for h in range(first, min(last + 1, current)):
            hours.setdefault(h, 0.0)
        hours.pop(current, None)  # the hour under way is counted live
        det.fit(
            w.id,
            hours,
            negative_share=neg / n if n >= 200 else None,
            positive_share=pos / n if n >= 200 else None,
        )
        texts = session.scalars(
            select(Message.text)
            .join(BrandAccount, BrandAccount.id == Message.brand_account_id)
            .where(
                BrandAccount.workspace_id == w.workspace_id,
                Message.direction == Direction.IN.value,
            )
            .order_by(Message.id.desc())
            .limit(3000)
        )
        st = det.state(w.id)
        base: Counter[str] = Counter()
        for t in texts:
            base.update(words(t[:1000]))
        st.term_base = base
        st.term_base_total = sum(base.values())
