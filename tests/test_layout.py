"""The package reads as the data flows: stages import only stages below them, no cycles."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
# Lowest first. A module may import its own stage and the stages before it, never after.
STAGES = [
    ("messages", "compiled", "cache_folder"),
    ("read",),
    ("text",),
    ("match",),
    ("hardware",),
    ("claims",),
    ("run",),
    ("report",),
    ("develop",),
    ("cli", "__main__", "__init__"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> int:
    parts = module.split(".")
    head = parts[1] if len(parts) > 1 else "__init__"
    for index, names in enumerate(STAGES):
        if head in names:
            return index
    raise AssertionError(f"{module} belongs to no stage of STAGES")


def imports_of(path: Path) -> set[str]:
    """Every `extract` module this file imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("extract"):
            for alias in node.names:  # `from extract.report import formats` names a module
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("extract")}
    return found


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def test_every_module_belongs_to_a_stage():
    for name in MODULES:
        stage_of(name)


def test_stages_import_only_stages_below_them():
    upward = [
        f"{name} (stage {stage_of(name)}) imports {target} (stage {stage_of(target)})"
        for name, targets in GRAPH.items()
        for target in targets
        if target in MODULES and target != "extract" and stage_of(target) > stage_of(name)
    ]
    assert upward == []


def test_the_import_graph_has_no_cycle():
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            raise AssertionError("import cycle: " + " -> ".join([*path[path.index(name) :], name]))
        if name in done or name not in GRAPH:
            return
        for target in sorted(GRAPH[name] - {"extract"}):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(GRAPH):
        visit(name, [])


def test_the_cycle_check_finds_a_cycle():
    saved = {k: set(v) for k, v in GRAPH.items()}
    GRAPH["extract.text.normalise"].add("extract.develop.cli")
    try:
        with pytest.raises(AssertionError, match="import cycle"):
            test_the_import_graph_has_no_cycle()
    finally:
        GRAPH.clear()
        GRAPH.update(saved)


@pytest.mark.parametrize("stage", [names for names in STAGES if names[0] not in ("cli",)])
def test_each_stage_imports_alone_in_a_fresh_interpreter(stage):
    # Highest module first: an import cycle breaks when a module is imported partway.
    names = sorted(
        (n for n in MODULES if n != "extract" and stage_of(n) == stage_of(f"extract.{stage[0]}")),
        reverse=True,
    )
    code = f"import importlib\nfor n in {names!r}:\n    importlib.import_module(n)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_kind_class_names_its_kind_on_the_class():
    # Compiled by mypyc, a plain class annotation becomes an instance slot: `KIND.name` must
    # still be the kind's name on the class itself, where `kind_classes()` reads it.
    from extract.claims.kinds import kind_classes
    from schemas import KINDS

    assert list(kind_classes()) == list(KINDS)
    assert all(isinstance(kind.name, str) for kind in kind_classes().values())
