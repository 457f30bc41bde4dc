"""The Accounts panel as IT uses it: connect through the browser, watch the state, disconnect."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.registry import Registry
from accounts.token_store import TokenStore
from app.db.models import AccountStatus, BrandAccount
from app.identity.auth import authenticate
from app.sync import runner as sync_runner
from tests.support.mastodon_browser import MastodonPickerBrowser
from tests.support.mastodon_mock_server import MastodonMock, start_mastodon_mock
from tests.support.memory_keyring import MemoryKeyring
from tests.support.qt import running_qasync_loop
from ui.accounts.accounts import AccountsModel
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = start_mastodon_mock(tmp_path_factory.mktemp("mastodon-mock-ui"), streaming=False)
    yield server
    server.stop()


def _window(qtbot, console, user: str) -> MainWindow:
    with console.session() as s:
        console.actor = authenticate(s, user, "demo")
    window = MainWindow(console, MessageBridge())
    qtbot.addWidget(window)
    window.show()
    return window


def test_menu_only_for_those_who_manage_accounts(qtbot, qapp, demo_console) -> None:
    with running_qasync_loop(qapp):
        window = _window(qtbot, demo_console, "alice")
        titles = [a.text() for a in window.menuBar().actions()]
        assert window.accounts is None and "A&ccounts" not in titles
        window.close()
        window = _window(qtbot, demo_console, "ines")
        assert window.accounts is not None
        assert "A&ccounts" in [a.text() for a in window.menuBar().actions()]
        window.close()


def test_connect_watch_state_disconnect(qtbot, qapp, demo_console, mock, monkeypatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    keyring = MemoryKeyring()
    registry = Registry(TokenStore(keyring))
    with running_qasync_loop(qapp):
        window = _window(qtbot, demo_console, "ines")
        ctl = window.accounts
        assert ctl is not None
        ctl.registry_factory = lambda: registry
        ctl.open_browser = MastodonPickerBrowser("brand")
        ctl.action.trigger()
        panel = ctl.panel
        assert panel is not None
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)  # the demo accounts
        assert "keyring" in panel.keyring_label.text()

        qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.dialog is not None and ctl.dialog.isVisible(), timeout=10_000)
        dialog = ctl.dialog
        dialog.select_network("mastodon")
        # X needs the company's app registration: said in words, Connect disabled
        dialog.select_network("x")
        assert not dialog.connect_button.isEnabled()
        dialog.select_network("mastodon")
        dialog.inputs["mastodon"]["instance"].setText(mock.base_url)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
        row = next(r for r in panel.model.rows if r.network == "mastodon")
        assert row.token_here and row.state == "connected"
        assert "Connected brand" in panel.message.text()

        # a worker elsewhere finds the token revoked: the list follows the change feed
        sync_runner._set_state(
            demo_console.factory,
            row.id,
            AccountStatus.NEEDS_RECONNECT,
            "mastodon: the account's authorisation was refused (token revoked)",
            notify_it=True,
        )
        qtbot.waitUntil(
            lambda: (
                "Needs reconnect — mastodon: the account's authorisation was refused"
                in (panel.model.row_for(row.id).state_words if panel.model.row_for(row.id) else "")
            ),
            timeout=10_000,
        )
        panel.select_account(row.id)
        assert panel.reconnect_button.isEnabled() and panel.disconnect_button.isEnabled()

        asked: list[str] = []
        ctl.confirm = lambda text: asked.append(text) or True
        qtbot.mouseClick(panel.disconnect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (r := panel.model.row_for(row.id)) is not None and r.state == "disconnected",
            timeout=15_000,
        )
        assert asked and "revoked" in asked[0]
        assert "revoked" in panel.message.text()
        assert not keyring.entries
        window.close()
    with demo_console.session() as s:
        acc = s.scalar(select(BrandAccount).where(BrandAccount.network == "mastodon"))
        assert acc is not None and acc.status == AccountStatus.DISCONNECTED


def test_cancel_ends_the_wait_for_the_browser(qtbot, qapp, demo_console, mock, monkeypatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    keyring = MemoryKeyring()
    registry = Registry(TokenStore(keyring))
    opened: list[str] = []
    with running_qasync_loop(qapp):
        window = _window(qtbot, demo_console, "ines")
        ctl = window.accounts
        ctl.registry_factory = lambda: registry
        ctl.open_browser = opened.append  # a browser where nobody signs in
        ctl.action.trigger()
        ctl.open_connect()
        qtbot.waitUntil(lambda: ctl.dialog is not None, timeout=10_000)
        dialog = ctl.dialog
        dialog.select_network("mastodon")
        dialog.inputs["mastodon"]["instance"].setText(mock.base_url)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened) and dialog.attempt is not None, timeout=20_000)
        assert dialog.progress.isVisible() and "browser" in dialog.status.text()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Cancelled" in dialog.status.text(), timeout=10_000)
        assert dialog.isVisible() and not dialog.busy
        assert not keyring.entries  # nothing kept: no token, no client secret
        dialog.reject()
        window.close()


def test_keyring_unavailable_is_refused_in_the_dialog(qtbot, qapp, demo_console, mock) -> None:
    from keyring.backends import fail

    registry = Registry(TokenStore(fail.Keyring()))
    with running_qasync_loop(qapp):
        window = _window(qtbot, demo_console, "ines")
        ctl = window.accounts
        ctl.registry_factory = lambda: registry
        ctl.action.trigger()
        qtbot.waitUntil(
            lambda: "No secure keyring" in ctl.panel.keyring_label.text(), timeout=10_000
        )
        ctl.open_connect()
        qtbot.waitUntil(lambda: ctl.dialog is not None, timeout=10_000)
        dialog = ctl.dialog
        dialog.select_network("mastodon")
        dialog.inputs["mastodon"]["instance"].setText(mock.base_url)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "No secure keyring" in dialog.status.text(), timeout=10_000)
        dialog.reject()
        window.close()


def test_accounts_model_passes_the_model_tester(qtmodeltester, demo_console) -> None:
    from app.channels.brand_accounts import list_accounts

    with demo_console.session() as s:
        ines = authenticate(s, "ines", "demo")
        rows = list_accounts(s, ines)
    model = AccountsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_a_backfill_shows_its_progress_in_the_accounts_dock(qtbot, qapp, demo_console) -> None:
    from PySide6.QtCore import QModelIndex

    from accounts.base import CatchUp
    from app.sync import catchup

    with running_qasync_loop(qapp):
        window = _window(qtbot, demo_console, "ines")
        ctl = window.accounts
        assert ctl is not None
        ctl.action.trigger()
        panel = ctl.panel
        assert panel is not None
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
        aid = panel.model.rows[0].id

        def state_text() -> str:
            for r in range(panel.model.rowCount()):
                if panel.model.rows[r].id == aid:
                    return str(panel.model.data(panel.model.index(r, 2, QModelIndex())))
            return ""

        # the sync, anywhere, records its progress in the transaction that stores the items
        with demo_console.factory() as s, s.begin():
            catchup.record_progress(s, aid, CatchUp(1240, 3000), more=True)
        qtbot.waitUntil(lambda: "Catching up: 1,240 of about 3,000" in state_text(), timeout=10_000)
        with demo_console.factory() as s, s.begin():
            catchup.record_progress(s, aid, CatchUp(1, None), more=True)
        qtbot.waitUntil(lambda: "Catching up: 1 item so far" in state_text(), timeout=10_000)
        with demo_console.factory() as s, s.begin():
            catchup.record_progress(s, aid, CatchUp(2950, 2950), more=False)
        qtbot.waitUntil(lambda: "Catching up" not in state_text(), timeout=10_000)
        window.close()
