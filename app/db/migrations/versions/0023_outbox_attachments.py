"""Outbox attachments: an item's images stored with it when it is submitted.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06

An image attached in the composer is a file on the author's workstation; the publisher that
sends it runs where the brand's token is, often another machine, and hours later (approval,
schedule). So the bytes are stored with the item at submission (``outbox_attachment``), and
what the approver approved is what goes out even if the file is changed, moved or deleted.

Both backends. PostgreSQL: an employee sees an item's attachments when they see the item (the
outbox_item policy applies inside the check), and adds or removes them only on their own items
while those are drafts or being submitted (author = the signed-in employee).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
TS = app.db.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outbox_attachment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "outbox_item_id",
            sa.Integer(),
            sa.ForeignKey("outbox_item.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime_type", sa.String(40), nullable=False),
        sa.Column("alt", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("outbox_item_id", "position"),
    )
    if op.get_context().dialect.name == "postgresql":
        for stmt in _postgres():
            op.execute(stmt)


def _postgres() -> list[str]:
    g = GROUP
    item_visible = (
        "EXISTS (SELECT 1 FROM outbox_item o WHERE o.id = outbox_attachment.outbox_item_id)"
    )
    own_item = (
        "EXISTS (SELECT 1 FROM outbox_item o WHERE o.id = outbox_attachment.outbox_item_id"
        " AND o.author_id = (SELECT sc_me()) AND o.status IN ('draft', 'rejected'))"
    )
    return [
        "ALTER TABLE outbox_attachment ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT, INSERT, DELETE ON outbox_attachment TO {g}",
        f"GRANT USAGE, SELECT ON SEQUENCE outbox_attachment_id_seq TO {g}",
        f"CREATE POLICY outbox_attachment_read ON outbox_attachment FOR SELECT TO {g} "
        f"USING ({item_visible})",
        f"CREATE POLICY outbox_attachment_add ON outbox_attachment FOR INSERT TO {g} "
        f"WITH CHECK ({own_item})",
        f"CREATE POLICY outbox_attachment_remove ON outbox_attachment FOR DELETE TO {g} "
        f"USING ({own_item})",
    ]


def downgrade() -> None:
    op.drop_table("outbox_attachment")
