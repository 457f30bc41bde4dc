"""This workstation's own UI settings (QSettings), kept beside the console's config file.

Window state and conveniences such as the last user name belong to the workstation, not to the
shared database. One INI file under the config directory (``SOCIAL_CONSOLE_HOME`` moves it, so
tests and screenshots never touch a real profile).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import load_settings, paths

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


#: what each employee chooses for themselves (theme: system/light/dark; language: system/en/…)
APPEARANCE_KEYS = ("theme", "language")


def appearance(key: str, username: str | None = None) -> tuple[str, bool]:
    """The theme or language in force for ``username`` (None: before anyone signed in), and
    whether IT locked it.

    IT's machine-wide ``[appearance]`` with ``[locked] appearance.KEY = yes`` wins; then the
    person's own choice on this workstation; before sign-in, the last person's; then IT's or the
    user's config.ini default; then "system".
    """
    assert key in APPEARANCE_KEYS
    config = load_settings()
    if config.is_locked("appearance", key):
        return config.get("appearance", key, "system") or "system", True
    s = ui_settings()
    for name in (f"user/{username}/{key}" if username else None, f"appearance/last_{key}"):
        if name is None:
            continue
        value = s.value(name, "")
        if isinstance(value, str) and value:
            return value, False
    return config.get("appearance", key, "system") or "system", False


def set_appearance(key: str, username: str, value: str) -> None:
    """Remember ``username``'s choice (and show it before the next sign-in on this workstation)."""
    assert key in APPEARANCE_KEYS
    s = ui_settings()
    s.setValue(f"user/{username}/{key}", value)
    s.setValue(f"appearance/last_{key}", value)
    s.sync()
