"""The front desk's customer side: avatars, one person across networks, customer notes, and
merging and splitting conversations as an employee login.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

Both backends:

- ``customer.avatar_url``: the picture's address as the network gave it at ingest (the app
  fetches and caches it on the workstation, never at ingest);
- ``customer_link``: two customer records that are one person, stored as an edge (lower id
  first), so a person is the connected set of records;
- ``customer_note``: what colleagues should know about a customer, whichever conversation they
  open.

PostgreSQL only: employees read ``avatar_url`` (the identity migration grants customer columns
one by one); they see a link or a customer note when they may see the customer (the customer
policy: a conversation of theirs is in scope), and write them on customers of conversations
they may work. Merging and splitting move messages, notes and history between conversations,
which no employee may update directly (messages are read-only to them, and an UPDATE's new row
must stay in their scope), so two checked SECURITY DEFINER functions do it, with the same rule
the app applies: whoever may work both conversations (reply or approve where each one is).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

GROUP = "sc_employee"

# may the signed-in employee work conversation row ``c`` (access + reply/approve there)
_WORKS = """sc_sees_conversation({c}.workspace_id, {c}.team_id, {c}.brand_account_id,
                                  {c}.assignee_id)
        AND (sc_can('reply', {c}.team_id, {c}.brand_account_id)
             OR sc_can('approve', {c}.team_id, {c}.brand_account_id))"""

# a customer one may work on: a conversation of theirs one may work
_WORKS_CUSTOMER = (
    "EXISTS (SELECT 1 FROM conversation c WHERE c.customer_id = {col} AND "
    "(sc_can('reply', c.team_id, c.brand_account_id) "
    "OR sc_can('approve', c.team_id, c.brand_account_id)))"
)
_SEES_CUSTOMER = "EXISTS (SELECT 1 FROM customer cu WHERE cu.id = {col})"

#: the conversation's summary from its messages: count, times, newest customer words
_RESUMMARISE = """
                UPDATE conversation SET
                    message_count = (SELECT count(*) FROM message WHERE conversation_id = {c}),
                    last_message_at = coalesce(
                        (SELECT max(created_at) FROM message WHERE conversation_id = {c}),
                        last_message_at),
                    last_inbound_at = (SELECT max(created_at) FROM message
                                       WHERE conversation_id = {c} AND direction = 'in'),
                    snippet = coalesce(
                        (SELECT left(btrim(regexp_replace(text, '\\s+', ' ', 'g')), 200)
                         FROM message WHERE conversation_id = {c} AND direction = 'in'
                         ORDER BY created_at DESC, id DESC LIMIT 1), snippet),
                    version = version + 1, updated_at = now()
                WHERE id = {c};"""


def _merge_function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return f"""CREATE FUNCTION sc_merge_conversations(src integer, dst integer,
                                                     note text DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE s record; d record; me integer := sc_me(); v integer;
            BEGIN
                -- lock in id order, as the app does, so two merges cannot deadlock
                PERFORM 1 FROM conversation WHERE id IN (src, dst) ORDER BY id FOR UPDATE;
                SELECT * INTO s FROM conversation WHERE id = src;
                SELECT * INTO d FROM conversation WHERE id = dst;
                IF s.id IS NULL OR d.id IS NULL OR src = dst
                   OR NOT ({_WORKS.format(c="s")}) OR NOT ({_WORKS.format(c="d")}) THEN
                    RAISE EXCEPTION 'permission denied: you may not work both conversations'
                        USING ERRCODE = '42501';
                END IF;
                IF s.customer_id <> d.customer_id OR s.brand_account_id <> d.brand_account_id
                   OR s.workspace_id <> d.workspace_id THEN
                    RAISE EXCEPTION
                        'only conversations of one customer with one brand account merge'
                        USING ERRCODE = '22023';
                END IF;
                UPDATE message SET conversation_id = dst WHERE conversation_id = src;
                UPDATE note SET conversation_id = dst WHERE conversation_id = src;
                UPDATE assignment SET conversation_id = dst WHERE conversation_id = src;
                UPDATE outbox_item SET conversation_id = dst WHERE conversation_id = src;
                UPDATE notification SET conversation_id = dst WHERE conversation_id = src;
                INSERT INTO conversation_tag (conversation_id, tag)
                    SELECT dst, tag FROM conversation_tag WHERE conversation_id = src
                    ON CONFLICT DO NOTHING;
                UPDATE conversation SET
                    status = CASE WHEN 'open' IN (s.status, d.status) THEN 'open' ELSE d.status END,
                    snoozed_until = CASE WHEN 'open' IN (s.status, d.status) THEN NULL
                                         ELSE d.snoozed_until END,
                    priority = greatest(s.priority, d.priority),
                    team_id = coalesce(d.team_id, s.team_id),
                    assignee_id = coalesce(d.assignee_id, s.assignee_id),
                    intent = coalesce(d.intent, s.intent),
                    first_response_due = least(d.first_response_due, s.first_response_due),
                    next_response_due = least(d.next_response_due, s.next_response_due),
                    first_responded_at = least(d.first_responded_at, s.first_responded_at),
                    created_at = least(d.created_at, s.created_at)
                WHERE id = dst;
                DELETE FROM conversation WHERE id = src;
                {_RESUMMARISE.format(c="dst")}
                INSERT INTO assignment (conversation_id, from_employee_id, to_employee_id,
                                        to_team_id, by_employee_id, action, note, at)
                SELECT dst, s.assignee_id, c.assignee_id, c.team_id, me, 'merge', note, now()
                FROM conversation c WHERE c.id = dst;
                SELECT version INTO v FROM conversation WHERE id = dst;
                RETURN v;
            END $$"""


def _split_function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return f"""CREATE FUNCTION sc_split_conversation(conv integer, msgs integer[],
                                                    thread text, kind text,
                                                    note text DEFAULT NULL)
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE c record; me integer := sc_me(); moved integer; total integer;
                    first_customer integer; new_id integer;
            BEGIN
                SELECT * INTO c FROM conversation WHERE id = conv FOR UPDATE;
                IF c.id IS NULL OR NOT ({_WORKS.format(c="c")}) THEN
                    RAISE EXCEPTION 'permission denied: you may not work this conversation'
                        USING ERRCODE = '42501';
                END IF;
                SELECT count(*) INTO moved FROM message
                 WHERE conversation_id = conv AND id = ANY(msgs);
                SELECT count(*) INTO total FROM message WHERE conversation_id = conv;
                IF moved = 0 OR moved <> cardinality(msgs) OR moved >= total THEN
                    RAISE EXCEPTION 'a split moves some, not all, of the conversation''s messages'
                        USING ERRCODE = '22023';
                END IF;
                SELECT coalesce(customer_id, c.customer_id) INTO first_customer FROM message
                 WHERE id = ANY(msgs) ORDER BY created_at, id LIMIT 1;
                INSERT INTO conversation (workspace_id, brand_account_id, customer_id, thread_key,
                    kind, snippet, status, priority, team_id, assignee_id, intent, sentiment,
                    language, message_count, last_message_at, created_at, updated_at, version)
                VALUES (c.workspace_id, c.brand_account_id, first_customer, thread, kind, '',
                    'open', c.priority, c.team_id, c.assignee_id, c.intent, c.sentiment,
                    c.language, 0, c.last_message_at, now(), now(), 1)
                RETURNING id INTO new_id;
                UPDATE message SET conversation_id = new_id
                 WHERE conversation_id = conv AND id = ANY(msgs);
                INSERT INTO conversation_tag (conversation_id, tag)
                    SELECT new_id, tag FROM conversation_tag WHERE conversation_id = conv;
                {_RESUMMARISE.format(c="conv")}
                {_RESUMMARISE.format(c="new_id")}
                INSERT INTO assignment (conversation_id, from_employee_id, to_employee_id,
                                        to_team_id, by_employee_id, action, note, at)
                VALUES (new_id, NULL, c.assignee_id, c.team_id, me, 'split', note, now()),
                       (conv, c.assignee_id, c.assignee_id, c.team_id, me, 'split', note, now());
                RETURN new_id;
            END $$"""


FUNCTIONS = (
    ("sc_merge_conversations(integer, integer, text)", _merge_function),
    ("sc_split_conversation(integer, integer[], text, text, text)", _split_function),
)


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _policy(name: str, table: str, cmd: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {name} ON {table} FOR {cmd} TO {GROUP}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    return sql


def _postgres(schema: str) -> list[str]:
    g = GROUP
    mine = "(SELECT sc_workspace())"
    link_seen = (
        f"workspace_id = {mine} AND {_SEES_CUSTOMER.format(col='customer_link.customer_id')}"
        f" AND {_SEES_CUSTOMER.format(col='customer_link.linked_customer_id')}"
    )
    link_work = (
        f"workspace_id = {mine}"
        f" AND {_WORKS_CUSTOMER.format(col='customer_link.customer_id')}"
        f" AND {_WORKS_CUSTOMER.format(col='customer_link.linked_customer_id')}"
    )
    note_seen = (
        f"workspace_id = {mine} AND {_SEES_CUSTOMER.format(col='customer_note.customer_id')}"
    )
    note_work = (
        f"workspace_id = {mine} AND {_WORKS_CUSTOMER.format(col='customer_note.customer_id')}"
    )
    return [
        f"GRANT SELECT (avatar_url) ON customer TO {g}",
        "ALTER TABLE customer_link ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT, INSERT, DELETE ON customer_link TO {g}",
        _policy("customer_link_read", "customer_link", "SELECT", link_seen, None),
        _policy(
            "customer_link_write",
            "customer_link",
            "INSERT",
            None,
            f"linked_by_id = (SELECT sc_me()) AND {link_work}",
        ),
        _policy("customer_link_remove", "customer_link", "DELETE", link_work, None),
        "ALTER TABLE customer_note ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT, INSERT ON customer_note TO {g}",
        f"GRANT UPDATE (text, updated_at, updated_by_id) ON customer_note TO {g}",
        _policy("customer_note_read", "customer_note", "SELECT", note_seen, None),
        _policy(
            "customer_note_write",
            "customer_note",
            "INSERT",
            None,
            f"author_id = (SELECT sc_me()) AND {note_work}",
        ),
        _policy(
            "customer_note_edit",
            "customer_note",
            "UPDATE",
            note_work,
            f"updated_by_id = (SELECT sc_me()) AND {note_work}",
        ),
        f"GRANT USAGE, SELECT ON SEQUENCE customer_link_id_seq TO {g}",
        f"GRANT USAGE, SELECT ON SEQUENCE customer_note_id_seq TO {g}",
    ]


def upgrade() -> None:
    op.add_column("customer", sa.Column("avatar_url", sa.String(length=1000), nullable=True))
    op.create_table(
        "customer_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("linked_customer_id", sa.Integer(), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=True),
        sa.Column("linked_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_customer_link_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_link_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_link_linked_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"],
            ["employee.id"],
            name=op.f("fk_customer_link_linked_by_id_employee"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_link")),
        sa.UniqueConstraint(
            "customer_id", "linked_customer_id", name=op.f("uq_customer_link_customer_id")
        ),
    )
    op.create_index("ix_customer_link_linked", "customer_link", ["linked_customer_id"])
    op.create_table(
        "customer_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_customer_note_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_note_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["employee.id"],
            name=op.f("fk_customer_note_author_id_employee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["employee.id"],
            name=op.f("fk_customer_note_updated_by_id_employee"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_note")),
    )
    op.create_index("ix_customer_note_customer", "customer_note", ["customer_id", "created_at"])
    if op.get_context().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    for signature, make in FUNCTIONS:
        _run(make(schema))
        _run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        _run(f"GRANT EXECUTE ON FUNCTION {signature} TO {GROUP}")
    for sql in _postgres(schema):
        _run(sql)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for signature, _make in FUNCTIONS:
            _run(f"DROP FUNCTION IF EXISTS {signature}")
        _run(f"REVOKE SELECT (avatar_url) ON customer FROM {GROUP}")
    op.drop_index("ix_customer_note_customer", table_name="customer_note")
    op.drop_table("customer_note")
    op.drop_index("ix_customer_link_linked", table_name="customer_link")
    op.drop_table("customer_link")
    with op.batch_alter_table("customer") as batch_op:
        batch_op.drop_column("avatar_url")
