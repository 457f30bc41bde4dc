"""Many rows through one statement at the driver's own speed, for the ingest hot path.

SQLAlchemy's executemany builds every row's parameters through its general machinery
(compiled-parameter construction, per-value type processing through several layers), which at
a few hundred rows per page costs more than SQLite takes to store them. Here the statement is
compiled once per dialect, the columns' bind processors are looked up once, and each row
becomes a plain tuple or dict for the DBAPI cursor. Same SQL, same type conversions (UTC
datetimes, JSON), none of the per-row overhead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
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
