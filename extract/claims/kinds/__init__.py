"""One module per claim kind; `kind_classes()` finds them all.

A kind module defines `KIND`, a subclass of `base.ClaimKind` whose `name` is the kind: its
rule file `rules/<name>.jsonl` (if it has rules) and its record model in `schemas`. Adding a
kind adds a module here; neither the builder nor this file changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from extract.claims.kinds.base import ClaimKind
from schemas import KINDS


@lru_cache(maxsize=1)
def kind_classes() -> dict[str, type[ClaimKind]]:
    """Every kind class of this package by name, in the order of the record models."""
    found: dict[str, type[ClaimKind]] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        kind = getattr(module, "KIND", None)
        if kind is None or not issubclass(kind, ClaimKind):
            raise ImportError(f"{module.__name__} defines no KIND (a ClaimKind subclass)")
        if kind.name not in KINDS:
            raise ImportError(f"{module.__name__}: kind {kind.name!r} has no model in schemas")
        found[kind.name] = kind
    missing = set(KINDS) - set(found)
    if missing:
        raise ImportError(f"no kind module for {sorted(missing)} in {__name__}")
    return {name: found[name] for name in KINDS}
