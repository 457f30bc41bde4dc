"""The publishing calendar and one post to several accounts.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

- ``outbox_item.campaign``: the campaign a post belongs to (free text, e.g. "Spring sale"), so
  the calendar can be filtered by it;
- ``outbox_item.post_set``: the key shared by the items of one composition sent to several
  brand accounts (one text variant per network), approved as one set;
- indexes for the calendar's range queries (a workspace's items by scheduled or sent time).

PostgreSQL: no new table, so no new policy. Employees already hold table-wide SELECT, INSERT
and UPDATE on ``outbox_item`` (0003) under its row-level policies, which cover the new columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_item", sa.Column("campaign", sa.String(100), nullable=True))
    op.add_column("outbox_item", sa.Column("post_set", sa.String(32), nullable=True))
    op.create_index("ix_outbox_post_set", "outbox_item", ["post_set"])
    op.create_index("ix_outbox_calendar_scheduled", "outbox_item", ["workspace_id", "scheduled_at"])
    op.create_index("ix_outbox_calendar_sent", "outbox_item", ["workspace_id", "sent_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_calendar_sent", table_name="outbox_item")
    op.drop_index("ix_outbox_calendar_scheduled", table_name="outbox_item")
    op.drop_index("ix_outbox_post_set", table_name="outbox_item")
    op.drop_column("outbox_item", "post_set")
    op.drop_column("outbox_item", "campaign")
