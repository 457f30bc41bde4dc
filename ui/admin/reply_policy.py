"""The admin panel's "Reply policy" tab: who sends without approval, and who may reply at all.

Per role, a choice for replies and one for posts ("Without approval" / "Needs approval"); per
team, "every reply here needs approval"; and the workspace's owner-only rule. Each change is
written at once, in a worker thread, and the tab reloads what the database now holds, so what
is shown is what applies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.identity import approval_policy
from app.identity.approval_policy import ApprovalPolicy
from app.inbox import conversations
from app.session.console import Console
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

DIRECT = "Without approval"
WAITS = "Needs approval"


def _cell(text: str, *, check: bool | None = None, enabled: bool = True) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if check is not None:
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if check else Qt.CheckState.Unchecked)
    if not enabled:
        item.setEnabled(False)
    return item


class ReplyPolicyTab(QWidget):
    """Role × (reply, post) approval, team rules and owner-only, each written when clicked."""

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("replyPolicyTab")
        self.policy: ApprovalPolicy | None = None
        self._loading = False

        self.owner_only = QCheckBox(
            self.tr("Only the colleague who holds a conversation may reply in it (owner-only)")
        )
        self.owner_only.setObjectName("ownerOnlyBox")
        self.owner_only.toggled.connect(self._owner_only_toggled)
        describe(
            self.owner_only, self.tr("Ticked: only the holder of a conversation may reply in it")
        )
        owner_note = QLabel(
            self.tr(
                "When on, a colleague's reply is refused with the owner's name, and an unclaimed conversation must be claimed first. Approvers are warned about replies from someone who does not hold the conversation either way."
            )
        )
        owner_note.setWordWrap(True)

        self.roles = QStandardItemModel(0, 3, self)
        self.roles.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Replies"), self.tr("Posts as the brand")]
        )
        self.roles.itemChanged.connect(self._role_changed)
        self.role_table = QTableView()
        self.role_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.role_table.setObjectName("roleApprovalTable")
        self.role_table.setModel(self.roles)
        describe(
            self.role_table,
            self.tr("One row per role; Space ticks what it may send without approval"),
            self.tr("Per role: tick what goes out without a team lead's approval"),
        )
        self.role_table.verticalHeader().setVisible(False)
        self.role_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        roles_box = QGroupBox(
            self.tr("Per role: tick what goes out without a team lead's approval")
        )
        rl = QVBoxLayout(roles_box)
        rl.addWidget(self.role_table)

        self.teams = QStandardItemModel(0, 3, self)
        self.teams.setHorizontalHeaderLabels(
            [
                self.tr("Team"),
                self.tr("Every reply needs approval"),
                self.tr("Every post needs approval"),
            ]
        )
        self.teams.itemChanged.connect(self._team_changed)
        self.team_table = QTableView()
        self.team_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.team_table.setObjectName("teamApprovalTable")
        self.team_table.setModel(self.teams)
        describe(
            self.team_table,
            self.tr("One row per team; Space ticks what always needs approval there"),
            self.tr("Per team: require approval for everyone there (its approvers excepted)"),
        )
        self.team_table.verticalHeader().setVisible(False)
        self.team_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        teams_box = QGroupBox(
            self.tr("Per team: require approval for everyone there (its approvers excepted)")
        )
        tl = QVBoxLayout(teams_box)
        tl.addWidget(self.team_table)

        self.message = QLabel("")
        self.message.setObjectName("replyPolicyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.owner_only)
        layout.addWidget(owner_note)
        row = QHBoxLayout()
        row.addWidget(roles_box, 3)
        row.addWidget(teams_box, 2)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)

    # -- loading ---------------------------------------------------------------------------
    @asyncSlot()
    async def reload(self) -> None:
        def read() -> ApprovalPolicy:
            with self.console.session() as s:
                return approval_policy.read_policy(s, self.console.actor)

        try:
            policy = await run_blocking(read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(describe_error(exc))
            return
        self._show(policy)

    def _show(self, policy: ApprovalPolicy) -> None:
        self.policy = policy
        self._loading = True
        try:
            self.owner_only.setChecked(policy.owner_only_reply)
            self.roles.removeRows(0, self.roles.rowCount())
            for r in policy.roles:
                name = _cell(r.role + ("" if r.builtin else " (custom)"))
                name.setData(r.role, Qt.ItemDataRole.UserRole)
                self.roles.appendRow(
                    [
                        name,
                        _cell(
                            DIRECT if r.reply_direct else WAITS,
                            check=r.reply_direct,
                            enabled=r.may_reply,
                        ),
                        _cell(
                            DIRECT if r.post_direct else WAITS,
                            check=r.post_direct,
                            enabled=r.may_post,
                        ),
                    ]
                )
            self.teams.removeRows(0, self.teams.rowCount())
            for t in policy.teams:
                name = _cell(t.team)
                name.setData(t.team, Qt.ItemDataRole.UserRole)
                self.teams.appendRow(
                    [
                        name,
                        _cell("Yes" if t.reply_required else "No", check=t.reply_required),
                        _cell("Yes" if t.post_required else "No", check=t.post_required),
                    ]
                )
        finally:
            self._loading = False

    # -- writing -----------------------------------------------------------------------------
    async def _write(self, done: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> bool:
        def work() -> None:
            with self.console.factory() as s, s.begin():
                fn(s, self.console.actor, *args, origin=self.console.origin, **kw)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - every refusal is shown in words
            self.message.setText(
                self.tr("{describe_error} Nothing was changed.").format(
                    describe_error=describe_error(exc)
                )
            )
            await self.reload()
            return False
        self.message.setText(done)
        await self.reload()
        return True

    @asyncSlot()
    async def _owner_only_toggled(self, on: bool) -> None:
        if self._loading:
            return
        await self._write(
            "Owner-only is on: only the colleague who holds a conversation may reply."
            if on
            else "Owner-only is off: anyone who can reply in the team may reply.",
            conversations.set_owner_only_reply,
            on,
        )

    def _kind_of(self, column: int) -> str:
        return "reply" if column == 1 else "post"

    @asyncSlot()
    async def _role_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() == 0:
            return
        role = self.roles.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        kind = self._kind_of(item.column())
        direct = item.checkState() == Qt.CheckState.Checked
        await self._write(
            f"The role {role}: each {kind} now "
            + ("goes out without approval." if direct else "waits for a team lead's approval."),
            approval_policy.set_role_approval,
            role,
            kind,
            required=not direct,
        )

    @asyncSlot()
    async def _team_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() == 0:
            return
        team = self.teams.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        kind = self._kind_of(item.column())
        required = item.checkState() == Qt.CheckState.Checked
        await self._write(
            f"In {team}, every {kind} now needs approval."
            if required
            else f"In {team}, each author's role decides whether a {kind} needs approval.",
            approval_policy.set_team_approval,
            team,
            kind,
            required=required,
        )
