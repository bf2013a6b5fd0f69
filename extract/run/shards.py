"""Shards of a run: committed one by one, found again on resume, merged in order at the end.

A run directory holds, while the run is under way, `.shards/` with `manifest.json` (what
the run reads and with which rules) and, per finished shard, its three tables and a
`NNNNNN.done` marker written last. Every file is written under a temporary name and renamed
into place, so a run killed at any moment (SIGKILL included) leaves only whole shards; the
same command run again skips them. When every shard is done, the three tables are written
row group by row group in shard order and `.shards/` is removed.

Paths go through fsspec, so a run directory may be local or any URL fsspec understands
(`s3://bucket/run`, `gs://...`, `memory://...`).
"""

from __future__ import annotations

import json
import posixpath

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from extract.run.writer import SCHEMAS, with_metadata

SHARD_DIR = ".shards"


class ShardStore:
    """The `.shards/` folder of one run directory."""

    def __init__(self, output: str):
        self.fs, root = fsspec.core.url_to_fs(str(output))
        self.root = root.rstrip("/")
        self.dir = posixpath.join(self.root, SHARD_DIR)

    def _path(self, name: str) -> str:
        return posixpath.join(self.dir, name)

    def _write_atomically(self, path: str, write) -> None:
        tmp = posixpath.join(posixpath.dirname(path), f".tmp-{posixpath.basename(path)}")
        with self.fs.open(tmp, "wb") as handle:
            write(handle)
        self.fs.mv(tmp, path)

    def start(self, fingerprint: dict) -> int:
        """Prepare for a run; return how many finished shards of the same run are kept.

        Shards of a different run (other inputs, options, rules or tool version) are removed.
        """
        manifest = self._path("manifest.json")
        if self.fs.exists(manifest):
            with self.fs.open(manifest, "rb") as handle:
                try:
                    same = json.load(handle) == fingerprint
                except ValueError:
                    same = False
            if same:
                return sum(name.endswith(".done") for name in self._names())
            self.fs.rm(self.dir, recursive=True)
        self.fs.makedirs(self.dir, exist_ok=True)
        data = json.dumps(fingerprint, sort_keys=True).encode("utf-8")
        self._write_atomically(manifest, lambda handle: handle.write(data))
        return 0

    def _names(self) -> list[str]:
        return [posixpath.basename(p) for p in self.fs.ls(self.dir, detail=False)]

    def done(self, index: int) -> dict | None:
        """The counts of a finished shard, or None when it has not been committed."""
        marker = self._path(f"{index:06d}.done")
        if not self.fs.exists(marker):
            return None
        with self.fs.open(marker, "rb") as handle:
            return json.load(handle)

    def commit(self, index: int, tables: dict[str, pa.Table]) -> dict:
        """Write one shard's tables, then its marker; return its counts."""
        for name, table in tables.items():
            path = self._path(f"{index:06d}.{name}.parquet")
            # uncompressed: a shard is read once, by `merge`, which compresses the final tables;
            # snappy here cost more to write and read than the bytes it saved
            self._write_atomically(
                path, lambda handle, t=table: pq.write_table(t, handle, compression="none")
            )
        counts = {name: table.num_rows for name, table in tables.items()}
        data = json.dumps(counts).encode("utf-8")
        self._write_atomically(self._path(f"{index:06d}.done"), lambda h: h.write(data))
        return counts

    def merge(self, shard_count: int) -> None:
        """Write the run's three tables from every shard, in shard order, then drop `.shards/`."""
        for name, schema in SCHEMAS.items():
            target = posixpath.join(self.root, f"{name}.parquet")

            def write(handle, name=name, schema=schema):
                with pq.ParquetWriter(handle, with_metadata(schema)) as writer:
                    for index in range(shard_count):
                        shard = self._path(f"{index:06d}.{name}.parquet")
                        with self.fs.open(shard, "rb") as source:
                            table = pq.read_table(source)
                        if table.num_rows:
                            writer.write_table(table.cast(with_metadata(schema)))

            self._write_atomically(target, write)
        self.fs.rm(self.dir, recursive=True)
