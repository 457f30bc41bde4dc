"""The shared inbox: full-text search, read markers, SLA breach marks, saved-view names.

Search is per backend: SQLite gets an FTS5 external-content table over message.text kept in
sync by triggers; PostgreSQL gets a generated tsvector column ('simple' configuration, so every
language is split into words the same way) with a GIN index. Both are additive. PostgreSQL's parser would drop anything that looks like an HTML tag
(``<script>alert</script>`` yields no words), but a customer's text is text: ``<``, ``>`` and
``&`` become spaces before it is split.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE message_fts USING fts5("
    "text, content='message', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER message_fts_ai AFTER INSERT ON message BEGIN "
    "INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER message_fts_ad AFTER DELETE ON message BEGIN "
    "INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER message_fts_au AFTER UPDATE OF text ON message BEGIN "
    "INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
    # 'rebuild' leaves one big level-0 segment that automerge would rewrite page by page during
    # the next inserts; 'optimize' moves it to the top level, out of their way
    "INSERT INTO message_fts(message_fts) VALUES ('optimize')",
)


def upgrade() -> None:
    op.add_column(
        "conversation",
        sa.Column("sla_breached_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "conversation_read",
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("read_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_conversation_read_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_conversation_read_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "employee_id", "conversation_id", name=op.f("pk_conversation_read")
        ),
    )
    op.create_index("ix_saved_view_employee", "saved_view", ["employee_id", "name"], unique=True)
    op.create_index("ix_presence_conversation", "presence", ["conversation_id", "at"])
    op.create_index("ix_canned_reply_workspace", "canned_reply", ["workspace_id", "title"])
    op.create_index("ix_conversation_status_last", "conversation", ["status", "last_message_at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for stmt in SQLITE_FTS:
            op.execute(stmt)
    else:
        op.execute(
            "ALTER TABLE message ADD COLUMN search tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, translate(text, '<>&', '   '))) "
            "STORED"
        )
        op.execute("CREATE INDEX ix_message_search ON message USING gin (search)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("message_fts_ai", "message_fts_ad", "message_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS message_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_message_search")
        op.execute("ALTER TABLE message DROP COLUMN IF EXISTS search")
    op.drop_index("ix_conversation_status_last", table_name="conversation")
    op.drop_index("ix_canned_reply_workspace", table_name="canned_reply")
    op.drop_index("ix_presence_conversation", table_name="presence")
    op.drop_index("ix_saved_view_employee", table_name="saved_view")
    op.drop_table("conversation_read")
    op.drop_column("conversation", "sla_breached_at")
