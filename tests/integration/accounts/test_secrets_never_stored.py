"""The secrets test of issue 4: a whole account life, then the database dump and logs scanned.

Connect through oidc-provider (the registry's own OAuth path, PKCE, loopback redirect), sync
against a loopback API that checks every token at the provider, renew on a 401 (the refresh
token rotates), reply, disconnect (revoked at the provider). Then every token the keyring ever
received, and the authorization code, are looked for in a full dump of the database (SQLite's
iterdump; pg_dump as the postgres user) and in every log record at DEBUG and the process's
stdout/stderr. Both backends.
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from accounts.base import ItemKind, ReplyTarget
from app.channels.brand_accounts import begin_connect, complete_connect, disconnect_account
from app.db.models import AccountStatus, AuditEvent, BrandAccount, Message
from app.sync.account_sync import AccountSyncRunner
from tests.integration.accounts.conftest import dump_database
from tests.support.oidc import ScriptedBrowser, callback_code

DEBUG_LOGGERS = ("", "urllib3", "requests", "oauthlib", "requests_oauthlib", "accounts", "app")


def test_no_token_in_database_dump_or_logs(
    request: pytest.FixtureRequest,
    demo_console,
    it_admin,
    oidc,
    loopback_net,
    loopback_registry,
    recording_keyring,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    for name in DEBUG_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    console = demo_console
    browser = ScriptedBrowser()
    attempt = begin_connect(it_admin, loopback_registry, "loopback", {}, open_browser=browser)
    outcome = complete_connect(console.factory, it_admin, attempt, origin=console.origin)
    assert outcome.created
    aid = outcome.account_id
    code = callback_code(browser.callback_url or "")
    first_refresh = recording_keyring.secrets.copy()
    assert len(first_refresh) == 2  # access and refresh token of the connection

    runner = AccountSyncRunner(
        console.factory, console.engine, loopback_registry, interval=0.1, claim_interval=0
    )
    try:
        loopback_net.post("carol", "@brand where is my parcel?")
        runner.run_once()
        assert runner.ingested == 1
        connector = runner.connectors[aid]
        # the network stops accepting the token: a 401, one renewal, the same call again
        stored = loopback_registry.store.load(attempt.key)
        assert stored is not None
        loopback_net.refused.add(stored.access_token)
        root = loopback_net.items[0]["id"]
        loopback_net.post("carol", "hello?", thread=root)
        runner.run_once()
        assert runner.ingested == 2
        renewed = loopback_registry.store.load(attempt.key)
        assert renewed is not None and renewed.refresh_token not in first_refresh
        sent = connector.send_reply(
            ReplyTarget(remote_id=root, thread_key=root, kind=ItemKind.MENTION), "On its way!", "k1"
        )
        assert sent.remote_id == loopback_net.replies[-1]["id"]
    finally:
        runner.stop()

    done = disconnect_account(console.factory, it_admin, loopback_registry, aid)
    assert done.revoked, done.message
    assert oidc.introspect(renewed.access_token)["active"] is False
    assert not recording_keyring.entries  # nothing left in the keyring

    with console.session() as s:
        account = s.get(BrandAccount, aid)
        assert account is not None and account.status == AccountStatus.DISCONNECTED
        assert s.scalar(select(func.count()).select_from(Message)) == 2  # history kept
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
        assert "account_connected" in actions and "account_disconnected" in actions

    secrets = set(recording_keyring.secrets) | {code}
    assert len(secrets) >= 5
    dump = dump_database(console, request)
    assert "where is my parcel" in dump and attempt.key in dump  # the dump is the real thing
    out, err = capfd.readouterr()
    logs = [r.getMessage() for r in caplog.records] + [caplog.text, out, err]
    assert any("POST /token" in line for line in logs)  # the capture saw the token traffic
    for secret in secrets:
        assert secret not in dump, "a secret reached the database"
    for secret in recording_keyring.secrets:
        assert not [line[:120] for line in logs if secret in line], "a token reached the logs"
    # the code appears only in the scripted browser's own urllib3 request line, never ours
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("urllib3")]
    assert not [line for line in ours if code in line]


def test_revoked_token_turns_account_to_needs_reconnect_and_tells_it(
    demo_console, it_admin, oidc, loopback_net, loopback_registry
) -> None:
    from app.db.models import Notification

    console = demo_console
    attempt = begin_connect(
        it_admin, loopback_registry, "loopback", {}, open_browser=ScriptedBrowser()
    )
    aid = complete_connect(console.factory, it_admin, attempt).account_id
    runner = AccountSyncRunner(
        console.factory, console.engine, loopback_registry, interval=0.1, claim_interval=0
    )
    try:
        loopback_net.post("dave", "@brand my order?")
        runner.run_once()
        assert runner.ingested == 1
        # the brand's admin withdraws the app's access at the network: the grant dies
        tokens = loopback_registry.store.load(attempt.key)
        assert tokens is not None and tokens.refresh_token
        oidc.revoke(tokens.refresh_token, hint="refresh_token")
        loopback_net.post("dave", "anyone?")
        runner.run_once()  # one cycle
        assert aid not in runner.connectors
    finally:
        runner.stop()
    with console.session() as s:
        account = s.get(BrandAccount, aid)
        assert account is not None and account.status == AccountStatus.NEEDS_RECONNECT
        assert "reconnect" in (account.status_reason or "")
        assert s.scalar(select(func.count()).select_from(Message)) == 1  # nothing lost
        audit = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "account_needs_reconnect")
        ).all()
        assert len(audit) == 1
        notes = s.scalars(
            select(Notification).where(Notification.employee_id == it_admin.employee_id)
        ).all()
        assert [n.kind for n in notes] == ["account_needs_reconnect"]
        assert account.handle in notes[0].text

    # IT reconnects the same account: same row, new keyring entry, sync resumes at the cursor
    again = begin_connect(
        it_admin, loopback_registry, "loopback", {}, open_browser=ScriptedBrowser()
    )
    outcome = complete_connect(console.factory, it_admin, again, reconnect_id=aid)
    assert outcome.account_id == aid and not outcome.created
    assert not loopback_registry.store.has(attempt.key)  # the dead entry is gone
    runner = AccountSyncRunner(
        console.factory, console.engine, loopback_registry, interval=0.1, claim_interval=0
    )
    try:
        runner.run_once()
        assert runner.ingested == 1  # "anyone?", and nothing twice
    finally:
        runner.stop()
    with console.session() as s:
        account = s.get(BrandAccount, aid)
        assert account is not None and account.status == AccountStatus.CONNECTED
        assert s.scalar(select(func.count()).select_from(Message)) == 2
