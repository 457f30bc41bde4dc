"""IT's machine-wide config.ini: defaults for every user, and locks their own settings cannot
override (their config.ini, the environment, a flag), except IT's own migrate/admin tools."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.config import Paths, load_settings, read_config, resolve_db_url, update_channel

ROOT = Path(__file__).resolve().parents[3]
IT_URL = "postgresql+psycopg://console-db.example.com:5432/console"
USER_URL = "postgresql+psycopg://elsewhere.example.com/other"


def _setup(tmp_path: Path, system: str, user: str = "") -> tuple[Paths, Path]:
    p = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "logs")
    p.ensure()
    if user:
        p.config_file.write_text(user, encoding="utf-8")
    sf = tmp_path / "etc" / "config.ini"
    sf.parent.mkdir()
    sf.write_text(system, encoding="utf-8")
    return p, sf


def test_machine_wide_values_are_defaults_the_user_may_change(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("SOCIAL_CONSOLE_DB", raising=False)
    p, sf = _setup(tmp_path, f"[database]\nurl = {IT_URL}\n[updates]\nchannel = beta\n")
    s = load_settings(p, sf)
    assert resolve_db_url(None, p, settings=s).url == IT_URL
    assert resolve_db_url(None, p, settings=s).source == "system config"
    assert update_channel(s) == "beta"
    p.config_file.write_text(f"[database]\nurl = {USER_URL}\n[updates]\nchannel = stable\n")
    s = load_settings(p, sf)
    assert resolve_db_url(None, p, settings=s).url == USER_URL
    assert update_channel(s) == "stable"


def test_locked_settings_win_over_the_user_file_environment_and_flag(tmp_path, monkeypatch) -> None:
    p, sf = _setup(
        tmp_path,
        f"[database]\nurl = {IT_URL}\n[updates]\nchannel = pinned\n"
        "[network.x]\nclient_id = it-app\n"
        "[locked]\ndatabase.url = yes\nupdates.channel = yes\nnetwork.x.client_id = yes\n",
        f"[database]\nurl = {USER_URL}\n[updates]\nchannel = beta\n"
        "[network.x]\nclient_id = my-own\n[network.mastodon]\nclient_name = mine\n",
    )
    s = load_settings(p, sf)
    choice = resolve_db_url(None, p, settings=s)
    assert (choice.url, choice.source, choice.overridden) == (IT_URL, "locked by IT", USER_URL)
    monkeypatch.setenv("SOCIAL_CONSOLE_DB", USER_URL)
    assert resolve_db_url(None, p, settings=s).url == IT_URL
    assert resolve_db_url(USER_URL, p, settings=s).url == IT_URL
    assert update_channel(s) == "pinned"
    merged = read_config_with(p, sf, monkeypatch)
    assert merged.get("network.x", "client_id") == "it-app"  # locked: the user's is set aside
    assert merged.get("network.mastodon", "client_name") == "mine"  # not locked: the user's own
    # IT's own tooling may be pointed elsewhere on purpose
    assert resolve_db_url(USER_URL, p, settings=s, it_tool=True).url == USER_URL


def read_config_with(p: Paths, sf: Path, monkeypatch):
    monkeypatch.setenv("SOCIAL_CONSOLE_SYSTEM_CONFIG", str(sf))
    return read_config(p)


def test_a_broken_machine_file_is_said_and_ignored(tmp_path, capsys) -> None:
    p, sf = _setup(tmp_path, "this is not [an ini file\n")
    s = load_settings(p, sf)
    assert resolve_db_url(None, p, settings=s).source == "default"
    assert "is not readable and was ignored" in capsys.readouterr().err


def test_the_command_line_says_when_a_lock_set_its_flag_aside(tmp_path) -> None:
    sf = tmp_path / "system.ini"
    sf.write_text(
        f"[database]\nurl = sqlite:///{tmp_path / 'it.db'}\n[locked]\ndatabase.url = yes\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "SOCIAL_CONSOLE_HOME": str(tmp_path / "home"),
        "SOCIAL_CONSOLE_SYSTEM_CONFIG": str(sf),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--no-demo",
            "--db",
            f"sqlite:///{tmp_path / 'mine.db'}",
            "worker",
            "--once",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert "locked it" in proc.stderr and "mine.db" in proc.stderr, proc.stderr
    assert (tmp_path / "it.db").exists() and not (tmp_path / "mine.db").exists()
