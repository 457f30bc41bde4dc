"""``main.py admin …`` as IT runs it: a real process, passwords never on the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from app.demo import ensure_demo_workspace
from app.identity.auth import authenticate
from app.session.console import Console

ROOT = Path(__file__).resolve().parents[3]


def admin(
    url: str, *args: str, tmp_path: Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, SOCIAL_CONSOLE_HOME=str(tmp_path / "home"), **(env or {}))
    full_env.pop("SOCIAL_CONSOLE_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "admin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        cwd=ROOT,
    )


class Result:
    def __init__(self, returncode: int, stdout: str, stderr: str, args: list[str]) -> None:
        self.returncode, self.stdout, self.stderr, self.args = returncode, stdout, stderr, args


@pytest.fixture
def cli(monkeypatch):
    """The CLI function in this process (fast); ``admin`` above runs the real program."""
    from app import admin_cli
    from main import build_parser

    def call(url: str, *args: str, tmp_path: Path, stdin: str = "", env=None) -> Result:
        ns = build_parser().parse_args(["--db", url, "admin", *args])
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        for k, v in (env or {}).items():
            monkeypatch.setenv(k, v)
        rc = admin_cli.run(ns, url, out, err)
        return Result(rc, out.getvalue(), err.getvalue(), list(args))

    return call


@pytest.fixture
def demo_db(sqlite_url: str) -> str:
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    console.close()
    return sqlite_url


def test_provisioning_round_trip_on_sqlite(demo_db: str, tmp_path: Path, cli) -> None:
    secret = "zoe-secret-pw"
    p = admin(
        demo_db,
        "add",
        "zoe",
        "--name",
        "Zoe Quinn",
        "--team",
        "Sales",
        "--role",
        "sales",
        "--password-stdin",
        tmp_path=tmp_path,
        stdin=secret + "\n",
    )
    assert p.returncode == 0, p.stderr
    assert "Added zoe (Zoe Quinn)." in p.stdout
    console = Console.open(demo_db)
    with console.session() as s:
        assert authenticate(s, "zoe", secret).username == "zoe"
    console.close()

    p = cli(demo_db, "grant", "zoe", "pr", "--account", "@acme", tmp_path=tmp_path)
    assert p.returncode == 0 and "Granted pr to zoe for account @acme." in p.stdout
    p = cli(demo_db, "permissions", "zoe", tmp_path=tmp_path)
    assert "read_team_inbox" in p.stdout and "own teams: Sales" in p.stdout
    assert "account @acme" in p.stdout
    p = cli(demo_db, "employees", tmp_path=tmp_path)
    assert "zoe" in p.stdout and "Zoe Quinn" in p.stdout
    p = cli(demo_db, "roles", tmp_path=tmp_path)
    assert "it admin (default, 1 people): " in p.stdout
    p = cli(demo_db, "matrix", tmp_path=tmp_path)
    assert p.stdout.splitlines()[0].startswith("username,name,read_team_inbox")

    p = cli(
        demo_db, "reset-password", "zoe", tmp_path=tmp_path, env={"NEWPW": "another-pw-1"}, stdin=""
    )
    assert p.returncode == 1 and "--password-env" in p.stderr  # no terminal, no source given
    p = cli(
        demo_db,
        "reset-password",
        "zoe",
        "--password-env",
        "NEWPW",
        tmp_path=tmp_path,
        env={"NEWPW": "another-pw-1"},
    )
    assert p.returncode == 0, p.stderr

    p = cli(demo_db, "deactivate", "zoe", tmp_path=tmp_path)
    assert p.returncode == 0 and "signed out everywhere" in p.stdout
    p = cli(demo_db, "audit", "--csv", tmp_path=tmp_path)
    lines = p.stdout.splitlines()
    assert lines[0] == "id,at,actor,action,target,detail"
    actions = [line.split(",")[3] for line in lines[1:]]
    for a in ("employee_added", "role_granted", "password_reset", "employee_deactivated"):
        assert a in actions
    assert "admin cli (" in p.stdout
    p = cli(demo_db, "audit", "--action", "employee_added", tmp_path=tmp_path)
    assert p.stdout.count("employee_added") == 1
    everything = p.stdout + p.stderr + " ".join(p.args)
    assert secret not in everything and "another-pw-1" not in everything


def test_bad_input_is_one_sentence_and_exit_1(demo_db: str, tmp_path: Path, cli) -> None:
    for args, words in (
        (("deactivate", "ines"), "last active IT admin"),
        (("add", "alice", "--name", "A", "--no-password"), "is taken"),
        (("add-team", "ghost", "Sales"), "no employee named “ghost”"),
        (("grant", "alice", "wizard"), "no role named “wizard”"),
        (("audit", "--since", "yesterday"), "is not a date"),
    ):
        p = cli(demo_db, *args, tmp_path=tmp_path)
        assert p.returncode == 1, args
        assert words in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
        assert "Traceback" not in p.stderr
    p = admin(demo_db, "deactivate", "ines", tmp_path=tmp_path)
    assert p.returncode == 1 and "last active IT admin" in p.stderr and "Traceback" not in p.stderr


def test_import_csv_reports_every_bad_row(demo_db: str, tmp_path: Path, cli) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text(
        "username,display_name,teams,roles,password\n"
        "kim,Kim,Sales,sales,kim-password\n"
        "lee,,Sales,sales,lee-password\n"
        "max,Max,Moon,sales,max-password\n",
        encoding="utf-8",
    )
    p = cli(demo_db, "import-csv", str(bad), tmp_path=tmp_path)
    assert p.returncode == 1
    assert "Nothing was imported: 2 problems" in p.stderr
    assert "Line 3 (lee): the display name is empty." in p.stderr
    assert "Line 4 (max): there is no team named “Moon”." in p.stderr
    assert "kim-password" not in p.stderr
    assert "kim" not in cli(demo_db, "employees", tmp_path=tmp_path).stdout
    good = tmp_path / "good.csv"
    good.write_text("username,display_name,roles\nkim,Kim,sales\n", encoding="utf-8")
    p = cli(demo_db, "import-csv", str(good), tmp_path=tmp_path)
    assert p.returncode == 0 and "Imported 1 employees: kim." in p.stdout
    assert "kim has no password yet" in p.stdout


@pytest.mark.postgres
def test_postgres_login_is_created_and_blocked(
    pg_cluster, pg_url: str, tmp_path: Path, cli
) -> None:
    console = Console.open(pg_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    console.close()
    who = f"uma_{uuid.uuid4().hex[:6]}"
    p = cli(
        pg_url,
        "add",
        who,
        "--name",
        "Uma",
        "--team",
        "Customer Service",
        "--role",
        "agent",
        "--password-env",
        "UMA_PW",
        tmp_path=tmp_path,
        env={"UMA_PW": "uma-password"},
    )
    assert p.returncode == 0, p.stderr
    db = pg_url.rsplit("/", 1)[1]
    conn = psycopg.connect(pg_cluster.conninfo(db, user=who, password="uma-password"))
    assert conn.execute("SELECT session_user").fetchone() == (who,)
    p = cli(pg_url, "deactivate", who, tmp_path=tmp_path)
    assert p.returncode == 0, p.stderr
    # the open session was ended, and a new one is refused
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(pg_cluster.conninfo(db, user=who, password="uma-password"))
    p = cli(pg_url, "reactivate", who, tmp_path=tmp_path)
    assert p.returncode == 0
    psycopg.connect(pg_cluster.conninfo(db, user=who, password="uma-password")).close()


def test_one_conversation_per_customer_is_switched_from_the_command_line(
    demo_db: str, tmp_path: Path, cli
) -> None:
    shown = cli(demo_db, "one-conversation-per-customer", tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "per customer and channel: on" in shown.stdout
    off = cli(demo_db, "one-conversation-per-customer", "off", tmp_path=tmp_path)
    assert off.returncode == 0 and "channel: off" in off.stdout
    from sqlalchemy import select

    from app.db.models import AuditEvent, Workspace

    console = Console.open(demo_db)
    try:
        with console.session() as s:
            assert s.scalar(select(Workspace.settings))["one_open_per_customer"] is False
            event = s.scalar(select(AuditEvent).where(AuditEvent.action == "one_open_per_customer"))
            assert event.detail == {"enabled": False}
            assert event.actor_name.startswith("admin cli")
    finally:
        console.close()
    with pytest.raises(SystemExit):  # argparse: "invalid choice", exit 2
        cli(demo_db, "one-conversation-per-customer", "maybe", tmp_path=tmp_path)
