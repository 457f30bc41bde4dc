"""``admin approval-policy | set-approval | owner-only | capacity``: the front desk's policies at
the command line (both backends; the CLI function in this process, as IT with owner rights),
and the capacity tab a team lead uses in the app."""

from __future__ import annotations

import io
from dataclasses import replace

from sqlalchemy import select

from app import admin_cli
from app.db.models import Employee, Workspace
from app.identity.auth import authenticate
from main import build_parser
from tests.support.qt import running_qasync_loop
from ui.admin.capacity import CAPACITY_COLUMN, CapacityDialog


def _cli(url: str, *args: str) -> tuple[int, str, str]:
    ns = build_parser().parse_args(["--db", url, "admin", *args])
    out, err = io.StringIO(), io.StringIO()
    rc = admin_cli.run(ns, url, out, err)
    return rc, out.getvalue(), err.getvalue()


def _url(console) -> str:
    return console.engine.url.render_as_string(hide_password=False)


def test_policies_at_the_command_line(demo_console) -> None:
    url = _url(demo_console)
    rc, out, _ = _cli(url, "approval-policy")
    assert rc == 0
    assert "agent            replies without approval" in out
    assert "sales            replies needs approval" in out
    assert "none (each author's role decides)" in out
    assert "owner-only is off" in out

    rc, out, _ = _cli(url, "set-approval", "--role", "agent", "reply", "required")
    assert (rc, out) == (0, "The role agent: reply needs approval.\n")
    rc, out, _ = _cli(url, "set-approval", "--team", "Sales", "reply", "required")
    assert out == "In Sales, for each reply: every one needs approval.\n"
    rc, out, _ = _cli(url, "owner-only", "on")
    assert out == "Only the colleague who holds a conversation may now reply in it.\n"
    rc, out, _ = _cli(url, "approval-policy")
    assert "agent            replies needs approval" in out
    assert "  Sales: replies" in out and "owner-only is on" in out
    with demo_console.session() as s:
        settings = s.scalar(select(Workspace.settings))
        assert settings["owner_only_reply"] is True

    rc, out, _ = _cli(url, "capacity", "alice", "4")
    assert out == "alice now gets at most 4 open conversations from auto-assignment.\n"
    rc, out, _ = _cli(url, "capacity", "alice", "1")
    assert out == "alice now gets at most 1 open conversation from auto-assignment.\n"
    rc, out, err = _cli(url, "capacity", "alice", "5000")
    assert rc == 1 and "A capacity runs from 0 to 1000" in err
    rc, out, err = _cli(url, "set-approval", "--role", "nobody", "reply", "required")
    assert rc == 1 and "There is no role named “nobody”" in err
    rc, out, _ = _cli(url, "capacity")
    assert "alice" in out and "capacity    1" in out


def test_a_team_lead_sets_capacity_in_the_app(qtbot, qapp, demo_console) -> None:
    with demo_console.session() as s:
        lena = replace(demo_console, actor=authenticate(s, "lena", "demo"), origin="ws-lena")
    with running_qasync_loop(qapp):
        dialog = CapacityDialog(lena)
        qtbot.addWidget(dialog)
        dialog.show()
        tab = dialog.tab
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)
        # a lead sets the capacity of her own team's people only (Customer Service)
        names = sorted(tab.model.item(r, 1).text() for r in range(tab.model.rowCount()))
        assert names == ["alice", "bob", "lena"]
        assert tab.summary.text() == "3 agents whose capacity you may set."
        row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r, 1).text() == "bob")
        tab.model.item(row, CAPACITY_COLUMN).setData(2, 2)  # Qt.EditRole
        qtbot.waitUntil(
            lambda: (
                tab.message.text()
                == "Bob Okafor now gets at most 2 open conversations from auto-assignment."
            ),
            timeout=15_000,
        )
        with demo_console.session() as s:
            assert s.scalar(select(Employee.capacity).where(Employee.username == "bob")) == 2
        dialog.close()
