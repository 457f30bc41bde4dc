"""Index messages by customer, for the customer's history across accounts and networks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_message_customer", "message", ["customer_id", "created_at"])
    op.create_index(
        "ix_conversation_customer_last", "conversation", ["customer_id", "last_message_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_conversation_customer_last", table_name="conversation")
    op.drop_index("ix_message_customer", table_name="message")
