"""Write the run's three Parquet tables from its shards, in shard order, as shards finish.

Several shards run at once finish out of order; a finished shard waits here until those
before it are written, so the tables are the same whatever the engine, the number of jobs
or how often the run was resumed. Writing as shards finish, not all at the end, overlaps
the writing with the extraction of later shards (with `--jobs 2`, a serial second at the
end of 100k abstracts) and spares reading the shards back.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa
import pyarrow.parquet as pq

from extract.run.shards import ShardStore, write_error
from extract.run.writer import SCHEMAS, with_metadata


class InOrderMerge:
    """The run's tables being written; use as a context manager, end with `finish`."""

    def __init__(self, store: ShardStore):
        self.store = store
        self.next_index = 0
        # index -> its tables, or None for a shard committed by an earlier run (on disk)
        self.waiting: dict[int, dict[str, pa.Table] | None] = {}
        self.schemas = {f"{name}.parquet": with_metadata(s) for name, s in SCHEMAS.items()}
        self.handles: dict = {}
        self.writers: dict[str, pq.ParquetWriter] = {}

    def __enter__(self) -> InOrderMerge:
        for file_name, schema in self.schemas.items():
            with self._writing(file_name):
                self.handles[file_name] = self.store.open_temporary(file_name)
                self.writers[file_name] = pq.ParquetWriter(self.handles[file_name], schema)
        return self

    def __exit__(self, kind, exc, traceback) -> None:
        if kind is None:
            self._close()  # after `finish`, nothing is left open
            return
        # a failure is what the user reads: the half-written tables go quietly
        self._close(quietly=True)
        try:
            self.store.drop_temporary_files()
        except OSError:
            pass  # cannot go now: the resumed run drops them

    def add(self, index: int, tables: dict[str, pa.Table]) -> None:
        """A shard this run extracted."""
        self.waiting[index] = tables
        self._write_ready()

    def add_resumed(self, index: int) -> None:
        """A shard an earlier run committed: read from `.shards/` when its turn comes."""
        self.waiting[index] = None
        self._write_ready()

    def finish(self, shard_count: int) -> None:
        """Close the tables, move them into the run directory and drop `.shards/`."""
        if self.next_index != shard_count or self.waiting:
            raise RuntimeError(
                f"shards {self.next_index}..{shard_count - 1} were not all written "
                f"(waiting: {sorted(self.waiting)})"
            )
        self._close()
        self.store.publish(list(self.schemas))

    def _write_ready(self) -> None:
        while self.next_index in self.waiting:
            tables = self.waiting.pop(self.next_index)
            if tables is None:
                tables = self.store.tables(self.next_index)
            for file_name, writer in self.writers.items():
                table = tables[file_name.removesuffix(".parquet")]
                schema = self.schemas[file_name]
                if not table.schema.equals(schema, check_metadata=True):
                    # only when it differs: `cast` imports pyarrow.compute, a tenth of a second
                    table = table.cast(schema)
                if table.num_rows:
                    with self._writing(file_name):
                        writer.write_table(table)
            self.next_index += 1

    @contextmanager
    def _writing(self, file_name: str) -> Iterator[None]:
        """Turn an OSError writing a run table into the run's one-line `RunWriteError`."""
        try:
            yield
        except OSError as exc:
            path = posixpath.join(self.store.root, file_name)
            raise write_error(path, exc, self.store.finished()) from exc

    def _close(self, quietly: bool = False) -> None:
        while self.handles:
            file_name, handle = self.handles.popitem()
            writer = self.writers.pop(file_name, None)
            try:
                with self._writing(file_name):
                    try:
                        if writer is not None:
                            writer.close()
                    finally:
                        handle.close()
            except Exception:
                if not quietly:
                    raise
