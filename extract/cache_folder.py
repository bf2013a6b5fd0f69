"""Where the tool keeps what it can make again between runs: parsed rule files, compiled patterns.

Everything kept there only shortens start-up: a file that is missing, cut short or cannot be
written is made anew.
"""

from __future__ import annotations

import os
from pathlib import Path

# The folder of the caches; "0" or "" switches them off.
CACHE_ENV = "PAPER_CLAIMS_CACHE"


def cache_dir() -> Path | None:
    """`$PAPER_CLAIMS_CACHE`, else the user's cache folder; None when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured not in ("", "0") else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "paper-claims"
