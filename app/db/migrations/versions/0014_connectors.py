"""Backfill progress per account, and names stored whole.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

- ``sync_progress``: one row per brand account, how far its backfill or catch-up has come
  ("Catching up: 1,240 of about 3,000" in the Accounts dock). The sync process writes it (as
  the database owner, like the cursor); employees who manage accounts read it.
- Display names and handles were ``VARCHAR(200)`` and ingest cut them at 200 characters
  without a word. They become ``TEXT`` on PostgreSQL. SQLite does not enforce a VARCHAR's
  length, so there the columns already hold any length and nothing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
_NAMES = (("customer", "handle"), ("customer", "display_name"))
_ACCOUNT_NAMES = (("brand_account", "handle"), ("brand_account", "display_name"))


def upgrade() -> None:
    op.create_table(
        "sync_progress",
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("fetched", sa.Integer(), nullable=False),
        sa.Column("about", sa.Integer(), nullable=True),
        sa.Column("started_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["brand_account_id"],
            ["brand_account.id"],
            name=op.f("fk_sync_progress_brand_account_id_brand_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("brand_account_id", name=op.f("pk_sync_progress")),
    )
    if op.get_context().dialect.name != "postgresql":
        return
    for table, column in (*_NAMES, *_ACCOUNT_NAMES):
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE text")
    for stmt in (
        f"GRANT SELECT ON sync_progress TO {GROUP}",
        "ALTER TABLE sync_progress ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY sync_progress_read ON sync_progress FOR SELECT TO {GROUP} "
        "USING (sc_can('manage_accounts', NULL, brand_account_id))",
    ):
        op.execute(stmt)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS sync_progress_read ON sync_progress")
        op.execute(f"REVOKE ALL ON sync_progress FROM {GROUP}")
        for table, column in (*_NAMES, *_ACCOUNT_NAMES):
            # the old columns cannot hold a longer name: it is cut back to their length
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar(200) "
                f"USING left({column}, 200)"
            )
    op.drop_table("sync_progress")
