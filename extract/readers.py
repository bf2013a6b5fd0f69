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
from extract.listing import parse_listing
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
    files: Iterable[str], fmt: str | None = None, columns: Columns = Columns()
) -> Iterator[Paper | ReadError]:
    """Yield every paper and every failure from the given files, in file order."""
    for path in files:
        yield from read_file(path, fmt, columns)


def read_file(path: str, fmt: str | None, columns: Columns) -> Iterator[Paper | ReadError]:
    """Yield the papers and failures of one file ('-' is standard input, read as JSONL)."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        yield ReadError(source=path, reason=messages.UNREADABLE_TABLE.format(detail=exc.strerror))
        return
    if path.endswith(".gz"):
        data, error = _gunzip(data)
        if error:
            yield ReadError(source=path, reason=messages.TRUNCATED_FILE.format(detail=error))
    if not data.strip():
        yield ReadError(source=path, reason=messages.EMPTY_FILE)
        return
    fmt = fmt or ("jsonl" if path == "-" else detect_format(path, data[:64]))
    if fmt == "parquet":
        yield from _read_table(path, data, "parquet", columns)
    elif fmt == "csv":
        yield from _read_table(path, data, "csv", columns)
    elif fmt == "jsonl":
        yield from _read_jsonl(path, data, columns)
    else:
        yield from _read_listing(path, data)


def _gunzip(data: bytes) -> tuple[bytes, str | None]:
    """Decompress as much as possible; a truncated stream keeps what came before the cut."""
    decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data)
    except zlib.error as exc:
        try:
            return gzip.decompress(data), None
        except (OSError, EOFError, zlib.error):
            return b"", str(exc)
    if not decompressor.eof:
        return out, "compressed stream is truncated"
    return out, None


def _decoded_lines(path: str, data: bytes) -> Iterator[tuple[int, str | None, ReadError | None]]:
    """Yield (line number, text or None, error or None) for every line of the bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.rstrip(b"\r")
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            detail = f"byte {exc.start}: {exc.reason}"
            reason = messages.UNDECODABLE_LINE.format(detail=detail)
            yield number, None, ReadError(source=path, record=number, reason=reason)


def _read_listing(path: str, data: bytes) -> Iterator[Paper | ReadError]:
    lines: list[tuple[int, str]] = []
    for number, text, error in _decoded_lines(path, data):
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


def _read_jsonl(path: str, data: bytes, columns: Columns) -> Iterator[Paper | ReadError]:
    for number, text, error in _decoded_lines(path, data):
        if error is not None:
            yield error
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text)
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
        elif not value.strip() and field == "abstract":
            reason = messages.EMPTY_FIELD.format(field=column)
        else:
            texts[field] = value.replace("\x00", "")
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


def _read_table(path: str, data: bytes, kind: str, columns: Columns) -> Iterator[Paper | ReadError]:
    import pandas as pd

    try:
        if kind == "parquet":
            frame = pd.read_parquet(io.BytesIO(data))
        else:
            sep = "\t" if path.removesuffix(".gz").endswith(".tsv") else ","
            text = data.decode("utf-8-sig", errors="replace")
            frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001 - any parser failure is one recorded row
        detail = f"{type(exc).__name__}: {str(exc)[:160]}"
        yield ReadError(source=path, reason=messages.UNREADABLE_TABLE.format(detail=detail))
        return
    missing = [c for c in (columns.title, columns.abstract) if c not in frame.columns]
    if missing:
        reason = messages.MISSING_COLUMNS.format(
            missing=", ".join(missing), present=", ".join(map(str, frame.columns)) or "none"
        )
        yield ReadError(source=path, reason=reason)
        return
    for number, row in enumerate(frame.to_dict("records"), start=1):
        clean = {k: (None if _is_missing(v) else v) for k, v in row.items()}
        yield paper_from_mapping(clean, path, number, columns)


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)
