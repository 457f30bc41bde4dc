"""What a watch hears feeds the crisis spike alerts (issue 12) through the sync: a surge of
negative posts on a hashtag, heard by listening alone (nobody @mentions the brand), raises the
same alert a surge of mentions would — with the real detector, on both backends."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.listening import SearchPage
from app.crisis.baseline import hour_key
from app.crisis.observer import CrisisObserver
from app.db.models import BrandAccount, CrisisAlert
from app.listening import watches
from app.sync.enrich import classify_item
from app.sync.listening import ListeningPump
from tests.integration.crisis.conftest import actor
from tests.support.listening import Clock

COMPLAINTS = (
    "My #boltcharger caught fire last night, this is dangerous",
    "#boltcharger burned my desk. Terrible, recall it now",
    "Awful: the #boltcharger melted, never buying again",
)


class _Surge:
    """The network side (what is under test is the sync and the detector): a burst of posts."""

    network = "simulated"

    def __init__(self) -> None:
        self.n = 0
        self.per_read = 0

    def listen(self, kind: str, query: str, cursor: str | None) -> SearchPage:
        items = []
        for _ in range(self.per_read):
            self.n += 1
            items.append(
                InboundItem(
                    remote_id=f"surge-{self.n}",
                    kind=ItemKind.MENTION,
                    author=RemoteAuthor(f"u{self.n}", f"user{self.n}"),
                    text=COMPLAINTS[self.n % len(COMPLAINTS)],
                    created_at=datetime.now(UTC),
                    thread_key=f"surge-{self.n}",
                    language="en",
                )
            )
        return SearchPage(items, cursor=str(self.n))


def test_a_hashtag_surge_raises_a_crisis_alert(demo_console) -> None:
    c = demo_console
    mia = actor(c, "mia")
    with c.session() as s:
        acc = s.scalar(select(BrandAccount.id).where(BrandAccount.handle == "acme"))
    with c.factory() as s, s.begin():
        watches.add_watch(s, mia, account_id=acc, kind="hashtag", text="boltcharger")
    net = _Surge()
    obs = CrisisObserver(warm_up=False)
    clock = Clock()
    pump = ListeningPump(clock=clock)

    # a quiet start: one post, then a fortnight of quiet history for the detector
    net.per_read = 1
    clock.advance(60)
    pump.run(c.factory, {acc: net}, enrich=classify_item, observe=obs)
    (det,) = obs.detectors.values()
    now = hour_key(time.time())
    for wid in det.watches:
        det.fit(wid, {h: 6.0 for h in range(now - 14 * 24, now)})
    with c.session() as s:
        assert s.scalar(select(CrisisAlert.id)) is None

    # the surge: 150 negative posts heard in a few reads
    net.per_read = 50
    for _ in range(3):
        clock.advance(60)
        pump.run(c.factory, {acc: net}, enrich=classify_item, observe=obs)
    assert pump.total.heard == 151
    with c.session() as s:
        alert = s.scalar(select(CrisisAlert).order_by(CrisisAlert.id.desc()))
    assert alert is not None, "the listening surge raised no alert"
    assert alert.kind == "negative" or "negative" in alert.text
    assert "boltcharger" in alert.text.lower() or "burn" in alert.text.lower()
