"""Many rows through one statement at the driver's own speed, for the ingest hot path.

SQLAlchemy's executemany builds every row's parameters through its general machinery
(compiled-parameter construction, per-value type processing through several layers), which at
a few hundred rows per page costs more than SQLite takes to store them. Here the statement is
compiled once per dialect, the columns' bind processors are looked up once, and each row
becomes a plain tuple or dict for the DBAPI cursor. Same SQL, same type conversions (UTC
datetimes, JSON), none of the per-row overhead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    String,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement, Insert


@dataclass(frozen=True, slots=True)
class _Prepared:
    sql: str
    names: tuple[str, ...]
    positional: bool
    processors: tuple[Callable[[Any], Any] | None, ...]
    #: values fixed by the statement itself (``version + 1``), already converted
    constants: dict[str, Any]


_cache: dict[tuple[str, int, tuple[str, ...]], _Prepared] = {}


def _prepare(conn: Connection, stmt: ClauseElement, keys: tuple[str, ...]) -> _Prepared:
    dialect = conn.dialect
    ck = (dialect.name, id(stmt), keys)
    found = _cache.get(ck)
    if found is not None:
        return found
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    positional = bool(compiled.positional)
    names = tuple(compiled.positiontup or ()) if positional else tuple(compiled.binds)
    processors: list[Callable[[Any], Any] | None] = []
    constants: dict[str, Any] = {}
    # columns whose Python-side default or onupdate SQLAlchemy would compute per execution
    defaulted = {c.key for c in (*compiled.insert_prefetch, *compiled.update_prefetch)}
    for name in names:
        bind = compiled.binds[name]
        proc = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if name not in keys:
            if bind.required or bind.callable is not None or name in defaulted:
                raise ValueError(f"rows lack a value for {name}")
            constants[name] = proc(bind.value) if proc is not None else bind.value
            proc = None
        processors.append(proc)
    prepared = _Prepared(compiled.string, names, positional, tuple(processors), constants)
    _cache[ck] = prepared
    return prepared


def driver_params(
    conn: Connection, stmt: ClauseElement, rows: Sequence[Mapping[str, Any]]
) -> tuple[str, list[Any]]:
    """The SQL text and the converted per-row parameters the DBAPI cursor takes.

    ``stmt`` must be a long-lived statement object (a module constant): the compiled form is
    cached by its identity. Every row has the same keys (the bind names).
    """
    prep = _prepare(conn, stmt, tuple(rows[0]))
    pairs = tuple(zip(prep.names, prep.processors, strict=True))
    if prep.constants:
        rows = [{**prep.constants, **row} for row in rows]
    if prep.positional:
        params: list[Any] = [
            tuple(p(row[n]) if p is not None else row[n] for n, p in pairs) for row in rows
        ]
    else:
        params = [{n: (p(row[n]) if p is not None else row[n]) for n, p in pairs} for row in rows]
    return prep.sql, params


def execute_many(conn: Connection, stmt: ClauseElement, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run ``stmt`` once per row (see :func:`driver_params`)."""
    if not rows:
        return
    sql, params = driver_params(conn, stmt, rows)
    conn.exec_driver_sql(sql, params)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot send {type(value).__name__} as JSON")


def _recordset(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> str:
    """The rows as one JSON document for ``json_to_recordset`` (encoded by the C encoder)."""
    return json.dumps(
        [{n: row[n] for n in names} for row in rows], default=_json_default, ensure_ascii=False
    )


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def pg_insert_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *, returning: str = ""
) -> list[Any]:
    """PostgreSQL: all rows in one ``INSERT … SELECT FROM json_to_recordset(:rows)``.

    One statement with one parameter is planned once and inserted by the server as a set,
    instead of a round of protocol messages per row (executemany, even pipelined); one JSON
    document rather than an array per column, because psycopg quotes array elements in Python,
    a regular expression per value, which cost more than the insert. ``returning`` is an
    optional column list; the rows it returns are given back.
    """
    if not rows:
        return []
    dialect = conn.dialect
    keys = list(rows[0])
    defs, selects = [], []
    for k in keys:
        col = table.c[k]
        ddl = col.type.compile(dialect=dialect)
        defs.append(f"{_q(k)} {ddl}")
        selects.append(f"u.{_q(k)}")
    sql = (
        f"INSERT INTO {table.name} ({', '.join(_q(table.c[k].name) for k in keys)}) "
        f"SELECT {', '.join(selects)} "
        f"FROM json_to_recordset(CAST(:rows AS json)) AS u({', '.join(defs)})"
    )
    params = {"rows": _recordset(rows, keys)}
    if returning:
        sql += f" RETURNING {returning}"
        return list(conn.execute(text(sql), params))
    conn.execute(text(sql), params)
    return []


def pg_update_rows(
    conn: Connection, sql_head: str, types: Mapping[str, str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """PostgreSQL: ``UPDATE … FROM json_to_recordset(:rows) AS u(…)`` in one statement.

    ``sql_head`` is the ``UPDATE table AS c SET col = <expr over c and u>`` part; ``types``
    names each per-row value and its SQL type, the first being the row's id (``c.id``).
    Values the same for every row can be bound in ``sql_head`` as ``:name`` and given in the
    first row under that name.
    """
    if not rows:
        return
    names = list(types)
    params: dict[str, Any] = {"rows": _recordset(rows, names)}
    for k, v in rows[0].items():
        if k not in types:
            params[k] = v
    defs = ", ".join(f"{_q(n)} {types[n]}" for n in names)
    sql = (
        f"{sql_head} FROM json_to_recordset(CAST(:rows AS json)) AS u({defs}) "
        f"WHERE c.id = u.{_q(names[0])}"
    )
    conn.execute(text(sql), params)


_inserts: dict[str, Insert] = {}


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    returning: Sequence[str] = (),
) -> list[Any]:
    """Many rows into ``table`` the way each backend takes them fastest; ``returning`` columns
    of each new row are given back.

    PostgreSQL: one set-based statement (:func:`pg_insert_rows`). SQLite: the driver's
    executemany (:func:`execute_many`), or one multi-row ``INSERT … RETURNING`` when ids are
    wanted (sqlite3's executemany cannot return rows).
    """
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        return pg_insert_rows(conn, table, rows, returning=", ".join(returning))
    if returning:
        stmt = insert(table).returning(*(table.c[c] for c in returning))
        return list(conn.execute(stmt, list(rows)))
    stmt = _inserts.setdefault(table.name, insert(table))
    execute_many(conn, stmt, rows)
    return []


def member_of(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values`` as a statement whose text does not depend on how many values.

    An ``IN (?, ?, …)`` list is new SQL for every batch size, so the driver parses and plans
    it again each time (psycopg spent a quarter of ingest on that); one array parameter
    (PostgreSQL ``= ANY``, SQLite ``json_each``) keeps a single prepared statement.
    """
    element = Integer() if isinstance(column.type, Integer) else String()
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(element)))
    each = func.json_each(bindparam(None, json.dumps(list(values)), type_=String)).table_valued(
        "value"
    )
    return column.in_(select(each.c.value))


#: UPDATE statements by (table, columns set): one compiled form each, reused every batch
_updates: dict[tuple[str, tuple[str, ...], bool], ClauseElement] = {}


def update_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    bump_version: bool = False,
) -> None:
    """Per-row values for many rows of ``table`` in one statement per set of columns.

    Each row is ``{"id": …, column: value, …}``; rows that set the same columns share one
    statement (a routing batch has a handful of such sets, not a statement per conversation).
    PostgreSQL: one ``UPDATE … FROM json_to_recordset`` per set; SQLite: the driver's
    executemany of one prepared statement. ``bump_version`` also adds one to ``version``, as
    every change to a conversation must, for the inbox's optimistic updates.
    """
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(k for k in row if k != "id"), []).append(row)
    for keys, group in groups.items():
        if not keys:
            continue
        if conn.dialect.name == "postgresql":
            sets = [f"{_q(table.c[k].name)} = u.{_q(k)}" for k in keys]
            if bump_version:
                sets.append("version = c.version + 1")
            types = {"id": "INTEGER"}
            types.update({k: table.c[k].type.compile(dialect=conn.dialect) for k in keys})
            pg_update_rows(conn, f"UPDATE {table.name} AS c SET {', '.join(sets)}", types, group)
            continue
        ck = (table.name, keys, bump_version)
        stmt = _updates.get(ck)
        if stmt is None:
            values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in keys}
            if bump_version:
                values["version"] = table.c.version + 1
            stmt = _updates[ck] = (
                table.update().where(table.c.id == bindparam("row_id")).values(**values)
            )
        execute_many(
            conn, stmt, [{"row_id": r["id"], **{f"v_{k}": r[k] for k in keys}} for r in group]
        )
