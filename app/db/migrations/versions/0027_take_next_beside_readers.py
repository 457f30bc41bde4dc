"""Take next no longer steps over a conversation someone is only reading.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07

0024's ``sc_take_next`` locked its pick ``FOR UPDATE SKIP LOCKED``. ``FOR UPDATE`` conflicts with
the ``FOR KEY SHARE`` lock PostgreSQL's foreign-key checks take on a conversation while a row
pointing at it is written: opening a conversation marks it read and notes presence, each a row
referring to it. So a take at that instant skipped the most urgent conversation and took the next
one (the front-desk test caught it one run in seven: Alice's list had just selected the next row
and opened it). The take changes only the assignee, never the key, and its UPDATE locks the row
``FOR NO KEY UPDATE`` anyway: that is the lock the pick takes now. It still conflicts with a
colleague's take (two takers never get one row) and no longer with readers.

PostgreSQL only. Downgrade restores 0024's function.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

_TAKE = importlib.import_module("app.db.migrations.versions.0024_take_next_direct_pick")
_OLD_LOCK = "FOR UPDATE OF c SKIP LOCKED"
_NEW_LOCK = "FOR NO KEY UPDATE OF c SKIP LOCKED"


def _function(schema: str) -> str:
    sql = _TAKE._function(schema)
    if sql.count(_OLD_LOCK) != 2:  # both picks: one team's queue, several teams' heads
        raise RuntimeError("0024's take-next function is not the one this migration amends")
    return sql.replace(_OLD_LOCK, _NEW_LOCK)


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _TAKE._run(_function(_TAKE._schema()))


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _TAKE._run(_TAKE._function(_TAKE._schema()))
