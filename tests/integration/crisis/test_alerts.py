"""A surge from the demo network, through the real sync runner, becomes an alert in words."""

from __future__ import annotations

import time

from sqlalchemy import select

from accounts.demo import DemoConnector
from app.crisis.baseline import hour_key
from app.crisis.observer import CrisisObserver
from app.db.models import CrisisAlert, Employee, Notification
from app.routing.engine import RoutingEngine
from app.sync.enrich import classify_item
from app.sync.runner import SyncRunner
from tests.integration.crisis.conftest import demo_accounts


def flat_history(per_minute: float, days: int = 14) -> dict[int, float]:
    now = hour_key(time.time())
    return {h: per_minute * 60 for h in range(now - days * 24, now)}


def runner_for(console, net) -> tuple[SyncRunner, CrisisObserver]:
    conns = {aid: DemoConnector(net, h) for aid, h in demo_accounts(console)}
    r = SyncRunner(console.factory, conns, enrich=classify_item, route=RoutingEngine())
    obs = CrisisObserver(warm_up=False)
    r.observe = obs
    return r, obs


def test_a_demo_surge_alerts_everyone_with_crisis_rights_once_per_cooldown(
    demo_console, demo_network
) -> None:
    c = demo_console
    runner, obs = runner_for(c, demo_network)
    demo_network.generate(5)
    runner.run_once()  # the detector starts, with the workspace's default watch
    (det,) = obs.detectors.values()
    (watch_id,) = det.watches
    det.fit(watch_id, flat_history(0.5))
    demo_network.generate_surge(150)
    runner.run_once()
    with c.session() as s:
        alerts = list(s.scalars(select(CrisisAlert)))
        assert len(alerts) == 1
        a = alerts[0]
        assert a.kind == "negative"
        assert "usual for a" in a.text and "% negative" in a.text
        assert "charger" in a.top_terms or "recall" in a.top_terms, a.text
        told = set(
            s.scalars(
                select(Employee.username)
                .join(Notification, Notification.employee_id == Employee.id)
                .where(Notification.kind == "crisis_alert")
            )
        )
    assert told == {"priya"}  # crisis control only (praise would also tell marketing)
    # a storm: more of the surge within the cooldown raises no second alert
    demo_network.generate_surge(300)
    runner.run_once()
    with c.session() as s:
        assert len(list(s.scalars(select(CrisisAlert)))) == 1
