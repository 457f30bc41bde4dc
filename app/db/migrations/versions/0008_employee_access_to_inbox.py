"""Employee logins' rights on what the inbox migration (0004) added (PostgreSQL only).

The identity migration grants nothing by default, so a table or column added later is closed
to employees until granted here: read markers are each person's own, and the SLA sweep, which
runs as the employee signed in, may stamp a breach on a conversation it may already work.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

GROUP = "sc_employee"


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for stmt in (
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON conversation_read TO {GROUP}",
        "ALTER TABLE conversation_read ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY conversation_read_own ON conversation_read FOR ALL TO {GROUP} "
        "USING (employee_id = (SELECT sc_me())) WITH CHECK (employee_id = (SELECT sc_me()))",
        f"GRANT UPDATE (sla_breached_at) ON conversation TO {GROUP}",
    ):
        op.execute(stmt)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(f"REVOKE UPDATE (sla_breached_at) ON conversation FROM {GROUP}")
    op.execute("DROP POLICY IF EXISTS conversation_read_own ON conversation_read")
    op.execute(f"REVOKE ALL ON conversation_read FROM {GROUP}")
