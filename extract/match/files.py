"""Where the rule files live and how they are read: shared by every loader of `rules/`."""

from __future__ import annotations

from pathlib import Path

import yaml


def load_yaml(text: str):
    """Parse YAML safely, with libyaml's parser when PyYAML was built with it.

    The pure-Python parser took over a second to read the gazetteer at every start.
    """
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


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
