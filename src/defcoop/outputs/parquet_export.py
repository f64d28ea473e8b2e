"""``events.parquet``: one row per merged event with typed and list columns (pyarrow)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from defcoop.outputs.dataset import AnalystEvent
from defcoop.outputs.flat import COLUMNS, LIST_COLUMNS, flat_record

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


def events_table(events: Sequence[AnalystEvent]) -> pa.Table:
    """The events as a pyarrow table."""
    records = [flat_record(item) for item in events]
    columns = {column: [r[column] for r in records] for column in COLUMNS}
    return pa.Table.from_pydict(columns, schema=schema())


def write_parquet(events: Sequence[AnalystEvent], path: Path) -> int:
    """Write ``events`` to ``path`` as Parquet; return the number of rows."""
    table = events_table(events)
    pq.write_table(table, path, compression="zstd")
    return int(table.num_rows)
