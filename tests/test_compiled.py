"""The compiled hot path: built as setup.py lists it, and refused when older than its source."""

import ast
import hashlib
import json
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from extract.compiled import (
    COMPILED_SOURCES,
    check_compiled_sources,
    compiled_modules,
    stale_compiled_modules,
)

ROOT = Path(__file__).resolve().parents[1]


def setup_compiled_list() -> list[str]:
    """The module names setup.py compiles, read from its COMPILED list."""
    tree = ast.parse((ROOT / "setup.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "COMPILED":
            return sorted(
                Path(module).relative_to("extract").as_posix()
                for module in ast.literal_eval(node.value)
            )
    raise AssertionError("setup.py has no COMPILED list")


def test_the_installed_package_runs_what_setup_compiles():
    # PAPER_CLAIMS_PURE_PYTHON installs run the source; every other install runs compiled code
    expected = [] if os.environ.get("PAPER_CLAIMS_PURE_PYTHON") else setup_compiled_list()
    assert compiled_modules() == expected
    assert stale_compiled_modules() == []


def fake_package(tmp_path: Path, source: str, recorded: str | None, compiled: bool = True) -> Path:
    (tmp_path / "hot.py").write_text(source)
    (tmp_path / "cold.py").write_text("y = 2\n")
    if compiled:
        (tmp_path / f"hot{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    if recorded is not None:
        (tmp_path / COMPILED_SOURCES).write_text(json.dumps({"hot.py": recorded}))
    return tmp_path


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize(
    ("source", "recorded", "compiled", "stale"),
    [
        ("x = 1\n", digest("x = 1\n"), True, []),  # built from this source
        ("x = 1  # edited\n", digest("x = 1\n"), True, ["hot.py"]),  # edited since the build
        ("x = 1\n", None, True, ["hot.py"]),  # no record of what it was built from
        ("x = 1  # edited\n", digest("x = 1\n"), False, []),  # not compiled: the source runs
    ],
)
def test_stale_compiled_modules(tmp_path, source, recorded, compiled, stale):
    package = fake_package(tmp_path, source, recorded, compiled)
    assert stale_compiled_modules(package) == stale
    assert compiled_modules(package) == (["hot.py"] if compiled else [])


def test_importing_stale_compiled_code_fails_with_what_to_do(tmp_path):
    package = fake_package(tmp_path, "x = 1  # edited\n", digest("x = 1\n"))
    with pytest.raises(ImportError, match=r"hot\.py changed.*pip install -e \."):
        check_compiled_sources(package)
