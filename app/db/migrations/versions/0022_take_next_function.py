"""Take next in one round trip as an employee login (``sc_take_next``); queue-view indexes.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

The application's take (:mod:`app.inbox.take_next`) was about ten statements per press, each a
round trip that also re-evaluated the row-level security helpers: 25 takes a second for 50
agents. This function does the same work on the server in one call (PostgreSQL only; SQLite
keeps the application's statements under ``BEGIN IMMEDIATE``, which is its equivalent):

1. the agent's own employee row is locked (``FOR NO KEY UPDATE``): two workstations of one
   agent take one at a time, so the capacity holds;
2. availability and capacity as auto-assignment counts them (open and pending held);
3. the candidates: for each team the agent may answer from, the first rows of that team's queue
   in "most urgent first" order (the partial index of migration 0012 hands them out without a
   sort), then the first of those, across teams, that nobody has locked (``FOR UPDATE SKIP
   LOCKED``, so fifty agents lock fifty different rows instead of queueing behind one). Only one
   row is ever locked: locking each team's head and keeping one would hold the others until
   commit, and a colleague would be told the queue is empty while it is not;
4. when every candidate is locked by colleagues the look goes deeper into the queues, and only
   when the whole queue has been seen is the answer "nothing" or "colleagues took them";
5. the assignment, the history row, the audit event and the change event with its NOTIFY,
   written as the application writes them.

Both backends: two indexes for the queue views. A queue (My teams, Unassigned) is open and
pending conversations of a team, or of nobody, sorted "most urgent first", which no index
holds, so the whole view is read and sorted. SQLite drove that read from the team index (a third
of all conversations, nearly all resolved) or the assignee index (every unassigned conversation
ever), because its statistics average the status over the table and do not know that open and
pending are a few per cent of it: 170-270 ms per filter change at 1,000,000 messages, against
about 1 ms for the same filter in "All I can see". ``(status, team_id, last_message_at)`` and
``(assignee_id, status, last_message_at)`` read only the open and pending rows of the queue:
5-15 ms.

SECURITY DEFINER bypasses the policies, so the function applies them itself: the agent is an
active employee (``sc_me``), the teams are theirs and they may reply or approve there (the
``conversation_work`` policy), and a row is taken only where their read scope covers its team
and brand account (``conversation_read``).
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
SIGNATURE = "sc_take_next(text)"

#: "most urgent first" for open rows (app.inbox.views.sort_terms), the index order of 0012
_ORDER = (
    "(CASE WHEN {c}.first_responded_at IS NULL THEN {c}.first_response_due "
    "ELSE {c}.next_response_due END), {c}.priority DESC, {c}.last_message_at, {c}.id"
)

#: how many rows per team are looked at first; the look deepens by this factor each round
FIRST_DEPTH = 16
DEEPER = 8


def _function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    queue = f"""
                SELECT x.id FROM conversation x
                 WHERE x.team_id = q.team AND x.status = 'open' AND x.assignee_id IS NULL
                   AND x.workspace_id = emp.workspace_id
                   AND (x.team_id = ANY (whole)
                        OR EXISTS (SELECT 1 FROM sc_read_scopes() s
                                    WHERE (s.scope_team IS NULL OR s.scope_team = x.team_id)
                                      AND s.scope_account = x.brand_account_id))
                 ORDER BY {_ORDER.format(c="x")}
                 LIMIT depth"""
    return f"""CREATE FUNCTION sc_take_next(origin text DEFAULT NULL)
            RETURNS TABLE (outcome text, conversation_id integer, handle text,
                           held integer, capacity integer, availability text)
            LANGUAGE plpgsql {definer} AS $$
            #variable_conflict use_column
            DECLARE
                me integer;
                ws integer;
                emp record;
                teams integer[];
                whole integer[];
                depth integer := {FIRST_DEPTH};
                seen integer;
                deepest integer;
                pick record;
                ev integer;
                payload text;
            BEGIN
                -- sc_me(), sc_my_grants() and sc_my_teams() read inline: SQL functions are
                -- planned again on every call, which was most of a take's time
                SELECT e.id, e.workspace_id INTO me, ws
                  FROM employee e WHERE e.username = session_user AND e.active;
                IF me IS NULL THEN
                    outcome := 'inactive'; RETURN NEXT; RETURN;
                END IF;
                -- the grants are read once: the teams of mine where I may reply or approve (sc_can(perm, team)),
                -- and of those the ones whose every account I read (sc_read_scopes)
                WITH g AS MATERIALIZED (
                         SELECT p.permission, rg.team_id, rg.brand_account_id AS account_id
                           FROM role_grant rg JOIN role_permission p ON p.role_id = rg.role_id
                          WHERE rg.employee_id = me),
                     mine AS (SELECT DISTINCT et.team_id AS t FROM employee_team et
                               WHERE et.employee_id = me)
                SELECT coalesce(array_agg(mine.t ORDER BY mine.t) FILTER (WHERE works), '{{}}'),
                       coalesce(array_agg(mine.t) FILTER (WHERE works AND reads), '{{}}')
                  INTO teams, whole
                  FROM mine,
                       LATERAL (SELECT
                           EXISTS (SELECT 1 FROM g WHERE g.permission IN ('reply', 'approve')
                                     AND (g.team_id IS NULL OR g.team_id = mine.t)
                                     AND g.account_id IS NULL) AS works,
                           EXISTS (SELECT 1 FROM g
                                    WHERE g.permission IN ('read_all', 'read_team_inbox')
                                      AND (g.team_id IS NULL OR g.team_id = mine.t)
                                      AND g.account_id IS NULL) AS reads) r;
                IF cardinality(teams) = 0 THEN
                    outcome := 'no_teams'; RETURN NEXT; RETURN;
                END IF;
                -- my own row, locked: two workstations of mine take one at a time
                SELECT e.active, e.availability, e.capacity, e.workspace_id INTO emp
                  FROM employee e WHERE e.id = me FOR NO KEY UPDATE;
                IF NOT FOUND OR NOT emp.active THEN
                    outcome := 'inactive'; RETURN NEXT; RETURN;
                END IF;
                availability := emp.availability;
                capacity := emp.capacity;
                IF emp.availability <> 'available' THEN
                    outcome := 'unavailable'; RETURN NEXT; RETURN;
                END IF;
                SELECT count(*) INTO held FROM conversation c
                 WHERE c.assignee_id = me AND c.status IN ('open', 'pending');
                IF held >= emp.capacity THEN
                    outcome := 'full'; RETURN NEXT; RETURN;
                END IF;
                LOOP
                    SELECT c.id, c.team_id, c.brand_account_id, c.customer_id INTO pick
                      FROM conversation c
                     WHERE c.id IN (SELECT k.id FROM unnest(teams) AS q(team),
                                    LATERAL ({queue}) k)
                       AND c.status = 'open' AND c.assignee_id IS NULL
                     ORDER BY {_ORDER.format(c="c")}
                     LIMIT 1
                       FOR UPDATE OF c SKIP LOCKED;
                    EXIT WHEN FOUND;
                    -- every candidate locked by a colleague: is there more queue behind them?
                    SELECT coalesce(sum(n), 0), coalesce(max(n), 0) INTO seen, deepest
                      FROM unnest(teams) AS q(team),
                           LATERAL (SELECT count(*) AS n FROM ({queue}) z) k;
                    IF deepest < depth THEN
                        outcome := CASE WHEN seen = 0 THEN 'empty' ELSE 'busy' END;
                        RETURN NEXT; RETURN;
                    END IF;
                    depth := depth * {DEEPER};
                END LOOP;
                UPDATE conversation c
                   SET assignee_id = me, version = c.version + 1, updated_at = now()
                 WHERE c.id = pick.id;
                INSERT INTO assignment (conversation_id, from_employee_id, to_employee_id,
                                        by_employee_id, action, note, at)
                VALUES (pick.id, NULL, me, me, 'take_next', 'Took the next conversation', now());
                INSERT INTO audit_event (workspace_id, actor_id, actor_name, action,
                                         target_type, target_id, detail, at)
                VALUES (emp.workspace_id, me, session_user, 'conversation_claimed',
                        'conversation', pick.id::text, '{{"via": "take_next"}}'::json, now());
                INSERT INTO change_event (at, topic, ids, origin)
                VALUES (now(), 'conversation', json_build_array(pick.id), origin)
                RETURNING id INTO ev;
                -- app.db.changes.encode: the whole change with its scope, else its id
                payload := json_build_object(
                    'i', ev, 't', 'conversation', 'd', json_build_array(pick.id), 'o', origin,
                    's', json_build_array(
                        json_build_array(pick.team_id, pick.brand_account_id, me)))::text;
                IF length(payload) > 7000 THEN
                    payload := ev::text;
                END IF;
                PERFORM pg_notify('sc_changes', payload);
                SELECT cu.handle INTO handle FROM customer cu WHERE cu.id = pick.customer_id;
                held := held + 1;
                conversation_id := pick.id;
                outcome := 'taken';
                RETURN NEXT;
            END $$"""


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


QUEUE_INDEXES = (
    ("ix_conversation_status_team", ["status", "team_id", "last_message_at"]),
    ("ix_conversation_assignee_status", ["assignee_id", "status", "last_message_at"]),
)


def upgrade() -> None:
    for name, columns in QUEUE_INDEXES:
        op.create_index(name, "conversation", columns)
    if op.get_context().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    _run(_function(str(schema)))
    _run(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    _run(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {GROUP}")


def downgrade() -> None:
    for name, _columns in QUEUE_INDEXES:
        op.drop_index(name, table_name="conversation")
    if op.get_context().dialect.name != "postgresql":
        return
    _run(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
