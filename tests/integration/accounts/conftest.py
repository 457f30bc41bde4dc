"""Fixtures for the brand-account tests: keyrings that remember what was put in them, IT."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator

import pytest

from app.identity.access import Actor, load_actor
from app.session.console import Console
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pgcluster import _as_server_user


class RecordingKeyring(MemoryKeyring):
    """A working keyring that also keeps every secret ever written, for the leak scans."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        try:
            data = json.loads(password)
        except ValueError:
            self.secrets.add(password)
            return
        if isinstance(data, dict):
            for k in ("access_token", "refresh_token"):
                if isinstance(data.get(k), str) and data[k]:
                    self.secrets.add(data[k])
        else:
            self.secrets.add(password)


@pytest.fixture
def recording_keyring() -> RecordingKeyring:
    return RecordingKeyring()


def actor(console: Console, username: str) -> Actor:
    from sqlalchemy import select

    from app.db.models import Employee

    with console.session() as s:
        emp = s.scalar(select(Employee).where(Employee.username == username))
        assert emp is not None
        return load_actor(s, emp.id)


@pytest.fixture
def it_admin(demo_console: Console) -> Actor:
    a = actor(demo_console, "ines")
    demo_console.actor = a
    return a


def dump_database(console: Console, request: pytest.FixtureRequest) -> str:
    """The whole database as text: SQLite's iterdump, or pg_dump run as the postgres user."""
    engine = console.engine
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            return "\n".join(raw.driver_connection.iterdump())  # type: ignore[union-attr]
        finally:
            raw.close()
    cluster = request.getfixturevalue("pg_cluster")
    url = engine.url
    proc = subprocess.run(
        _as_server_user(
            [
                str(cluster.bindir / "pg_dump"),
                "--no-owner",
                f"--dbname={cluster.conninfo(url.database)}",
            ]
        ),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return proc.stdout


@pytest.fixture
def insecure_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    yield


@pytest.fixture(scope="module")
def oidc():
    from tests.support.oidc import start_provider

    provider = start_provider()
    yield provider
    provider.stop()


@pytest.fixture
def loopback_net(oidc):
    from tests.support.oauth_network import LoopbackNetwork

    net = LoopbackNetwork(oidc)
    yield net
    net.close()


@pytest.fixture
def loopback_registry(oidc, loopback_net, recording_keyring, insecure_loopback):
    from accounts.registry import Registry
    from accounts.token_store import TokenStore
    from tests.support.oauth_network import LoopbackSpec

    return Registry(TokenStore(recording_keyring), specs=[LoopbackSpec(oidc, loopback_net)])


@pytest.fixture(scope="session")
def atproto_network(pg_cluster):  # type: ignore[no-untyped-def]
    """One dev-env network per test session; installs it with `npm ci` when missing."""
    from tests.support.atproto import start_network

    net = start_network(pg_cluster)
    yield net
    net.stop()
