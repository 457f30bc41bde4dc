"""The company's data repository: every social record, exported incrementally into a folder IT
names, as Parquet (through pyarrow) plus CSV and JSON Lines, under a versioned schema
(docs/data-repository.md).

Each run writes, per table, one part file holding only what is new or changed since the last
run: append-only tables (messages, assignments, notes, audit events, customers) by id, mutable
ones (conversations, outbox items) by ``updated_at``, small reference tables (teams, employees,
brand accounts, daily metrics) as a whole snapshot when their content changed. Where the last
run got to is kept in the folder itself (``_state.json``), so a fresh folder starts from the
beginning and a copied folder carries on where it was. A run with nothing new writes nothing and
takes a few small queries.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from sqlalchemy import JSON, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import (
    Assignment,
    AuditEvent,
    Base,
    BrandAccount,
    Conversation,
    Customer,
    Employee,
    ExportRun,
    Message,
    Note,
    OutboxItem,
    ReportDay,
    ReportState,
    Team,
)
from app.db.replica import ReadSource
from app.db.types import utcnow

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FORMATS = ("parquet", "csv", "json")
STATE_FILE = "_state.json"
BATCH = 200_000

TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class Table:
    """One exported table: its columns and arrow types, and how increments are found."""

    name: str
    model: type[Base]
    columns: tuple[tuple[str, pa.DataType], ...]
    mode: str  # id | updated | snapshot


def _cols(*spec: tuple[str, pa.DataType]) -> tuple[tuple[str, pa.DataType], ...]:
    return spec


INT, STR, FLT, BOOL = pa.int64(), pa.string(), pa.float64(), pa.bool_()

TABLES: tuple[Table, ...] = (
    Table(
        "messages",
        Message,
        _cols(
            ("id", INT),
            ("conversation_id", INT),
            ("brand_account_id", INT),
            ("remote_id", STR),
            ("direction", STR),
            ("kind", STR),
            ("customer_id", INT),
            ("employee_id", INT),
            ("text", STR),
            ("created_at", TS),
            ("ingested_at", TS),
            ("parent_remote_id", STR),
            ("url", STR),
            ("language", STR),
            ("sentiment", FLT),
            ("intent", STR),
        ),
        "id",
    ),
    Table(
        "conversations",
        Conversation,
        _cols(
            ("id", INT),
            ("brand_account_id", INT),
            ("customer_id", INT),
            ("thread_key", STR),
            ("kind", STR),
            ("status", STR),
            ("priority", INT),
            ("team_id", INT),
            ("assignee_id", INT),
            ("intent", STR),
            ("sentiment", FLT),
            ("language", STR),
            ("message_count", INT),
            ("last_message_at", TS),
            ("first_responded_at", TS),
            ("first_response_due", TS),
            ("next_response_due", TS),
            ("sla_breached_at", TS),
            ("created_at", TS),
            ("updated_at", TS),
        ),
        "updated",
    ),
    Table(
        "customers",
        Customer,
        _cols(
            ("id", INT),
            ("network", STR),
            ("remote_id", STR),
            ("handle", STR),
            ("display_name", STR),
            ("followers", INT),
            ("vip", BOOL),
            ("first_seen_at", TS),
        ),
        "id",
    ),
    Table(
        "assignments",
        Assignment,
        _cols(
            ("id", INT),
            ("conversation_id", INT),
            ("from_employee_id", INT),
            ("to_employee_id", INT),
            ("to_team_id", INT),
            ("by_employee_id", INT),
            ("action", STR),
            ("note", STR),
            ("at", TS),
        ),
        "id",
    ),
    Table(
        "notes",
        Note,
        _cols(
            ("id", INT),
            ("conversation_id", INT),
            ("author_id", INT),
            ("text", STR),
            ("pinned", BOOL),
            ("created_at", TS),
        ),
        "id",
    ),
    Table(
        "outbox",
        OutboxItem,
        _cols(
            ("id", INT),
            ("brand_account_id", INT),
            ("conversation_id", INT),
            ("in_reply_to_message_id", INT),
            ("kind", STR),
            ("text", STR),
            ("status", STR),
            ("author_id", INT),
            ("approver_id", INT),
            ("approved_at", TS),
            ("review_comment", STR),
            ("scheduled_at", TS),
            ("remote_id", STR),
            ("remote_url", STR),
            ("sent_at", TS),
            ("created_at", TS),
            ("updated_at", TS),
        ),
        "updated",
    ),
    Table(
        "audit_events",
        AuditEvent,
        _cols(
            ("id", INT),
            ("at", TS),
            ("actor_id", INT),
            ("actor_name", STR),
            ("action", STR),
            ("target_type", STR),
            ("target_id", STR),
            ("detail", STR),
        ),
        "id",
    ),
    Table(
        "teams",
        Team,
        _cols(("id", INT), ("name", STR), ("department", STR)),
        "snapshot",
    ),
    Table(
        "employees",
        Employee,
        _cols(("id", INT), ("username", STR), ("display_name", STR), ("active", BOOL)),
        "snapshot",
    ),
    Table(
        "brand_accounts",
        BrandAccount,
        _cols(
            ("id", INT), ("network", STR), ("handle", STR), ("display_name", STR), ("status", STR)
        ),
        "snapshot",
    ),
)
#: the daily metrics: messages in and out per day, team and account, from the report rollups
METRICS_COLUMNS = _cols(
    ("day", STR),
    ("team_id", INT),
    ("brand_account_id", INT),
    ("network", STR),
    ("direction", STR),
    ("messages", INT),
    ("sentiment_sum", FLT),
    ("sentiment_n", INT),
)


class ExportError(Exception):
    """The folder cannot be written or read; the message says which and why, in words."""


@dataclass
class ExportResult:
    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    #: where the rows were read: the replica (and how far behind it was) or the primary
    source: ReadSource | None = None

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        where = ""
        if self.source is not None and (self.source.replica or self.source.reason):
            said = self.source.describe()
            where = f"; {said[:1].lower()}{said[1:]}"
        if not self.total:
            return f"export: nothing new for {self.folder} ({self.seconds:.2f} s{where})"
        parts = ", ".join(f"{n} {t}" for t, n in self.rows.items() if n)
        return f"export: {parts} into {self.folder} ({self.seconds:.2f} s{where})"


def _load_state(folder: Path) -> dict[str, Any]:
    path = folder / STATE_FILE
    if not path.exists():
        return {"schema_version": SCHEMA_VERSION, "marks": {}, "runs": 0}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(f"The export state {path} cannot be read: {exc}.") from exc
    if state.get("schema_version") != SCHEMA_VERSION:
        raise ExportError(
            f"The folder {folder} holds schema version {state.get('schema_version')}; this "
            f"console writes version {SCHEMA_VERSION}. Choose a new folder."
        )
    return state


def _save_state(folder: Path, state: dict[str, Any]) -> None:
    tmp = folder / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / STATE_FILE)


def _convert(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    if kind == STR and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _arrow(
    table: Table | None, columns: Sequence[tuple[str, pa.DataType]], rows: list[Any]
) -> pa.Table:
    schema = pa.schema([pa.field(n, t) for n, t in columns])
    arrays = []
    for i, (_name, kind) in enumerate(columns):
        values = [r[i] for r in rows]
        if kind == STR and any(v is not None and not isinstance(v, str) for v in values):
            values = [_convert(v, kind) for v in values]
        arrays.append(pa.array(values, type=kind))
    return pa.Table.from_arrays(arrays, schema=schema)


def _write(
    folder: Path, name: str, part: str, data: pa.Table, formats: Sequence[str]
) -> list[Path]:
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    files = []
    for fmt in formats:
        if fmt == "parquet":
            path = target / f"{part}.parquet"
            pq.write_table(data, path, compression="zstd")
        elif fmt == "csv":
            path = target / f"{part}.csv"
            pacsv.write_csv(data, path)
        elif fmt == "json":
            path = target / f"{part}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for batch in data.to_batches(50_000):
                    for row in batch.to_pylist():
                        fh.write(json.dumps(row, ensure_ascii=False, default=_json_default))
                        fh.write("\n")
        else:
            raise ExportError(f"Unknown export format {fmt!r} (parquet, csv or json).")
        files.append(path)
    return files


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _column_array(values: Sequence[Any], kind: pa.DataType, json_text: bool = False) -> pa.Array:
    """One column from the driver's raw values: times parsed by Arrow, not row by row.

    SQLite hands back times as text ("YYYY-MM-DD HH:MM:SS.ffffff", UTC), PostgreSQL as aware
    datetimes; JSON comes back as text or as decoded values.
    """
    if json_text:
        values = [v if v is None or isinstance(v, str) else _convert(v, STR) for v in values]
    if kind == TS:
        first = next((v for v in values if v is not None), None)
        if isinstance(first, str):
            return pc.cast(pa.array(values, pa.string()), pa.timestamp("us")).cast(TS)
        return pa.array(values, TS)
    if kind == BOOL and any(isinstance(v, int) and not isinstance(v, bool) for v in values[:1]):
        return pa.array(values, pa.int64()).cast(BOOL)  # SQLite keeps booleans as 0 and 1
    return pa.array(values, kind)


def _json_text(data: bytes | str) -> str:
    """A JSON value as the export writes it (sorted keys, UTF-8 kept): made while the driver
    reads the row, so the column arrives as text like every other one. Always JSON text, a
    string value too (it came out unquoted before, unlike the same value read from SQLite)."""
    return json.dumps(json.loads(data), ensure_ascii=False, sort_keys=True, default=str)


def _raw_cursor(session: Session, name: str) -> tuple[Any, str, Callable[[datetime], Any]]:
    """A DB-API cursor on the session's connection (server-side on PostgreSQL, so a million
    rows are read in batches), its parameter mark, and how a time is bound."""
    conn = session.connection()
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        from psycopg.types.json import set_json_loads  # only where PostgreSQL is used

        # binary: the server sends integers and times as they are stored instead of formatting
        # text that the driver parses again (less work on both sides of the socket)
        cursor = raw.cursor(name=f"sc_export_{name}", binary=True)  # type: ignore[union-attr]
        set_json_loads(_json_text, cursor)
        return cursor, "%s", lambda at: at
    return (
        raw.cursor(),  # type: ignore[union-attr]
        "?",
        lambda at: at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds"),
    )


def _wire_struct(
    columns: Sequence[tuple[str, pa.DataType]], dialect: str, text_bytes: bool = False
) -> pa.StructType:
    """The row as the driver hands it over: SQLite gives times as text and booleans as 0/1,
    and with ``text_bytes`` every text as its UTF-8 bytes (see :func:`_text_as_bytes`)."""
    fields = []
    for n, k in columns:
        if dialect == "sqlite" and k in (TS, STR):
            k = pa.binary() if text_bytes else STR
        elif dialect == "sqlite" and k == BOOL:
            k = INT
        fields.append(pa.field(n, k))
    return pa.struct(fields)


def _text(values: Sequence[Any]) -> Sequence[Any]:
    """A column's values with any UTF-8 bytes as text (SQLite's text read as bytes)."""
    if not any(isinstance(v, bytes) for v in values):
        return values
    return [v.decode("utf-8") if isinstance(v, bytes) else v for v in values]


def _batch(
    chunk: list[Any],
    columns: Sequence[tuple[str, pa.DataType]],
    wire: pa.StructType,
    json_cols: set[int],
) -> pa.Table:
    """One batch of driver rows as an Arrow table.

    The rows go to Arrow whole (a struct array from the row tuples, converted in C++), then each
    column is cast to its exported type; no Python loop over rows or values. A row that does
    not fit the wire types (SQLite keeps whatever was written; a JSON column may hold a bare
    number) sends the batch through the column-by-column path, which converts such values.
    """
    schema = pa.schema([pa.field(n, k) for n, k in columns])
    try:
        rows = pa.array(chunk, type=wire)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        values = list(zip(*chunk, strict=True))
        return pa.Table.from_arrays(
            [
                _column_array(_text(values[i]), k, i in json_cols)
                for i, (_n, k) in enumerate(columns)
            ],
            schema=schema,
        )
    arrays = []
    for i, (_n, k) in enumerate(columns):
        a = rows.field(i)
        if a.type == pa.binary():
            a = a.cast(STR)  # checks the bytes are UTF-8, as decoding them would
        if a.type != k:
            a = pc.cast(a, pa.timestamp("us")).cast(TS) if k == TS else a.cast(k)
        arrays.append(a)
    return pa.Table.from_arrays(arrays, schema=schema)


@contextmanager
def _text_as_bytes(session: Session) -> Iterator[bool]:
    """On SQLite, the driver hands text over as bytes while a table is read (yields True).

    Arrow takes UTF-8 bytes as they are and checks them in C++; decoding every text into a
    Python string first was a fifth of the time the messages took. The connection's own
    setting is put back afterwards, before anything else reads through it.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield False
        return
    raw = conn.connection.driver_connection
    before = raw.text_factory  # type: ignore[union-attr]
    raw.text_factory = bytes  # type: ignore[union-attr]
    try:
        yield True
    finally:
        raw.text_factory = before  # type: ignore[union-attr]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cycle collector off while a batch is read and converted.

    The driver makes one tuple per row; the collector walks every one of them (and the rest of
    the process's heap) again and again while a 200,000-row batch is held, which took a fifth
    of the export's time in a worker that holds a large heap. The tuples form no cycles, so
    nothing is missed; the collector is switched back on afterwards (if it was on).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _export_table(
    session: Session,
    t: Table,
    folder: Path,
    part: str,
    marks: dict[str, Any],
    formats: Sequence[str],
    result: ExportResult,
) -> None:
    model = t.model
    table = model.__tablename__
    names = [n for n, _k in t.columns]
    json_cols = {i for i, n in enumerate(names) if isinstance(getattr(model, n).type, JSON)}
    cursor, mark, bind_time = _raw_cursor(session, t.name)
    # the driver's own values, read in batches and handed to Arrow whole: no Python per row
    sql = f"SELECT {', '.join(names)} FROM {table}"
    params: tuple[Any, ...] = ()
    if t.mode == "id":
        sql += f" WHERE id > {mark} ORDER BY id"
        params = (int(marks.get(t.name, 0)),)
    elif t.mode == "updated":
        after = marks.get(t.name)
        if after:
            sql += f" WHERE updated_at > {mark}"
            params = (bind_time(datetime.fromisoformat(after)),)
        sql += " ORDER BY updated_at, id"
    else:
        sql += " ORDER BY id"
    rows_total = 0
    seq = 0
    # snapshot tables are a few rows, and their marks are digests of their values as text
    reading = nullcontext(False) if t.mode == "snapshot" else _text_as_bytes(session)
    with reading as text_bytes:
        wire = _wire_struct(t.columns, session.get_bind().dialect.name, text_bytes)
        try:
            cursor.execute(sql, params)
            while True:
                with _gc_paused():
                    chunk = cursor.fetchmany(BATCH)
                    if not chunk:
                        break
                    if t.mode == "snapshot":
                        columns = list(zip(*chunk, strict=True))
                        digest = hashlib.sha256(repr(columns).encode()).hexdigest()
                        if marks.get(t.name) == digest:
                            return
                        marks[t.name] = digest
                    data = _batch(chunk, t.columns, wire, json_cols)
                    del chunk
                seq += 1
                result.files += _write(folder, t.name, f"{part}-{seq:03d}", data, formats)
                rows_total += data.num_rows
                if t.mode == "id":
                    marks[t.name] = int(data.column("id")[-1].as_py())
                elif t.mode == "updated":
                    last = data.column("updated_at")[-1].as_py()
                    marks[t.name] = last.astimezone(UTC).isoformat()
        finally:
            cursor.close()
            result.rows[t.name] = rows_total


def _export_metrics(
    session: Session,
    folder: Path,
    part: str,
    marks: dict[str, Any],
    formats: Sequence[str],
    result: ExportResult,
) -> None:
    """The daily metrics as a whole snapshot, rewritten when the rollups have moved on.

    Summed from report_day (report_volume already summed per day and dimensions, kept equal to
    it by the rollups' catch-up): a few thousand rows rather than one per conversation and day
    (400,000 at a million messages, 6% of the whole export's time). The same figures; a sum of
    sentiments may differ in its last binary digit, the additions being made in another order.
    """
    version = session.scalar(select(func.max(ReportState.change_id)))
    if version is None or marks.get("metrics_daily") == version:
        result.rows["metrics_daily"] = 0
        return
    D = ReportDay
    keys = (D.day, D.team_id, D.brand_account_id, D.network, D.direction)
    rows = [
        tuple(r)
        for r in session.execute(
            select(*keys, func.sum(D.n), func.sum(D.sentiment_sum), func.sum(D.sentiment_n))
            .group_by(*keys)
            .order_by(*keys)
        )
    ]
    data = _arrow(None, METRICS_COLUMNS, rows)
    result.files += _write(folder, "metrics_daily", f"{part}-001", data, formats)
    marks["metrics_daily"] = version
    result.rows["metrics_daily"] = len(rows)


def export(session: Session, folder: Path, *, formats: Sequence[str] = FORMATS) -> ExportResult:
    """One incremental run into ``folder`` (read-only on the database)."""
    t0 = time.perf_counter()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            f"The export folder {folder} cannot be made: {exc.strerror or exc}."
        ) from exc
    state = _load_state(folder)
    marks: dict[str, Any] = dict(state.get("marks", {}))
    result = ExportResult(folder)
    part = f"run-{int(state.get('runs', 0)) + 1:06d}-{utcnow():%Y%m%dT%H%M%SZ}"
    try:
        for t in TABLES:
            _export_table(session, t, folder, part, marks, formats, result)
        _export_metrics(session, folder, part, marks, formats, result)
    except OSError as exc:
        raise ExportError(f"Could not write into {folder}: {exc.strerror or exc}.") from exc
    if result.total:
        state["runs"] = int(state.get("runs", 0)) + 1
        state["marks"] = marks
        state["last_run"] = utcnow().isoformat()
        _save_state(folder, state)
        _write_manifest(folder)
    result.seconds = time.perf_counter() - t0
    return result


def _write_manifest(folder: Path) -> None:
    """schema.json beside the data: each table's columns and types, and the schema version."""
    tables = {
        t.name: {"columns": {n: str(k) for n, k in t.columns}, "increment": t.mode} for t in TABLES
    }
    tables["metrics_daily"] = {
        "columns": {n: str(k) for n, k in METRICS_COLUMNS},
        "increment": "snapshot",
    }
    doc = {"schema_version": SCHEMA_VERSION, "tables": tables}
    (folder / "schema.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")


def record_run(session: Session, result: ExportResult) -> None:
    """The run in the export_run log, for IT to see when the repository last moved."""
    session.add(
        ExportRun(
            folder=str(result.folder),
            finished_at=utcnow(),
            marks={},
            rows=dict(result.rows),
        )
    )


class ExportScheduler:
    """A thread that exports every ``every`` seconds (the headless worker starts one)."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        folder: Path,
        every: float,
        *,
        formats: Sequence[str] = FORMATS,
        on_result: Callable[[str], None] | None = None,
        read: Callable[[], AbstractContextManager[tuple[Session, ReadSource]]] | None = None,
    ) -> None:
        """``read``: where the rows are read (Console.read_session: a hot standby when one is
        configured, so a big export never slows the agents; the primary when it is down)."""
        self.factory = factory
        self.read = read
        self.folder = Path(folder)
        self.every = every
        self.formats = tuple(formats)
        self.on_result = on_result
        self.runs = 0
        self.last: ExportResult | None = None
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> ExportResult:
        if self.read is None:
            with self.factory() as session:
                result = export(session, self.folder, formats=self.formats)
        else:
            with self.read() as (session, source):
                result = export(session, self.folder, formats=self.formats)
            result.source = source
        if result.total:
            with self.factory() as session, session.begin():
                record_run(session, result)
        self.runs += 1
        self.last = result
        if self.on_result:
            self.on_result(result.summary())
        return result

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="data-export", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
                self.last_error = None
            except Exception as exc:  # noqa: BLE001 - said in words; the next run tries again
                self.last_error = str(exc)
                log.warning("data export failed: %s", exc)
                if self.on_result:
                    self.on_result(f"export failed: {exc}")
            self._stop.wait(self.every)
