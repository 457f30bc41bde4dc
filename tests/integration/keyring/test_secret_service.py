"""The token store on the real Secret Service: gnome-keyring on a private D-Bus session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage
from keyring.backends import SecretService

from accounts.token_store import SERVICE, KeyringUnavailable, TokenStore, account_key
from accounts.tokens import TokenSet
from tests.support.secret_service import SecretServiceSession, start_secret_service

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def secret_service() -> Iterator[SecretServiceSession]:
    session = start_secret_service()
    yield session
    session.stop()


@pytest.fixture
def store(secret_service: SecretServiceSession) -> Iterator[TokenStore]:
    with secret_service.activated():
        yield TokenStore(SecretService.Keyring())


def _tokens(n: int = 1) -> TokenSet:
    return TokenSet(
        access_token=f"at-{n}-" + "a" * 40,
        refresh_token=f"rt-{n}-" + "r" * 40,
        expires_at=1_900_000_000.5,
        scope=("openid", "read"),
        obtained_at=1_899_996_400.5,
    )


def test_round_trip_through_gnome_keyring(store: TokenStore) -> None:
    key = account_key("mastodon", "0b7c7a8e-1111-4c3a-9d7e-000000000001")
    assert store.load(key) is None

    store.save(key, _tokens(1))

    assert store.load(key) == _tokens(1)
    # it is one Secret Service item, found by the attributes keyring gives it
    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        items = list(collection.search_items({"service": SERVICE, "username": key}))
        assert len(items) == 1
        assert json.loads(items[0].get_secret())["refresh_token"] == _tokens(1).refresh_token
    finally:
        conn.close()

    store.save(key, _tokens(2))  # a rotated token replaces the entry, it does not add one
    assert store.load(key) == _tokens(2)
    assert store.delete(key) is True
    assert store.load(key) is None
    assert store.delete(key) is False


def test_one_entry_per_account(store: TokenStore) -> None:
    a, b = account_key("x", "A"), account_key("bluesky", "A")
    store.save(a, _tokens(1))
    store.save(b, _tokens(2))
    assert store.load(a) == _tokens(1)
    assert store.load(b) == _tokens(2)
    store.delete(a)
    assert store.load(b) == _tokens(2)
    store.delete(b)


def test_described_in_words(store: TokenStore) -> None:
    assert store.describe() == (
        "Brand account tokens are kept in the Secret Service "
        "(GNOME Keyring, KWallet 6 or KeePassXC)."
    )


def test_secret_service_without_a_session_is_refused(tmp_path: Path) -> None:
    """The backend object exists, but there is no bus: refused in words, nothing written."""
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"
    try:
        store = TokenStore(SecretService.Keyring())
        with pytest.raises(KeyringUnavailable) as err:
            store.save("x:1", _tokens())
    finally:
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
    text = str(err.value)
    assert text.startswith("No secure keyring is available on this computer (the Secret Service")
    assert "not available in this session" in text
    assert "the account was not connected" in text


_CHILD = textwrap.dedent(
    """
    import json, sys
    from accounts.oauth import TokenSet
    from accounts.token_store import KeyringUnavailable, TokenStore
    store = TokenStore()  # keyring's own choice for this session, as the app makes it
    out = {"describe": store.describe()}
    try:
        tokens = TokenSet("child-access", "child-refresh", 123.0, ("a",), obtained_at=1.0)
        store.save("child:1", tokens)
        out["round_trip"] = store.load("child:1") == tokens
        out["deleted"] = store.delete("child:1")
    except KeyringUnavailable as exc:
        out["refused"] = str(exc)
    print(json.dumps(out))
    """
)


def _run_child(env: dict[str, str]) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _child_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def test_a_fresh_process_picks_the_secret_service_by_itself(
    secret_service: SecretServiceSession,
) -> None:
    out = _run_child(_child_env(secret_service.env))
    assert out == {
        "describe": "Brand account tokens are kept in the Secret Service "
        "(GNOME Keyring, KWallet 6 or KeePassXC).",
        "round_trip": True,
        "deleted": True,
    }


def test_a_fresh_process_without_a_session_refuses(tmp_path: Path) -> None:
    out = _run_child(
        _child_env(
            {
                "HOME": str(tmp_path),
                "XDG_RUNTIME_DIR": str(tmp_path),
                "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
            }
        )
    )
    assert str(out["describe"]).startswith("No secure keyring:")
    assert "the account was not connected" in str(out["refused"])
