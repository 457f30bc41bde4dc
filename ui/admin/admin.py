"""The IT admin panel: people, teams, roles, account access, who-can-do-what, the audit trail.

Every action goes through :mod:`app.identity.provisioning` in a worker thread, inside one unit of
work (commit on success, roll back on any refusal), and the refusal is shown as its sentence.
Dialogs are opened window-modal with ``open()``, never ``exec()``, so the event loop keeps running.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy.orm import Session

from app.identity import directory, provisioning
from app.identity.access import Permission
from app.session.console import Console
from ui.admin.capacity import CapacityTab
from ui.admin.conversation_settings import ConversationSettingsTab
from ui.admin.guardrails_tab import GuardrailsTab
from ui.admin.learning_settings import LearningSettingsTab
from ui.admin.reply_policy import ReplyPolicyTab
from ui.theme.apply import themed
from ui.widgets.accessible import describe, describe_buttons, describe_tab_bar
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.tasks import describe_error, run_blocking

Index = QModelIndex | QPersistentModelIndex
ANY = "(everywhere)"


class RowsModel(QAbstractTableModel):
    """A read-only table of tuples; the panel's lists are short, fetched whole."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, ...]] = []

    def set_rows(
        self, rows: Sequence[tuple[Any, ...]], headers: Sequence[str] | None = None
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, datetime):
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(value, tuple | list):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)


def _table(name: str, model: RowsModel, title: str, description: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
    view.setObjectName(name)
    describe(view, description, title)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    # the panel's lists are short: fit the columns to what they hold
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


#: what a form's submit returns: None when done, else problems keyed by field ("" for the form)
Problems = dict[str, str] | None
Submit = Callable[[dict[str, str]], Awaitable[Problems]]


class FormDialog(QDialog):
    """A small form: text, password and choice fields.

    OK checks everything at once (required fields, the repeated password, then ``check``, the
    service's own read-only validation) and shows each problem beside its field; the dialog
    stays open with what was typed until ``submit`` succeeds, and shows its refusal the same way.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fields: Sequence[tuple[str, str, str, Sequence[str]]],
        submit: Submit,
        *,
        required: Sequence[str] = (),
        check: Submit | None = None,
        hints: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, str] = {}
        self.field_errors: dict[str, QLabel] = {}
        #: what each field holds, read after its name (an error is read instead while shown)
        self.hints: dict[str, str] = {}
        self.required = tuple(required)
        form = QFormLayout()
        for key, label, kind, options in fields:
            w: QLineEdit | QComboBox
            if kind == "choice":
                w = QComboBox()
                w.addItems(list(options))
            else:
                w = QLineEdit()
                if kind == "password":
                    w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setObjectName(key)
            w.setAccessibleName(label)
            hint = (hints or {}).get(key) or self._generic_hint(kind, key in self.required)
            self.hints[key] = hint
            describe(w, hint)
            self.widgets[key] = w
            self.labels[key] = label
            error = QLabel("")
            error.setObjectName(f"{key}Error")
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            themed(error, "color: $(error);")
            error.hide()
            self.field_errors[key] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(w)
            column.addWidget(error)
            form.addRow(label + (" *" if key in self.required else ""), cell)
        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        themed(self.error, "color: $(error);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._submit = submit
        self._check = check
        # wide enough that an error sentence beside a field takes a line or two
        self.setMinimumWidth(460)

    def _generic_hint(self, kind: str, required: bool) -> str:
        if kind == "choice":
            return self.tr("Pick one with the arrow keys; Tab moves on")
        if kind == "password":
            return self.tr("Hidden as you type; Tab moves on")
        if required:
            return self.tr("Required; Tab moves to the next field")
        return self.tr("May stay empty; Tab moves to the next field")

    def set(self, key: str, value: str) -> None:
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            w.setCurrentText(value)
        else:
            w.setText(value)

    def values(self) -> dict[str, str]:
        return {
            k: (w.currentText() if isinstance(w, QComboBox) else w.text())
            for k, w in self.widgets.items()
        }

    def problems_here(self, v: dict[str, str]) -> dict[str, str]:
        """What the form itself can tell: empty required fields, the repeat that differs."""
        problems = {
            k: f"{self.labels[k]}: required." for k in self.required if not v.get(k, "").strip()
        }
        if "password" in v and "repeat" in v and v["password"] != v["repeat"]:
            problems["repeat"] = "The two passwords differ."
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem beside its field (and read out with it); the rest under the form."""
        for key, label in self.field_errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            self.widgets[key].setAccessibleDescription(text or self.hints[key])
        general = [t for k, t in problems.items() if k not in self.field_errors]
        self.error.setText("\n".join(general))
        first = next((k for k in self.widgets if k in problems), None)
        if first is not None:
            self.widgets[first].setFocus()
        # grow to hold the wrapped sentences (never past the screen: the form is short)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    @asyncSlot()
    async def _accept(self) -> None:
        v = self.values()
        self.ok_button.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        try:
            problems = dict(self.problems_here(v))
            if self._check is not None:
                problems = {**(await self._check(v) or {}), **problems}
            if not problems:
                self.error.setText(self.tr("Saving…"))
                problems = await self._submit(v) or {}
        finally:
            self.ok_button.setEnabled(True)
        if problems:
            self.show_problems(problems)
            return
        self.show_problems({})
        self.accept()


class AdminPanel(QDialog):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert console.actor is not None
        self.console = console
        self.setObjectName("adminPanel")
        self.setWindowTitle(self.tr("People and permissions — Social Console"))
        fit_to_screen(self, 1100, 640)
        self.dialog: FormDialog | None = None
        self.busy = 0
        self.teams: list[str] = []
        self.roles: list[directory.RoleRow] = []
        self.accounts: list[str] = []
        self.employees: list[directory.EmployeeRow] = []

        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("People and permissions"))
        describe_tab_bar(self.tabs)
        self.tabs.addTab(self._employees_tab(), self.tr("Employees"))
        self.tabs.addTab(self._teams_tab(), self.tr("Teams"))
        self.tabs.addTab(self._roles_tab(), self.tr("Roles"))
        self.tabs.addTab(self._accounts_tab(), self.tr("Account access"))
        self.tabs.addTab(self._matrix_tab(), self.tr("Who can do what"))
        self.tabs.addTab(self._audit_tab(), self.tr("Audit trail"))
        # the front desk's policies: who sends without approval, who may reply, capacity
        self.reply_policy = ReplyPolicyTab(console)
        self.tabs.addTab(self.reply_policy, self.tr("Reply policy"))
        self.capacity = CapacityTab(console)
        self.tabs.addTab(self.capacity, self.tr("Capacity"))
        self.conversation_settings = ConversationSettingsTab(console)
        self.tabs.addTab(self.conversation_settings, self.tr("Conversations"))
        # IT's switch for learning from corrections (app.learning.switch)
        self.learning_settings = LearningSettingsTab(console)
        self.tabs.addTab(self.learning_settings, self.tr("Learning"))
        self.guardrails = GuardrailsTab(console)
        self.tabs.addTab(self.guardrails, self.tr("Guardrails"))
        self.status = QLabel("")
        self.status.setObjectName("adminStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        self.refresh()
        self.reply_policy.reload()
        self.capacity.reload()

    # -- tabs ---------------------------------------------------------------------------------
    def _buttons(self, *specs: tuple[str, str, Callable[[], None], str]) -> QHBoxLayout:
        """A row of buttons: (object name, text, what it runs, what it does in a sentence)."""
        row = QHBoxLayout()
        for name, text, slot, description in specs:
            b = QPushButton(text)
            b.setObjectName(name)
            describe(b, description)
            b.clicked.connect(slot)
            row.addWidget(b)
            setattr(self, name, b)
        row.addStretch(1)
        return row

    def _employees_tab(self) -> QWidget:
        self.employee_model = RowsModel(
            ("User name", "Name", "E-mail", "Active", "Locked", "Teams", "Roles")
        )
        self.employee_table = _table(
            "employeeTable",
            self.employee_model,
            "Employees",
            self.tr("Everyone who may sign in; the buttons above act on the picked person"),
        )
        box = QWidget()
        v = QVBoxLayout(box)
        v.addLayout(
            self._buttons(
                (
                    "addEmployeeButton",
                    "Add…",
                    self.ask_add_employee,
                    self.tr("Adds a person who may sign in"),
                ),
                (
                    "deactivateButton",
                    "Deactivate",
                    lambda: self._on_selected(self.deactivate),
                    self.tr("Stops the picked person signing in; their work stays"),
                ),
                (
                    "reactivateButton",
                    "Reactivate",
                    lambda: self._on_selected(self.reactivate),
                    self.tr("Lets the picked person sign in again"),
                ),
                (
                    "resetPasswordButton",
                    "Reset password…",
                    self.ask_reset_password,
                    self.tr("Gives the picked person a new password"),
                ),
                (
                    "grantButton",
                    "Grant role…",
                    lambda: self.ask_grant(account_required=False),
                    self.tr("Gives the picked person a role, for a team or everywhere"),
                ),
                (
                    "revokeButton",
                    "Revoke role…",
                    self.ask_revoke,
                    self.tr("Takes a role away from the picked person at once"),
                ),
                (
                    "addTeamMemberButton",
                    "Add to team…",
                    self.ask_add_to_team,
                    self.tr("Puts the picked person in a team"),
                ),
                (
                    "removeTeamMemberButton",
                    "Remove from team…",
                    self.ask_remove_from_team,
                    self.tr("Takes the picked person out of a team"),
                ),
            )
        )
        v.addWidget(self.employee_table)
        return box

    def _teams_tab(self) -> QWidget:
        self.team_model = RowsModel(("Team", "Department", "Members"))
        box = QWidget()
        v = QVBoxLayout(box)
        v.addLayout(
            self._buttons(
                (
                    "newTeamButton",
                    "New team…",
                    self.ask_new_team,
                    self.tr("Creates a team with its own inbox"),
                )
            )
        )
        v.addWidget(
            _table(
                "teamTable",
                self.team_model,
                "Teams",
                self.tr("Every team, its department and how many people are in it"),
            )
        )
        return box

    def _roles_tab(self) -> QWidget:
        self.role_list = QListWidget()
        self.role_list.setObjectName("roleList")
        describe(
            self.role_list,
            self.tr("Pick a role to see and change its permissions"),
            self.tr("Roles"),
        )
        self.role_list.currentRowChanged.connect(self._role_selected)
        self.role_checks: dict[Permission, QCheckBox] = {}
        grid = QGridLayout()
        for i, p in enumerate(Permission):
            cb = QCheckBox(p.title)
            cb.setObjectName(f"perm_{p.value}")
            describe(
                cb,
                self.tr(
                    "Ticked: the picked role may do this ({permission}); saved by Save permissions"
                ).format(permission=p.title),
            )
            self.role_checks[p] = cb
            grid.addWidget(cb, i % 7, i // 7)
        self.role_note = QLabel("")
        self.role_note.setTextFormat(Qt.TextFormat.PlainText)
        self.role_note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.role_note)
        right.addLayout(grid)
        right.addLayout(
            self._buttons(
                (
                    "saveRoleButton",
                    "Save permissions",
                    self.save_role_permissions,
                    self.tr("Keeps the ticked permissions for the picked role"),
                ),
                (
                    "newRoleButton",
                    "New role…",
                    self.ask_new_role,
                    self.tr("Creates a role, a named set of permissions"),
                ),
            )
        )
        right.addStretch(1)
        box = QWidget()
        h = QHBoxLayout(box)
        h.addWidget(self.role_list, 1)
        h.addLayout(right, 3)
        return box

    def _accounts_tab(self) -> QWidget:
        self.grant_model = RowsModel(("Person", "Role", "Team", "Brand account"))
        self.grant_table = _table(
            "accountGrantTable",
            self.grant_model,
            "Roles for one brand account",
            self.tr("Roles that hold for one brand account only, one row each"),
        )
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(
            QLabel(
                self.tr(
                    "Roles given for one brand account only (e.g. marketing may post on @acme)."
                )
            )
        )
        v.addLayout(
            self._buttons(
                (
                    "accountGrantButton",
                    "Grant for an account…",
                    lambda: self.ask_grant(account_required=True),
                    self.tr("Gives a person a role on one brand account only"),
                ),
                (
                    "accountRevokeButton",
                    "Revoke selected",
                    self.revoke_selected_account_grant,
                    self.tr("Takes away the picked account role at once"),
                ),
            )
        )
        v.addWidget(self.grant_table)
        return box

    def _matrix_tab(self) -> QWidget:
        self.matrix_model = RowsModel(("User name", "Name"))
        box = QWidget()
        v = QVBoxLayout(box)
        v.addWidget(
            QLabel(self.tr("Active people × permissions: where each person may do each thing."))
        )
        v.addWidget(
            _table(
                "matrixTable",
                self.matrix_model,
                "Who can do what",
                self.tr("One row per active person, one column per permission"),
            )
        )
        return box

    def _audit_tab(self) -> QWidget:
        self.audit_model = RowsModel(("When (UTC)", "Who", "Action", "Target", "Detail"))
        self.audit_action = QComboBox()
        self.audit_action.setObjectName("auditAction")
        self.audit_action.addItem("")
        self.audit_person = QLineEdit()
        self.audit_person.setObjectName("auditPerson")
        self.audit_person.setPlaceholderText(self.tr("who"))
        self.audit_text = QLineEdit()
        self.audit_text.setObjectName("auditText")
        self.audit_text.setPlaceholderText(self.tr("contains"))
        self.audit_days = QSpinBox()
        self.audit_days.setObjectName("auditDays")
        self.audit_days.setRange(0, 3650)
        self.audit_days.setSpecialValueText(self.tr("any time"))
        self.audit_days.setSuffix(self.tr(" days"))
        self.audit_rows: list[directory.AuditRow] = []
        filters = QHBoxLayout()
        for label, name, w, description in (
            ("&Action", "Audit action", self.audit_action, self.tr("Shows one kind of event only")),
            ("&Person", "Audit person", self.audit_person, self.tr("Shows what one person did")),
            (
                "Te&xt",
                "Audit text contains",
                self.audit_text,
                self.tr("Shows events whose detail holds this text"),
            ),
            (
                "&Last",
                "Audit period",
                self.audit_days,
                self.tr("How many days back; 0 for any time"),
            ),
        ):
            caption = QLabel(label)
            caption.setBuddy(w)  # Alt+letter jumps to the field
            describe(w, description, name)
            filters.addWidget(caption)
            filters.addWidget(w)
        b = QPushButton(self.tr("Apply"))
        b.setObjectName("auditApply")
        describe(b, self.tr("Shows the events that match these filters"))
        b.clicked.connect(self.load_audit)
        filters.addWidget(b)
        e = QPushButton(self.tr("Export CSV…"))
        e.setObjectName("auditExport")
        describe(e, self.tr("Saves the events shown as a CSV file"))
        e.clicked.connect(self.ask_export)
        filters.addWidget(e)
        filters.addStretch(1)
        box = QWidget()
        v = QVBoxLayout(box)
        v.addLayout(filters)
        v.addWidget(
            _table(
                "auditTable",
                self.audit_model,
                "Audit trail",
                self.tr("Every change of consequence, newest first; no one can alter it"),
            )
        )
        return box

    # -- running work -------------------------------------------------------------------------
    def _selected_username(self) -> str | None:
        rows = self.employee_table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Select a person first."))
            return None
        return str(self.employee_model.rows[rows[0].row()][0])

    def _on_selected(self, action: Callable[[str], Any]) -> None:
        user = self._selected_username()
        if user is not None:
            action(user)

    def _change(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One unit of work in a worker thread: commit, or roll back and raise."""
        with self.console.factory() as s:
            try:
                result = fn(s, self.console.actor, *args, **kwargs)
                s.commit()
                return result
            except BaseException:
                s.rollback()
                raise

    async def _run(self, done: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Problems:
        """None when done; else the refusal, by field where the service says which."""
        self.busy += 1
        try:
            await run_blocking(self._change, fn, *args, **kwargs)
        except provisioning.FieldErrors as exc:
            self.status.setText(str(exc))
            return exc.problems
        except provisioning.ImportRejected as exc:
            self.status.setText(f"{exc}\n" + "\n".join(exc.errors))
            return {"": self.status.text()}
        except Exception as exc:  # noqa: BLE001 - every refusal is shown in words
            self.status.setText(describe_error(exc))
            return {"": self.status.text()}
        finally:
            self.busy -= 1
        self.status.setText(done)
        await self._reload()
        await self._load_audit()
        return None

    def _read(self, s: Session) -> dict[str, Any]:
        a = self.console.actor
        assert a is not None
        m = directory.who_can_do_what(s, a)
        return {
            "employees": directory.list_employees(s, a),
            "teams": directory.list_teams(s, a),
            "roles": directory.list_roles(s, a),
            "grants": directory.list_grants(s, a, accounts_only=True),
            "accounts": directory.list_accounts(s, a),
            "matrix": m,
            "actions": directory.audit_actions(s, a),
        }

    def _read_all(self) -> dict[str, Any]:
        with self.console.session() as s:
            return self._read(s)

    @asyncSlot()
    async def refresh(self) -> None:
        await self._reload()
        await self._load_audit()

    async def _reload(self) -> None:
        self.busy += 1
        try:
            data = await run_blocking(self._read_all)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(describe_error(exc))
            return
        finally:
            self.busy -= 1
        self.employees = data["employees"]
        self.employee_model.set_rows(
            [
                (e.username, e.display_name, e.email, e.active, e.locked, e.teams, e.roles)
                for e in self.employees
            ]
        )
        self.teams = [t[0] for t in data["teams"]]
        self.team_model.set_rows(data["teams"])
        self.roles = data["roles"]
        current = self.role_list.currentRow()
        self.role_list.blockSignals(True)
        self.role_list.clear()
        for r in self.roles:
            item = QListWidgetItem(
                f"{r.name} ({'default' if r.builtin else 'custom'}, {r.holders})"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.name)
            self.role_list.addItem(item)
        self.role_list.blockSignals(False)
        self.role_list.setCurrentRow(max(0, min(current, len(self.roles) - 1)))
        self._role_selected(self.role_list.currentRow())
        self.accounts = data["accounts"]
        self.grant_model.set_rows([(g.username, g.role, g.team, g.account) for g in data["grants"]])
        m: directory.Matrix = data["matrix"]
        self.matrix_model.set_rows(
            [(u, n, *cells) for u, n, cells in m.rows],
            headers=["User name", "Name", *[p.title for p in m.permissions]],
        )
        chosen = self.audit_action.currentText()
        self.audit_action.blockSignals(True)
        self.audit_action.clear()
        self.audit_action.addItems(["", *data["actions"]])
        self.audit_action.setCurrentText(chosen)
        self.audit_action.blockSignals(False)

    # -- employees ----------------------------------------------------------------------------
    def _form(
        self,
        title: str,
        fields: Sequence[tuple[str, str, str, Sequence[str]]],
        submit: Submit,
        *,
        required: Sequence[str] = (),
        check: Submit | None = None,
        hints: Mapping[str, str] | None = None,
    ) -> FormDialog:
        self.dialog = FormDialog(
            self, title, fields, submit, required=required, check=check, hints=hints
        )
        self.dialog.open()
        return self.dialog

    def ask_add_employee(self) -> None:
        self._form(
            "Add an employee",
            [
                ("username", "User name (sign-in)", "text", ()),
                ("display_name", "Name", "text", ()),
                ("email", "E-mail", "text", ()),
                ("team", "Team", "choice", ["", *self.teams]),
                ("role", "Role", "choice", ["", *[r.name for r in self.roles]]),
                ("password", "Password", "password", ()),
                ("repeat", "Repeat password", "password", ()),
            ],
            self.add_employee,
            required=("username", "display_name"),
            check=self.check_new_employee,
            hints={
                "username": self.tr("What this person types to sign in"),
                "display_name": self.tr("The name colleagues see"),
                "email": self.tr("Where notifications are sent; may stay empty"),
                "team": self.tr("The team whose inbox this person works"),
                "role": self.tr("What this person may do; more roles can be granted later"),
                "password": self.tr("The first password; this person can change it"),
                "repeat": self.tr("The same password again, to catch a typing slip"),
            },
        )

    async def check_new_employee(self, v: dict[str, str]) -> Problems:
        """The service's own checks, all at once, before anything is written."""

        def read() -> dict[str, str]:
            with self.console.session() as s:
                return provisioning.check_new_employee(
                    s,
                    self.console.actor,
                    v["username"],
                    v["display_name"],
                    email=v.get("email") or None,
                    teams=[v["team"]] if v.get("team") else [],
                    roles=[v["role"]] if v.get("role") else [],
                    password=v.get("password") or None,
                )

        try:
            return await run_blocking(read)
        except Exception as exc:  # noqa: BLE001 - said in the dialog, the input stays
            return {"": describe_error(exc)}

    @asyncSlot(dict)
    async def add_employee(self, v: dict[str, str]) -> Problems:
        return await self._run(
            f"Added {v['username'].strip().lower()}.",
            provisioning.add_employee,
            v["username"],
            v["display_name"],
            email=v.get("email") or None,
            teams=[v["team"]] if v.get("team") else [],
            roles=[v["role"]] if v.get("role") else [],
            password=v.get("password") or None,
            origin=self.console.origin,
        )

    @asyncSlot(str)
    async def deactivate(self, user: str) -> Problems:
        return await self._run(
            f"Deactivated {user}; they are signed out everywhere.",
            provisioning.deactivate,
            user,
            origin=self.console.origin,
        )

    @asyncSlot(str)
    async def reactivate(self, user: str) -> Problems:
        return await self._run(
            f"Reactivated {user}.", provisioning.reactivate, user, origin=self.console.origin
        )

    def ask_reset_password(self) -> None:
        user = self._selected_username()
        if user is None:
            return
        self._form(
            f"New password for {user}",
            [("password", "Password", "password", ()), ("repeat", "Repeat", "password", ())],
            lambda v: self.reset_password(user, v["password"]),
            required=("password",),
        )

    @asyncSlot(str, str)
    async def reset_password(self, user: str, password: str) -> Problems:
        return await self._run(
            f"New password set for {user}.", provisioning.reset_password, user, password
        )

    def ask_grant(self, *, account_required: bool) -> None:
        user = self._selected_username() if not account_required else None
        people = [e.username for e in self.employees if e.active]
        fields: list[tuple[str, str, str, Sequence[str]]] = []
        if user is None:
            if not account_required:
                return
            fields.append(("person", "Person", "choice", people))
        fields += [
            ("role", "Role", "choice", [r.name for r in self.roles]),
            ("team", "Only for team", "choice", [ANY, *self.teams]),
            (
                "account",
                "Only for account",
                "choice",
                ([] if account_required else [ANY]) + self.accounts,
            ),
        ]
        self._form(
            "Grant a role",
            fields,
            lambda v: self.grant(v.get("person") or user or "", v["role"], v["team"], v["account"]),
        )

    @asyncSlot(str, str, str, str)
    async def grant(self, user: str, role: str, team: str, account: str) -> Problems:
        return await self._run(
            f"Granted {role} to {user}.",
            provisioning.grant_role,
            user,
            role,
            team=None if team in ("", ANY) else team,
            account=None if account in ("", ANY) else account,
            origin=self.console.origin,
        )

    def ask_revoke(self) -> None:
        user = self._selected_username()
        if user is None:
            return
        row = next((e for e in self.employees if e.username == user), None)
        self._form(
            f"Revoke a role from {user}",
            [("grant", "Role", "choice", list(row.roles) if row else [])],
            lambda v: self.revoke_described(user, v["grant"]),
        )

    def revoke_described(self, user: str, described: str) -> Awaitable[Problems]:
        """“pr (Sales, @acme)” as listed → role pr for team Sales and account @acme."""
        role, _, scope = described.partition(" (")
        team = account = None
        for part in scope.rstrip(")").split(", ") if scope else []:
            if part.startswith("@"):
                account = part
            elif part:
                team = part
        return self.revoke(user, role, team or "", account or "")

    @asyncSlot(str, str, str, str)
    async def revoke(self, user: str, role: str, team: str, account: str) -> Problems:
        return await self._run(
            f"Revoked {role} from {user}.",
            provisioning.revoke_role,
            user,
            role,
            team=team or None,
            account=account or None,
            origin=self.console.origin,
        )

    def revoke_selected_account_grant(self) -> None:
        rows = self.grant_table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Select an account grant first."))
            return
        user, role, team, account = self.grant_model.rows[rows[0].row()]
        self.revoke(user, role, team, account)

    def ask_add_to_team(self) -> None:
        user = self._selected_username()
        if user is not None:
            self._form(
                f"Add {user} to a team",
                [("team", "Team", "choice", self.teams)],
                lambda v: self.team_membership(user, v["team"], True),
            )

    def ask_remove_from_team(self) -> None:
        user = self._selected_username()
        row = next((e for e in self.employees if e.username == user), None)
        if user is not None:
            self._form(
                f"Remove {user} from a team",
                [("team", "Team", "choice", list(row.teams) if row else [])],
                lambda v: self.team_membership(user, v["team"], False),
            )

    @asyncSlot(str, str, bool)
    async def team_membership(self, user: str, team: str, add: bool) -> Problems:
        fn = provisioning.add_to_team if add else provisioning.remove_from_team
        words = f"{user} is now in {team}." if add else f"{user} is no longer in {team}."
        return await self._run(words, fn, user, team, origin=self.console.origin)

    # -- teams and roles ----------------------------------------------------------------------
    def ask_new_team(self) -> None:
        self._form(
            "New team",
            [("name", "Name", "text", ()), ("department", "Department", "text", ())],
            lambda v: self.new_team(v["name"], v["department"] or "support"),
            required=("name",),
        )

    @asyncSlot(str, str)
    async def new_team(self, name: str, department: str) -> Problems:
        return await self._run(
            f"Created the team {name.strip()}.", provisioning.create_team, name, department
        )

    def _role_selected(self, row: int) -> None:
        role = self.roles[row] if 0 <= row < len(self.roles) else None
        for p, cb in self.role_checks.items():
            cb.setChecked(bool(role and p.value in role.permissions))
            cb.setEnabled(bool(role and not role.builtin))
        self.save_role_button_enabled = bool(role and not role.builtin)
        self.saveRoleButton.setEnabled(self.save_role_button_enabled)  # type: ignore[attr-defined]
        if role is None:
            self.role_note.setText("")
        elif role.builtin:
            self.role_note.setText(
                self.tr("{name}: {description} (a default role: read-only).").format(
                    name=role.name, description=role.description
                )
            )
        else:
            self.role_note.setText(f"{role.name}: {role.description or 'custom role'}")

    def save_role_permissions(self) -> None:
        row = self.role_list.currentRow()
        if not 0 <= row < len(self.roles):
            return
        perms = [p.value for p, cb in self.role_checks.items() if cb.isChecked()]
        self.edit_role(self.roles[row].name, perms)

    @asyncSlot(str, list)
    async def edit_role(self, name: str, permissions: list[str]) -> Problems:
        return await self._run(
            f"Saved the role {name}.",
            provisioning.edit_role,
            name,
            permissions=permissions,
            origin=self.console.origin,
        )

    def ask_new_role(self) -> None:
        self._form(
            "New role",
            [("name", "Name", "text", ()), ("description", "Description", "text", ())],
            lambda v: self.new_role(v["name"], v["description"]),
            required=("name",),
        )

    @asyncSlot(str, str)
    async def new_role(self, name: str, description: str) -> Problems:
        return await self._run(
            f"Created the role {name.strip()}; tick its permissions and save.",
            provisioning.create_role,
            name,
            [],
            description,
        )

    # -- audit trail --------------------------------------------------------------------------
    @asyncSlot()
    async def load_audit(self) -> None:
        await self._load_audit()

    async def _load_audit(self) -> None:
        days = self.audit_days.value()
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        action, person, text = (
            self.audit_action.currentText() or None,
            self.audit_person.text().strip() or None,
            self.audit_text.text().strip() or None,
        )

        def read() -> list[directory.AuditRow]:
            with self.console.session() as s:
                return directory.audit_events(
                    s, self.console.actor, action=action, person=person, since=since, contains=text
                )

        self.busy += 1
        try:
            self.audit_rows = await run_blocking(read)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(describe_error(exc))
            return
        finally:
            self.busy -= 1
        self.audit_model.set_rows(
            [(r.at, r.actor, r.action, r.target, r.detail) for r in self.audit_rows]
        )

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """The rows shown (with the filters applied) as CSV."""
        try:
            path.write_text(directory.audit_csv(self.audit_rows), encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                self.tr("Could not write {path}: {value}.").format(
                    path=path, value=exc.strerror or exc
                )
            )
            return
        self.status.setText(
            self.tr("Exported {audit_rows} events to {path}.").format(
                audit_rows=len(self.audit_rows), path=path
            )
        )
