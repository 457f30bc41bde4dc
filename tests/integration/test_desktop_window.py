"""The real window, as the README's command starts it: Qt's xcb platform on an X server (Xvfb).

The rest of the suite runs offscreen, which needs none of the system libraries the xcb plugin
links; this test is what notices when a new machine (or a new Qt) needs one more.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux"),
]


def start_xvfb(tmp_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a free display number (Xvfb picks it and writes it to the pipe)."""
    assert shutil.which("Xvfb"), "Xvfb is missing: tests/run.sh installs the package xvfb"
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "xvfb.log").open("wb"),
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, (tmp_path / "xvfb.log").read_text()
    return proc, f":{number}"


def window_titles(display: str) -> list[str]:
    """The titles of the top-level windows mapped on the display (xdotool asks the X server)."""
    proc = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        capture_output=True,
        text=True,
        env=dict(os.environ, DISPLAY=display),
        timeout=10,
    )
    titles = []
    for wid in proc.stdout.split():
        name = subprocess.run(
            ["xdotool", "getwindowname", wid],
            capture_output=True,
            text=True,
            env=dict(os.environ, DISPLAY=display),
            timeout=10,
        ).stdout.strip()
        titles.append(name)
    return titles


class ConsoleOnX:
    """The README's command on its own X server: the display, the app and a way to wait on it."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.home = tmp_path / "home"
        self.xvfb, self.display = start_xvfb(tmp_path)
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env["SOCIAL_CONSOLE_HOME"] = str(self.home)
        env.pop("SOCIAL_CONSOLE_DB", None)
        err = (tmp_path / "stderr.txt").open("w")
        self.app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT, stderr=err, text=True
        )

    def wait_for(self, what: str, check: Callable[[], Any], seconds: float = 90) -> Any:
        """check() until it is true; fails saying what, with the app's stderr if it exited."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.app.poll() is None, (
                f"exit {self.app.returncode}: " + (self.tmp_path / "stderr.txt").read_text()[-2000:]
            )
            got = check()
            if got:
                return got
            time.sleep(0.3)
        raise AssertionError(
            f"{what}: not within {seconds:.0f} s; windows {window_titles(self.display)}"
        )

    def xdotool(self, *args: str) -> None:
        subprocess.run(
            ["xdotool", *args],
            env=dict(os.environ, DISPLAY=self.display),
            check=True,
            timeout=30,
        )

    def close(self) -> None:
        self.app.send_signal(signal.SIGTERM)
        try:
            self.app.wait(15)
        except subprocess.TimeoutExpired:
            self.app.kill()
            self.app.wait()
        self.xvfb.terminate()
        self.xvfb.wait(10)


@pytest.fixture
def console_on_x(tmp_path: Path) -> Iterator[ConsoleOnX]:
    running = ConsoleOnX(tmp_path)
    try:
        yield running
    finally:
        running.close()


@pytest.mark.timeout(180)
def test_the_readme_command_opens_the_sign_in_window_on_xcb(console_on_x: ConsoleOnX) -> None:
    console_on_x.wait_for(
        "the sign-in window",
        lambda: "Sign in — Social Console" in window_titles(console_on_x.display),
        120,
    )


def _alice_holds_a_conversation(db: Path) -> tuple[int, int]:
    """(conversations Alice holds, ones waiting in her queues), read from the console's own file."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
        held = c.execute(
            "SELECT count(*) FROM conversation JOIN employee e ON e.id = assignee_id"
            " WHERE e.username = 'alice'"
        ).fetchone()[0]
        # in her teams' queues: Take next takes from those only
        waiting = c.execute(
            "SELECT count(*) FROM conversation WHERE assignee_id IS NULL AND status = 'open'"
            " AND team_id IN (SELECT team_id FROM employee_team JOIN employee e"
            " ON e.id = employee_id WHERE e.username = 'alice')"
        ).fetchone()[0]
    return held, waiting


@pytest.mark.timeout(240)
def test_typed_sign_in_then_t_takes_a_conversation_without_a_click(
    console_on_x: ConsoleOnX,
) -> None:
    """A person types their name, Tab, password, Enter, then presses T: no click in between.

    The pointer is parked where no window is, so the keys reach a window only if the console
    gives it the keyboard itself (the window a sign-in opens must be the active one: with it
    inactive, T went nowhere until the person clicked into the list).
    """
    x = console_on_x
    x.wait_for("the sign-in window", lambda: "Sign in — Social Console" in window_titles(x.display))
    x.xdotool("mousemove", "1365", "767")  # a corner no window covers
    time.sleep(0.5)
    x.xdotool("type", "--delay", "40", "alice")
    x.xdotool("key", "Tab")
    x.xdotool("type", "--delay", "40", "demo")
    x.xdotool("key", "Return")
    x.wait_for(
        "Alice's window after Enter",
        lambda: "Social Console — Alice Novak" in window_titles(x.display),
    )
    (db,) = x.wait_for("the console's database", lambda: list(x.home.rglob("console.db")))
    x.wait_for("a conversation waiting", lambda: _alice_holds_a_conversation(db)[1] > 0, 60)
    time.sleep(1.0)  # the window's first read
    assert _alice_holds_a_conversation(db)[0] == 0
    x.xdotool("key", "t")
    x.wait_for("T to take a conversation", lambda: _alice_holds_a_conversation(db)[0] > 0, 20)
