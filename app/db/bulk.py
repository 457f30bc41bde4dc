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
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.sql import ClauseElement


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


def pg_insert_unnest(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *, returning: str = ""
) -> list[Any]:
    """PostgreSQL: all rows in one ``INSERT … SELECT FROM unnest(arrays)`` statement.

    One statement with one array per column is planned once and inserted by the server as a
    set, instead of a round of protocol messages per row (executemany, even pipelined).
    ``returning`` is an optional column list; the rows it returns are given back.
    """
    if not rows:
        return []
    dialect = conn.dialect
    keys = tuple(rows[0])
    cols = [table.c[k] for k in keys]
    arrays: dict[str, list[Any]] = {f"a{i}": [] for i in range(len(keys))}
    casts: list[str] = []
    selects: list[str] = []
    convert: list[Callable[[Any], Any] | None] = []
    for i, col in enumerate(cols):
        ddl = col.type.compile(dialect=dialect)
        if ddl.upper() in ("JSON", "JSONB"):
            # arrays of json are awkward to bind: send text, cast per element
            casts.append(f"CAST(:a{i} AS TEXT[])")
            selects.append(f"CAST(u.c{i} AS {ddl})")
            convert.append(lambda v: None if v is None else json.dumps(v))
        else:
            casts.append(f"CAST(:a{i} AS {ddl}[])")
            selects.append(f"u.c{i}")
            convert.append(None)
    for row in rows:
        for i, k in enumerate(keys):
            f = convert[i]
            arrays[f"a{i}"].append(f(row[k]) if f is not None else row[k])
    names = ", ".join(f"c{i}" for i in range(len(keys)))
    sql = (
        f"INSERT INTO {table.name} ({', '.join(c.name for c in cols)}) "
        f"SELECT {', '.join(selects)} FROM unnest({', '.join(casts)}) AS u({names})"
    )
    if returning:
        sql += f" RETURNING {returning}"
        return list(conn.execute(text(sql), arrays))
    conn.execute(text(sql), arrays)
    return []


def pg_update_unnest(
    conn: Connection, sql_head: str, types: Mapping[str, str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """PostgreSQL: ``UPDATE … FROM unnest(arrays) AS u(…)`` for all rows in one statement.

    ``sql_head`` is the ``UPDATE table AS c SET col = <expr over c and u>`` part; ``types``
    names each per-row value and its SQL type, in the order of the ``u`` columns. Values that
    are the same for every row can be bound in ``sql_head`` as ``:name`` and given in the first
    row under that name.
    """
    if not rows:
        return
    names = list(types)
    params: dict[str, Any] = {n: [row[n] for row in rows] for n in names}
    for k, v in rows[0].items():
        if k not in types:
            params[k] = v
    casts = ", ".join(f"CAST(:{n} AS {types[n]}[])" for n in names)
    sql = f"{sql_head} FROM unnest({casts}) AS u({', '.join(names)})"
    key = names[0]
    conn.execute(text(f"{sql} WHERE c.id = u.{key}"), params)
