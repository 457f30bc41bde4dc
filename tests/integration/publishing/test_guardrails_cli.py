"""``admin guardrails``: IT adds, lists and removes rules at the command line; a hostile
pattern is refused with the reason and nothing is stored (both backends)."""

from __future__ import annotations

import io

from sqlalchemy import func, select

from app import admin_cli
from app.db.models import GuardrailRule
from main import build_parser


def _cli(console, *args: str) -> tuple[int, str, str]:
    url = console.engine.url.render_as_string(hide_password=False)
    ns = build_parser().parse_args(["--db", url, "admin", *args])
    out, err = io.StringIO(), io.StringIO()
    rc = admin_cli.run(ns, url, out, err)
    return rc, out.getvalue(), err.getvalue()


def test_guardrails_at_the_command_line(demo_console) -> None:
    rc, out, _ = _cli(demo_console, "guardrails", "list")
    assert rc == 0 and "No guardrail" in out
    rc, out, err = _cli(
        demo_console,
        "guardrails",
        "add",
        "banned",
        "guarantee",
        "--role",
        "agent",
        "--reason",
        "legal: we never promise outcomes",
    )
    assert rc == 0, err
    assert "Banned phrase (block): guarantee — legal: we never promise outcomes [role agent]" in out
    rc, out, err = _cli(demo_console, "guardrails", "add", "banned", "re:(a+)+$")
    assert rc != 0
    assert "repeats a group that itself repeats" in err
    rc, out, err = _cli(demo_console, "guardrails", "add", "links", "acme.example", "--warn")
    assert rc == 0, err
    rc, out, _ = _cli(demo_console, "guardrails", "list")
    assert out.count("\n") == 2 and "Allowed link domains (warn): acme.example" in out
    rule_id = out.split()[0]
    rc, out, err = _cli(demo_console, "guardrails", "remove", rule_id)
    assert rc == 0 and f"Removed guardrail {rule_id}" in out
    rc, _, err = _cli(demo_console, "guardrails", "remove", "9999")
    assert rc != 0 and "no guardrail number 9999" in err
    with demo_console.session() as s:
        assert s.scalar(select(func.count()).select_from(GuardrailRule)) == 1
