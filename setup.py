"""Build the package, with the extraction hot path compiled to C by mypyc.

Everything else lives in `pyproject.toml`; this file only adds the compiled modules.
The modules stay plain Python source: a machine without a C compiler installs them as
such, as does one where any module fails to compile (the compiled modules share one library,
so they install all or none), and `PAPER_CLAIMS_PURE_PYTHON=1` skips compiling.
"""

import hashlib
import json
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules that run for every text field and every match; compiled, an abstract takes
# about a fifth less time.
COMPILED = [
    "extract/claims/builder.py",
    "extract/claims/baselines.py",
    "extract/claims/context.py",
    "extract/claims/metric_group.py",
    "extract/claims/roles.py",
    "extract/claims/values.py",
    "extract/claims/kinds/base.py",
    "extract/claims/kinds/gpu_count.py",
    "extract/claims/kinds/hardware.py",
    "extract/claims/kinds/model_size.py",
    "extract/claims/kinds/percent_change.py",
    "extract/claims/kinds/quantity.py",
    "extract/claims/kinds/speedup.py",
    "extract/hardware/gazetteer.py",
    "extract/match/matching.py",
    "extract/text/literals.py",
    "extract/text/normalise.py",
    "extract/text/timed_regex.py",
]
# What `extract.compiled` checks at import: the source each extension was built from.
SOURCES_RECORD = Path("extract/compiled_sources.json")


def remove_compiled_files() -> None:
    """Drop extensions an earlier editable install left beside the sources."""
    for suffix in EXTENSION_SUFFIXES:
        for path in [*Path("extract").rglob(f"*{suffix}"), *Path(".").glob(f"*__mypyc{suffix}")]:
            path.unlink()
    SOURCES_RECORD.unlink(missing_ok=True)


def compiled_extensions() -> list:
    """The mypyc extensions, or none when asked for a pure-Python install."""
    # Always first: an extension of a module no longer listed would shadow its new source.
    remove_compiled_files()
    if os.environ.get("PAPER_CLAIMS_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    hashes = {  # keyed by the path below `extract/`, as `extract.compiled` reads them
        Path(module).relative_to("extract").as_posix(): hashlib.sha256(
            Path(module).read_bytes()
        ).hexdigest()
        for module in COMPILED
    }
    SOURCES_RECORD.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
    extensions = mypycify(COMPILED, opt_level="3")
    for extension in extensions:
        extension.optional = True  # no C compiler: a warning and the Python source, no failure
    return extensions


class BuildAllOrNone(build_ext):
    """Install the compiled modules only when every one of them and their library built.

    Each module's extension imports the one library mypyc builds for all of them: a module
    installed without it fails at import, so a partial build installs none.
    """

    def build_extensions(self) -> None:
        """Build every extension; when any failed, drop them all."""
        super().build_extensions()
        built = [Path(self.get_ext_fullpath(extension.name)) for extension in self.extensions]
        failed = [path.name for path in built if not path.exists()]
        if failed:
            self.warn(f"not compiled: {', '.join(failed)}; every module installs as Python")
            for path in built:
                path.unlink(missing_ok=True)
            self.extensions = []
            SOURCES_RECORD.unlink(missing_ok=True)


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": BuildAllOrNone})
