"""Which modules run compiled (mypyc), and a refusal to run ones older than their source.

`pip install` compiles the modules `setup.py` lists and records a hash of each one's source
in `compiled_sources.json`. In an editable install the compiled file sits beside the `.py`
and Python imports it first, so an edited module would silently keep running its old code;
importing `extract` fails instead, saying what to reinstall.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from extract import messages

COMPILED_SOURCES = "compiled_sources.json"
PACKAGE = Path(__file__).parent


def compiled_modules(package: Path = PACKAGE) -> list[str]:
    """The modules of the package (`claims/builder.py`) that have a compiled extension."""
    # `claims/builder.cpython-311-x86_64-linux-gnu.so` is `claims/builder.py`: names hold no dot
    names = {
        path.relative_to(package).with_name(path.name.split(".")[0] + ".py").as_posix()
        for suffix in EXTENSION_SUFFIXES
        for path in package.rglob(f"*{suffix}")
    }
    return sorted(names)


def source_hash(path: Path) -> str:
    """The hash `setup.py` records for a module's source."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_compiled_modules(package: Path = PACKAGE) -> list[str]:
    """The `.py` files whose source differs from what their compiled extension was built from."""
    record = package / COMPILED_SOURCES
    built = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    stale = []
    for name in compiled_modules(package):
        source = package / name
        if source.exists() and built.get(name) != source_hash(source):
            stale.append(name)
    return stale


def check_compiled_sources(package: Path = PACKAGE) -> None:
    """Raise ImportError when a compiled module is older than its source."""
    stale = stale_compiled_modules(package)
    if stale:
        raise ImportError(messages.STALE_COMPILED.format(files=", ".join(stale)))
