"""Issue 4's Mastodon scenario end to end, on mastodon-mock, through the console's own parts.

IT connects the brand's Mastodon account with the registry (the console registers itself on the
instance, the browser — here mastodon-mock's account picker — sends the code to our loopback
listener, the code is exchanged for the brand's token, which goes to the keyring). The account
sync (the worker's runner) ingests a customer's mention and their reply in the thread into ONE
conversation, which an agent sees in the inbox; the brand replies in the thread with the
connector; the customer's answer to the brand lands in the same conversation. Disconnecting
revokes the token at the instance. (mastodon-mock's OAuth does not check PKCE; the OAuth flow
itself is proven against oidc-provider.) Both backends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from accounts.base import ItemKind, ReplyTarget
from accounts.registry import Registry
from accounts.token_store import TokenStore
from app.channels.brand_accounts import (
    begin_connect,
    complete_connect,
    disconnect_account,
    list_accounts,
)
from app.db.models import AccountStatus, BrandAccount, Message
from app.inbox import views as inbox
from app.sync.account_sync import AccountSyncRunner
from tests.integration.accounts.conftest import actor
from tests.support.mastodon_browser import MastodonPickerBrowser
from tests.support.mastodon_mock_server import ACCOUNTS, MastodonMock, start_mastodon_mock
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock"), streaming=False)
    yield server
    server.stop()


def post_as(mock: MastodonMock, who: str, text: str, **fields: str) -> dict:
    resp = requests.post(
        f"{mock.base_url}/api/v1/statuses",
        json={"status": text, **fields},
        headers={"Authorization": f"Bearer {ACCOUNTS[who]}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def test_connect_sync_one_conversation_reply_in_thread(
    mock: MastodonMock, demo_console, it_admin, insecure_loopback
) -> None:
    console = demo_console
    keyring = MemoryKeyring()
    registry = Registry(TokenStore(keyring))
    browser = MastodonPickerBrowser("brand")
    attempt = begin_connect(
        it_admin, registry, "mastodon", {"instance": mock.base_url}, open_browser=browser
    )
    outcome = complete_connect(console.factory, it_admin, attempt)
    aid = outcome.account_id
    assert "Connected brand" in outcome.message
    token = registry.store.load(attempt.key)
    assert token is not None and token.access_token not in ACCOUNTS.values()  # a fresh grant
    with console.session() as s:
        account = s.get(BrandAccount, aid)
        assert account is not None
        assert (account.network, account.handle, account.base_url) == (
            "mastodon",
            "brand",
            mock.base_url,
        )
        assert account.settings["oauth_client_id"]
        rows = list_accounts(s, it_admin, registry)
    row = next(r for r in rows if r.id == aid)
    assert row.token_here and row.state == "connected"
    assert "not synced yet" in row.state_words

    runner = AccountSyncRunner(
        console.factory, console.engine, registry, interval=0.1, claim_interval=0
    )
    try:
        runner.run_once()  # first sync: the newest page, whatever the mock held before
        tag = uuid.uuid4().hex[:6]
        root = post_as(mock, "customer", f"@brand my order {tag} is late")
        follow = post_as(mock, "customer", "@brand any news?", in_reply_to_id=root["id"])
        runner.run_once()
        with console.session() as s:
            msgs = s.scalars(
                select(Message).where(Message.remote_id.in_([root["id"], follow["id"]]))
            ).all()
            assert len(msgs) == 2
            assert len({m.conversation_id for m in msgs}) == 1  # ONE conversation
            conv_id = msgs[0].conversation_id
            # an agent of the support team sees it in the shared inbox
            alice = actor(console, "alice")
            thread = inbox.thread(s, alice, conv_id)
            assert [m.text for m in thread.messages][-2:] == [
                f"@brand my order {tag} is late",
                "@brand any news?",
            ]
            assert thread.account == "brand" and thread.customer_handle == "customer"
            ids, _ = inbox.page_ids(s, alice, inbox.InboxFilter())
            assert conv_id in ids
            rows = list_accounts(s, it_admin, registry)
        assert next(r for r in rows if r.id == aid).state == "syncing"

        # the brand replies in the thread, through the connector the worker holds
        connector = runner.connectors[aid]
        last = next(m for m in msgs if m.remote_id == follow["id"])
        sent = connector.send_reply(
            ReplyTarget(
                remote_id=last.remote_id or "",
                thread_key=root["id"],
                kind=ItemKind(last.kind),
                author_handle="customer",
            ),
            "Sorry! It ships today.",
            uuid.uuid4().hex,
        )
        in_thread = {i.remote_id: i for i in connector.fetch_thread(root["id"])}
        assert in_thread[sent.remote_id].parent_remote_id == follow["id"]
        # the customer answers the brand: the same conversation again
        answer = post_as(mock, "customer", "@brand thanks!", in_reply_to_id=sent.remote_id)
        runner.run_once()
        with console.session() as s:
            got = s.scalar(select(Message).where(Message.remote_id == answer["id"]))
            assert got is not None and got.conversation_id == conv_id
    finally:
        runner.stop()

    # disconnect: revoked at the instance, gone from the keyring, history kept
    done = disconnect_account(console.factory, it_admin, registry, aid)
    assert done.revoked, done.message
    assert not keyring.entries
    check = requests.get(
        f"{mock.base_url}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {token.access_token}"},
        timeout=10,
    )
    assert check.status_code == 401
    with console.session() as s:
        account = s.get(BrandAccount, aid)
        assert account is not None and account.status == AccountStatus.DISCONNECTED
        assert s.scalar(select(Message).where(Message.remote_id == answer["id"])) is not None


def test_no_keyring_refuses_in_words_and_stores_nothing(
    mock: MastodonMock, demo_console, it_admin
) -> None:
    from keyring.backends import fail

    from accounts.token_store import KeyringUnavailable

    registry = Registry(TokenStore(fail.Keyring()))
    opened: list[str] = []
    with pytest.raises(KeyringUnavailable, match="No secure keyring"):
        begin_connect(
            it_admin, registry, "mastodon", {"instance": mock.base_url}, open_browser=opened.append
        )
    assert opened == []
    with demo_console.session() as s:
        assert s.scalar(select(BrandAccount).where(BrandAccount.network == "mastodon")) is None


def test_only_it_may_connect(demo_console) -> None:
    from app.identity.access import AccessDenied

    alice = actor(demo_console, "alice")
    registry = Registry(TokenStore(MemoryKeyring()))
    with pytest.raises(AccessDenied):
        begin_connect(alice, registry, "mastodon", {"instance": "https://example.social"})
