"""Schema migrations, applied at start and by ``main.py migrate``.

The migrations ship inside the package (app/db/migrations), so an installed console upgrades
the database it opens. A database written by a newer console is refused rather than touched:
an older client must not write rows a newer schema would misread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.db.engine import DatabaseError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    created: bool

    @property
    def changed(self) -> bool:
        return self.before != self.after


def check_not_newer(engine: Engine) -> str | None:
    """The current revision; raises if the database was made by a newer console."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    try:
        script.get_revision(current)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        raise DatabaseError(
            f"This database was upgraded by a newer version of Social Console (schema {current}); "
            "install that version or newer on this computer."
        ) from None
    return current


def upgrade(engine: Engine) -> MigrationResult:
    """Bring the schema to this version's head; nothing is dropped on the way."""
    before = check_not_newer(engine)
    created = before is None and not inspect(engine).has_table("workspace")
    if before is None and not created:
        raise DatabaseError(
            "The database holds tables that Social Console did not create; use an empty database."
        )
    command.upgrade(alembic_config(engine), "head")
    return MigrationResult(before=before, after=head_revision(), created=created)
