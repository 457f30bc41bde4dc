"""Schema migrations, applied at start and by ``main.py migrate``.

The migrations ship inside the package (app/db/migrations), so an installed console upgrades
the database it opens. A database written by a newer console is refused rather than touched:
an older client must not write rows a newer schema would misread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.db.engine import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: the newest shipped revision, so a start on an up-to-date database needs no Alembic import
#: (a sixth of start-up); a test checks it against the scripts
HEAD_REVISION = "0027"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def _stored_revision(engine: Engine) -> str | None:
    """The revision in alembic_version, read with one query (None when there is none yet)."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    if current == HEAD_REVISION:
        return current
    from alembic.script import ScriptDirectory

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
    if _stored_revision(engine) == HEAD_REVISION:
        return MigrationResult(before=HEAD_REVISION, after=HEAD_REVISION, created=False)
    from alembic import command

    before = check_not_newer(engine)
    created = before is None and not inspect(engine).has_table("workspace")
    if before is None and not created:
        raise DatabaseError(
            "The database holds tables that Social Console did not create; use an empty database."
        )
    command.upgrade(alembic_config(engine), "head")
    return MigrationResult(before=before, after=head_revision(), created=created)
