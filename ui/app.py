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
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import QEventLoop

from accounts.demo import DemoConnector, DemoNetwork
from app.console import Console
from app.db.engine import DatabaseError, explain
from app.demo import DEMO_BRANDS, DEMO_PASSWORD, demo_people, ensure_demo_workspace
from app.services.access import Actor
from app.services.auth import SignInError, authenticate
from app.sync.publisher import Publisher
from app.sync.runner import SyncRunner
from ui.main_window import MainWindow
from ui.signin import SignInDialog
from ui.tasks import MessageBridge, run_blocking

log = logging.getLogger(__name__)
PROCESS_START = time.perf_counter()


@dataclass
class GuiOptions:
    db_url: str
    demo: bool = False
    demo_rate: float = 1.0
    demo_user: str | None = None
    smoke: bool = False


def _open_console(opts: GuiOptions) -> tuple[Console, bool]:
    console = Console.open(opts.db_url)
    is_demo = opts.demo
    if is_demo:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
    return console, is_demo


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
    runner = SyncRunner(
        console.factory,
        accounts,
        interval=0.5,
        origin=console.origin,
        on_error=lambda text: bridge.say("error", text),
    )
    runner.start()
    publisher = Publisher(
        console.factory,
        accounts,
        interval=1.0,
        origin=console.origin,
        on_error=lambda text: bridge.say("error", text),
    )
    publisher.start()
    return runner, publisher


class ConsoleApp:
    """Holds what lives for the whole process: the console, the sync runner, the windows."""

    def __init__(self, qapp: QApplication, opts: GuiOptions) -> None:
        self.qapp = qapp
        self.opts = opts
        self.bridge = MessageBridge()
        self.console: Console | None = None
        self.runner: SyncRunner | None = None
        self.publisher: Publisher | None = None
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self.done: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        self.demo = False

    def finish(self, code: int) -> None:
        if not self.done.done():
            self.done.set_result(code)

    async def start(self) -> None:
        try:
            self.console, self.demo = await run_blocking(_open_console, self.opts)
        except Exception as exc:  # noqa: BLE001 - one sentence, then exit
            text = (
                str(exc) if isinstance(exc, DatabaseError) else explain(exc, "opening the database")
            )
            print(f"social-console: {text}", file=sys.stderr)
            if not self.opts.smoke:
                QMessageBox.critical(None, "Social Console", text)
            self.finish(2)
            return
        if self.demo:
            self.runner, self.publisher = _start_demo_sync(
                self.console, self.opts.demo_rate, self.bridge
            )
        if self.opts.demo_user:
            await self._auto_sign_in(self.opts.demo_user)
        else:
            self.show_sign_in()

    def _authenticate(self, user: str, password: str) -> Actor:
        assert self.console is not None
        with self.console.session() as s:
            return authenticate(s, user, password)

    async def _auto_sign_in(self, user: str) -> None:
        try:
            actor = await run_blocking(self._authenticate, user, DEMO_PASSWORD)
        except SignInError as exc:
            print(f"social-console: {exc}", file=sys.stderr)
            self.finish(2)
            return
        self.open_main_window(actor)

    def show_sign_in(self) -> None:
        assert self.console is not None
        people = demo_people() if self.demo else []
        self.dialog = SignInDialog(
            self._authenticate, self.console.db_label, people, DEMO_PASSWORD if self.demo else ""
        )
        self.dialog.signed_in.connect(self.open_main_window)
        self.dialog.rejected.connect(lambda: self.finish(0) if self.window is None else None)
        self.dialog.show()

    def open_main_window(self, actor: Actor) -> None:
        assert self.console is not None
        self.console.actor = actor
        self.window = MainWindow(
            self.console, self.bridge, sync_state=self.sync_state, on_sign_out=self._signed_out
        )
        self.window.show()
        if self.opts.smoke:
            self._smoke_check()

    def _signed_out(self) -> None:
        self.window = None
        if self.console is not None:
            self.console.actor = None
        self.show_sign_in()

    def _smoke_check(self) -> None:
        win = self.window
        assert win is not None
        deadline = time.monotonic() + 30

        def check() -> None:
            if win.model.rowCount() > 0 or (
                not win.model.loading and time.monotonic() > deadline - 25
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
                print("SMOKE failed: the inbox did not load", file=sys.stderr)
                self.finish(1)
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, check)

    def sync_state(self) -> str:
        r = self.runner
        if r is None:
            return "Sync: none on this workstation"
        if r.last_error:
            return f"Sync: {r.last_error}"
        if r.last_run is None:
            return "Sync: starting…"
        return f"Sync: live (demo network, {r.ingested} messages received)"

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.runner is not None:
            self.runner.stop()
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
    qapp.setQuitOnLastWindowClosed(False)
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
        loop.run_until_complete(controller.start())
        code = loop.run_until_complete(controller.done)
    finally:
        controller.shutdown()
        loop.close()
    return code
