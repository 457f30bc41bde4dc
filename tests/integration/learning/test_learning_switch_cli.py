"""IT's switch for learning from corrections, as IT uses it: ``main.py admin learning …``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.db.models import AuditEvent, LearnedModel, Workspace
from app.db.types import utcnow
from app.demo import ensure_demo_workspace
from app.learning import switch
from app.session.console import Console

ROOT = Path(__file__).resolve().parents[3]


def _admin(url: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOCIAL_CONSOLE_HOME=str(home))
    env.pop("SOCIAL_CONSOLE_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "admin", "learning", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def test_it_switches_learning_off_and_on(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'console.db'}"
    console = Console.open(url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
        ws = s.scalar(select(Workspace.id))
        s.add(
            LearnedModel(
                workspace_id=ws, model=b"x", labels=3, last_label_id=3, trained_at=utcnow()
            )
        )
    status = _admin(url, "status", home=tmp_path)
    assert status.returncode == 0, status.stderr
    assert "Learning from corrections is on; 0 corrections kept; model trained" in status.stdout

    off = _admin(url, "off", home=tmp_path)
    assert off.returncode == 0, off.stderr
    assert off.stdout.startswith("Learning from corrections is off;")
    assert "no model in use" in off.stdout
    with console.session() as s:
        assert not switch.enabled(s, ws)
        assert s.get(LearnedModel, ws) is None  # routing stops using it on the next batch
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "learning_switched"))
        assert event.detail == {"enabled": False} and event.actor_name.startswith("admin cli")

    on = _admin(url, "on", home=tmp_path)
    assert on.returncode == 0 and "is on" in on.stdout
    bad = _admin(url, "maybe", home=tmp_path)
    assert bad.returncode != 0 and "invalid choice" in bad.stderr
    console.close()
