"""This workstation's own UI settings (QSettings), kept beside the console's config file.

Window state and conveniences such as the last user name belong to the workstation, not to the
shared database. One INI file under the config directory (``SOCIAL_CONSOLE_HOME`` moves it, so
tests and screenshots never touch a real profile).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import paths

LAST_USER = "signin/last_user"


def ui_settings() -> QSettings:
    p = paths()
    p.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(p.config_dir / "ui.ini"), QSettings.Format.IniFormat)


def last_user(db_key: str) -> str:
    """The user name that last signed in to this database from this workstation ("" if none)."""
    value = ui_settings().value(f"{LAST_USER}/{db_key}", "")
    return value if isinstance(value, str) else ""


def set_last_user(db_key: str, username: str) -> None:
    s = ui_settings()
    s.setValue(f"{LAST_USER}/{db_key}", username)
    s.sync()
