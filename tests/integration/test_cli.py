"""main.py as IT and a newcomer meet it: --help, migrate, bad addresses, the smoke start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, tmp_path: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOCIAL_CONSOLE_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env.pop("SOCIAL_CONSOLE_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def test_help_documents_every_flag(tmp_path) -> None:
    out = run("--help", tmp_path=tmp_path).stdout
    for flag in (
        "--db",
        "--demo",
        "--no-demo",
        "--demo-rate",
        "--demo-user",
        "--smoke",
        "--log-level",
        "migrate",
        "worker",
        "SOCIAL_CONSOLE_DB",
        "config.ini",
    ):
        assert flag in out, flag


@pytest.mark.parametrize(
    "url, words",
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/x", "cannot be reached"),
        ("not a url", "not valid"),
        ("mysql://u@h/d", "not supported"),
    ],
)
def test_bad_database_gives_one_sentence(tmp_path, url: str, words: str) -> None:
    proc = run("--db", url, "migrate", tmp_path=tmp_path)
    assert proc.returncode == 2
    assert words in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_wrong_postgres_password_is_one_sentence(tmp_path, pg_cluster) -> None:
    url = pg_cluster.url("postgres", user="postgres", password="wrong-password")
    proc = run("--db", url, "migrate", tmp_path=tmp_path)
    assert proc.returncode == 2 and "refused the user name or password" in proc.stderr
    assert "wrong-password" not in proc.stderr


def test_migrate_command_on_postgres(tmp_path, pg_url) -> None:
    proc = run("--db", pg_url, "migrate", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "upgraded from empty" in proc.stdout
    assert "test-superuser-pw" not in proc.stdout + proc.stderr
    again = run("--db", pg_url, "migrate", tmp_path=tmp_path)
    assert "nothing to do" in again.stdout


def test_smoke_start_opens_the_window(tmp_path) -> None:
    proc = run("--smoke", "--demo-user", "alice", "--demo-rate", "20", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "SMOKE ok" in proc.stdout
    assert (tmp_path / "home" / "data" / "console.db").exists()


def test_worker_once_with_demo(tmp_path, pg_url) -> None:
    proc = run("--db", pg_url, "--demo", "--demo-rate", "0", "worker", "--once", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "synced 2 accounts" in proc.stdout
