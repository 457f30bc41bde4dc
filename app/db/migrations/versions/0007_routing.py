"""Routing: per-team auto-assignment mode, pinned hand-off notes, a proposed canned reply,
and the indexes the router's cache check and round-robin lookup use.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("auto_assign", sa.String(length=20), nullable=False, server_default="off")
        )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suggested_reply_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_conversation_suggested_reply_id_canned_reply"),
            "canned_reply",
            ["suggested_reply_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index("ix_change_event_topic", "change_event", ["topic", "id"])
    op.create_index("ix_assignment_team", "assignment", ["to_team_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_assignment_team", table_name="assignment")
    op.drop_index("ix_change_event_topic", table_name="change_event")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_conversation_suggested_reply_id_canned_reply"), type_="foreignkey"
        )
        batch_op.drop_column("suggested_reply_id")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("pinned")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_column("auto_assign")
