"""Where the rule files live and how they are read: shared by every loader of `rules/`."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

import yaml

from extract.cache_folder import cache_dir


def load_yaml(text: str):
    """Parse YAML safely, with libyaml's parser, through a cache of parses.

    The pure-Python parser took over a second to read the gazetteer at every start; libyaml
    still takes a tenth of a second over the rule files, a tenth of a one-record run. A
    parse is kept under the hash of its text in `marshal` format, which holds plain data
    only (reading it runs no code); a cache file that cannot be read is parsed anew.
    """
    path = _cache_path(text)
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass  # not cached yet, or cut short: parse it
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if path is not None:
        _store(path, data)
    return data


def _cache_path(text: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # marshal's format belongs to the Python version that wrote it
    return folder / f"yaml-{sys.version_info[0]}{sys.version_info[1]}-{digest}.marshal"


def _store(path: Path, data) -> None:
    """Write a parse for later runs; a cache that cannot be written is only slower."""
    try:
        payload = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)  # readers see the whole file or none
    except (OSError, ValueError):  # read-only home, or a value marshal cannot hold
        return


class RuleFileError(ValueError):
    """A rule, macro, context or gazetteer file is invalid."""


def rules_dir() -> Path:
    """Return the directory of the packaged rule files."""
    # `rules` is a data-only namespace package (no __init__.py): its first path entry that
    # holds the rule files is the directory, whether installed or editable.
    import rules

    for entry in rules.__path__:
        if (Path(entry) / "macros.yaml").is_file():
            return Path(entry)
    raise RuleFileError(f"no rules directory with macros.yaml in {list(rules.__path__)}")
