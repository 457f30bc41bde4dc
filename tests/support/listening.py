"""Listening on mastodon-mock: a brand account there, customers posting, faults on demand."""

from __future__ import annotations

import uuid

import requests
from sqlalchemy import select

from accounts.http import HttpClient, RateControl
from accounts.mastodon import MastodonConnector
from app.db.models import BrandAccount, Team
from app.demo import ensure_demo_workspace
from tests.support.mastodon_mock_server import ACCOUNTS


def mastodon_brand(console, base_url: str, handle: str = "brand") -> int:
    """A brand account of the demo workspace on mastodon-mock (its token stays in the test)."""
    token = ACCOUNTS[handle]
    me = requests.get(
        f"{base_url}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    with console.factory() as s, s.begin():
        ws = ensure_demo_workspace(s)
        team = s.scalar(select(Team.id).where(Team.department == "support"))
        acc = BrandAccount(
            workspace_id=ws.id,
            key=f"mastodon:{uuid.uuid4().hex}",
            network="mastodon",
            handle=handle,
            remote_id=str(me["id"]),
            base_url=base_url,
            settings={"default_team_id": team},
        )
        s.add(acc)
        s.flush()
        return acc.id


def connector(base_url: str, handle: str = "brand") -> MastodonConnector:
    """A connector with its own rate gate: a 429 a test provokes blocks only this one."""
    token = ACCOUNTS[handle]
    http = HttpClient(base_url, network="mastodon", token=lambda: token, rate_control=RateControl())
    return MastodonConnector(base_url, token=lambda: token, http=http)


def post(base_url: str, text: str, who: str = "customer") -> str:
    """A public status by ``who``; its id."""
    r = requests.post(
        f"{base_url}/api/v1/statuses",
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        json={"status": text, "visibility": "public"},
        timeout=10,
    )
    r.raise_for_status()
    return str(r.json()["id"])


def fault(base_url: str, path: str, effect: dict, count: int = 1) -> None:
    """The mock's own fault injection: the next ``count`` requests to ``path`` get ``effect``."""
    r = requests.post(
        f"{base_url}/api/v1/_mock/faults",
        json={"match": {"path": path}, "effect": effect, "count": count},
        timeout=10,
    )
    r.raise_for_status()


class Clock:
    """The listening pump's clock, moved by the test (the schedule is minutes apart)."""

    def __init__(self) -> None:
        import time

        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
