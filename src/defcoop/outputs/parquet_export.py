"""``events.parquet``: one row per merged event with typed and list columns (pyarrow)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from defcoop.outputs.dataset import AnalystEvent
from defcoop.outputs.flat import COLUMNS, LIST_COLUMNS, flat_values

_TYPES: dict[str, pa.DataType] = {"year": pa.int32(), "confidence": pa.float64(), "n_documents": pa.int32(),
                                  "n_outlets": pa.int32()}


def schema() -> pa.Schema:
    """The Parquet schema of the events table."""
    fields = []
    for column in COLUMNS:
        if column in LIST_COLUMNS:
            fields.append(pa.field(column, pa.list_(pa.string())))
        else:
            fields.append(pa.field(column, _TYPES.get(column, pa.string())))
    return pa.schema(fields)


#: Events per row group: the writer holds one group's rows in memory at a time.
ROW_GROUP = 20_000


def events_table(events: Iterable[AnalystEvent], table_schema: pa.Schema | None = None) -> pa.Table:
    """The events as a pyarrow table."""
    rows = [flat_values(item) for item in events]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    return pa.Table.from_pydict(dict(zip(COLUMNS, map(list, columns), strict=True)), schema=table_schema or schema())


def write_parquet(events: Iterable[AnalystEvent], path: Path, row_group: int = ROW_GROUP) -> int:
    """Write ``events`` to ``path`` as Parquet, one row group at a time; return the number of rows."""
    table_schema = schema()
    rows = 0
    with pq.ParquetWriter(path, table_schema, compression="zstd") as writer:
        iterator = iter(events)
        while True:
            table = events_table(itertools.islice(iterator, row_group), table_schema)
            if table.num_rows:
                writer.write_table(table)
                rows += int(table.num_rows)
            if table.num_rows < row_group:
                return rows
