"""The house: stage packages in the order the data goes through them, no import circle,
no upward import, and every package in the wheel."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"

# Layers, first to last: a module may import its own layer and the ones before it.
LAYERS = (
    ("records", "data", "frozen"),
    ("text",),
    ("lexicons",),
    ("ner",),
    ("titles",),
    ("normalize",),
    ("entities",),
    ("relate",),
    ("resources", "run", "tables"),
    ("batch",),
    ("views",),
    ("api", "cli", "__main__", "__init__"),
    ("dev",),
)
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}
# Jupyter's display hook of a Document renders it lazily with the notebook markup, which
# itself imports nothing of the pipeline: no circle, and no cost until a notebook shows one.
ALLOWED_UPWARD = {("pipeline.records", "pipeline.views.markup")}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every pipeline module a file imports, at its top or inside a function."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module == "pipeline" or module.startswith("pipeline."):
                for alias in node.names:
                    candidate = f"{module}.{alias.name}"
                    found.add(candidate if module_path(candidate) else module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
    return found - {name}


def module_path(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return path
    return None


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


GRAPH = {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_has_a_layer():
    assert {layer_of(m) for m in GRAPH} - {"gazetteers"} <= set(RANK)


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_a_later_stage(module):
    later = [
        target
        for target in GRAPH[module]
        if RANK[layer_of(target)] > RANK[layer_of(module)]
        and (module, target) not in ALLOWED_UPWARD
    ]
    assert later == []


def test_no_import_circle():
    """Depth-first search over the module graph, top-level and function-level imports alike."""
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(GRAPH.get(module, ())):
            if state.get(target) == "open":
                pytest.fail("import circle: " + " -> ".join([*path, module, target]))
            if target not in state:
                visit(target, [*path, module])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])


def test_every_package_has_a_docstring_saying_what_it_does():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, init


def test_the_wheel_lists_every_package():
    """pyproject names the packages one by one (gazetteers/ maps into the package)."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {"pipeline", *(f"pipeline.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py"))}
    assert listed == found | {"pipeline.gazetteers"}
