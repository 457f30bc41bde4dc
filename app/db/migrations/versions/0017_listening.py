"""Listening (issue 16): watches on hashtags, keywords and phrases, what they hear, their polls,
and the ``manage_listening`` permission for marketing and PR.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

On PostgreSQL everyone in the workspace reads the watches and what they heard (the Listening
view; the crisis room's evidence); only ``manage_listening`` adds, changes or removes a watch,
or asks for an item to be sent to a team (and signs the request with their own id). Whichever
workstation's sync polls the watch's account writes the cursor, the items and the poll log, as
it writes crisis alerts (0011): that may be any employee login holding the account's token.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
TS = app.db.types.UTCDateTime(timezone=True)
#: the built-in roles that get the new permission (app/identity/access.py DEFAULT_ROLES)
ROLES = ("marketing", "pr")


def _fk(table: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "listening_watch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column(
            "brand_account_id", sa.Integer(), _fk("brand_account", "CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("query", sa.String(200), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("cursor", sa.Text()),
        sa.Column("next_poll_at", TS),
        sa.Column("last_polled_at", TS),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_by_id", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index(
        "ix_listening_watch_account", "listening_watch", ["brand_account_id", "next_poll_at"]
    )
    op.create_table(
        "listening_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("watch_id", sa.Integer(), _fk("listening_watch", "CASCADE"), nullable=False),
        sa.Column("remote_id", sa.String(300), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("posted_at", TS, nullable=False),
        sa.Column("heard_at", TS, nullable=False),
        sa.Column("sentiment", sa.Float()),
        sa.Column("item", sa.JSON(), nullable=False),
        sa.Column("promote_team_id", sa.Integer(), _fk("team", "SET NULL")),
        sa.Column("promoted_by_id", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("promoted_at", TS),
        sa.Column("conversation_id", sa.Integer(), _fk("conversation", "SET NULL")),
        sa.Column("promote_error", sa.Text()),
        sa.UniqueConstraint("watch_id", "remote_id", name="uq_listening_item_watch_id"),
    )
    op.create_index("ix_listening_item_stream", "listening_item", ["workspace_id", "posted_at"])
    op.create_table(
        "listening_poll",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("watch_id", sa.Integer(), _fk("listening_watch", "CASCADE"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
    )
    op.create_index("ix_listening_poll_watch", "listening_poll", ["watch_id", "at"])
    roles = ", ".join(f"'{r}'" for r in ROLES)
    op.execute(
        "INSERT INTO role_permission (role_id, permission) SELECT r.id, 'manage_listening' "
        f"FROM role r WHERE r.builtin AND r.name IN ({roles}) AND NOT EXISTS ("
        "SELECT 1 FROM role_permission p WHERE p.role_id = r.id "
        "AND p.permission = 'manage_listening')"
    )
    if op.get_context().dialect.name == "postgresql":
        for stmt in _postgres():
            op.execute(stmt)


def _postgres() -> list[str]:
    g = GROUP
    mine = "(SELECT sc_workspace())"
    manage = "EXISTS (SELECT 1 FROM sc_my_grants() mg WHERE mg.permission = 'manage_listening')"
    s: list[str] = [
        f"GRANT USAGE, SELECT ON SEQUENCE {t}_id_seq TO {g}"
        for t in ("listening_watch", "listening_item", "listening_poll")
    ]
    for table in ("listening_watch", "listening_item", "listening_poll"):
        s += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {g} "
            f"USING (workspace_id = {mine})",
        ]
    s += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON listening_watch TO {g}",
        f"CREATE POLICY listening_watch_manage ON listening_watch FOR ALL TO {g} "
        f"USING (workspace_id = {mine} AND {manage}) "
        f"WITH CHECK (workspace_id = {mine} AND {manage})",
        # the sync's stamp: cursor, next poll, last error (whichever login polls the account)
        f"CREATE POLICY listening_watch_stamp ON listening_watch FOR UPDATE TO {g} "
        f"USING (workspace_id = {mine}) WITH CHECK (workspace_id = {mine})",
        f"GRANT SELECT, INSERT, UPDATE ON listening_item TO {g}",
        f"CREATE POLICY listening_item_heard ON listening_item FOR INSERT TO {g} "
        f"WITH CHECK (workspace_id = {mine})",
        # asking for a promotion (signed by the asker) and the sync filing it
        f"CREATE POLICY listening_item_promote ON listening_item FOR UPDATE TO {g} "
        f"USING (workspace_id = {mine}) WITH CHECK (workspace_id = {mine} AND ("
        f"promoted_by_id IS NULL OR conversation_id IS NOT NULL OR promote_error IS NOT NULL "
        f"OR (promoted_by_id = sc_me() AND {manage})))",
        f"GRANT SELECT, INSERT, DELETE ON listening_poll TO {g}",
        f"CREATE POLICY listening_poll_log ON listening_poll FOR INSERT TO {g} "
        f"WITH CHECK (workspace_id = {mine})",
        f"CREATE POLICY listening_poll_prune ON listening_poll FOR DELETE TO {g} "
        f"USING (workspace_id = {mine})",
    ]
    return s


def downgrade() -> None:
    op.execute("DELETE FROM role_permission WHERE permission = 'manage_listening'")
    op.drop_index("ix_listening_poll_watch", table_name="listening_poll")
    op.drop_table("listening_poll")
    op.drop_index("ix_listening_item_stream", table_name="listening_item")
    op.drop_table("listening_item")
    op.drop_index("ix_listening_watch_account", table_name="listening_watch")
    op.drop_table("listening_watch")
