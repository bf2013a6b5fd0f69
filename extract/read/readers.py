"""Read papers from listing dumps, JSONL, CSV and Parquet, yielding Paper or ReadError.

No reader raises on bad content: every record that cannot be read becomes one ReadError, and
the good records around it are still yielded.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract import messages
from extract.read.listing import parse_listing
from schemas import Paper, ReadError

FORMATS = ("listing", "jsonl", "csv", "parquet")
SUFFIX_FORMATS = {
    ".txt": "listing",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


class InputError(Exception):
    """An input path that cannot be used at all (reported as one line, exit status 2)."""


@dataclass(frozen=True)
class Columns:
    """Names of the title, abstract and id columns in tables and JSON records."""

    title: str = "title"
    abstract: str = "abstract"
    id: str = "id"


def paper_id_from_title(title: str) -> str:
    """Return the first 12 hex digits of sha1 of the lower-cased, whitespace-collapsed title."""
    normalised = " ".join(title.lower().split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:12]


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Resolve files, directories (recursively) and globs to a sorted list of files, or '-'."""
    files: list[str] = []
    for path in paths:
        if path == "-":
            files.append(path)
        elif "://" in path:
            files.extend(_expand_url(path))
        elif any(ch in path for ch in "*?["):
            matched = sorted(p for p in glob.glob(path, recursive=True) if Path(p).is_file())
            if not matched:
                raise InputError(messages.GLOB_MATCHED_NOTHING.format(pattern=path))
            files.extend(matched)
        elif Path(path).is_dir():
            found = sorted(str(p) for p in Path(path).rglob("*") if p.is_file() and _known(p))
            if not found:
                raise InputError(messages.DIRECTORY_EMPTY.format(path=path))
            files.extend(found)
        elif Path(path).is_file():
            files.append(path)
        else:
            raise InputError(messages.INPUT_NOT_FOUND.format(path=path))
    return files


def _expand_url(url: str) -> list[str]:
    """Files behind a URL fsspec understands (`s3://bucket/papers/*.jsonl.gz`, `memory://x`)."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(url)
        protocol = url.split("://", 1)[0]
        if any(ch in path for ch in "*?["):
            found = sorted(fs.glob(path))
        elif fs.isdir(path):
            found = sorted(p for p in fs.find(path) if _known(Path(p)))
        elif fs.isfile(path):
            found = [path]
        else:
            raise InputError(messages.INPUT_NOT_FOUND.format(path=url))
    except (ImportError, ValueError, OSError) as exc:
        raise InputError(messages.URL_UNUSABLE.format(url=url, detail=exc)) from exc
    if not found:
        raise InputError(messages.GLOB_MATCHED_NOTHING.format(pattern=url))
    return [p if "://" in p else f"{protocol}://{p.lstrip('/')}" for p in found]


def _known(path: Path) -> bool:
    suffixes = path.suffixes[-2:]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1].lower() in SUFFIX_FORMATS


def detect_format(path: str, head: bytes) -> str:
    """Choose a format from the file suffix, else from the first bytes of content."""
    name = path[:-3] if path.endswith(".gz") else path
    suffix = Path(name).suffix.lower()
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "listing"


def read_inputs(
    files: Iterable[str],
    fmt: str | None = None,
    columns: Columns = Columns(),
    counter: list[int] | None = None,
) -> Iterator[Paper | ReadError]:
    """Yield every paper and every failure from the given files, in file order.

    `counter[0]` grows by the bytes read from the files, for progress.
    """
    for path in files:
        yield from read_file(path, fmt, columns, counter)


class CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it, for progress over compressed input."""

    def __init__(self, raw, counter: list[int]):
        self.raw = raw
        self.counter = counter

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer) -> int:
        """Read like the wrapped file, adding the count to `counter[0]`."""
        count = self.raw.readinto(buffer)
        self.counter[0] += count or 0
        return count


def open_input(path: str, counter: list[int] | None = None) -> io.BufferedReader:
    """A buffered binary stream of a file's content, decompressing `.gz` as it is read."""
    if path == "-":
        raw = sys.stdin.buffer.raw
    elif "://" in path:
        import fsspec

        raw = fsspec.open(path, "rb").open()
    else:
        raw = open(path, "rb", buffering=0)  # noqa: SIM115 - closed with the returned stream
    stream = io.BufferedReader(CountingReader(raw, counter if counter is not None else [0]))
    if path.endswith(".gz"):
        return io.BufferedReader(gzip.GzipFile(fileobj=stream))
    return stream


def read_file(
    path: str, fmt: str | None, columns: Columns, counter: list[int] | None = None
) -> Iterator[Paper | ReadError]:
    """Yield the papers and failures of one file ('-' is standard input, read as JSONL).

    JSONL, CSV and Parquet are read as streams, so memory does not grow with file size; a
    `.gz` file that ends early keeps every record before the cut and records the cut.
    """
    yielded = False
    try:
        with open_input(path, counter) as stream:
            head = stream.peek(64)[:64]
            fmt = fmt or ("jsonl" if path == "-" else detect_format(path, head))
            for record in _read_stream(path, stream, fmt, columns):
                yielded = True
                yield record
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yielded = True
        detail = "compressed stream is truncated" if isinstance(exc, EOFError) else str(exc)
        yield ReadError(source=path, reason=messages.TRUNCATED_FILE.format(detail=detail))
    except OSError as exc:
        yielded = True
        detail = exc.strerror or str(exc)
        yield ReadError(source=path, reason=messages.UNREADABLE_TABLE.format(detail=detail))
    if not yielded:
        yield ReadError(source=path, reason=messages.EMPTY_FILE)


def _read_stream(
    path: str, stream: io.BufferedReader, fmt: str, columns: Columns
) -> Iterator[Paper | ReadError]:
    if fmt == "jsonl":
        yield from _read_jsonl(path, stream, columns)
    elif fmt == "csv":
        yield from _read_csv(path, stream, columns)
    elif fmt == "parquet":
        yield from _read_parquet(path, stream, columns)
    else:
        data = stream.read()
        if data.strip():
            yield from _read_listing(path, data)


def _decoded(path: str, number: int, raw: bytes) -> tuple[str | None, ReadError | None]:
    """One line as text, or the error saying why it is not UTF-8."""
    raw = raw.rstrip(b"\r\n")
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        reason = messages.UNDECODABLE_LINE.format(detail=f"byte {exc.start}: {exc.reason}")
        return None, ReadError(source=path, record=number, reason=reason)


def _read_listing(path: str, data: bytes) -> Iterator[Paper | ReadError]:
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        text, error = _decoded(path, number, raw)
        if error is not None:
            yield error
            lines.append((number, ""))
        else:
            lines.append((number, text.replace("\x00", "")))
    for entry in parse_listing(lines):
        if entry.abstract is None:
            reason = messages.TITLE_WITHOUT_ABSTRACT.format(title=entry.title[:80])
            yield ReadError(source=path, record=entry.line, reason=reason)
            continue
        extra = json.dumps({"organization": entry.organization}) if entry.organization else None
        yield Paper(
            paper_id=paper_id_from_title(entry.title),
            title=entry.title,
            abstract=entry.abstract,
            source=path,
            record=entry.line,
            authors=entry.authors,
            date=entry.date,
            extra=extra,
        )


# strict=False: raw control characters (NUL) in strings. One decoder for every line:
# `json.loads` with an argument builds a new one each time, which cost 40% of the decoding.
_JSON_DECODER = json.JSONDecoder(strict=False)


def _json_value(text: str):
    """The value of one JSON line, failing as `json.loads` does (a BOM is an error)."""
    if text.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _JSON_DECODER.decode(text)


def _read_jsonl(
    path: str, stream: io.BufferedReader, columns: Columns
) -> Iterator[Paper | ReadError]:
    for number, raw in enumerate(stream, start=1):
        text, error = _decoded(path, number, raw)
        if error is not None:
            yield error
            continue
        if not text or text.isspace():  # a blank line (no copy of a long one made)
            continue
        try:
            value = _json_value(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            detail = str(exc)[:120] if isinstance(exc, json.JSONDecodeError) else "nested too deep"
            yield ReadError(
                source=path, record=number, reason=messages.NOT_JSON.format(detail=detail)
            )
            continue
        if not isinstance(value, dict):
            reason = messages.NOT_OBJECT.format(type=type(value).__name__)
            yield ReadError(source=path, record=number, reason=reason)
            continue
        yield paper_from_mapping(value, path, number, columns)


def paper_from_mapping(
    record: dict, source: str, number: int, columns: Columns
) -> Paper | ReadError:
    """Build a Paper from one JSON object or table row, or say why it cannot be one."""
    raw_id = record.get(columns.id)
    paper_id = str(raw_id).strip() if isinstance(raw_id, (str, int)) else ""
    texts: dict[str, str] = {}
    for field, column in (("title", columns.title), ("abstract", columns.abstract)):
        value = record.get(column)
        if value is None:
            reason = messages.MISSING_FIELD.format(field=column)
        elif not isinstance(value, str):
            reason = messages.WRONG_TYPE.format(field=column, type=type(value).__name__)
        elif field == "abstract" and (not value or value.isspace()):
            reason = messages.EMPTY_FIELD.format(field=column)
        else:
            texts[field] = value.replace("\x00", "") if "\x00" in value else value
            continue
        return ReadError(source=source, record=number, paper_id=paper_id or None, reason=reason)
    simple = {
        key: value
        for key, value in record.items()
        if key not in (columns.id, columns.title, columns.abstract)
        and (value is None or isinstance(value, (str, int, float, bool)))
    }
    return Paper(
        paper_id=paper_id or paper_id_from_title(texts["title"]),
        title=texts["title"],
        abstract=texts["abstract"],
        source=source,
        record=number,
        extra=json.dumps(simple, ensure_ascii=False, default=str) if simple else None,
    )


TABLE_CHUNK_ROWS = 10_000


def _missing_columns(path: str, present: list[str], columns: Columns) -> ReadError | None:
    missing = [c for c in (columns.title, columns.abstract) if c not in present]
    if not missing:
        return None
    reason = messages.MISSING_COLUMNS.format(
        missing=", ".join(missing), present=", ".join(map(str, present)) or "none"
    )
    return ReadError(source=path, reason=reason)


def _unreadable(path: str, exc: Exception) -> ReadError:
    detail = f"{type(exc).__name__}: {str(exc)[:160]}"
    return ReadError(source=path, reason=messages.UNREADABLE_TABLE.format(detail=detail))


def _read_csv(
    path: str, stream: io.BufferedReader, columns: Columns
) -> Iterator[Paper | ReadError]:
    import pandas as pd

    sep = "\t" if path.removesuffix(".gz").endswith(".tsv") else ","
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    number = 0
    try:
        chunks = pd.read_csv(
            text, sep=sep, dtype=str, keep_default_na=False, chunksize=TABLE_CHUNK_ROWS
        )
        for frame in chunks:
            if number == 0 and (error := _missing_columns(path, list(frame.columns), columns)):
                yield error
                return
            for row in frame.to_dict("records"):
                number += 1
                yield paper_from_mapping(_cleaned(row), path, number, columns)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is one recorded row
        yield _unreadable(path, exc)


def _read_parquet(
    path: str, stream: io.BufferedReader, columns: Columns
) -> Iterator[Paper | ReadError]:
    import pyarrow.parquet as pq

    source = stream if stream.seekable() and not path.endswith(".gz") else io.BytesIO(stream.read())
    try:
        table = pq.ParquetFile(source)
        present = table.schema_arrow.names
        if error := _missing_columns(path, present, columns):
            yield error
            return
        number = 0
        for batch in table.iter_batches(batch_size=TABLE_CHUNK_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield paper_from_mapping(_cleaned(row), path, number, columns)
    except Exception as exc:  # noqa: BLE001 - any parser failure is one recorded row
        yield _unreadable(path, exc)


def _cleaned(row: dict) -> dict:
    return {k: (None if _is_missing(v) else v) for k, v in row.items()}


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)
