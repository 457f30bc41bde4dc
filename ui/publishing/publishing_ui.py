"""Publishing in the main window: the reply box, the approvals and schedule docks, the
Publishing menu and the pause banner everyone sees while publishing is paused.

Kept out of main_window.py so that file only wires it in (a dock, a menu, a signal).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMainWindow, QMenuBar, QWidget
from qasync import asyncSlot
from sqlalchemy import select

from app.db.changes import Change
from app.db.models import BrandAccount
from app.identity.access import Permission
from app.publishing import pause as pub_pause
from app.session.console import Console
from ui.publishing.approvals import ApprovalsPanel
from ui.publishing.calendar_window import CalendarWindow
from ui.publishing.canned_manager import CannedManager
from ui.publishing.composer import ComposerWidget, NewPostDialog
from ui.publishing.multi_post import MultiPostDialog
from ui.publishing.schedule import SchedulePanel
from ui.theme.apply import themed
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking

ReasonPrompt = Callable[[QWidget, str], str | None]
AccountPrompt = Callable[[QWidget, Sequence[tuple[int, str]]], int | None]


def ask_reason(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("ui.publishing.publishing_ui", "Reason (everyone will see it):"),
    )
    return text if ok else None


def ask_account(parent: QWidget, accounts: Sequence[tuple[int, str]]) -> int | None:
    labels = [label for _id, label in accounts]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ui.publishing.publishing_ui", "Pause one account"),
        QCoreApplication.translate("ui.publishing.publishing_ui", "Account:"),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return next((aid for aid, lbl in accounts if lbl == label), None)


#: the approvals dock's height when it opens (the person may drag it taller)
APPROVALS_HEIGHT = 150


class PublishingUi:
    def __init__(
        self,
        window: QMainWindow,
        console: Console,
        bridge: MessageBridge,
        *,
        prompt_reason: ReasonPrompt = ask_reason,
        prompt_account: AccountPrompt = ask_account,
    ) -> None:
        self.window = window
        self.console = console
        self.bridge = bridge
        self.prompt_reason = prompt_reason
        self.prompt_account = prompt_account
        actor = console.actor
        self.composer = ComposerWidget(console, "reply")
        self.banner = QLabel("")
        self.banner.setObjectName("pauseBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        themed(
            self.banner,
            "background: $(alarm.bg); color: $(alarm.fg); font-weight: bold; padding: 6px;",
        )
        self.banner.setVisible(False)
        self.approvals = ApprovalsPanel(console)
        self.approvals_dock = QDockWidget(
            QCoreApplication.translate("ui.publishing.publishing_ui", "Approvals"), window
        )
        self.approvals_dock.setObjectName("approvalsDock")
        self.approvals_dock.setWidget(self.approvals)
        self.schedule = SchedulePanel(console)
        self.schedule_dock = QDockWidget(
            QCoreApplication.translate("ui.publishing.publishing_ui", "Schedule"), window
        )
        self.schedule_dock.setObjectName("scheduleDock")
        self.schedule_dock.setWidget(self.schedule)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.approvals_dock)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.schedule_dock)
        window.tabifyDockWidget(self.approvals_dock, self.schedule_dock)
        # PR signs what a crisis holds for it, with or without the approve permission
        self.can_approve = actor.can_somewhere(Permission.APPROVE) or actor.can(
            Permission.CRISIS_CONTROL
        )
        self.approvals_dock.setVisible(self.can_approve)
        self.schedule_dock.setVisible(False)
        if self.can_approve:
            self.approvals_dock.raise_()
            # a strip, not half the window: the thread above keeps its height at 1366×768
            window.resizeDocks([self.approvals_dock], [APPROVALS_HEIGHT], Qt.Orientation.Vertical)
        self.post_dialog: NewPostDialog | None = None
        self.canned_manager: CannedManager | None = None
        self.calendar: CalendarWindow | None = None
        self.multi_post: MultiPostDialog | None = None
        self.composer.manage_canned.connect(self.open_canned_manager)
        self.approvals.reload()
        self.refresh_banner()

    # ------------------------------------------------------------------------- menu
    def install_menu(self, menubar: QMenuBar) -> None:
        actor = self.console.actor
        menu = menubar.addMenu(
            QCoreApplication.translate("ui.publishing.publishing_ui", "&Publishing")
        )
        new_post = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "&New post…"), self.window
        )
        new_post.setObjectName("newPostAction")
        new_post.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_post.setEnabled(actor.can_somewhere(Permission.POST_AS_BRAND))
        new_post.triggered.connect(self.open_new_post)
        menu.addAction(new_post)
        # the publishing calendar and the composer for several accounts (issue 16)
        multi = QAction(
            QCoreApplication.translate(
                "ui.publishing.publishing_ui", "New post to &several accounts…"
            ),
            self.window,
        )
        multi.setObjectName("newMultiPostAction")
        multi.setEnabled(actor.can_somewhere(Permission.POST_AS_BRAND))
        multi.triggered.connect(lambda: self.open_multi_post(None))
        menu.addAction(multi)
        cal = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "Ca&lendar"), self.window
        )
        cal.setObjectName("calendarAction")
        cal.setShortcut(QKeySequence("Ctrl+Shift+D"))  # L is the Listening view
        cal.triggered.connect(self.open_calendar)
        menu.addAction(cal)
        canned_action = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "&Canned replies…"),
            self.window,
        )
        canned_action.setObjectName("cannedRepliesAction")
        canned_action.triggered.connect(self.open_canned_manager)
        menu.addAction(canned_action)
        approvals = self.approvals_dock.toggleViewAction()
        approvals.setText(QCoreApplication.translate("ui.publishing.publishing_ui", "&Approvals"))
        approvals.setEnabled(self.can_approve)
        menu.addAction(approvals)
        schedule = self.schedule_dock.toggleViewAction()
        schedule.setText(QCoreApplication.translate("ui.publishing.publishing_ui", "Sc&hedule"))
        schedule.toggled.connect(lambda on: self.schedule.reload() if on else None)
        menu.addAction(schedule)
        menu.addSeparator()
        may_pause = actor.can_somewhere(Permission.PAUSE_PUBLISHING)
        self.pause_all_action = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "&Pause all publishing…"),
            self.window,
        )
        self.pause_all_action.setObjectName("pauseAllAction")
        self.pause_all_action.setEnabled(actor.can(Permission.PAUSE_PUBLISHING))
        self.pause_all_action.triggered.connect(self.pause_all)
        self.pause_account_action = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "Pause &one account…"),
            self.window,
        )
        self.pause_account_action.setEnabled(may_pause)
        self.pause_account_action.triggered.connect(self.pause_account)
        self.resume_action = QAction(
            QCoreApplication.translate("ui.publishing.publishing_ui", "&Resume publishing"),
            self.window,
        )
        self.resume_action.setObjectName("resumeAction")
        self.resume_action.setEnabled(may_pause)
        self.resume_action.triggered.connect(self.resume)
        for a in (self.pause_all_action, self.pause_account_action, self.resume_action):
            menu.addAction(a)

    def open_canned_manager(self) -> None:
        if self.canned_manager is None or not self.canned_manager.isVisible():
            self.canned_manager = CannedManager(self.console, self.window)
        self.canned_manager.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot
            self.canned_manager.raise_()

    def open_new_post(self) -> None:
        if self.post_dialog is None or not self.post_dialog.isVisible():
            self.post_dialog = NewPostDialog(self.console, self.window)
        self.post_dialog.show()
        self.post_dialog.raise_()

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = CalendarWindow(self.console, self.window)
        self.calendar.show()
        if QGuiApplication.platformName() != "offscreen":
            self.calendar.raise_()

    def open_multi_post(self, when: datetime | None) -> None:
        self.multi_post = MultiPostDialog(self.console, self.window, when=when)
        self.multi_post.show()

    # ------------------------------------------------------------------------- events
    def conversation_selected(self, conversation_id: int | None) -> None:
        self.composer.set_conversation(conversation_id)

    def on_changes(self, batch: Sequence[Change]) -> None:
        topics = {ch.topic for ch in batch}
        if "outbox" in topics:
            self.approvals.reload()
            if self.schedule_dock.isVisible():
                self.schedule.reload()
            self.composer.refresh_status()
            if self.post_dialog is not None and self.post_dialog.isVisible():
                self.post_dialog.composer.refresh_status()
            if self.calendar is not None and self.calendar.isVisible():
                self.calendar.on_changes()
        if topics & {"workspace", "account"}:
            self.refresh_banner()
        if "canned_reply" in topics:
            self.composer.reload_canned()
        if "workspace" in topics and self.composer.conversation_id is not None:
            # the reply policy may have changed (owner-only, approval): say so in the box now
            self.composer.load()

    @asyncSlot()
    async def refresh_banner(self) -> None:
        ws = self.console.actor.workspace_id
        try:
            state = await run_blocking(self._pause_state, ws)
        except Exception:  # noqa: BLE001 - the banner catches up on the next change
            return
        self.banner.setText(state.banner())
        self.banner.setVisible(state.any)

    def _pause_state(self, workspace_id: int) -> pub_pause.PauseState:
        with self.console.session() as s:
            return pub_pause.pause_state(s, workspace_id)

    # ------------------------------------------------------------------------- pause
    async def _pause_call(
        self, done: str, fn: Callable[..., pub_pause.PauseState], **kw: object
    ) -> None:
        def work() -> pub_pause.PauseState:
            with self.console.factory() as s, s.begin():
                return fn(s, self.console.actor, origin=self.console.origin, **kw)

        try:
            state = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say("error", describe_error(exc))
            return
        self.banner.setText(state.banner())
        self.banner.setVisible(state.any)
        self.bridge.say("info", done)

    @asyncSlot()
    async def pause_all(self) -> None:
        reason = self.prompt_reason(self.window, "Pause all publishing")
        if reason is None:
            return
        if not reason.strip():
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.publishing.publishing_ui",
                    "Publishing was not paused: give a reason everyone can read.",
                ),
            )
            return
        await self._pause_call(
            "All publishing is paused; nothing more will be sent.",
            pub_pause.pause_publishing,
            reason=reason,
        )

    def _accounts(self) -> list[tuple[int, str]]:
        actor = self.console.actor
        with self.console.session() as s:
            return [
                (a.id, f"@{a.handle} ({a.network})")
                for a in s.scalars(
                    select(BrandAccount).where(BrandAccount.workspace_id == actor.workspace_id)
                )
                if actor.can(Permission.PAUSE_PUBLISHING, account_id=a.id)
            ]

    @asyncSlot()
    async def pause_account(self) -> None:
        accounts = await run_blocking(self._accounts)
        aid = self.prompt_account(self.window, accounts)
        if aid is None:
            return
        reason = self.prompt_reason(self.window, "Pause one account")
        if reason is None:
            return
        if not reason.strip():
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.publishing.publishing_ui",
                    "Publishing was not paused: give a reason everyone can read.",
                ),
            )
            return
        await self._pause_call(
            "Publishing from that account is paused.",
            pub_pause.pause_publishing,
            reason=reason,
            account_id=aid,
        )

    @asyncSlot()
    async def resume(self) -> None:
        state = await run_blocking(self._pause_state, self.console.actor.workspace_id)
        if not state.any:
            self.bridge.say(
                "info",
                QCoreApplication.translate(
                    "ui.publishing.publishing_ui", "Publishing is not paused."
                ),
            )
            return
        # a confirmation and a reason: everything held starts going out at once
        reason = self.prompt_reason(
            self.window, "Resume publishing? Everything held will start going out"
        )
        if reason is None:
            return
        if not reason.strip():
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.publishing.publishing_ui",
                    "Publishing was not resumed: give a reason for the record.",
                ),
            )
            return
        if state.workspace_paused:
            await self._pause_call(
                "Publishing resumed.", pub_pause.resume_publishing, reason=reason
            )
        for aid, _h, _n, _r in state.accounts:
            await self._pause_call(
                "Publishing resumed.", pub_pause.resume_publishing, account_id=aid, reason=reason
            )

    def shutdown(self) -> None:
        self.composer._flush()
        if self.post_dialog is not None:
            self.post_dialog.close()
        if self.calendar is not None:
            self.calendar.close()
