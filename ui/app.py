"""Starting the desktop app: the Qt application on a qasync loop, sign-in, the main window.

Opening the database (and migrating it) runs in a worker thread, so even the first paint never
waits on a slow server. Errors before the window exists are shown in a dialog and printed as
one sentence.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import QEventLoop

import resources
from accounts.demo import DemoConnector, DemoNetwork
from app.config import describe_url
from app.db.engine import DatabaseError, explain
from app.demo import DEMO_BRANDS, DEMO_PASSWORD, demo_people, ensure_demo_workspace
from app.identity.access import Actor
from app.session.console import Console
from app.session.remember import RememberError, forget, remember, remembered
from app.session.signin import database_key, is_postgres_url, sign_in_local, sign_in_postgres
from app.sync.publisher import Publisher
from app.sync.runner import SyncRunner
from ui.i18n.counts import Count
from ui.i18n.language import install_language
from ui.main.main_window import MainWindow
from ui.main.signin import SignInDialog
from ui.theme.apply import apply_theme
from ui.widgets.settings import appearance, last_user, set_last_user
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking

log = logging.getLogger(__name__)
PROCESS_START = time.perf_counter()
ICON = Path(resources.__file__).resolve().parent / "icons" / "social-console.svg"


@dataclass
class GuiOptions:
    db_url: str
    demo: bool = False
    demo_rate: float = 1.0
    demo_user: str | None = None
    smoke: bool = False
    #: a hot standby for reports, exports and search (PostgreSQL sign-ins)
    replica_url: str | None = None
    #: raise a demo surge this many seconds after the window opens (the crisis demo)
    demo_surge: float | None = None


def _open_console(opts: GuiOptions) -> tuple[Console, bool]:
    console = Console.open(opts.db_url)
    is_demo = opts.demo
    if is_demo:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
    return console, is_demo


#: the demo network of this process, once started
_DEMO: dict[str, DemoNetwork] = {}


def _start_demo_sync(
    console: Console, rate: float, bridge: MessageBridge
) -> tuple[SyncRunner, Publisher]:
    from sqlalchemy import select

    from app.db.models import BrandAccount

    net = DemoNetwork(DEMO_BRANDS, rate=rate)
    with console.session() as s:
        accounts = {
            a.id: DemoConnector(net, a.handle)
            for a in s.scalars(select(BrandAccount).where(BrandAccount.network == "demo"))
        }
    _DEMO["network"] = net  # the Crisis menu's "raise a surge" (ui/crisis)
    runner = SyncRunner(
        console.factory,
        accounts,
        interval=0.5,
        origin=console.origin,
        on_error=lambda text: bridge.say("error", text),
    )

    def boot() -> None:
        # the rules engine and the classifiers are a third of start-up to import: that happens
        # here, beside the window being built, not before it
        from app.crisis.observer import CrisisObserver
        from app.routing.engine import RoutingEngine
        from app.sync.enrich import classify_item

        runner.enrich, runner.route = classify_item, RoutingEngine()
        runner.observe = CrisisObserver(origin=console.origin)
        from app.sync.listening import ListeningPump

        runner.listen = ListeningPump(origin=console.origin)
        runner.start()

    threading.Thread(target=boot, name="sync-boot", daemon=True).start()
    publisher = Publisher(
        console.factory,
        accounts,
        interval=1.0,
        origin=console.origin,
        on_error=lambda text: bridge.say("error", text),
    )
    publisher.start()
    return runner, publisher


def _start_account_sync(console: Console, bridge: MessageBridge) -> SyncRunner | None:
    """Sync the real accounts whose token is in this computer's keyring (none: no runner)."""
    from accounts.token_store import TokenStore, unusable_reason
    from app.channels.brand_accounts import make_registry
    from app.routing.engine import RoutingEngine
    from app.sync.account_sync import AccountSyncRunner
    from app.sync.enrich import classify_item

    store = TokenStore()
    if unusable_reason(store.backend) is not None:
        return None
    runner = AccountSyncRunner(
        console.factory,
        console.engine,
        make_registry(store, engine=console.engine),
        origin=console.origin,
        on_error=lambda text: bridge.say("error", text),
        enrich=classify_item,
        route=RoutingEngine(),
    )
    from app.crisis.observer import CrisisObserver

    runner.observe = CrisisObserver(origin=console.origin)
    from app.sync.listening import ListeningPump

    runner.listen = ListeningPump(origin=console.origin)
    runner.start()
    return runner


def _warm_up_classifiers() -> None:
    from app.sync.enrich import warm_up

    warm_up()


class ConsoleApp:
    """Holds what lives for the whole process: the console, the sync runner, the windows."""

    def __init__(self, qapp: QApplication, opts: GuiOptions) -> None:
        self.qapp = qapp
        self.opts = opts
        self.bridge = MessageBridge()
        self.console: Console | None = None
        self.runner: SyncRunner | None = None
        self.account_runner: SyncRunner | None = None
        self.publisher: Publisher | None = None
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self.done: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        self.demo = False
        #: PostgreSQL without the demo: employees sign in as their own database login roles
        self.pg_login = is_postgres_url(opts.db_url) and not opts.demo
        self.db_key = database_key(opts.db_url)
        self._pending: Console | None = None
        self._typed: tuple[str, str] | None = None

    def finish(self, code: int) -> None:
        if not self.done.done():
            self.done.set_result(code)

    async def run(self) -> int:
        """The whole life of the app inside one run of the event loop.

        Starting and then waiting for the end used to be two ``run_until_complete`` calls; a
        sign-in submitted in the moment between them (the dialog had just appeared) ran with no
        loop running and failed with "Something went wrong (RuntimeError)".
        """
        await self.start()
        return await self.done

    async def start(self) -> None:
        if self.pg_login:
            # each employee connects as themselves: nothing is opened before someone signs in
            saved = remembered(self.db_key)
            if saved is not None:
                await self._auto_sign_in(*saved, remembered=True)
            else:
                self.show_sign_in(last_user(self.db_key))
            return
        try:
            self.console, self.demo = await run_blocking(_open_console, self.opts)
        except Exception as exc:  # noqa: BLE001 - one sentence, then exit
            text = (
                str(exc) if isinstance(exc, DatabaseError) else explain(exc, "opening the database")
            )
            print(f"social-console: {text}", file=sys.stderr)
            if not self.opts.smoke:
                QMessageBox.critical(
                    None, QCoreApplication.translate("ui.app", "Social Console"), text
                )
            self.finish(2)
            return
        if self.demo:
            self.runner, self.publisher = _start_demo_sync(
                self.console, self.opts.demo_rate, self.bridge
            )
        # load the classifiers' models in a worker thread, not on the first message's time
        self._warm_up = asyncio.ensure_future(run_blocking(_warm_up_classifiers))
        if not self.opts.smoke:
            self.account_runner = await run_blocking(_start_account_sync, self.console, self.bridge)
            if self.account_runner is not None:
                self._publish_for_held_accounts(self.account_runner)
        if self.opts.demo_user:
            await self._auto_sign_in(self.opts.demo_user)
            return
        saved = remembered(self.db_key)
        if saved is not None:
            await self._auto_sign_in(*saved, remembered=True)
        else:
            self.show_sign_in(last_user(self.db_key))

    def _publish_for_held_accounts(self, runner: SyncRunner) -> None:
        """Send the outbox of the real accounts this computer syncs (their tokens are here)."""
        from collections import ChainMap

        assert self.console is not None
        if self.publisher is None:
            self.publisher = Publisher(self.console.factory, runner.connectors, interval=1.0)
            self.publisher.start()
        else:
            self.publisher.connectors = ChainMap(dict(self.publisher.connectors), runner.connectors)

    def _authenticate(self, user: str, password: str) -> Actor:
        """In a worker thread. On PostgreSQL: a new connection as the employee themselves."""
        if self.pg_login:
            console = sign_in_postgres(
                self.opts.db_url, user, password, replica_url=self.opts.replica_url
            )
            self._pending = console
            actor = console.actor
            assert actor is not None
        else:
            assert self.console is not None
            actor = sign_in_local(self.console, user, password)
        self._typed = (user, password)
        return actor

    async def _auto_sign_in(
        self, user: str, password: str = DEMO_PASSWORD, *, remembered: bool = False
    ) -> bool:
        try:
            actor = await run_blocking(self._authenticate, user, password)
        except Exception as exc:  # noqa: BLE001 - said in words, then the dialog
            if remembered:
                forget(self.db_key, user)
                self.show_sign_in(user, describe_error(exc))
                return False
            print(f"social-console: {describe_error(exc)}", file=sys.stderr)
            self.finish(2)
            return False
        self.open_main_window(actor, remember_again=remembered)
        return True

    def show_sign_in(self, username: str = "", message: str = "") -> None:
        people = demo_people() if self.demo else []
        label = (
            self.console.db_label if self.console is not None else describe_url(self.opts.db_url)
        )
        self.dialog = SignInDialog(
            self._authenticate,
            label,
            people,
            DEMO_PASSWORD if self.demo else "",
            password_optional=self.pg_login,
        )
        self.dialog.prefill(username, message)
        self.dialog.signed_in.connect(self.open_main_window)
        self.dialog.rejected.connect(lambda: self.finish(0) if self.window is None else None)
        self.dialog.show()
        # the person types at once: nobody else gives a new window the keyboard when it opens
        # from a terminal or on an X server without a window manager (typed keys went nowhere)
        self.dialog.activateWindow()

    def open_main_window(self, actor: Actor, *, remember_again: bool = False) -> None:
        if self._pending is not None:
            old, self.console, self._pending = self.console, self._pending, None
            if old is not None and old is not self.console:
                old.close()
        assert self.console is not None
        self.console.actor = actor
        self._remember_choice(remember_again)
        try:
            set_last_user(self.db_key, actor.username)
        except OSError as exc:  # an unwritable profile costs the convenience, not the sign-in
            log.warning("could not keep the last user name: %s", exc)
        # this person's theme and language, before their window is built
        apply_theme(appearance("theme", actor.username)[0])
        install_language(appearance("language", actor.username)[0])
        self.window = MainWindow(
            self.console, self.bridge, sync_state=self.sync_state, on_sign_out=self._signed_out
        )
        if self.window.accounts is not None and self.account_runner is not None:
            self.window.accounts.budgets = self.account_runner.budgets  # type: ignore[attr-defined]
        self.window.crisis.demo_network = _DEMO.get("network")
        if self.opts.demo_surge is not None and "network" in _DEMO:
            _DEMO["network"].surge(seconds=600, after=self.opts.demo_surge)
        self.window.show()
        # the keyboard too (T right after Enter), once the sign-in dialog has closed (it closes
        # when this returns): a dialog hidden after the window took it hands it back to nobody
        QTimer.singleShot(0, self.window, self.window.activateWindow)
        if self.opts.smoke:
            self._smoke_check()

    def _remember_choice(self, keep: bool) -> None:
        """Remember me: the password into the keyring, or out of it if the box was not ticked."""
        typed, self._typed = self._typed, None
        if typed is None:
            return
        user, password = typed
        wanted = keep or (self.dialog is not None and self.dialog.remember.isChecked())
        try:
            if wanted:
                remember(self.db_key, user, password)
            else:
                forget(self.db_key, user)
        except RememberError as exc:
            self.bridge.say("warning", str(exc))

    def _signed_out(self, *, switch: bool = False, reason: str = "") -> None:
        """Sign out and switch user both forget a remembered password and end the connection."""
        actor = self.console.actor if self.console is not None else None
        self.window = None
        if actor is not None:
            forget(self.db_key, actor.username)
        if self.console is not None:
            self.console.actor = None
            if self.pg_login:
                # the employee's own connections go with them: nothing of theirs stays pooled
                self.console.close()
                self.console = None
        self.show_sign_in("" if switch or actor is None else actor.username, reason)

    def _smoke_check(self) -> None:
        win = self.window
        assert win is not None
        # a live demo network fills the inbox: wait for its first rows (a loaded machine's first
        # sync round and classification took over 5 s, and the check said "ok, rows=0"); an
        # inbox with nothing coming is ready once its first read is done and 5 s have passed
        rows_coming = self.demo and self.opts.demo_rate > 0
        started = time.monotonic()
        deadline = started + (60 if rows_coming else 30)

        def check() -> None:
            if win.model.rowCount() > 0 or (
                not rows_coming and not win.model.loading and time.monotonic() > started + 5
            ):
                ms = (time.perf_counter() - PROCESS_START) * 1000
                print(
                    f"SMOKE ok startup_ms={ms:.0f} rows={win.model.rowCount()} "
                    f"ready_at={time.time():.4f}",
                    flush=True,
                )
                win.close()
                self.finish(0)
            elif time.monotonic() > deadline:
                why = (
                    "no conversation reached the inbox from the demo network"
                    if rows_coming
                    else "the inbox did not load"
                )
                print(f"SMOKE failed: {why}", file=sys.stderr)
                self.finish(1)
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, check)

    def sync_state(self) -> str:
        r = self.runner
        if r is None:
            return QCoreApplication.translate("ui.app", "Sync: none on this workstation")
        if r.last_error:
            return QCoreApplication.translate("ui.app", "Sync: {error}").format(error=r.last_error)
        if r.last_run is None:
            return QCoreApplication.translate("ui.app", "Sync: starting…")
        return QCoreApplication.translate(
            "ui.app", "Sync: live (demo network, {messages} received)"
        ).format(messages=Count.tr("%Ln message(s)", "", r.ingested))

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close()
        for runner in (self.runner, self.account_runner):
            if runner is not None:
                runner.stop()
        if self.publisher is not None:
            self.publisher.stop()
        if self.console is not None:
            self.console.close()


def run_gui(opts: GuiOptions) -> int:
    if opts.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Social Console")
    qapp.setOrganizationName("SocialConsole")
    # the window icon, and the desktop entry the .deb installs (docks group windows by it)
    qapp.setDesktopFileName("social-console")
    qapp.setWindowIcon(QIcon(str(ICON)))
    qapp.setQuitOnLastWindowClosed(False)
    # the last person's theme and language on this workstation (or IT's), for the sign-in
    apply_theme(appearance("theme")[0])
    install_language(appearance("language")[0])
    loop = QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    controller = ConsoleApp(qapp, opts)
    qapp.lastWindowClosed.connect(
        lambda: (
            controller.finish(0)
            if controller.dialog is None or not controller.dialog.isVisible()
            else None
        )
    )
    try:
        code = loop.run_until_complete(controller.run())
    finally:
        controller.shutdown()
        loop.close()
    return code
